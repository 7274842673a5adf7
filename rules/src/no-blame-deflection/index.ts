import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { analyse, matchesOf } from '../kit/analysis.js';
import { inConditional, isQuestion, isReported, outermost, overlaps, unitOf, upperFirst, withSubject } from '../kit/clauses.js';
import type { Match } from '../kit/matcher.js';
import { noOptions } from '../kit/options.js';
import { type Rule, type RuleMeta, report, ruleUrl, type Suggestion } from '../kit/rule.js';
import type { Token, TokenStream } from '../kit/tokens.js';
import { type BlameEntry, blamePhrases, followUpPhrases } from './phrases.js';

export const meta: RuleMeta = {
  id: 'no-blame-deflection',
  summary: 'Blaming someone else or the customer, passing the buck, or making excuses.',
  url: ruleUrl('no-blame-deflection'),
  severity: 'warning',
  presets: ['recommended', 'strict'],
  example: {
    bad: "The courier lost your parcel, so there's nothing I can do.",
    good: "I'm so sorry your parcel was lost. I've sent a replacement by express delivery and I'll check on it Thursday.",
  },
};

/** Someone else's words: "You mentioned the courier lost it". */
const reportedSpeech = new Set([
  'mentioned',
  'said',
  'says',
  'told',
  'wrote',
  'explained',
  'saying',
  'asked',
  'reported',
  'claimed',
  'claims',
]);

function suggestionsFor(stream: TokenStream, match: Match<BlameEntry>): Suggestion[] {
  const { replacement } = match.entry;
  if (replacement === undefined) return [];
  const first = stream.tokens[match.start] as Token;
  const last = stream.tokens[match.end - 1] as Token;
  const atSentenceStart = stream.units[match.unit]?.tokenStart === match.start;
  return [
    {
      desc: `Say “${replacement}”`,
      fix: { range: [first.start, last.end], text: atSentenceStart ? upperFirst(replacement) : replacement },
    },
  ];
}

const passiveMarkers = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'being', 'got', 'get', 'gets']);
/** Between a party and a fault these mean the party is not the one at fault ("the courier will collect the damaged one"). */
const gapBreakers = new Set(['and', 'but', 'will', 'would', 'shall', 'can', 'could', 'to', 'for', 'so', 'if', 'when']);
const relativeOpeners = new Set(['which', 'who', 'whom', 'whose', 'unfortunately', 'sadly', 'apparently', 'regrettably']);
const determiners = new Set(['the', 'a', 'an', 'your', 'our', 'this', 'that', 'these', 'those', 'any', 'some']);
const maxGap = 12;
const maxWordsBetween = 5;

/**
 * Third-party blame: a party ("the courier", "my colleague Jake") followed closely, in the
 * same clause, by a fault ("lost", "sent the wrong…"). A fault in the passive ("it was
 * damaged in transit") names no one, and an "I"/"we" in between makes it ours.
 */
function pairPartiesWithFaults(stream: TokenStream, matches: readonly Match<BlameEntry>[]): Match<BlameEntry>[] {
  const parties = matches.filter((match) => match.entry.kind === 'party');
  const paired: Match<BlameEntry>[] = [];
  for (const fault of matches) {
    if (fault.entry.kind !== 'fault') continue;
    if (passiveMarkers.has(stream.tokens[fault.start - 1]?.norm ?? '')) continue;
    const party = parties
      .filter(
        (candidate) => candidate.unit === fault.unit && candidate.end <= fault.start && fault.start - candidate.end <= maxGap,
      )
      .sort((a, b) => b.end - a.end)
      .find((candidate) => clearBetween(stream, candidate.end, fault.start));
    if (party) paired.push({ entry: fault.entry, start: party.start, end: fault.end, unit: fault.unit });
  }
  return paired;
}

/** Nothing between a party and a fault says the party is not the one at fault. */
function clearBetween(stream: TokenStream, from: number, to: number): boolean {
  if (from < to && determiners.has(stream.tokens[to - 1]?.norm ?? '')) return false;
  let words = 0;
  for (let i = from; i < to; i++) {
    const token = stream.tokens[i] as Token;
    // "the hotel, which is independently owned, is responsible": step over the aside.
    if (token.norm === ',' && relativeOpeners.has(stream.tokens[i + 1]?.norm ?? '')) {
      const close = stream.tokens.findIndex((next, at) => at > i + 1 && at < to && next.norm === ',');
      if (close !== -1) {
        i = close;
        continue;
      }
    }
    if (token.kind !== 'word' || gapBreakers.has(token.norm) || ++words > maxWordsBetween) return false;
  }
  return true;
}

function phrase(stream: TokenStream, match: Match): string {
  return stream.text.slice((stream.tokens[match.start] as Token).start, (stream.tokens[match.end - 1] as Token).end);
}

export function noBlameDeflection(): (tree: Root, file: VFile) => void {
  return (tree, file) => {
    const analysis = analyse(tree, file);
    const { stream } = analysis;
    const matches = matchesOf(analysis, blamePhrases);
    const followUps = matchesOf(analysis, followUpPhrases);
    const excused = matches.filter((match) => match.entry.kind === 'not-blame');
    const staysInvolved = (match: Match<BlameEntry>): boolean =>
      followUps.some((follow) => (follow.unit === match.unit && !overlaps(follow, match)) || follow.unit === match.unit + 1);
    const candidates = [
      ...pairPartiesWithFaults(stream, matches),
      ...matches.filter(
        (match) => match.entry.kind !== 'party' && match.entry.kind !== 'fault' && match.entry.kind !== 'not-blame',
      ),
    ];
    const blames = candidates.filter(
      (match) =>
        !excused.some((other) => overlaps(other, match)) &&
        !isQuestion(stream, unitOf(stream, match)) &&
        !inConditional(stream, match) &&
        !isReported(stream, match, 3, reportedSpeech) &&
        !(match.entry.softenedByFollowUp && staysInvolved(match) && !/yourself/i.test(phrase(stream, match))),
    );
    for (const found of outermost(blames)) {
      const match = { ...found, ...withSubject(stream, found) };
      const start = (stream.tokens[match.start] as Token).start;
      const end = (stream.tokens[match.end - 1] as Token).end;
      report(file, analysis, meta, {
        start,
        end,
        reason: `“${stream.text.slice(start, end)}” ${match.entry.reason}: own the problem and fix it.`,
        note: match.entry.advice,
        suggestions: suggestionsFor(stream, match),
      });
    }
  };
}

export const rule: Rule<undefined> = {
  meta,
  phraseSets: [blamePhrases, followUpPhrases],
  parseOptions: noOptions(meta.id),
  attacher: noBlameDeflection,
};

export default rule;
