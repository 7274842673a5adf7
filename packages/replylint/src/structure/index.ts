import { type CustomerName, foldName, parseCustomerName, type Range, type ReplyContext } from '@replylint/rules/kit';
import { frontMatterName, frontMatterTemplate, readFrontMatter } from './front-matter.js';
import { splitLines } from './lines.js';
import { findPlaceholders } from './placeholders.js';
import { readThread } from './thread.js';

/** What the caller already knows about a reply, before its text is read. */
export interface ReplyHints {
  /** The customer's name, from the caller (`customerName` option, `--name`). */
  readonly customerName?: string | undefined;
  /** A name to use only when the reply names nobody itself (an editor's "set customer name"). */
  readonly fallbackCustomerName?: string | undefined;
  /** The name from the email's `To:` header. */
  readonly headerName?: string | undefined;
  /** The reply is a canned response from a helpdesk export. */
  readonly template?: boolean | undefined;
  /** The name placeholder of the helpdesk the reply comes from (`{{ticket.requester.first_name}}`). */
  readonly namePlaceholder?: string | undefined;
  /** The text may open with a YAML front-matter block (plain-text drafts). */
  readonly frontMatter?: boolean | undefined;
  /** Front-matter data the adapter already read (Markdown), used as if it opened the text. */
  readonly metadata?: Readonly<Record<string, unknown>> | undefined;
}

export interface ReplyStructure {
  readonly context: ReplyContext;
  /**
   * The text to parse: same length and line breaks as the reply, with everything that is
   * not the agent's own prose blanked out and template tags replaced by a neutral word.
   */
  readonly masked: string;
  readonly frontMatter?: Range | undefined;
}

function complement(length: number, taken: readonly Range[]): Range[] {
  const sorted = [...taken].sort((a, b) => a.start - b.start);
  const free: Range[] = [];
  let at = 0;
  for (const range of sorted) {
    if (range.start > at) free.push({ start: at, end: range.start });
    at = Math.max(at, range.end);
  }
  if (at < length) free.push({ start: at, end: length });
  return free;
}

/** `text` with the characters of `ranges` (line breaks kept) replaced by `by`, slice by slice. */
function overwrite(text: string, ranges: readonly Range[], by: string): string {
  if (ranges.length === 0) return text;
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const { start, end } of sorted) {
    const from = Math.max(start, at);
    if (end <= from) continue;
    out += text.slice(at, from) + text.slice(from, end).replace(/[^\r\n]/g, by);
    at = end;
  }
  return out + text.slice(at);
}

/** Blanks out `hidden` (keeping line breaks) and turns template tags into one neutral word each. */
function mask(text: string, hidden: readonly Range[], tags: readonly Range[]): string {
  return overwrite(overwrite(text, hidden, ' '), tags, 'x');
}

function resolveCustomer(
  hints: ReplyHints,
  frontMatter: Readonly<Record<string, unknown>>,
  authors: readonly string[],
  signOff: string | undefined,
): CustomerName | undefined {
  const candidates: [string | undefined, CustomerName['source']][] = [
    [hints.customerName, 'option'],
    [frontMatterName(frontMatter), 'front-matter'],
    [hints.headerName, 'header'],
    ...authors.slice(0, 1).map((author): [string, CustomerName['source']] => [author, 'thread']),
    [signOff, 'sign-off'],
  ];
  for (const [raw, source] of candidates) {
    if (!raw) continue;
    const name = parseCustomerName(raw, source);
    if (name) return name;
  }
  return undefined;
}

/**
 * Reads a reply as an agent's editor holds it: front matter, the agent's draft, the
 * signature and the quoted thread; and what they say about the customer.
 */
export function readReply(text: string, hints: ReplyHints = {}): ReplyStructure {
  const front = hints.frontMatter === false ? undefined : readFrontMatter(text);
  const bodyStart = front?.length ?? 0;
  const lines = splitLines(text, bodyStart);
  const data = front?.data ?? hints.metadata ?? {};
  const early = hints.customerName ?? frontMatterName(data) ?? hints.headerName;
  const earlyFolded = early ? parseCustomerName(early, 'option') : undefined;
  const isCustomer = (name: string): boolean => {
    if (!earlyFolded) return false;
    const folded = foldName(name);
    return [earlyFolded.first, earlyFolded.last, earlyFolded.full].some(
      (part) => part !== undefined && foldName(part) === folded,
    );
  };
  const thread = readThread(lines, text, isCustomer);
  const frontRange = front ? { start: 0, end: front.length } : undefined;
  const hidden = [...(frontRange ? [frontRange] : []), ...thread.quoted, ...thread.signature];
  const draft = complement(text.length, hidden).filter((range) => text.slice(range.start, range.end).trim() !== '');
  const placeholders = findPlaceholders(text, draft);
  const known = resolveCustomer(hints, data, thread.authors, thread.quotedSignOff);
  // A canned response is filled in per customer at send time: no name is ever known in it.
  const fallback = hints.fallbackCustomerName ? parseCustomerName(hints.fallbackCustomerName, 'option') : undefined;
  // A draft the agent named a customer for is not a canned response, whatever slots it has
  // left to fill ("[tracking link]").
  const template =
    hints.template === true ||
    frontMatterTemplate(data) ||
    (known === undefined && fallback === undefined && placeholders.length > 0);
  const customer = template ? undefined : (known ?? fallback);
  return {
    context: {
      customer,
      draft,
      quoted: thread.quoted,
      quotedText: thread.quotedText,
      signature: thread.signature,
      placeholders,
      template,
      namePlaceholder: hints.namePlaceholder,
    },
    masked: mask(text, hidden, placeholders),
    frontMatter: frontRange,
  };
}
