import { VFile } from 'vfile';
import type { ReadSource } from '../adapters/types.js';
import type { PresetName, RulesConfig } from '../config/rules-config.js';
import { filterFindings, parseDirectives } from '../filters.js';
import { type ReplyHints, readReply } from '../structure/index.js';
import type { Finding, Format } from '../types.js';
import { byPosition, fromMessage, type ReplyFinding, sourceLocator, toSourceFinding } from './findings.js';
import { processorFor } from './processor.js';
import { cachedStream } from './stream-cache.js';

export interface LintOptions {
  /** The customer's name. Otherwise it is read from front matter, the `To:` header or the quoted thread. */
  readonly customerName?: string;
  /**
   * The customer's name when the reply names nobody itself (no front matter, `To:` header
   * or quoted thread giving it); never used in a canned response. Editors pass the name
   * the agent set for a draft here.
   */
  readonly fallbackCustomerName?: string;
  /** How to read the text (default `txt`). */
  readonly format?: Format;
  /** Per-rule severity and options, on top of the preset. */
  readonly rules?: RulesConfig;
  /** The preset the rules start from (default `recommended`). */
  readonly preset?: PresetName;
  /** Phrases your team allows: findings on them are dropped ("we can't wait to see you"). */
  readonly allow?: readonly string[];
  /** Report `replylint-disable` comments that silenced nothing. */
  readonly reportUnusedDisableDirectives?: boolean;
}

/** The rules and preset that decide which processor runs; everything a worker needs to lint a reply. */
export type ProcessorOptions = Pick<LintOptions, 'rules' | 'preset'>;

/** Lints one reply's text: the work a worker thread does. Offsets are in `text`. */
export function lintReplyText(original: string, hints: ReplyHints, options: ProcessorOptions): ReplyFinding[] {
  const processor = processorFor(options.rules, options.preset);
  // Old Mac line ends ("\r" alone) read as "\n": the same length, so offsets do not move.
  const text = original.includes('\r') ? original.replace(/\r(?!\n)/g, '\n') : original;
  const structure = readReply(text, hints);
  // The rules read tokens, not the tree: give them the cached paragraphs' tokens and an empty root.
  const cached = cachedStream(structure.masked);
  const stream = { ...cached.stream, text };
  const file = new VFile({
    value: text,
    data: { replylint: { context: structure.context, stream, matchesFor: cached.matchesFor } },
  });
  processor.runSync({ type: 'RootNode', children: [] }, file);
  return file.messages.map(fromMessage);
}

/** The hints a reply carries, with the caller's customer name on top. */
export function hintsFor(hints: ReplyHints, options: LintOptions): ReplyHints {
  if (!options.customerName && !options.fallbackCustomerName) return hints;
  return {
    ...hints,
    ...(options.customerName ? { customerName: options.customerName } : {}),
    ...(options.fallbackCustomerName ? { fallbackCustomerName: options.fallbackCustomerName } : {}),
  };
}

/** Places replies' findings in the source, then applies inline controls and allowed phrases. */
export function finishSource(
  source: string,
  read: ReadSource,
  perReply: readonly (readonly ReplyFinding[])[],
  options: LintOptions,
): Finding[] {
  const locate = sourceLocator(source);
  const findings = read.replies.flatMap((reply, index) =>
    (perReply[index] ?? []).map((found) => toSourceFinding(found, reply, locate)),
  );
  return filterFindings(findings, source, parseDirectives(read.comments), options, locate).sort(byPosition);
}

/** Lints every reply of a source that has been read. */
export function lintSource(source: string, read: ReadSource, options: LintOptions = {}): Finding[] {
  const perReply = read.replies.map((reply) => lintReplyText(reply.text, hintsFor(reply.hints, options), options));
  return finishSource(source, read, perReply, options);
}
