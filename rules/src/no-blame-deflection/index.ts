import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { analyse, matchesOf } from '../kit/analysis.js';
import { inConditional, isQuestion, isReported, outermost, overlaps, unitOf, upperFirst, withSubject } from '../kit/clauses.js';
import type { Match } from '../kit/matcher.js';
import { noOptions } from '../kit/options.js';
import { type Rule, type RuleMeta, report, ruleUrl, type Suggestion } from '../kit/rule.js';
import type { Token, TokenStream } from '../kit/tokens.js';
import { type BlameEntry, blamePhrases, followUpPhrases, machines, remedyPhrases } from './phrases.js';

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
/** "The vet said the dog wouldn't settle": what follows is the party's account, not its fault. */
const reportingVerbs = new Set([
  'said',
  'says',
  'told',
  'tells',
  'confirmed',
  'explained',
  'mentioned',
  'reported',
  'thinks',
  'thought',
]);
const relativeOpeners = new Set(['which', 'who', 'whom', 'whose', 'unfortunately', 'sadly', 'apparently', 'regrettably']);
const determiners = new Set(['the', 'a', 'an', 'your', 'our', 'this', 'that', 'these', 'those', 'any', 'some']);
const maxGap = 12;
const maxWordsBetween = 5;
/** A party after one of these is where something went, not who did it ("your parcel to the Leeds depot didn't arrive"). */
const placePrepositions = new Set([
  'to',
  'into',
  'onto',
  'for',
  'with',
  'about',
  'towards',
  'than',
  'via',
  'through',
  'at',
  'in',
  'on',
]);
const possessives = new Set(['our', 'my']);
const negations = new Set(['not', 'no', 'never']);
/** Steps on the way to the customer: not done yet is where things stand, not a failure. */
const pendingSteps = new Set([
  'sent',
  'delivered',
  'arrived',
  'released',
  'cleared',
  'received',
  'confirmed',
  'paid',
  'issued',
  'posted',
  'dispatched',
  'shipped',
  'returned',
  'come',
]);

/** The party is the object of a preposition, not the subject of the fault that follows. */
function isPlace(stream: TokenStream, party: Match): boolean {
  const unitStart = (stream.units[party.unit] as { tokenStart: number }).tokenStart;
  for (let i = party.start - 1, steps = 0; i >= unitStart && steps < 3; i--, steps++) {
    const token = stream.tokens[i] as Token;
    if (token.kind !== 'word') return false;
    if (placePrepositions.has(token.norm)) return true;
    if (!determiners.has(token.norm) && !possessives.has(token.norm) && !token.capitalised) return false;
  }
  return false;
}

/** "The courier hasn't delivered it yet": a step still to come, not a failure ("they haven't fixed it yet" is one). */
function isPending(stream: TokenStream, fault: Match): boolean {
  const tokens = stream.tokens.slice(fault.start, fault.end);
  if (!tokens.some((token) => token.norm === 'not') || !tokens.some((token) => pendingSteps.has(token.norm))) return false;
  for (let i = fault.end; i < fault.end + 12; i++) {
    const token = stream.tokens[i];
    if (!token || token.unit !== fault.unit || token.norm === ',' || token.norm === ';') return false;
    if (token.norm === 'yet') return true;
  }
  return false;
}

/** What else the replies' sentences say: admissions ("that's on us") and fixes ("so I've reset it"). */
interface Sentence {
  readonly ownership: readonly Match[];
  readonly remedies: readonly Match[];
}

/**
 * Third-party blame: a party ("the courier", "my colleague Jake") followed closely, in the
 * same clause, by a fault ("lost", "sent the wrong…"). A fault in the passive ("it was
 * damaged in transit") names no one, and an "I"/"we" in between makes it ours. A fault the
 * sentence goes on to own ("the fitter damaged your wall, and that's on us") or, for a machine, to
 * fix ("the app logged you out, so I've reset your password") is not blame.
 */
