import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { type Analysis, analyse } from '../kit/analysis.js';
import { insideAny } from '../kit/context.js';
import { foldName, nameParts } from '../kit/names.js';
import { isRecord } from '../kit/options.js';
import { OptionsError, type Rule, type RuleMeta, report, ruleUrl } from '../kit/rule.js';
import type { Token, TokenStream, Unit } from '../kit/tokens.js';
import { acronymKey, acronyms } from './acronyms.js';
import { capitals, exclamationRun, exclamations, labelWords, shortReplyWords } from './kinds.js';
import { shortWords } from './words.js';

export const meta: RuleMeta = {
  id: 'no-shouting',
  summary: 'Words in capitals, "!!" or "?!", or a string of exclamation marks in a short reply.',
  url: ruleUrl('no-shouting'),
  severity: 'warning',
  presets: ['recommended', 'strict'],
};

export interface NoShoutingOptions {
  /** Words that may be written in capitals besides the built-in acronyms: product names, codes, brands. */
  readonly allow?: readonly string[];
}

export function parseOptions(raw: unknown): { allow: ReadonlySet<string> } {
  if (raw === undefined || raw === null) return { allow: new Set() };
  if (!isRecord(raw)) throw new OptionsError(meta.id, '(options)', 'an object', raw);
  const allow = new Set<string>();
  for (const [key, value] of Object.entries(raw)) {
    if (key !== 'allow') throw new OptionsError(meta.id, key, 'one of: allow', value);
    if (!Array.isArray(value) || value.some((word) => typeof word !== 'string' || word.trim() === '' || /\s/.test(word.trim()))) {
      throw new OptionsError(meta.id, key, 'an array of words such as ["ACME", "PRO"]', value);
    }
    for (const word of value as string[]) allow.add(acronymKey(word.trim()));
  }
  return { allow };
}

interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly unit: number;
  /** Index of the word's first token. */
  readonly token: number;
}

/** Whether token `index` starts a word as written: a contraction ("DON'T") is one word, not two tokens. */
function startsWord(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  if (token.kind !== 'word') return false;
  const previous = tokens[index - 1];
  return !(previous && previous.word === token.word && previous.end === token.start && previous.kind === 'word');
}

const letters = (word: string): string => (/['’.-]/.test(word) ? word.replace(/['’.-]/g, '') : word);

function isCapitals(word: string): boolean {
  // Most words are not in capitals, and a lower-case letter after the first says so cheaply.
  const second = word.charCodeAt(1);
  if (second >= 97 && second <= 122) return false;
  return /^\p{Lu}{2,}$/u.test(letters(word));
}

/** The run of non-space characters around [start, end). */
function chunkAround(text: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from > 0 && !/\s/.test(text.charAt(from - 1))) from--;
  while (to < text.length && !/\s/.test(text.charAt(to))) to++;
  return text.slice(from, to);
}

interface Reading {
  readonly analysis: Analysis;
  readonly allow: ReadonlySet<string>;
  readonly names: ReadonlySet<string>;
}

/**
 * Whether a word written in capitals reads as shouting on its own: an ordinary English word
 * ("NOT", "PLEASE", "YESTERDAY"), not an acronym ("FAQ", "HMRC"), a code or an allowed word.
 */
export function isShoutedWord(word: string, allow: ReadonlySet<string> = new Set()): boolean {
  if (!isCapitals(word)) return false;
  const key = acronymKey(word);
  if (acronyms.has(key) || allow.has(key)) return false;
  const plain = letters(word);
  if (plain.length >= 5) return /[AEIOUY]/.test(plain);
  return shortWords.has(plain);
}

