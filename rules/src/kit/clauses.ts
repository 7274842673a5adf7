import type { Match } from './matcher.js';
import type { Token, TokenStream, Unit } from './tokens.js';

const clauseBreaks = new Set([',', ';', ':', '-', '--', '—', '–', '(', ')', '"']);

const conditionals = new Set(['if', 'unless', 'whether', 'when', 'whenever', 'once', 'until', 'before', 'should']);

/** Verbs and phrases after which a clause is someone's words or feelings, not the agent's statement. */
const reporting = new Set([
  'mentioned',
  'mention',
  'said',
  'say',
  'says',
  'told',
  'explained',
  'reported',
  'noticed',
  'wrote',
  'asked',
  'saying',
  'understand',
  'hear',
  'heard',
  'sorry',
  'see',
  'seems',
  'seem',
  'realise',
  'realize',
  'appreciate',
  'know',
  'knew',
  'frustrating',
  'annoying',
  'shame',
  'confirm',
  'confirming',
  'aware',
  'assumed',
  'thought',
  'worried',
  'concerned',
  'feel',
  'felt',
  'why',
]);

export function tokenAt(stream: TokenStream, index: number): Token | undefined {
  return stream.tokens[index];
}

export function unitOf(stream: TokenStream, match: Pick<Match, 'unit'>): Unit {
  return stream.units[match.unit] as Unit;
}

/** The unit's text from its first to its last token. */
export function unitText(stream: TokenStream, unit: Unit): string {
  const first = stream.tokens[unit.tokenStart];
  const last = stream.tokens[unit.tokenEnd - 1];
  return first && last ? stream.text.slice(first.start, last.end) : '';
}

export function isQuestion(stream: TokenStream, unit: Unit): boolean {
  for (let i = unit.tokenEnd - 1; i >= unit.tokenStart; i--) {
    const token = stream.tokens[i] as Token;
    if (token.kind === 'word') return false;
    if (token.norm.includes('?')) return true;
  }
  return false;
}

/** The match sits in an if-/unless-/when-clause that opens its sentence or clause. */
export function inConditional(stream: TokenStream, match: Pick<Match, 'start' | 'unit'>): boolean {
  const unit = unitOf(stream, match);
  for (let i = match.start - 1; i >= unit.tokenStart; i--) {
    const token = stream.tokens[i] as Token;
    if (token.kind !== 'word' && clauseBreaks.has(token.norm)) return false;
    if (conditionals.has(token.norm)) return true;
  }
  return false;
}

/** The match reports what someone said, saw or felt ("I'm sorry you can't log in"). */
export function isReported(
  stream: TokenStream,
  match: Pick<Match, 'start' | 'unit'>,
  reach = 3,
  words: ReadonlySet<string> = reporting,
): boolean {
  const unit = unitOf(stream, match);
  for (let i = match.start - 1, seen = 0; i >= unit.tokenStart && seen < reach; i--, seen++) {
    const token = stream.tokens[i] as Token;
    if (token.kind !== 'word') return false;
    if (words.has(token.norm)) return true;
  }
  return false;
}

/** Lower-cases the first letter, unless the text opens with "I" or an acronym. */
export function lowerFirst(text: string): string {
  if (/^I\b/.test(text) || /^[A-Z]{2,}\b/.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Keeps the earliest, then longest, of overlapping matches: one finding per phrase even
 * when several patterns describe it.
 */
export function outermost<M extends { start: number; end: number }>(matches: readonly M[]): M[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: M[] = [];
  for (const match of sorted) {
    if (!kept.some((other) => overlaps(other, match))) kept.push(match);
  }
  return kept;
}

const clauseWords = new Set(['but', 'and', 'so', 'although', 'though', 'because', 'while', 'whilst', 'then', 'however', 'or']);

/**
 * The clause around tokens [start, end): bounded by clause punctuation and by
 * conjunctions ("…and you'll get a call within the hour").
 */
export function clauseAround(stream: TokenStream, start: number, end: number): { start: number; end: number } {
  const token = stream.tokens[start];
  const unit = token ? (stream.units[token.unit] as Unit) : undefined;
  if (!unit) return { start, end };
  const isBreak = (t: Token): boolean => (t.kind !== 'word' && clauseBreaks.has(t.norm)) || clauseWords.has(t.norm);
  let from = start;
  while (from > unit.tokenStart && !isBreak(stream.tokens[from - 1] as Token)) from--;
  let to = end;
  while (to < unit.tokenEnd && !isBreak(stream.tokens[to] as Token)) to++;
  return { start: from, end: to };
}
