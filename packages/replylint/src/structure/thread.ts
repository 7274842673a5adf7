import { type Range, replaceSpans } from '@replylint/rules/kit';
import { isBlank, type Line } from './lines.js';

/** How an email client introduces a quoted message, in the languages support teams meet most. */
const attributionOneLine = [
  /^\s*On\b.{3,300}\bwrote\s*:\s*$/i,
  /^\s*Le\b.{3,300}\ba écrit\s*:\s*$/i,
  /^\s*Am\b.{3,300}\bschrieb\b.{0,100}:\s*$/i,
  /^\s*El\b.{3,300}\bescribió\s*:\s*$/i,
  /^\s*Il\b.{3,300}\bha scritto\s*:\s*$/i,
  /^\s*Op\b.{3,300}\bschreef\b.{0,100}:\s*$/i,
  /^.{0,120}<[^<>@\s]+@[^<>\s]+>\s*wrote\s*:\s*$/i,
];

const wroteEnd = /\b(?:wrote|a écrit|schrieb|escribió|ha scritto|schreef)\b.{0,100}:\s*$/i;
const originalMessage =
  /^\s*-{2,}\s*(?:Original Message|Forwarded message|Message d'origine|Ursprüngliche Nachricht|Mensaje original)\s*-{2,}\s*$/i;
const forwarded = /^\s*(?:Begin forwarded message|Forwarded message)(?:\s*:)?\s*$/i;
const outlookRule = /^\s*_{10,}\s*$/;
// No `$`: a line has no line break, and `(.+)$` would backtrack through `\s*` before a U+2028.
const headerFrom = /^\s*\*?(?:From|Von|De|Da|Van)\s*:\*?\s*(.+)/i;
const headerOther = /^\s*\*?(?:Sent|Date|To|Subject|Cc|Gesendet|An|Betreff|Envoyé|À|Objet|Enviado|Para|Asunto)\s*:/i;
const signatureDelimiter = /^--\s*$/;
const quoteMarker = /^\s*>/;

/** Closing lines agents end with; what follows them is their signature. */
const closings =
  '(?:kind(?:est)? regards|best regards|warm(?:est)? regards|warm wishes|regards|best wishes|all the best|best|many thanks|thanks(?: again| so much| very much)?|thank you(?: again| so much| very much)?|cheers|sincerely|yours sincerely|yours faithfully|yours truly|take care|speak soon|talk soon|with thanks|warmly|warmest|respectfully|have a (?:great|good|lovely|nice|wonderful) (?:day|evening|weekend|week|one)|enjoy (?:the|your) (?:day|evening|weekend|week)|thx|ta)';
const closingOnly = new RegExp(`^\\s*${closings}\\s*(?:[,.!]+\\s*)?$`, 'i');
const closingWithName = new RegExp(
  `^(\\s*${closings}\\s*[,.!-]+\\s*)([\\p{Lu}][\\p{L}'’.-]+(?:\\s+[\\p{Lu}][\\p{L}'’.-]+){0,2})\\s*(?:[.!]\\s*)?$`,
  'iu',
);

export interface Thread {
  /** Quoted earlier messages, including the lines that introduce them. */
  readonly quoted: readonly Range[];
  /** The quoted messages' words, quote markers removed. */
  readonly quotedText: string;
  readonly signature: readonly Range[];
  /** Who wrote the quoted messages, most recent first, as the thread names them. */
  readonly authors: readonly string[];
  /** The name the most recent quoted message is signed with. */
  readonly quotedSignOff?: string | undefined;
}

function attributionAt(lines: readonly Line[], index: number): { lines: number; inner: string } | undefined {
  const line = lines[index] as Line;
  if (attributionOneLine.some((pattern) => pattern.test(line.text))) return { lines: 1, inner: line.text };
  // Clients wrap long attributions: "On Tue, 3 Mar 2026 at 10:14, Jane Smith <\njane@example.com> wrote:"
  const next = lines[index + 1];
  if (next && /^\s*(?:On|Le|Am|El|Il|Op)\b/.test(line.text) && !/[.!?]\s*$/.test(line.text) && wroteEnd.test(next.text)) {
    const joined = `${line.text} ${next.text}`;
    if (attributionOneLine.some((pattern) => pattern.test(joined))) return { lines: 2, inner: joined };
  }
  return undefined;
}

/** "On Tue, 3 Mar 2026 at 10:14, Jane Smith <jane@example.com> wrote:" → "Jane Smith". */
export function authorOfAttribution(attribution: string): string | undefined {
  const inner = attribution
    .replace(/^\s*(?:On|Le|Am|El|Il|Op)\s+/i, '')
    .replace(wroteEnd, '')
    // Spaces before "<" are taken only from where they start, so no run is rescanned.
    .replace(/(?:(?<!\s)\s+)?<[^<>]*(?:>\s*)?$/, '')
    .replace(/(?:(?<!\s)\s+)?<[^<>]*>\s*/g, ' ')
    .trim();
  const afterTime = inner.split(/\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*\([^)]*\))?/).pop() ?? inner;
  const segments = afterTime
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const candidate = segments[segments.length - 1];
  if (!candidate || /\d/.test(candidate)) return undefined;
  return candidate.replace(/^(?:by|from)\s+/i, '').replace(/^["']|["']$/g, '');
}

function authorOfFrom(value: string): string | undefined {
  const cleaned = replaceSpans(value.replace(/\[mailto:[^[\]]*\]/i, ''), '<', '>', '')
    .replace(/["']/g, '')
    .trim();
  return cleaned === '' || cleaned.includes('@') ? undefined : cleaned;
}

function outlookHeaderAt(lines: readonly Line[], index: number): boolean {
  const from = headerFrom.exec((lines[index] as Line).text);
  if (!from) return false;
  let others = 0;
  for (let i = index + 1; i < Math.min(lines.length, index + 7); i++) {
    if (headerOther.test((lines[i] as Line).text)) others++;
  }
  return others >= 2;
}

function stripMarkers(text: string): string {
  return text.replace(/^(?:\s*>)+ ?/, '');
}

/** The name a quoted message is signed with: "Thanks,\nJane" or "Regards, Jane Smith". */
function signOffName(quotedLines: readonly string[]): string | undefined {
  const lines = quotedLines.map(stripMarkers).filter((text) => text.trim() !== '');
  const tail = lines.slice(-3);
  for (let i = tail.length - 1; i >= 0; i--) {
    const text = (tail[i] as string).trim();
    const inline = closingWithName.exec(text);
    if (inline) return inline[2];
    const before = tail[i - 1];
    if (
      before !== undefined &&
      closingOnly.test(before) &&
      /^[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,2}$/u.test(text)
    ) {
      return text;
    }
  }
  return undefined;
}

/**
 * Splits an email-style draft into the agent's words, the signature and the quoted
 * thread, line by line. `from` is where the body starts (after any front matter);
 * `customer` is the folded customer name, so "Thanks, Jane" to Jane stays in the draft.
 */
export function readThread(lines: readonly Line[], text: string, isCustomer: (name: string) => boolean): Thread {
  const quoted: Range[] = [];
  const quotedLines: string[] = [];
  const firstMessage: string[] = [];
  const authors: string[] = [];
  let restQuotedFrom: number | undefined;
  let firstMessageOpen = false;
  let seenAttribution = false;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const attribution = attributionAt(lines, i);
    if (attribution) {
      const author = authorOfAttribution(attribution.inner);
      if (author) authors.push(author);
      const after = lines.slice(i + attribution.lines).find((candidate) => !isBlank(candidate));
      const lastLine = lines[i + attribution.lines - 1] as Line;
      if (after && quoteMarker.test(after.text)) {
        quoted.push({ start: line.start, end: lastLine.end });
        firstMessageOpen = !seenAttribution;
        seenAttribution = true;
        i += attribution.lines - 1;
        continue;
      }
      restQuotedFrom = i;
      break;
    }
    if (
      originalMessage.test(line.text) ||
      forwarded.test(line.text) ||
      outlookHeaderAt(lines, i) ||
      (outlookRule.test(line.text) && lines[i + 1] && headerFrom.test((lines[i + 1] as Line).text))
    ) {
      restQuotedFrom = i;
      break;
    }
    if (quoteMarker.test(line.text)) {
      quoted.push({ start: line.start, end: line.end });
      quotedLines.push(line.text);
      if (firstMessageOpen || !seenAttribution) firstMessage.push(line.text);
    } else if (!isBlank(line)) {
      firstMessageOpen = false;
    }
  }

  const bodyEnd = restQuotedFrom === undefined ? text.length : (lines[restQuotedFrom] as Line).start;
  if (restQuotedFrom !== undefined) {
    const rest = lines.slice(restQuotedFrom);
    quoted.push({ start: bodyEnd, end: text.length });
    for (const line of rest) {
      quotedLines.push(line.text);
      const from = headerFrom.exec(line.text);
      if (from?.[1] && authors.length === 0) {
        const author = authorOfFrom(from[1]);
        if (author) authors.push(author);
      }
    }
    // The most recent message: everything up to the next attribution or header block.
    const own: string[] = [];
    for (let i = 1; i < rest.length; i++) {
      const line = rest[i] as Line;
      if (attributionAt(rest, i) || originalMessage.test(line.text) || (i > 6 && outlookHeaderAt(rest, i))) break;
      if (i <= 6 && headerOther.test(line.text)) continue;
      own.push(line.text);
    }
    firstMessage.splice(0, firstMessage.length, ...(firstMessage.length > 0 ? firstMessage : own));
  }

  const signature = findSignature(lines, text, quoted, bodyEnd, isCustomer);
  return {
    quoted,
    quotedText: quotedLines.map(stripMarkers).join('\n'),
    signature,
    authors,
    quotedSignOff: signOffName(firstMessage),
  };
}

/** The last lines of a draft when they read like a name block ("Sam", "LearnLadder Support"). */
function trailingNameBlock(body: readonly Line[]): Line[] {
  const block: Line[] = [];
  for (let k = body.length - 1; k >= 0 && block.length < 4; k--) {
    const text = (body[k] as Line).text.trim();
    if (!/^[\p{Lu}\d][^.!?]{0,60}$/u.test(text) || text.split(/\s+/).length > 6 || /[,:;]$/.test(text)) break;
    block.unshift(body[k] as Line);
  }
  return block;
}

function inside(ranges: readonly Range[], line: Line): boolean {
  return ranges.some((range) => line.start >= range.start && line.end <= range.end);
}

/** The signature: after a `-- ` line, or the short lines under a closing ("Kind regards,\nTom\nAcme"). */
function findSignature(
  lines: readonly Line[],
  text: string,
  quoted: readonly Range[],
  bodyEnd: number,
  isCustomer: (name: string) => boolean,
): Range[] {
  const own = lines.filter((line) => line.start < bodyEnd && !inside(quoted, line));
  const delimiter = own.find((line) => signatureDelimiter.test(line.text));
  const signature: Range[] = [];
  let draftEnd = bodyEnd;
  if (delimiter) {
    const nextQuote = quoted.find((range) => range.start > delimiter.start);
    const end = Math.min(nextQuote?.start ?? bodyEnd, bodyEnd);
    signature.push({ start: delimiter.start, end });
    draftEnd = delimiter.start;
  }
  const body = own.filter((line) => line.end <= draftEnd && !isBlank(line));
  // An agent's name, title and company under the last sentence, even with no closing word.
  const nameBlock = trailingNameBlock(body);
  for (let k = body.length - 1; k >= Math.max(0, body.length - 8); k--) {
    const line = body[k] as Line;
    const after = body.slice(k + 1);
    const short = after.length <= 6 && after.every((next) => next.text.trim().length <= 80 && !/\?\s*$/.test(next.text));
    if (!short) break;
    if (closingOnly.test(line.text)) {
      if (after.length > 0) signature.push({ start: (after[0] as Line).start, end: (after[after.length - 1] as Line).end });
      break;
    }
    const inline = closingWithName.exec(line.text);
    if (inline && after.length <= 4 && !isCustomer(inline[2] as string)) {
      const start = line.start + (inline[1] as string).length;
      const end = after.length > 0 ? (after[after.length - 1] as Line).end : line.end;
      signature.push({ start, end });
      break;
    }
    const firstOfBlock = nameBlock[0];
    const blankBefore =
      firstOfBlock !== undefined && lines[firstOfBlock.index - 1] !== undefined && isBlank(lines[firstOfBlock.index - 1] as Line);
    const closingLike = /[,!]\s*$/.test(line.text) && line.text.trim().split(/\s+/).length <= 6;
    if (
      k === body.length - 1 - nameBlock.length &&
      nameBlock.length > 0 &&
      nameBlock.length <= 3 &&
      (closingLike || blankBefore)
    ) {
      signature.push({ start: (nameBlock[0] as Line).start, end: (nameBlock[nameBlock.length - 1] as Line).end });
      break;
    }
  }
  return signature.filter((range) => text.slice(range.start, range.end).trim() !== '');
}
