import { VFile } from 'vfile';
import { readEmail } from './adapters/eml.js';
import { readText } from './adapters/txt.js';
import type { Reply } from './adapters/types.js';
import type { PresetName, RulesConfig } from './config/rules-config.js';
import { byPosition, sourceLocator, toFinding } from './engine/findings.js';
import { processorFor } from './engine/processor.js';
import { ReplylintInputError } from './errors.js';
import { readReply } from './structure/index.js';
import type { Finding, Format, LintResult } from './types.js';

export interface LintOptions {
  /** The customer's name. Otherwise it is read from front matter, the `To:` header or the quoted thread. */
  readonly customerName?: string;
  /** How to read the text (default `txt`). */
  readonly format?: Format;
  /** Per-rule severity and options, on top of the preset. */
  readonly rules?: RulesConfig;
  /** The preset the rules start from (default `recommended`). */
  readonly preset?: PresetName;
}

function readSync(text: string, format: Format): Reply[] {
  switch (format) {
    case 'txt':
      return readText(text);
    case 'eml':
      throw new ReplylintInputError('email (eml) input needs lint(), not lintSync(): MIME decoding is asynchronous');
    default:
      throw new ReplylintInputError(`format "${format}" is not supported`);
  }
}

/** Lints replies already read from `source`. */
export function lintReplies(source: string, replies: readonly Reply[], options: LintOptions = {}): Finding[] {
  const processor = processorFor(options.rules, options.preset);
  const locate = sourceLocator(source);
  const findings: Finding[] = [];
  for (const reply of replies) {
    const hints = options.customerName ? { ...reply.hints, customerName: options.customerName } : reply.hints;
    const structure = readReply(reply.text, hints);
    const file = new VFile({ value: reply.text, data: { replylint: { context: structure.context } } });
    const tree = processor.parse(structure.masked);
    processor.runSync(tree, file);
    for (const message of file.messages) findings.push(toFinding(message, reply, locate));
  }
  return findings.sort(byPosition);
}

function checkText(text: unknown): string {
  if (typeof text !== 'string') throw new TypeError(`replylint: expected the text to lint as a string, got ${typeof text}`);
  return text;
}

/** Lints a reply. Rejects with `ReplylintInputError` for input it cannot read. */
export async function lint(text: string, options: LintOptions = {}): Promise<LintResult> {
  const source = checkText(text);
  const format = options.format ?? 'txt';
  const replies = format === 'eml' ? await readEmail(source) : readSync(source, format);
  return { messages: lintReplies(source, replies, options) };
}

/** `lint`, synchronously (every format except `eml`, whose MIME decoding is asynchronous). */
export function lintSync(text: string, options: LintOptions = {}): LintResult {
  const source = checkText(text);
  return { messages: lintReplies(source, readSync(source, options.format ?? 'txt'), options) };
}