function pairPartiesWithFaults(
  stream: TokenStream,
  matches: readonly Match<BlameEntry>[],
  sentence: Sentence,
): Match<BlameEntry>[] {
  const parties = matches.filter((match) => match.entry.kind === 'party' && !isPlace(stream, match));
  const paired: Match<BlameEntry>[] = [];
  const only = (party: Match, words: (norm: string) => boolean): boolean =>
    party.end - party.start === 1 && words(stream.tokens[party.start]?.norm ?? '');
  // "They were late" may be the parcels, "the system is new" is no colleague: states need a named party, inexperience a person.
  const fits = (party: Match, fault: Match<BlameEntry>): boolean =>
    !(fault.entry.id === 'fault-state' && only(party, (norm) => norm === 'they')) &&
    !(fault.entry.id === 'fault-inexperience' && only(party, (norm) => norm === 'they' || machines.has(norm)));
  for (const fault of matches) {
    if (fault.entry.kind !== 'fault') continue;
    if (passiveMarkers.has(stream.tokens[fault.start - 1]?.norm ?? '')) continue;
    if (isPending(stream, fault)) continue;
    const party = parties
      .filter(
        (candidate) => candidate.unit === fault.unit && candidate.end <= fault.start && fault.start - candidate.end <= maxGap,
      )
      .sort((a, b) => b.end - a.end)
      .find((candidate) => clearBetween(stream, candidate.end, fault.start) && fits(candidate, fault));
    if (!party) continue;
    const later = (other: Match): boolean => other.unit === fault.unit && other.start >= fault.end;
    if (sentence.ownership.some((other) => other.unit === fault.unit)) continue;
    const isMachine = stream.tokens.slice(party.start, party.end).some((token) => machines.has(token.norm));
    const pastEvent = (stream.tokens[fault.start] as Token).keys.includes('<pp>');
    if (isMachine && pastEvent && sentence.remedies.some((remedy) => remedy.entry.id === 'fix' && later(remedy))) continue;
    paired.push({ entry: fault.entry, start: party.start, end: fault.end, unit: fault.unit });
  }
  return paired;
}

/** Nothing between a party and a fault says the party is not the one at fault. */
function clearBetween(stream: TokenStream, from: number, to: number): boolean {
  if (from < to && determiners.has(stream.tokens[to - 1]?.norm ?? '')) return false;
  let words = 0;
  for (let i = from; i < to; i++) {
    const token = stream.tokens[i] as Token;
    // "the hotel, which is independently owned, is responsible": step over the aside;
    // "your account manager, Priya, should have told you": and over a name in apposition.
    if (token.norm === ',') {
      const close = stream.tokens.findIndex((next, at) => at > i + 1 && at < to && next.norm === ',');
      const aside = relativeOpeners.has(stream.tokens[i + 1]?.norm ?? '');
      const name =
        close !== -1 &&
        close - i - 1 <= 3 &&
        stream.tokens.slice(i + 1, close).every((next) => next.kind === 'word' && next.capitalised);
      if (close !== -1 && (aside || name)) {
        i = close;
        continue;
      }
    }
    if (token.kind !== 'word' || gapBreakers.has(token.norm) || reportingVerbs.has(token.norm) || ++words > maxWordsBetween) {
      return false;
    }
  }
  return true;
}

/**
 * "…, not us" completes the blame before it; after naming a party it is one; after owning
 * the problem ("our mistake in the booking, not the hotel's") it is not blame at all.
 */
function placeContrasts(
  contrasts: readonly Match<BlameEntry>[],
  parties: readonly Match<BlameEntry>[],
  sentence: Sentence,
): Match<BlameEntry>[] {
  const placed: Match<BlameEntry>[] = [];
  for (const contrast of contrasts) {
    if (sentence.ownership.some((other) => other.unit === contrast.unit && other.end <= contrast.start)) continue;
    const before = parties
      .filter((candidate) => candidate.unit === contrast.unit && candidate.end <= contrast.start)
      .sort((a, b) => b.end - a.end);
    if (contrast.entry.needsParty && !before.some((party) => party.entry.id === 'party')) continue;
    const party = before[0];
    placed.push(party && contrast.start - party.end <= maxGap ? { ...contrast, start: party.start } : contrast);
  }
  return placed;
}

interface Joined extends Match<BlameEntry> {
  /** Several findings made one: a one-phrase rewrite no longer fits. */
  readonly joined: boolean;
}

