import type { Reply } from '../adapters/types.js';
import type { ReplyFinding } from '../engine/findings.js';
import { finishSource, hintsFor, type LintOptions, lintReplyText } from '../engine/lint-reply.js';
import { ReplylintInputError } from '../errors.js';
import type { Finding } from '../types.js';
import { type DecodedText, readSourceFile } from './read-source.js';
import { kindOf, readReplies, type SourceKind } from './sources.js';

export interface FileResult {
  readonly filePath: string;
  readonly findings: Finding[];
  /** Set when the file could not be linted; `findings` is then empty. */
  readonly error?: string;
  /** The file's text and how it is stored, when it could be read. */
  readonly decoded?: DecodedText;
  /** Which reply each finding is in (for writing fixes back). */
  readonly replyOf?: ReadonlyMap<Finding, Reply>;
  /** How many replies the file held. */
  readonly replies?: number;
}

/**
 * The longest reply linted, in characters. Some rules pair up what they find across a whole
 * reply, so time grows faster than length; a "reply" longer than this is not one (a log, a
 * dump) and is reported as an input error instead of keeping the CLI or an editor busy.
 */
export const maxReplyLength = 1_000_000;

/** Lints the replies of a source, one by one, or through `lintBatch` (a worker pool). */
export type LintBatch = (replies: readonly Reply[], options: LintOptions) => Promise<ReplyFinding[][]>;

export const lintInProcess: LintBatch = async (replies, options) =>
  replies.map((reply) => lintReplyText(reply.text, hintsFor(reply.hints, options), options));

export interface LintFileOptions extends Omit<LintOptions, 'format'> {
  /** How to read the file (default: by its extension). */
  readonly kind?: SourceKind;
  readonly batch?: LintBatch;
}

/** Lints text that came from `filePath` (or standard input). Never throws for bad input. */
export async function lintText(filePath: string, decoded: DecodedText, options: LintFileOptions = {}): Promise<FileResult> {
  try {
    const read = await readReplies(decoded.text, options.kind ?? kindOf(filePath));
    const longest = read.replies.reduce((most, reply) => Math.max(most, reply.text.length), 0);
    if (longest > maxReplyLength) {
      const count = (value: number) => value.toLocaleString('en-US');
      throw new ReplylintInputError(
        `${read.replies.length > 1 ? 'a reply in this file' : 'this reply'} is too long to lint (${count(longest)} characters; replylint lints replies of up to ${count(maxReplyLength)})`,
      );
    }
    const perReply = await (options.batch ?? lintInProcess)(read.replies, options);
    const findings = finishSource(decoded.text, read, perReply, options);
    const replyOf = new Map<Finding, Reply>();
    const home = homes(read.replies);
    for (const finding of findings) {
      const reply = home(finding);
      if (reply) replyOf.set(finding, reply);
    }
    return { filePath, findings, decoded, replyOf, replies: read.replies.length };
  } catch (error) {
    if (error instanceof ReplylintInputError) return { filePath, findings: [], error: error.message };
    throw error;
  }
}

interface Span {
  readonly reply: Reply;
  readonly start: number;
  readonly end: number;
}

/**
 * The reply each finding lies in: by the reply it names, else by its offset. A lookup, not a
 * scan, since an export's thousands of findings would each scan thousands of replies.
 */
function homes(replies: readonly Reply[]): (finding: Finding) => Reply | undefined {
  const spans: Span[] = replies.map((reply) => ({ reply, start: reply.map.start(0), end: reply.map.end(reply.text.length) }));
  const byIndex = new Map<number, Span>();
  for (const span of spans) if (span.reply.ref && !byIndex.has(span.reply.ref.index)) byIndex.set(span.reply.ref.index, span);
  const byStart = [...spans].sort((a, b) => a.start - b.start);
  const inside = (span: Span | undefined, offset: number) => span && offset >= span.start && offset <= span.end;
  return (finding) => {
    if (finding.reply) {
      const span = byIndex.get(finding.reply.index);
      return inside(span, finding.offset) ? span?.reply : undefined;
    }
    // The first span (in start order) that holds the offset: the last one starting at or before it, or one touching it.
    let low = 0;
    let high = byStart.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((byStart[middle] as Span).start <= finding.offset) low = middle + 1;
      else high = middle;
    }
    for (let at = Math.max(0, low - 2); at < low; at++) if (inside(byStart[at], finding.offset)) return byStart[at]?.reply;
    return undefined;
  };
}

/** Lints one file; a file that cannot be read or parsed gives a result with `error`, never a throw. */
export async function lintFile(filePath: string, options: LintFileOptions = {}): Promise<FileResult> {
  try {
    return await lintText(filePath, await readSourceFile(filePath), options);
  } catch (error) {
    if (error instanceof ReplylintInputError) return { filePath, findings: [], error: error.message };
    throw error;
  }
}
