import type { Paragraph, Root, Sentence, SentenceContent } from 'nlcst';
import { toString as nlcstToString } from 'nlcst-to-string';
import { cliticSuffixes, contractions, isContractionHosts, keysOf } from './lexicon.js';

export type TokenKind = 'word' | 'punct' | 'symbol';

export interface Token {
  /** Lower-cased, apostrophes and dashes normalised, one word of an expanded contraction. */
  readonly norm: string;
  /** The keys this token answers to in patterns: `norm`, `<class>` names and tags. */
  readonly keys: readonly string[];
  readonly kind: TokenKind;
  /** Offsets in the linted text (0-based, UTF-16, end exclusive). */
  readonly start: number;
  readonly end: number;
  /** Index of the unit (sentence or line-level clause) holding the token. */
  readonly unit: number;
  /** The source word starts with an upper-case letter. */
  readonly capitalised: boolean;
  /** The whole source word this token comes from, as written. */
  readonly word: string;
}

/**
 * A unit is a sentence as retext sees it, further cut at line breaks that end a
 * greeting, a sign-off or a short heading-like line ("Hi Jane,\nI'm sorry…").
 */
export interface Unit {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** Token range [tokenStart, tokenEnd). */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly paragraph: number;
}

export interface TokenStream {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly units: readonly Unit[];
}

const apostrophes = /[\u2018\u2019\u02BC\u00B4\u0060\u2032]/g;
const dashes = /[\u2010-\u2015\u2212]/g;

const needsFolding = /[\u2018\u2019\u02BC\u00B4\u0060\u2032\u2010-\u2015\u2212]/;

export function normalise(value: string): string {
  const lower = value.toLowerCase();
  return needsFolding.test(lower) ? lower.replace(apostrophes, "'").replace(dashes, '-') : lower;
}

const greetingOrClosingStart =
  /^\s*(?:hi|hello|hey|hiya|dear|greetings|good\s+(?:morning|afternoon|evening|day)|thanks|thank\s+you|many\s+thanks|regards|kind\s+regards|best|warm|warmest|cheers|sincerely|yours|all\s+the\s+best|take\s+care|to\s+whom)\b/i;

/** Whether a line break after `line` ends a unit, given the line that follows. */
function breaksUnit(line: string, next: string): boolean {
  const trimmed = line.trim();
  if (trimmed === '') return true;
  const words = trimmed.split(/\s+/).length;
  if (/[.!?]["')\]]*$/.test(trimmed)) return true;
  if (words <= 5 && greetingOrClosingStart.test(trimmed)) return true;
  const nextTrimmed = next.trimStart();
  if (/^(?:[-*•·▪–]|\d+[.)])\s/.test(nextTrimmed)) return true;
  if (/^(?:[-*•·▪–]|\d+[.)])\s/.test(trimmed)) return true;
  return words <= 6 && !/[,;]$/.test(trimmed) && /^[A-Z"“(]/.test(nextTrimmed);
}

/**
 * Where a part of a larger text sits in it: its first character, and the numbers of the
 * tokens, units and paragraphs before it. Tokens and units are made in place, with the
 * offsets and indices they have in the larger stream.
 */
export interface Placement {
  readonly offset: number;
  readonly tokenBase: number;
  readonly unitBase: number;
  readonly paragraphBase: number;
}

const atStart: Placement = { offset: 0, tokenBase: 0, unitBase: 0, paragraphBase: 0 };

/** The tokens and units of a part of a text, placed in the larger stream (`at`). */
export interface TokenPart {
  readonly at: Placement;
  readonly tokens: readonly Token[];
  readonly units: readonly Unit[];
  /** How many paragraphs the part's units run over (the next part's paragraphs follow). */
  readonly paragraphs: number;
}

interface Builder {
  /** The part's own text: offsets while reading are relative to it. */
  text: string;
  at: Placement;
  tokens: Token[];
  units: Unit[];
  /** Start of the open unit, in the larger text. */
  unitStart: number;
  unitTokenStart: number;
  paragraph: number;
}

/** `end` is relative to the part's text. */
function closeUnit(b: Builder, end: number): void {
  if (b.tokens.length > b.unitTokenStart) {
    const at = b.at;
    b.units.push({
      index: at.unitBase + b.units.length,
      start: b.unitStart,
      end: at.offset + end,
      tokenStart: at.tokenBase + b.unitTokenStart,
      tokenEnd: at.tokenBase + b.tokens.length,
      paragraph: at.paragraphBase + b.paragraph,
    });
  }
  b.unitTokenStart = b.tokens.length;
}

const notProper = new Set([
  'i',
  'we',
  'you',
  'he',
  'she',
  'they',
  'it',
  'my',
  'our',
  'your',
  'their',
  'this',
  'that',
  'please',
  'thanks',
  'sorry',
  'ok',
  'okay',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'mr',
  'mrs',
  'ms',
  'dr',
]);

const properVariants = new WeakMap<readonly string[], readonly string[]>();

/** A word's keys with `<proper>` added; shared like the keys themselves, so matchers can cache by identity. */
function properKeys(keys: readonly string[]): readonly string[] {
  let variant = properVariants.get(keys);
  if (!variant) {
    variant = [...keys, '<proper>'];
    properVariants.set(keys, variant);
  }
  return variant;
}

function push(
  b: Builder,
  norm: string,
  kind: TokenKind,
  start: number,
  end: number,
  word: string,
  capitalised: boolean,
  known?: readonly string[],
): void {
  const offset = b.at.offset;
  const first = b.tokens.length === b.unitTokenStart;
  if (first) b.unitStart = offset + start;
  let keys = known ?? keysOf(norm, kind === 'word');
  // A capital inside a sentence marks a name: a brand, a team, a person ("Sony", "AWS", "Openreach").
  if (kind === 'word' && capitalised && !first && !notProper.has(norm)) keys = properKeys(keys);
  b.tokens.push({
    norm,
    keys,
    kind,
    start: offset + start,
    end: offset + end,
    unit: b.at.unitBase + b.units.length,
    capitalised,
    word,
  });
}

/** Words that keep their full stop: abbreviations, not sentence ends. */
const abbreviations = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'vs',
  'etc',
  'approx',
  'no',
  'tel',
  'ref',
  'inc',
  'ltd',
  'co',
  'dept',
  'prof',
  'rev',
  'mt',
  'ft',
  'a.m',
  'p.m',
  'e.g',
  'i.e',
  'cf',
  'al',
  'ave',
  'rd',
]);

