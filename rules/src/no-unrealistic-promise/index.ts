import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { type Analysis, analyse, matchesOf } from '../kit/analysis.js';
import { clauseAround, inConditional, isQuestion, outermost, overlaps, unitOf } from '../kit/clauses.js';
import { numberValue } from '../kit/lexicon.js';
import type { Match } from '../kit/matcher.js';
import { isRecord } from '../kit/options.js';
import { OptionsError, type Rule, type RuleMeta, report, ruleUrl, type Suggestion } from '../kit/rule.js';
import type { Token, TokenStream } from '../kit/tokens.js';
import { describeMinutes, parseTurnaround, unitMinutes } from './duration.js';
import { hedgePhrases, type PromiseEntry, promisePhrases } from './phrases.js';
import { agentSubjects, callbackMarkers, callbackVerbs, certainty, otherSubjects, outcomes, startVerbs } from './verbs.js';

export const meta: RuleMeta = {
  id: 'no-unrealistic-promise',
  summary: 'A certain promise of a short deadline or an absolute outcome.',
  url: ruleUrl('no-unrealistic-promise'),
  severity: 'warning',
  presets: ['recommended', 'strict'],
  example: {
    bad: "It'll be fixed within the hour, and this will never happen again.",
    good: "Our engineers are on it now; I'll update you by 5pm with what they've found.",
  },
};

export interface NoUnrealisticPromiseOptions {
  /**
   * The shortest turnaround you can promise with certainty: hours as a number, or text
   * such as "24h", "4 hours", "2 days". Certain deadlines shorter than this are flagged.
   */
  readonly minimumTurnaround?: number | string;
}

export const defaultMinimumTurnaround = '24h';

export function parseOptions(raw: unknown): { minimumMinutes: number } {
  const fallback = parseTurnaround(defaultMinimumTurnaround) as number;
  if (raw === undefined || raw === null) return { minimumMinutes: fallback };
  if (!isRecord(raw)) throw new OptionsError(meta.id, '(options)', 'an object', raw);
  let minimumMinutes = fallback;
  for (const [key, value] of Object.entries(raw)) {
    if (key !== 'minimumTurnaround') throw new OptionsError(meta.id, key, 'one of: minimumTurnaround', value);
    const parsed = parseTurnaround(value);
    if (parsed === undefined) {
      throw new OptionsError(meta.id, key, 'a number of hours or a duration such as "24h", "4 hours", "2 days"', value);
    }
    minimumMinutes = parsed;
  }
  return { minimumMinutes };
}

/** Minutes until the deadline a match names, read from its number and unit when needed. */
function deadlineMinutes(stream: TokenStream, match: Match<PromiseEntry>): number | undefined {
  if (match.entry.minutes !== undefined) return match.entry.minutes;
  let amount: number | undefined;
  let per: number | undefined;
  for (let i = match.start; i < match.end; i++) {
    const token = stream.tokens[i] as Token;
    const value = numberValue(token.norm);
    if (value !== undefined && amount === undefined) amount = value === 0.5 ? 0.5 : value;
    const unit = unitMinutes(token.norm);
    if (unit !== undefined) per = unit;
  }
  if (per === undefined) return undefined;
  return (amount ?? 1) * per;
}

type Subject = 'agent' | 'other' | undefined;

function subjectOf(norm: string): Subject {
  if (agentSubjects.has(norm)) return 'agent';
  if (otherSubjects.has(norm)) return 'other';
  return undefined;
}

/** The clause's subject: its first subject word, or failing that the nearest one before it. */
function clauseSubject(
  stream: TokenStream,
  clauseStart: number,
  before: number,
  unitStart: number,
): { subject: Subject; at: number } {
  // The subject opens its clause ("and it'll be with you today"); a pronoun further in is an object.
  for (let i = clauseStart; i < Math.min(before, clauseStart + 3); i++) {
    const subject = subjectOf((stream.tokens[i] as Token).norm);
    if (subject) return { subject, at: i };
  }
  for (let i = clauseStart - 1; i >= unitStart; i--) {
    const subject = subjectOf((stream.tokens[i] as Token).norm);
    if (subject) return { subject, at: i };
  }
  return { subject: undefined, at: clauseStart };
}

