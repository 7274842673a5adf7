import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { type Analysis, analyse, matchesOf } from '../kit/analysis.js';
import { inConditional, isQuestion, outermost, overlaps, unitOf, upperFirst } from '../kit/clauses.js';
import type { Match } from '../kit/matcher.js';
import { noOptions } from '../kit/options.js';
import { type Rule, type RuleMeta, report, ruleUrl, type Suggestion } from '../kit/rule.js';
import type { Token, TokenStream } from '../kit/tokens.js';
import { blamePhrases } from '../no-blame-deflection/phrases.js';
import { type CondescensionEntry, condescensionPhrases } from './phrases.js';

export const meta: RuleMeta = {
  id: 'no-condescension',
  summary: 'Sarcasm, talking down, or reflecting the customer’s anger back.',
  url: ruleUrl('no-condescension'),
  severity: 'warning',
  presets: ['recommended', 'strict'],
};

const youWords = new Set(['you', 'your', 'yours', 'yourself']);
const agentWords = new Set(['i', 'we', 'us', 'our', 'ours', 'me', 'my', 'mine']);
/** The agent as the one acting; "our returns are free, and simply pop the slip in" still instructs the customer. */
const agentSubjects = new Set(['i', 'we', 'us']);
/** Who is told a step is easy when "simply" sits after them: "most users simply switch on…". */
const people = new Set(['users', 'customers', 'people', 'members', 'owners', 'most', 'everyone', 'anyone', 'others']);
const adverbs = new Set(['obviously', 'clearly', 'evidently', 'naturally', 'just', 'simply', 'merely']);

/** "Obviously, you need to…", "you clearly…": about the customer; "we obviously want…", "the engineer clearly…" are not. */
function aboutTheCustomer(stream: TokenStream, match: Match): boolean {
  const unit = unitOf(stream, match);
  // "you obviously…", "as you can obviously see"
  for (let i = match.start - 1; i >= unit.tokenStart && i >= match.start - 2; i--) {
    const token = stream.tokens[i] as Token;
    if (token.kind !== 'word') break;
    if (youWords.has(token.norm)) return true;
    if (agentWords.has(token.norm)) return false;
  }
  // "Obviously, the instructions…", "Obviously roaming isn't covered": a sentence that opens with it.
  if (opensSentence(stream, match) && ['obviously', 'naturally'].includes((stream.tokens[match.start] as Token).norm)) {
    const next = nextWord(stream, match.end, unit.tokenEnd);
    return !next || !agentWords.has(next.norm);
  }
  for (let i = match.end, seen = 0; i < unit.tokenEnd && seen < 2; i++) {
    const token = stream.tokens[i] as Token;
    if (token.norm === ',') continue;
    if (token.kind !== 'word') return false;
    if (youWords.has(token.norm)) return true;
    if (agentWords.has(token.norm)) return false;
    seen++;
  }
  return false;
}

const sentenceLeads = new Set(['and', 'but', 'so', 'well', 'look', 'now']);

function opensSentence(stream: TokenStream, match: Match): boolean {
  const unit = unitOf(stream, match);
  for (let i = unit.tokenStart; i < match.start; i++) {
    const token = stream.tokens[i] as Token;
    if (token.kind === 'word' && !sentenceLeads.has(token.norm)) return false;
  }
  return true;
}

function nextWord(stream: TokenStream, from: number, to: number): Token | undefined {
  for (let i = from; i < to; i++) {
    const token = stream.tokens[i] as Token;
    if (token.kind === 'word') return token;
  }
  return undefined;
}

/** Where "just click…" is an instruction: opening a clause, or after "please", "and", "then". */
const instructionLeads = new Set(['and', 'then', 'so', 'or', 'please', 'now', ',', ';', ':', '—', '–', '-', '(']);

function isInstruction(stream: TokenStream, match: Match<CondescensionEntry>): boolean {
  if (match.entry.kind !== 'easy' || !adverbs.has((stream.tokens[match.start] as Token).norm)) return true;
  const unit = unitOf(stream, match);
  if (match.start === unit.tokenStart) return true;
  const before = stream.tokens[match.start - 1] as Token;
  // "Most users simply switch on…": "simply" says a step is easy wherever it sits, except when we do it ("we simply need…").
  if ((stream.tokens[match.start] as Token).norm === 'simply') {
    for (let i = match.start - 1; i >= unit.tokenStart && i >= match.start - 10; i--) {
      const token = stream.tokens[i] as Token;
      if (agentSubjects.has(token.norm)) return false;
      if (youWords.has(token.norm) || people.has(token.norm)) return true;
    }
  }
  return instructionLeads.has(before.norm) || (before.kind !== 'word' && match.start - 1 === unit.tokenStart);
}