/** Words that may join two findings into one ("we've had three off sick this week so we're stretched"). */
const maxJoin = 4;

/**
 * One deflection, one finding: findings in the same sentence separated by a few words (a
 * conjunction, a time) are one excuse or one blame, reported once with the first reason.
 */
function joinAdjacent(stream: TokenStream, findings: readonly Match<BlameEntry>[]): Joined[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  const joined: Joined[] = [];
  for (const finding of sorted) {
    const previous = joined[joined.length - 1];
    if (previous && previous.unit === finding.unit) {
      const between = stream.tokens.slice(previous.end, finding.start);
      const words = between.filter((token) => token.kind === 'word').length;
      const hardBreak = between.some((token) => token.norm === ';' || token.norm === ':');
      if (words <= maxJoin && !hardBreak) {
        joined[joined.length - 1] = { ...previous, end: Math.max(previous.end, finding.end), joined: true };
        continue;
      }
    }
    joined.push({ ...finding, joined: false });
  }
  return joined;
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
    const sentence: Sentence = {
      // "not my fault" is the opposite of an admission.
      ownership: excused.filter(
        (match) => match.entry.id === 'ownership' && !negations.has(stream.tokens[match.start - 1]?.norm ?? ''),
      ),
      remedies: matchesOf(analysis, remedyPhrases),
    };
    const parties = matches.filter((match) => match.entry.kind === 'party');
    const staysInvolved = (match: Match<BlameEntry>): boolean =>
      followUps.some((follow) => (follow.unit === match.unit && !overlaps(follow, match)) || follow.unit === match.unit + 1);
    // A party named by what it is ("your bank", "trespassers"); a capitalised word may be a storm.
    const afterParty = (match: Match<BlameEntry>): boolean =>
      parties.some((party) => party.entry.id === 'party' && party.unit === match.unit && party.end <= match.start);
    // "I'm new to the rota, so I've double-checked it with my manager": the limit, made safe.
    const safeguarded = (match: Match<BlameEntry>): boolean =>
      match.entry.kind === 'excuse' &&
      sentence.remedies.some(
        (remedy) => remedy.entry.id === 'safeguard' && remedy.unit === match.unit && remedy.start >= match.end,
      );
    const candidates = [
      ...pairPartiesWithFaults(stream, matches, sentence),
      ...placeContrasts(
        matches.filter((match) => match.entry.kind === 'contrast'),
        parties,
        sentence,
      ),
      ...matches.filter(
        (match) =>
          !['party', 'fault', 'not-blame', 'contrast'].includes(match.entry.kind) &&
          (!match.entry.needsParty || afterParty(match)),
      ),
    ];
    const blames = candidates.filter(
      (match) =>
        !excused.some((other) => overlaps(other, match)) &&
        !isQuestion(stream, unitOf(stream, match)) &&
        !inConditional(stream, match) &&
        !isReported(stream, match, 3, reportedSpeech) &&
        !safeguarded(match) &&
        !(match.entry.softenedByFollowUp && staysInvolved(match) && !/yourself/i.test(phrase(stream, match))),
    );
    const findings = outermost(blames).map((found) => ({ ...found, ...withSubject(stream, found) }));
    for (const match of joinAdjacent(stream, findings)) {
      // The words only: ", which you agreed to" and "not ours." underline without the punctuation.
      let first = match.start;
      let last = match.end - 1;
      while (first < last && stream.tokens[first]?.kind !== 'word') first++;
      while (last > first && stream.tokens[last]?.kind !== 'word') last--;
      const start = (stream.tokens[first] as Token).start;
      const end = (stream.tokens[last] as Token).end;
      report(file, analysis, meta, {
        start,
        end,
        reason: `“${stream.text.slice(start, end)}” ${match.entry.reason}: own the problem and fix it.`,
        note: match.entry.advice,
        suggestions: match.joined ? [] : suggestionsFor(stream, match),
      });
    }
  };
}

export const rule: Rule<undefined> = {
  meta,
  phraseSets: [blamePhrases, followUpPhrases, remedyPhrases],
  parseOptions: noOptions(meta.id),
  attacher: noBlameDeflection,
};

export default rule;
