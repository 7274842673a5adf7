import { readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { isReplyFile } from './sources.js';

const alwaysIgnored = ['**/node_modules/**', '**/.git/**'];

/** A symbolic link in a linted folder must not lead the walk to files outside it. */
const walkOptions = { followSymbolicLinks: false } as const;

export interface ExpandedPaths {
  readonly files: string[];
  /** Arguments that matched nothing, to report as errors. */
  readonly missing: string[];
}

export interface ExpandOptions {
  readonly cwd?: string;
  /** Honour `.gitignore` and `.replylintignore` (default true). */
  readonly ignoreFiles?: boolean;
  /** An ignore file to use instead of `.replylintignore`. */
  readonly ignorePath?: string | undefined;
}

async function readIgnore(path: string): Promise<string | undefined> {
  return readFile(path, 'utf8').catch(() => undefined);
}

/** The ignore rules of a folder: its `.gitignore` and `.replylintignore` (or `--ignore-path`). */
async function ignoresFor(folder: string, options: ExpandOptions): Promise<Ignore> {
  const rules = ignore();
  for (const file of ['.gitignore', ...(options.ignorePath ? [] : ['.replylintignore'])]) {
    const text = await readIgnore(join(folder, file));
    if (text) rules.add(text);
  }
  if (options.ignorePath) {
    const text = await readIgnore(resolve(options.cwd ?? process.cwd(), options.ignorePath));
    if (text) rules.add(text);
  }
  return rules;
}

function posix(path: string): string {
  return path.split(sep).join('/');
}

/**
 * Turns command-line arguments into files. A file named on the command line is linted
 * whatever its name; a folder means the reply files inside it (drafts and exports), and a
 * glob its matches — both minus what `.gitignore` and `.replylintignore` exclude.
 */
export async function expandPaths(args: readonly string[], options: ExpandOptions = {}): Promise<ExpandedPaths> {
  const cwd = options.cwd ?? process.cwd();
  const honour = options.ignoreFiles ?? true;
  const files: string[] = [];
  const missing: string[] = [];
  const rootIgnores = honour ? await ignoresFor(cwd, options) : ignore();
  const kept = (path: string, folderIgnores?: { folder: string; rules: Ignore }): boolean => {
    if (!honour) return true;
    const fromCwd = posix(relative(cwd, path));
    if (!fromCwd.startsWith('..') && rootIgnores.ignores(fromCwd)) return false;
    if (folderIgnores) {
      const fromFolder = posix(relative(folderIgnores.folder, path));
      if (!fromFolder.startsWith('..') && fromFolder !== '' && folderIgnores.rules.ignores(fromFolder)) return false;
    }
    return true;
  };
  for (const arg of args) {
    const path = resolve(cwd, arg);
    const info = await stat(path).catch(() => undefined);
    // A name that exists is taken literally ("draft (1).txt"); only other arguments with glob
    // syntax load the glob library.
    if (!info && /[*?[\]{}()!+@]/.test(arg) && (await import('tinyglobby')).isDynamicPattern(arg)) {
      const { glob } = await import('tinyglobby');
      const found = (await glob(arg, { cwd, ignore: alwaysIgnored, onlyFiles: true, absolute: true, ...walkOptions })).filter(
        (path) => kept(path),
      );
      if (found.length === 0) missing.push(arg);
      for (const file of found.sort()) files.push(file);
      continue;
    }
    if (!info) {
      missing.push(arg);
    } else if (info.isDirectory()) {
      const folderIgnores = honour && path !== cwd ? { folder: path, rules: await ignoresFor(path, options) } : undefined;
      const { glob } = await import('tinyglobby');
      const found = await glob('**/*', {
        cwd: path,
        ignore: alwaysIgnored,
        onlyFiles: true,
        absolute: true,
        dot: false,
        ...walkOptions,
      });
      for (const file of found.filter((file) => isReplyFile(file) && kept(file, folderIgnores)).sort()) files.push(file);
    } else {
      files.push(path);
    }
  }
  return { files: [...new Set(files)], missing };
}

export function displayPath(path: string, cwd = process.cwd()): string {
  const shown = relative(cwd, path);
  return shown.startsWith('..') ? path : posix(shown);
}
