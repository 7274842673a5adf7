import { readEmail } from './adapters/eml.js';
import { readHtml } from './adapters/html.js';
import { readMarkdown } from './adapters/md.js';
import { readText } from './adapters/txt.js';
import type { ReadSource } from './adapters/types.js';
import { type LintOptions, lintSource } from './engine/lint-reply.js';
import { ReplylintInputError } from './errors.js';
import type { Format, LintResult } from './types.js';

export type { LintOptions } from './engine/lint-reply.js';

/** Reads a source of one of the formats the library knows; `eml` needs the asynchronous path. */
export function readFormat(source: string, format: Format): ReadSource {
  switch (format) {
    case 'txt':
      return readText(source);
    case 'md':
      return readMarkdown(source);
    case 'html':
      return readHtml(source);
    case 'eml':
      throw new ReplylintInputError('email (eml) input needs lint(), not lintSync(): MIME decoding is asynchronous');
    default:
      throw new ReplylintInputError(`format "${String(format)}" is not supported; use txt, md, html or eml`);
  }
}

function checkText(text: unknown): string {
  if (typeof text !== 'string') throw new TypeError(`replylint: expected the text to lint as a string, got ${typeof text}`);
  return text;
}

/** Lints a reply. Rejects with `ReplylintInputError` for input it cannot read. */
export async function lint(text: string, options: LintOptions = {}): Promise<LintResult> {
  const source = checkText(text);
  const format = options.format ?? 'txt';
  const read = format === 'eml' ? await readEmail(source) : readFormat(source, format);
  return { messages: lintSource(source, read, options) };
}

/** `lint`, synchronously (every format except `eml`, whose MIME decoding is asynchronous). */
export function lintSync(text: string, options: LintOptions = {}): LintResult {
  const source = checkText(text);
  return { messages: lintSource(source, readFormat(source, options.format ?? 'txt'), options) };
}