/** A word in capitals that is shouting: not an acronym, a code, a label on screen or the customer's name. */
function shouts(reading: Reading, word: Word): boolean {
  const { stream } = reading.analysis;
  if (!isShoutedWord(word.text, reading.allow) || reading.names.has(foldName(word.text))) return false;
  const chunk = chunkAround(stream.text, word.start, word.end);
  // Codes and links: "ORD-12345", "BLR-DEL", "$TOKEN", "www.EXAMPLE.com".
  if (/[\d@#_/\\=+$]|:\/\/|^www\./i.test(chunk) || /(?:^|\P{L})\p{Lu}{2,4}-\p{Lu}{2,4}(?:$|\P{L})/u.test(chunk)) return false;
  if (/^["'“‘«([]/.test(chunk) && /["'”’»)\]][.,;:!?]*$/.test(chunk)) return false;
  const before = stream.tokens[word.token - 1];
  if (before && before.kind === 'word' && before.unit === word.unit && labelWords.has(before.norm)) return false;
  return true;
}

/** A run of capitals that labels a field: "ACCOUNT NO. 5520091873", "REF: 12345". */
function isLabel(reading: Reading, run: readonly Word[]): boolean {
  const { stream } = reading.analysis;
  const last = run[run.length - 1] as Word;
  return /^[.:#]?\s*\d/.test(stream.text.slice(last.end, last.end + 6));
}

function lowerCased(reading: Reading, words: readonly Word[], atSentenceStart: boolean): string {
  const { text } = reading.analysis.stream;
  let result = '';
  words.forEach((word, index) => {
    if (index > 0) result += text.slice((words[index - 1] as Word).end, word.start);
    const key = acronymKey(word.text);
    if (acronyms.has(key) || reading.allow.has(key) || word.text === 'I') {
      result += word.text;
      return;
    }
    const lower = word.text.toLowerCase();
    result += index === 0 && atSentenceStart ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
  });
  return result;
}

/** Runs of words in capitals with at least one shouted word: "PLEASE DO NOT", "NOT". */
function capitalRuns(reading: Reading): Word[][] {
  const { stream, context } = reading.analysis;
  const { tokens } = stream;
  const runs: Word[][] = [];
  let run: Word[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    // Acronyms at the edges of a run stay out of it ("NOT the PDF" → "NOT").
    while (run.length > 0 && !shouts(reading, run[run.length - 1] as Word)) run.pop();
    while (run.length > 0 && !shouts(reading, run[0] as Word)) run.shift();
    if (run.length > 0 && !isLabel(reading, run)) runs.push(run);
    run = [];
  };
  for (let index = 0; index < tokens.length; index++) {
    if (!startsWord(tokens, index)) continue;
    const token = tokens[index] as Token;
    // Only words in capitals can shout: the rest just end a run (and need no Word of their own).
    if (!isCapitals(token.word)) {
      flush();
      continue;
    }
    const end = token.start + token.word.length;
    // Capitals outside the draft are passed over: they neither join nor end a run.
    if (!insideAny(context.draft, token.start, end)) continue;
    const word: Word = { start: token.start, end, text: token.word, unit: token.unit, token: index };
    const previous = run[run.length - 1];
    if (previous && !(previous.unit === word.unit && /^[\s,]*$/.test(stream.text.slice(previous.end, word.start)))) flush();
    run.push(word);
  }
  flush();
  return runs;
}

interface Marks {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly unit: number;
  readonly first: number;
}

/** Exclamation and question marks written together ("!!!", "?!"), one group per run. */
function markGroups(stream: TokenStream): Marks[] {
  const groups: Marks[] = [];
  for (let i = 0; i < stream.tokens.length; i++) {
    const token = stream.tokens[i] as Token;
    if (token.kind !== 'punct' || !/^[!?]+$/.test(token.norm)) continue;
    let j = i;
    while (
      stream.tokens[j + 1]?.kind === 'punct' &&
      /^[!?]+$/.test(stream.tokens[j + 1]?.norm ?? '') &&
      (stream.tokens[j + 1] as Token).start === (stream.tokens[j] as Token).end
    )
      j++;
    const last = stream.tokens[j] as Token;
    groups.push({
      start: token.start,
      end: last.end,
      text: stream.text.slice(token.start, last.end),
      unit: token.unit,
      first: i,
    });
    i = j;
  }
  return groups;
}

function sentenceStart(stream: TokenStream, word: Word): boolean {
  const unit = stream.units[word.unit] as Unit;
  for (let i = unit.tokenStart; i < word.token; i++) if ((stream.tokens[i] as Token).kind === 'word') return false;
  return true;
}

export function noShouting(options?: NoShoutingOptions): (tree: Root, file: VFile) => void {
  const { allow } = parseOptions(options);
  return (tree, file) => {
    const analysis = analyse(tree, file);
    const { stream, context } = analysis;
    const reading: Reading = { analysis, allow, names: nameParts(analysis.context.customer) };
    for (const run of capitalRuns(reading)) {
      const first = run[0] as Word;
      const last = run[run.length - 1] as Word;
      const phrase = stream.text.slice(first.start, last.end);
      report(file, analysis, meta, {
        start: first.start,
        end: last.end,
        reason: `“${phrase}” ${capitals.reason}: stay calm and let the words carry the weight.`,
        note: capitals.suggestion,
        suggestions: [
          {
            desc: 'Write it in lower case',
            fix: { range: [first.start, last.end], text: lowerCased(reading, run, sentenceStart(stream, first)) },
          },
        ],
      });
    }
    const groups = markGroups(stream).filter((group) => insideAny(context.draft, group.start, group.end));
    const runs = groups.filter((group) => group.text.includes('!') && group.text.length > 1);
    for (const group of runs) {
      const one = group.text.includes('?') ? '?' : '!';
      report(file, analysis, meta, {
        start: group.start,
        end: group.end,
        reason: `“${group.text}” ${exclamationRun.reason}: use one mark, or none.`,
        note: exclamationRun.suggestion,
        suggestions: [{ desc: `Use a single “${one}”`, fix: { range: [group.start, group.end], text: one } }],
      });
    }
    const marks = groups.filter((group) => group.text.includes('!'));
    if (marks.length <= 1) return;
    const words = stream.tokens.filter((token) => token.kind === 'word' && insideAny(context.draft, token.start, token.end));
    if (words.length >= shortReplyWords) return;
    for (const mark of marks.slice(1)) {
      if (runs.includes(mark)) continue;
      const unit = stream.units[mark.unit] as Unit;
      const start = (stream.tokens[unit.tokenStart] as Token).start;
      report(file, analysis, meta, {
        start,
        end: mark.end,
        reason: `“${stream.text.slice(start, mark.end)}” ${exclamations.reason}: calm reads as confident.`,
        note: exclamations.suggestion,
        suggestions: [{ desc: 'End it with a full stop', fix: { range: [mark.start, mark.end], text: '.' } }],
      });
    }
  };
}

export const rule: Rule<NoShoutingOptions> = {
  meta,
  phraseSets: [],
  parseOptions: (raw) => {
    parseOptions(raw);
    return (raw ?? {}) as NoShoutingOptions;
  },
  attacher: noShouting,
};

export default rule;
