import { basename, extname } from 'node:path';
import { readText } from '../adapters/txt.js';
import type { ReadSource } from '../adapters/types.js';
import { ReplylintInputError } from '../errors.js';
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

/**
 * Reads a source's replies according to its kind. Throws `ReplylintInputError` for broken
 * input. Readers other than plain text are loaded on first use: a run over drafts never
 * pays for the Markdown, HTML, MIME or export parsers.
 */
export async function readReplies(source: string, kind: SourceKind): Promise<ReadSource> {
  switch (kind) {
    case 'txt':
      return readText(source);
    case 'md':
      return (await import('../adapters/md.js')).readMarkdown(source);
    case 'html':
      return (await import('../adapters/html.js')).readHtml(source);
    case 'eml':
      return (await import('../adapters/eml.js')).readEmail(source);
    case 'json':
      return (await import('../adapters/exports.js')).readJsonExport(source);
    case 'yaml':
      return (await import('../adapters/exports.js')).readYamlExport(source);
    case 'csv':
      return (await import('../adapters/exports.js')).readCsvExport(source);
    default:
      throw new ReplylintInputError(`format "${String(kind)}" is not supported; use txt, md, html, eml, json, yaml or csv`);
  }
}