/**
 * Phrases no-blame-deflection reports ("as clearly stated", "you need to read…"): left to
 * it, so that the same words are never reported twice.
 */
function blameFindings(analysis: Analysis): Match[] {
  const { stream } = analysis;
  const matches = matchesOf(analysis, blamePhrases);
  const excused = matches.filter((match) => match.entry.kind === 'not-blame');
  return matches.filter(
    (match) =>
      !['party', 'fault', 'not-blame'].includes(match.entry.kind) &&
      !excused.some((other) => overlaps(other, match)) &&
      !isQuestion(stream, unitOf(stream, match)) &&
      !inConditional(stream, match),
  );
}

/** Drops a word ("just", "obviously") or a lead-in ("As I said,"), fixing up the capital after it. */
function dropWords(stream: TokenStream, from: number, to: number): Suggestion {
  const first = stream.tokens[from] as Token;
  let last = stream.tokens[to - 1] as Token;
  const unit = stream.units[first.unit];
  const atStart = unit?.tokenStart === from;
  let next = stream.tokens[to];
  if (next?.norm === ',' && next.unit === first.unit) {
    last = next;
    next = stream.tokens[to + 1];
  }
  const end = last.end + (/^[^\S\n]*/.exec(stream.text.slice(last.end))?.[0].length ?? 0);
  let start = first.start;
  let text = '';
  if (atStart && next && next.unit === first.unit && next.kind === 'word') {
    const word = stream.text.slice(next.start, next.end);
    return {
      desc: `Leave out “${stream.text.slice(first.start, last.end)}”`,
      fix: { range: [start, next.end], text: upperFirst(word) },
    };
  }
  // "…to restart it, obviously." — take the space before instead.
  if (!next || next.unit !== first.unit || next.kind !== 'word') {
    while (start > 0 && isBlank(stream.text.charCodeAt(start - 1))) start--;
    return { desc: `Leave out “${stream.text.slice(first.start, last.end)}”`, fix: { range: [start, last.end], text } };
  }
  text = '';
  return { desc: `Leave out “${stream.text.slice(first.start, last.end)}”`, fix: { range: [start, end], text } };
}

/** Whitespace other than a line break (what `[^\S\n]` matches, read one character at a time). */
function isBlank(code: number): boolean {
  return code !== 10 && /\s/.test(String.fromCharCode(code));
}

function suggestionsFor(stream: TokenStream, match: Match<CondescensionEntry>): Suggestion[] {
  if (match.entry.replacement === undefined) return [];
  if (match.entry.kind === 'obvious' || match.entry.kind === 'easy') {
    for (let i = match.start; i < match.end; i++) {
      if (adverbs.has((stream.tokens[i] as Token).norm)) return [dropWords(stream, i, i + 1)];
    }
    return [];
  }
  return [dropWords(stream, match.start, match.end)];
}

/** Condescending phrases, after the agent's own "obviously", "just" meaning only, and no-blame-deflection's phrases are set aside. */
export function findCondescension(analysis: Analysis): Match<CondescensionEntry>[] {
  const { stream } = analysis;
  const matches = matchesOf(analysis, condescensionPhrases);
  const exceptions = matches.filter((match) => match.entry.kind === 'exception');
  const blamed = blameFindings(analysis);
  const found = matches.filter(
    (match) =>
      match.entry.kind !== 'exception' &&
      !exceptions.some((exception) => overlaps(exception, match)) &&
      (match.entry.beforeBlame || !blamed.some((blame) => overlaps(blame, match))) &&
      // "We only remove the nest if it's easy to reach": a condition, not a verdict on the customer's step.
      (match.entry.id !== 'easy-claim' || !inConditional(stream, match)) &&
      (match.entry.kind !== 'obvious' || aboutTheCustomer(stream, match)) &&
      isInstruction(stream, match),
  );
  return outermost(found);
}

export function noCondescension(): (tree: Root, file: VFile) => void {
  return (tree, file) => {
    const analysis = analyse(tree, file);
    const { stream } = analysis;
    for (const match of findCondescension(analysis)) {
      const start = (stream.tokens[match.start] as Token).start;
      const end = (stream.tokens[match.end - 1] as Token).end;
      report(file, analysis, meta, {
        start,
        end,
        reason: `“${stream.text.slice(start, end)}” ${match.entry.reason}: stay warm and plain.`,
        note: match.entry.advice,
        suggestions: suggestionsFor(stream, match),
      });
    }
  };
}

export const rule: Rule<undefined> = {
  meta,
  phraseSets: [condescensionPhrases],
  parseOptions: noOptions(meta.id),
  attacher: noCondescension,
};

export default rule;