interface Judgement {
  readonly promise: boolean;
}

/** Whether a short deadline is stated as a certain promise of an outcome or a call-back. */
function judgeDeadline(analysis: Analysis, match: Match<PromiseEntry>, hedged: (from: number, to: number) => boolean): Judgement {
  const { stream } = analysis;
  const unit = unitOf(stream, match);
  const clause = clauseAround(stream, match.start, match.end);
  const { subject, at } = clauseSubject(stream, clause.start, match.start, unit.tokenStart);
  const from = Math.min(at, clause.start);
  const words: string[] = [];
  for (let i = from; i < clause.end; i++) words.push((stream.tokens[i] as Token).norm);
  // "…will be complete by end of day, with the workspace live within minutes": the clause shares the modal before it.
  const shared = ['with', 'and', 'then'].includes(words[0] ?? '') ? unitWords(stream, unit.tokenStart, from) : [];
  const joined = words.join(' ');
  // "I can have the paperwork done in 15 minutes" commits as surely as "will".
  const certain = [...shared, ...words].some((word) => certainty.has(word)) || /\bgoing to\b|\bcan (have|get)\b/.test(joined);
  if (!certain || hedged(from, clause.end)) return { promise: false };
  const negated = words.some((word, index) => (word === 'not' || word === 'never') && words[index - 1] === 'will');
  if (negated) return { promise: false };
  if (subject === 'agent') {
    if (match.entry.outcomeOnly) return { promise: false };
    const callback =
      (words.includes('you') && words.some((word) => callbackVerbs.has(word))) || words.some((word) => callbackMarkers.has(word));
    const outcome = words.some((word, index) => outcomes.has(word) && !(word === 'working' && words[index + 1] === 'on'));
    const starting = words.some((word) => startVerbs.has(word));
    return { promise: callback || outcome || !starting };
  }
  // "Once you click it, you'll be able to sign in straight away": what the customer can do
  // after their own step, not an outcome promised.
  const capability = words.includes('able') || words.includes('can');
  const afterTheirStep = unitWords(stream, unit.tokenStart, match.start).some((word) =>
    ['once', 'when', 'after', 'soon'].includes(word),
  );
  if (capability && afterTheirStep) return { promise: false };
  return { promise: true };
}

function unitWords(stream: TokenStream, from: number, to: number): string[] {
  const words: string[] = [];
  for (let i = from; i < to; i++) words.push((stream.tokens[i] as Token).norm);
  return words;
}

/** "I promise you this will never happen again" is one promise, not two. */
function mergeAdjacent(matches: readonly Match<PromiseEntry>[]): Match<PromiseEntry>[] {
  const merged: Match<PromiseEntry>[] = [];
  for (const match of matches) {
    const previous = merged[merged.length - 1];
    if (
      previous &&
      previous.entry.kind === 'absolute' &&
      match.entry.kind === 'absolute' &&
      previous.unit === match.unit &&
      match.start - previous.end <= 2
    ) {
      merged[merged.length - 1] = { ...previous, end: match.end, entry: match.entry };
    } else {
      merged.push(match);
    }
  }
  return merged;
}

function phraseOf(stream: TokenStream, match: Match): { start: number; end: number; text: string } {
  const start = (stream.tokens[match.start] as Token).start;
  const end = (stream.tokens[match.end - 1] as Token).end;
  return { start, end, text: stream.text.slice(start, end) };
}

