import { basename, extname } from 'node:path';
import { readEmail } from '../adapters/eml.js';
import { readCsvExport, readJsonExport, readYamlExport } from '../adapters/exports.js';
import type { ReadSource } from '../adapters/types.js';
import { readFormat } from '../lint.js';
import type { Format } from '../types.js';

/** How a file is read: a single draft (txt, md, html, eml) or a helpdesk export of many replies. */
export type SourceKind = Format | 'json' | 'yaml' | 'csv';

export const kindsByExtension: Readonly<Record<string, SourceKind>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.eml': 'eml',
  '.json': 'json',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.csv': 'csv',
};

/** Files never linted when found in a folder: they configure tools, they are not replies. */
const notReplies = new Set([
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  '.replylintrc.json',
  '.replylintrc.yaml',
  '.replylintrc.yml',
  'composer.json',
]);

export function kindOf(path: string): SourceKind {
  return kindsByExtension[extname(path).toLowerCase()] ?? 'txt';
}

export function isReplyFile(path: string): boolean {
  return extname(path).toLowerCase() in kindsByExtension && !notReplies.has(basename(path)) && !basename(path).startsWith('.');
}

/** Reads a source's replies according to its kind. Throws `ReplylintInputError` for broken input. */
export async function readReplies(source: string, kind: SourceKind): Promise<ReadSource> {
  switch (kind) {
    case 'eml':
      return readEmail(source);
    case 'json':
      return readJsonExport(source);
    case 'yaml':
      return readYamlExport(source);
    case 'csv':
      return readCsvExport(source);
    default:
      return readFormat(source, kind);
  }
}