function startsUpper(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(word);
}

/** One token a source word becomes, at offsets relative to the word. */
interface Piece {
  readonly norm: string;
  readonly keys: readonly string[];
  readonly kind: TokenKind;
  readonly from: number;
  readonly to: number;
  readonly word: string;
  readonly capitalised: boolean;
  /** A full stop retext left on the word ("sorry.") ends the unit after it. */
  readonly closesUnit: boolean;
}

/** Words repeat across replies: how each splits is worked out once. */
const piecesByWord = new Map<string, readonly Piece[]>();

function piecesOf(word: string): readonly Piece[] {
  let pieces = piecesByWord.get(word);
  if (!pieces) {
    pieces = splitWord(word);
    if (piecesByWord.size > 50_000) piecesByWord.clear();
    piecesByWord.set(word, pieces);
  }
  return pieces;
}

function piece(norm: string, from: number, to: number, word: string, capitalised: boolean, closesUnit = false): Piece {
  const kind: TokenKind = norm === '.' ? 'punct' : 'word';
  return { norm, keys: keysOf(norm, kind === 'word'), kind, from, to, word, capitalised, closesUnit };
}

function splitWord(word: string): Piece[] {
  // retext keeps the full stop on "sorry." when a lower-case word follows; people type like that.
  const stop =
    word.endsWith('.') && /^(?:[\p{L}'’]{2,}|\d{1,2})\.$/u.test(word) && !abbreviations.has(normalise(word.slice(0, -1)));
  if (stop) {
    return [...splitWord(word.slice(0, -1)), piece('.', word.length - 1, word.length, '.', false, true)];
  }
  const end = word.length;
  const norm = normalise(word);
  const capitalised = startsUpper(word);
  const whole = contractions[norm];
  if (whole) {
    const [first = '', ...rest] = whole;
    const cut = Math.max(1, end - (norm.endsWith("n't") ? 3 : 2));
    return [
      piece(first, 0, rest.length > 0 ? cut : end, word, capitalised),
      ...rest.map((part) => piece(part, cut, end, word, false)),
    ];
  }
  const apostrophe = norm.lastIndexOf("'");
  if (apostrophe > 0) {
    const suffix = norm.slice(norm.endsWith("n't") ? apostrophe - 1 : apostrophe);
    const expansion = cliticSuffixes[suffix];
    const host = norm.slice(0, norm.length - suffix.length);
    if (expansion && host) {
      return [piece(host, 0, host.length, word, capitalised), piece(expansion, host.length, end, word, false)];
    }
    if (suffix === "'s" && host) {
      return [
        piece(host, 0, host.length, word, capitalised),
        piece(isContractionHosts.has(host) ? 'is' : "'s", host.length, end, word, false),
      ];
    }
  }
  return [piece(norm, 0, end, word, capitalised)];
}

function pushWord(b: Builder, word: string, start: number): void {
  for (const part of piecesOf(word)) {
    push(b, part.norm, part.kind, start + part.from, start + part.to, part.word, part.capitalised, part.keys);
    if (part.closesUnit) closeUnit(b, start + part.to);
  }
}

function offsetOf(node: { position?: { start: { offset?: number } } | undefined }): number | undefined {
  return node.position?.start.offset;
}

/** Two line breaks (CRLF, LF or CR) with only spaces between. */
const blankLineIn = /(?:\r\n|\r(?!\n)|\n)[^\S\r\n]*(?:\r\n|\r(?!\n)|\n)/;

/** Where the line holding `offset` starts: after the last LF or CR before it. */
function lineStartBefore(text: string, offset: number): number {
  let at = offset;
  while (at > 0) {
    const code = text.charCodeAt(at - 1);
    if (code === 10 || code === 13) break;
    at--;
  }
  return at;
}

/** Where the line starting at `offset` ends: at its first CR or LF, or the end of the text. */
function lineEndFrom(text: string, offset: number): number {
  for (let at = offset; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 10 || code === 13) return at;
  }
  return text.length;
}

function walkSentence(b: Builder, sentence: Sentence): void {
  const children: readonly SentenceContent[] = sentence.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as SentenceContent;
    const start = offsetOf(child);
    if (start === undefined) continue;
    // The source text of the node: its offsets when retext gave them (always, for parsed text).
    const end = child.position?.end.offset;
    const value = end === undefined ? nlcstToString(child) : b.text.slice(start, end);
    switch (child.type) {
      case 'WordNode':
        pushWord(b, value, start);
        break;
      case 'PunctuationNode':
        push(b, normalise(value), 'punct', start, start + value.length, value, false);
        // retext keeps "…on that plan. it's the team's call" in one sentence when the next
        // word is lower case; people type like that, so a full stop and a space end a unit.
        if (/^[.!?]+$/.test(value) && children[i + 1]?.type === 'WhiteSpaceNode' && i + 2 < children.length) {
          closeUnit(b, start + value.length);
        }
        break;
      case 'SymbolNode':
        push(b, normalise(value), 'symbol', start, start + value.length, value, false);
        break;
      case 'WhiteSpaceNode': {
        // Line breaks are CRLF, LF or CR alike: "\r" ends a line too.
        if (!/[\r\n]/.test(value)) break;
        const lineStart = lineStartBefore(b.text, start);
        const nextEnd = lineEndFrom(b.text, start + value.length);
        const line = b.text.slice(lineStart, start);
        const next = b.text.slice(start + value.length, nextEnd);
        if (blankLineIn.test(value) || breaksUnit(line, next)) closeUnit(b, start);
        break;
      }
      default:
        break;
    }
  }
}

