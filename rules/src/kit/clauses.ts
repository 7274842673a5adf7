import type { Match } from './matcher.js';
import type { Token, TokenStream, Unit } from './tokens.js';

const clauseBreaks = new Set([',', ';', ':', '-', '--', '—', '–', '(', ')', '"', '.', '!', '?', '...', '…']);

const conditionals = new Set(['if', 'unless', 'when', 'whenever', 'once']);

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

const subjects = new Set(['i', 'we', 'you', 'it', 'they', 'he', 'she', 'this', 'that', 'there']);
const modals = new Set(['will', 'shall', 'can', 'could', 'would', 'may', 'might', 'must']);
/** Words that, after a second subject, start the main clause after an if-clause. */
const mainVerbs = new Set([
  'will',
  'shall',
  'can',
  'could',
  'would',
  'may',
  'might',
  'must',
  'is',
  'are',
  'am',
  'was',
  'were',
  'have',
  'has',
]);

/**
 * The match sits in an if-/unless-/when-clause ("If that's not possible…", "let me know if
 * you can't log in"), not in the main clause that follows one without a comma ("if you
 * upgrade it'll be there in 2 mins").
 */
export function inConditional(stream: TokenStream, match: Pick<Match, 'start' | 'unit'>): boolean {
  const unit = unitOf(stream, match);
  for (let i = match.start - 1; i >= unit.tokenStart; i--) {
    const token = stream.tokens[i] as Token;
    if (token.kind !== 'word' && clauseBreaks.has(token.norm)) return false;
    // "Should you need anything…": inversion only opens a sentence.
    const opensCondition = conditionals.has(token.norm) || (token.norm === 'should' && i === unit.tokenStart);
    if (!opensCondition) continue;
    let subjectsSeen = 0;
    let verbSeen = false;
    for (let j = i + 1; j <= match.start; j++) {
      const token = stream.tokens[j] as Token;
      const norm = token.norm;
      const previous = (stream.tokens[j - 1] as Token).norm;
      // "Once an order's been picked we can't…": after the condition's verb, a new subject and a modal.
      if (verbSeen && subjects.has(previous) && (modals.has(norm) || mainVerbs.has(norm))) return false;
      if (mainVerbs.has(norm) || modals.has(norm) || norm === 'been' || token.keys.includes('<pp>')) verbSeen = true;
      if (subjects.has(norm)) subjectsSeen++;
      else if (subjectsSeen >= 2 && mainVerbs.has(norm) && subjects.has(previous)) return false;
      // "if you arrive after 3pm your room will be ready": a modal after a new noun opens the main clause.
      else if (subjectsSeen >= 1 && modals.has(norm) && j > i + 2 && !subjects.has(previous) && previous !== 'not') return false;
    }
    return true;
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
    // "I'm sorry to say we can't…" introduces the agent's own words.
    if (words.has(token.norm) && !(token.norm === 'say' && stream.tokens[i - 1]?.norm === 'to')) return true;
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
  // Kept matches do not overlap and come in order, so the last one reaches furthest: a match
  // overlaps one of them only if it overlaps that one (no need to compare with them all).
  for (const match of sorted) {
    const last = kept[kept.length - 1];
    if (!last || !overlaps(last, match)) kept.push(match);
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
  const isDigits = (index: number): boolean => /^\d/.test(stream.tokens[index]?.norm ?? '');
  // "£1,240" is one number, not two clauses.
  const isBreak = (t: Token, index: number): boolean =>
    ((t.kind !== 'word' && clauseBreaks.has(t.norm)) || clauseWords.has(t.norm)) &&
    !(t.norm === ',' && isDigits(index - 1) && isDigits(index + 1));
  let from = start;
  while (from > unit.tokenStart && !isBreak(stream.tokens[from - 1] as Token, from - 1)) from--;
  let to = end;
  while (to < unit.tokenEnd && !isBreak(stream.tokens[to] as Token, to)) to++;
  return { start: from, end: to };
}

const subjectPronouns = new Set(['it', 'this', 'that', 'there', 'we', 'i', 'you', 'they', 'he', 'she', 'which']);
const leadingDeterminers = new Set(['your', 'our', 'the', 'this', 'that', 'these', 'those', 'my', 'their']);
const beForms = new Set(['is', 'are', 'am', 'was', 'were']);

/**
 * A match widened to the subject it leaves out, so the underline reads as a phrase:
 * "'s not possible" → "it's not possible", "not my department" → "that's not my department",
 * "request has been declined" → "Your request has been declined".
 */
export function withSubject(stream: TokenStream, match: Pick<Match, 'start' | 'end' | 'unit'>): { start: number; end: number } {
  const unit = unitOf(stream, match);
  let start = match.start;
  const at = (index: number): Token | undefined => (index >= unit.tokenStart ? stream.tokens[index] : undefined);
  if (at(start)?.norm === 'not' && beForms.has(at(start - 1)?.norm ?? '') && subjectPronouns.has(at(start - 2)?.norm ?? '')) {
    start -= 2;
  } else if (subjectPronouns.has(at(start - 1)?.norm ?? '') && !subjectPronouns.has(at(start)?.norm ?? '')) {
    start -= 1;
  } else if (leadingDeterminers.has(at(start - 1)?.norm ?? '')) {
    start -= 1;
  } else if (
    at(start - 1)?.kind === 'word' &&
    leadingDeterminers.has(at(start - 2)?.norm ?? '') &&
    !subjectPronouns.has(at(start)?.norm ?? '')
  ) {
    start -= 2;
  }
  return { start, end: match.end };
}
