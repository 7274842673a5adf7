import type { Analysis } from './analysis.js';
import { insideAny } from './context.js';
import type { Token, TokenStream, Unit } from './tokens.js';

/** Words a greeting line opens with ("Hi Jane,", "Good morning,"). */
const greetingOpeners = new Set([
  'hi',
  'hello',
  'hey',
  'hiya',
  'heya',
  'howdy',
  'dear',
  'greetings',
  'good',
  'morning',
  'afternoon',
  'evening',
  "g'day",
]);

/** How agents close a reply, as whole lines ("Kind regards,", "Thanks again,", "Cheers"). */
const closingLine =
  /^(?:kind(?:est)? regards|best regards|warm(?:est)? regards|warm wishes|regards|best wishes|all the best|best|many thanks|thanks(?: again| so much| very much)?|thank you(?: again| so much| very much)?|cheers|sincerely|yours sincerely|yours faithfully|yours truly|take care|speak soon|talk soon|with thanks|warmly|warmest|respectfully|thx|ta|have a (?:great|good|lovely|nice|wonderful|fab|brilliant) (?:day|evening|weekend|week|one|trip|holiday)|enjoy (?:the|your) (?:day|evening|weekend|week|trip|holiday))(?: [\p{Lu}][\p{L}'’.-]*){0,2}$/u;

/** A unit's words as written; a contraction ("can't") is one word, not two tokens. */
export function unitWords(stream: TokenStream, unit: Unit): string[] {
  const words: string[] = [];
  for (let i = unit.tokenStart; i < unit.tokenEnd; i++) {
    const token = stream.tokens[i] as Token;
    if (
      token.kind === 'word' &&
      !(
        i > unit.tokenStart &&
        (stream.tokens[i - 1] as Token).end === token.start &&
        token.word === (stream.tokens[i - 1] as Token).word
      )
    )
      words.push(token.word);
  }
  return words;
}

function isGreeting(stream: TokenStream, unit: Unit): boolean {
  const first = stream.tokens[unit.tokenStart];
  // "Martin," on a line of its own.
  const text = stream.text.slice(unit.start, unit.end).trim();
  if (/^[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,2},$/u.test(text) && unitLineEnds(stream, unit)) return true;
  if (first?.kind !== 'word' || !greetingOpeners.has(first.norm)) return false;
  if (first.norm === 'good' && !/^(?:morning|afternoon|evening|day)$/.test(stream.tokens[unit.tokenStart + 1]?.norm ?? ''))
    return false;
  const last = stream.tokens[unit.tokenEnd - 1] as Token;
  // "Hi Jane," on its own line, or "Hello again!"; not "Hi Jane, thanks for your email."
  return (
    unitWords(stream, unit).length <= 5 &&
    (last.kind !== 'word' ? /^[,!:;—–-]$/.test(last.norm) || unitLineEnds(stream, unit) : unitLineEnds(stream, unit))
  );
}

function unitLineEnds(stream: TokenStream, unit: Unit): boolean {
  const last = stream.tokens[unit.tokenEnd - 1] as Token;
  const rest = stream.text.slice(last.end);
  return /^[^\S\n]*(?:\n|$)/.test(rest);
}

function isClosing(stream: TokenStream, unit: Unit): boolean {
  const words = unitWords(stream, unit);
  // A closing is a few words and at most two of a name: "Kind regards, Tom Smith".
  return words.length <= 7 && closingLine.test(titleless(words.join(' ')));
}

/** "Thanks, Tom" → "thanks Tom": the closing words lower-cased, any name after them kept as written. */
function titleless(words: string): string {
  const parts = words.split(' ');
  for (let cut = parts.length; cut > 0; cut--) {
    const head = parts.slice(0, cut).join(' ').toLowerCase();
    const tail = parts.slice(cut);
    if (closingLine.test(head) && tail.length <= 2 && tail.every((word) => /^[\p{Lu}]/u.test(word))) {
      return [head, ...tail].join(' ');
    }
  }
  return words.toLowerCase();
}

/** A line of a signature: "Sam", "- Kai", "Bunyip Studios Support", "Tom | Acme". */
function isNameLine(stream: TokenStream, unit: Unit): boolean {
  const text = stream.text.slice(unit.start, unit.end).trim();
  if (!unitLineEnds(stream, unit) || /[.?!,:;]$/.test(text)) return false;
  const words = text
    .replace(/^[-–—~]+\s*/, '')
    .split(/\s+/)
    .filter(Boolean);
  return words.length > 0 && words.length <= 5 && (/^[-–—~]/.test(text) || words.every((word) => /^[\p{Lu}\d&|@(]/u.test(word)));
}

/** The line before the signature: "Kind regards,", or a short line ending in a comma ("Good luck out there,"). */
function isSignOff(stream: TokenStream, unit: Unit): boolean {
  if (isClosing(stream, unit)) return true;
  const text = stream.text.slice(unit.start, unit.end).trim();
  const lineStart = stream.text.lastIndexOf('\n', unit.start - 1) + 1;
  return (
    /,$/.test(text) &&
    unitWords(stream, unit).length <= 6 &&
    unitLineEnds(stream, unit) &&
    stream.text.slice(lineStart, unit.start).trim() === ''
  );
}

/** The parts of the agent's draft that carry the message. */
export interface ReplyBody {
  /** The greeting line ("Hi Jane,"), when the reply opens with one. */
  readonly greeting?: Unit | undefined;
  /** The message: every unit of the draft after the greeting and before the closing line. */
  readonly units: readonly Unit[];
  /** The closing line ("Kind regards,"), when there is one; what follows it is a signature. */
  readonly closing?: Unit | undefined;
  /** Words in `units`. */
  readonly words: number;
}

/**
 * The reply's body: the units of the agent's draft between the greeting line and the
 * closing line ("Kind regards," and the name under it).
 */
export function replyBody(analysis: Analysis): ReplyBody {
  let body = bodies.get(analysis);
  if (!body) {
    body = readBody(analysis);
    bodies.set(analysis, body);
  }
  return body;
}

const bodies = new WeakMap<Analysis, ReplyBody>();

function readBody(analysis: Analysis): ReplyBody {
  const { stream, context } = analysis;
  const draft = stream.units.filter((unit) => {
    const first = stream.tokens[unit.tokenStart] as Token;
    return insideAny(context.draft, first.start, first.end);
  });
  let from = 0;
  const greeting = draft[0] && isGreeting(stream, draft[0]) ? draft[0] : undefined;
  if (greeting) from = 1;
  // Under the message: the closing line, then a name block ("Sam", "- Kai", "Acme Support").
  let last = draft.length - 1;
  while (last > from && isNameLine(stream, draft[last] as Unit)) last--;
  const candidate = draft[last];
  const closing = candidate && last >= from && isSignOff(stream, candidate) ? candidate : undefined;
  const to = closing ? last : last + 1;
  const units = draft.slice(from, to);
  const words = units.reduce((sum, unit) => sum + unitWords(stream, unit).length, 0);
  return { greeting, units, closing, words };
}

/**
 * Where a sentence's words are: from its first token to its last word, with any closing
 * quote or bracket after it ("…tick "Paid only""), and where the sentence ends, after
 * its final punctuation.
 */
export function sentenceSpan(stream: TokenStream, unit: Unit): { start: number; end: number; after: number } {
  let last = unit.tokenEnd - 1;
  while (last > unit.tokenStart && (stream.tokens[last] as Token).kind !== 'word') last--;
  while (last + 1 < unit.tokenEnd && /^["'”’»)\]]+$/.test((stream.tokens[last + 1] as Token).norm)) last++;
  return {
    start: (stream.tokens[unit.tokenStart] as Token).start,
    end: (stream.tokens[last] as Token).end,
    after: (stream.tokens[unit.tokenEnd - 1] as Token).end,
  };
}
