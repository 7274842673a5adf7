import { stat } from 'node:fs/promises';
import { extname, relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { Format } from '../types.js';

/** File extensions replylint reads, and how. */
export const formatsByExtension: Readonly<Record<string, Format>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.eml': 'eml',
};

export function formatOf(path: string): Format {
  return formatsByExtension[extname(path).toLowerCase()] ?? 'txt';
}

const ignoredFolders = ['**/node_modules/**', '**/.git/**'];

export interface ExpandedPaths {
  readonly files: string[];
  /** Arguments that matched nothing, to report as errors. */
  readonly missing: string[];
}

/**
 * Turns command-line arguments into files: a file is taken as is (whatever its
 * extension), a folder means the supported files inside it, a glob means its matches.
 */
export async function expandPaths(args: readonly string[], cwd = process.cwd()): Promise<ExpandedPaths> {
  const files: string[] = [];
  const missing: string[] = [];
  const extensions = Object.keys(formatsByExtension).map((extension) => extension.slice(1));
  for (const arg of args) {
    if (isDynamicPattern(arg)) {
      const found = await glob(arg, { cwd, ignore: ignoredFolders, onlyFiles: true, absolute: true });
      if (found.length === 0) missing.push(arg);
      files.push(...found.sort());
      continue;
    }
    const path = resolve(cwd, arg);
    const info = await stat(path).catch(() => undefined);
    if (!info) {
      missing.push(arg);
    } else if (info.isDirectory()) {
      const found = await glob(`**/*.{${extensions.join(',')}}`, {
        cwd: path,
        ignore: ignoredFolders,
        onlyFiles: true,
        absolute: true,
      });
      files.push(...found.sort());
    } else {
      files.push(path);
    }
  }
  return { files: [...new Set(files)], missing };
}

export function displayPath(path: string, cwd = process.cwd()): string {
  const shown = relative(cwd, path);
  return shown.startsWith('..') ? path : shown;
}