function absoluteSuggestions(stream: TokenStream, match: Match<PromiseEntry>): Suggestion[] {
  const { replacement, replaceToken } = match.entry;
  if (replacement === undefined) return [];
  const phrase = phraseOf(stream, match);
  if (replaceToken) {
    const words = new Set(replaceToken.split('|'));
    for (let i = match.start; i < match.end; i++) {
      const token = stream.tokens[i] as Token;
      if (!words.has(token.norm)) continue;
      const spaceAfter = /^\s+/.exec(stream.text.slice(token.end))?.[0].length ?? 0;
      return [
        {
          desc: `Drop “${stream.text.slice(token.start, token.end)}”`,
          safe: true,
          fix: { range: [token.start, token.end + spaceAfter], text: '' },
        },
      ];
    }
    return [];
  }
  const text =
    /^[A-Z]/.test(phrase.text) && replacement ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
  return [{ desc: replacement ? `Say “${text}”` : 'Remove it', fix: { range: [phrase.start, phrase.end], text } }];
}

export function noUnrealisticPromise(options?: NoUnrealisticPromiseOptions): (tree: Root, file: VFile) => void {
  const { minimumMinutes } = parseOptions(options);
  const realistic = `within ${describeMinutes(minimumMinutes)}`;
  return (tree, file) => {
    const analysis = analyse(tree, file);
    const { stream } = analysis;
    const matches = matchesOf(analysis, promisePhrases);
    const hedges = matchesOf(analysis, hedgePhrases);
    const exceptions = matches.filter((match) => match.entry.kind === 'exception');
    const hedged = (from: number, to: number): boolean => hedges.some((hedge) => hedge.start >= from && hedge.end <= to);
    const candidates = matches.filter(
      (match) =>
        match.entry.kind !== 'exception' &&
        !exceptions.some((exception) => overlaps(exception, match)) &&
        !isQuestion(stream, unitOf(stream, match)) &&
        !inConditional(stream, match),
    );
    for (const match of mergeAdjacent(outermost(candidates))) {
      const phrase = phraseOf(stream, match);
      if (match.entry.kind === 'absolute') {
        const clause = clauseAround(stream, match.start, match.end);
        if (hedged(clause.start, clause.end)) continue;
        report(file, analysis, meta, {
          start: phrase.start,
          end: phrase.end,
          reason: `“${phrase.text}” ${match.entry.reason}: say what you are doing instead.`,
          suggestions: absoluteSuggestions(stream, match),
        });
        continue;
      }
      const minutes = deadlineMinutes(stream, match);
      if (minutes === undefined || minutes >= minimumMinutes) continue;
      if (!judgeDeadline(analysis, match, hedged).promise) continue;
      report(file, analysis, meta, {
        start: phrase.start,
        end: phrase.end,
        reason: `“${phrase.text}” is a certain promise of a short deadline (under ${describeMinutes(minimumMinutes)}): commit only to a time you can keep.`,
        suggestions: [
          { desc: `Commit to “${realistic}”`, fix: { range: [phrase.start, phrase.end], text: realistic } },
          { desc: 'Say “as soon as possible”', fix: { range: [phrase.start, phrase.end], text: 'as soon as possible' } },
        ],
      });
    }
  };
}

export const rule: Rule<NoUnrealisticPromiseOptions> = {
  meta,
  phraseSets: [promisePhrases, hedgePhrases],
  parseOptions: (raw) => {
    parseOptions(raw);
    return (raw ?? {}) as NoUnrealisticPromiseOptions;
  },
  attacher: noUnrealisticPromise,
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      minimumTurnaround: {
        description:
          'The shortest turnaround you can promise with certainty; certain deadlines shorter than this are flagged. A number of hours, or text such as "24h", "90 minutes", "2 days" (default "24h").',
        anyOf: [
          { type: 'number', minimum: 0 },
          { type: 'string', pattern: '^\\s*(\\d+(\\.\\d+)?|[A-Za-z]+)\\s*((business|working)\\s+)?[A-Za-z]+\\s*$' },
        ],
      },
    },
  },
};

export default rule;