/** Tokens and units of a retext (nlcst) tree parsed from `text`. */
export function tokenize(tree: Root, text: string): TokenStream {
  const { tokens, units } = tokenizePart(tree, text, atStart);
  return { text, tokens, units };
}

/**
 * Tokens and units of a retext tree parsed from `text`, a part of a larger text placed `at`
 * in it: made with their final offsets and indices, so the larger stream can hold them as
 * they are.
 */
export function tokenizePart(tree: Root, text: string, at: Placement): TokenPart {
  const b: Builder = { text, at, tokens: [], units: [], unitStart: at.offset, unitTokenStart: 0, paragraph: 0 };
  for (const child of tree.children) {
    if (child.type !== 'ParagraphNode') continue;
    for (const sentence of (child as Paragraph).children) {
      if (sentence.type !== 'SentenceNode') continue;
      walkSentence(b, sentence);
      const end = sentence.position?.end.offset ?? text.length;
      closeUnit(b, end);
    }
    b.paragraph++;
  }
  const last = b.units[b.units.length - 1];
  const paragraphs = last ? last.paragraph - at.paragraphBase + 1 : 0;
  return { at, tokens: b.tokens, units: b.units, paragraphs };
}

/** The same part placed elsewhere (`at`): new tokens and units, moved by the difference. */
export function movePart(part: TokenPart, at: Placement): TokenPart {
  const by = part.at;
  const offset = at.offset - by.offset;
  const unitBy = at.unitBase - by.unitBase;
  const tokenBy = at.tokenBase - by.tokenBase;
  const paragraphBy = at.paragraphBase - by.paragraphBase;
  const tokens: Token[] = [];
  for (const token of part.tokens) {
    tokens.push({
      norm: token.norm,
      keys: token.keys,
      kind: token.kind,
      start: token.start + offset,
      end: token.end + offset,
      unit: token.unit + unitBy,
      capitalised: token.capitalised,
      word: token.word,
    });
  }
  const units: Unit[] = [];
  for (const unit of part.units) {
    units.push({
      index: unit.index + unitBy,
      start: unit.start + offset,
      end: unit.end + offset,
      tokenStart: unit.tokenStart + tokenBy,
      tokenEnd: unit.tokenEnd + tokenBy,
      paragraph: unit.paragraph + paragraphBy,
    });
  }
  return { at, tokens, units, paragraphs: part.paragraphs };
}

/** The text of tokens [from, to) as written. */
export function sliceTokens(stream: TokenStream, from: number, to: number): string {
  const first = stream.tokens[from];
  const last = stream.tokens[to - 1];
  if (!first || !last) return '';
  return stream.text.slice(first.start, last.end);
}
