import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { type Analysis, analyse, matchesOf } from '../kit/analysis.js';
import {
  inConditional,
  isQuestion,
  isReported,
  lowerFirst,
  outermost,
  overlaps,
  unitOf,
  upperFirst,
  withSubject,
} from '../kit/clauses.js';
import type { Match } from '../kit/matcher.js';
import { noOptions } from '../kit/options.js';
import { type Rule, type RuleMeta, report, ruleUrl, type Suggestion } from '../kit/rule.js';
import type { TokenStream, Unit } from '../kit/tokens.js';
import { type AlternativeEntry, alternativePhrases, notAnOffer } from './alternatives.js';
import { type FlatNoEntry, flatNoPhrases } from './phrases.js';

export const meta: RuleMeta = {
  id: 'no-flat-no',
  summary: 'A refusal left standing on its own; lead with what you can do.',
  url: ruleUrl('no-flat-no'),
  severity: 'warning',
  presets: ['recommended', 'strict'],
  example: {
    bad: "No, we can't change the address once an order has shipped.",
    good: "I can redirect the parcel to a pickup point near you, though we can't change the address once it has shipped.",
  },
};

const placeholderAlternative = '[what you can do instead]';

/** Words that link an alternative to what came before; they go when the alternative leads. */
const connectives = new Set([
  'however',
  'instead',
  'but',
  'alternatively',
  'though',
  'although',
  'so',
  'that',
  'said',
  'still',
  'and',
]);

/** The words to underline: the match with its subject, and the verb a modal refusal governs ("we can't issue"). */
function extent(stream: TokenStream, match: Match<FlatNoEntry>): { start: number; end: number } {
  const unit = unitOf(stream, match);
  const { start } = withSubject(stream, match);
  let end = match.end;
  if (stream.tokens[end - 1]?.norm === 'not' && stream.tokens[end]?.kind === 'word' && end < unit.tokenEnd) end++;
  return { start, end };
}

function offers(stream: TokenStream, matches: readonly Match<AlternativeEntry>[]): Match<AlternativeEntry>[] {
  return matches.filter((match) => {
    let next = match.end;
    while (stream.tokens[next]?.keys.includes('<filler>')) next++;
    const token = stream.tokens[next];
    return !token || !notAnOffer.has(token.norm);
  });
}

function span(stream: TokenStream, unit: Unit, from = unit.tokenStart): { start: number; end: number; text: string } {
  let last = unit.tokenEnd - 1;
  while (last > from && stream.tokens[last]?.kind !== 'word') last--;
  const start = stream.tokens[from]?.start ?? unit.start;
  const end = stream.tokens[last]?.end ?? unit.end;
  return { start, end, text: stream.text.slice(start, end) };
}

/** "We can't refund this. However, I can send a replacement." → one sentence, alternative first. */
function leadWithAlternative(stream: TokenStream, refusal: Unit, next: Unit, offer: Match<AlternativeEntry>): Suggestion {
  let from0 = offer.start;
  while (from0 < next.tokenEnd && (connectives.has(stream.tokens[from0]?.norm ?? '') || stream.tokens[from0]?.kind !== 'word'))
    from0++;
  const alternative = span(stream, next, from0);
  let from = refusal.tokenStart;
  // "No, we can't…" → "…, though we can't…": the flat "no" does not survive the merge.
  if (/^(?:no|nope|nah)$/.test(stream.tokens[from]?.norm ?? '')) {
    from++;
    while (from < refusal.tokenEnd && stream.tokens[from]?.kind !== 'word') from++;
  }
  const limit = span(stream, refusal, from);
  const end = stream.tokens[next.tokenEnd - 1]?.end ?? next.end;
  const terminal = /[.!]$/.test(stream.text.slice(0, end)) ? stream.text.charAt(end - 1) : '.';
  const start = stream.tokens[refusal.tokenStart]?.start ?? limit.start;
  return {
    desc: 'Lead with the alternative, and keep the limit in the same sentence',
    fix: {
      range: [start, end],
      text: `${upperFirst(alternative.text)}, though ${lowerFirst(limit.text)}${terminal}`,
    },
  };
}

function addAlternative(stream: TokenStream, unit: Unit): Suggestion {
  const whole = span(stream, unit);
  return {
    desc: 'Say what you can do in the same sentence',
    fix: { range: [whole.end, whole.end], text: `, but what I can do is ${placeholderAlternative}` },
  };
}

function dropFlatNo(stream: TokenStream, match: Match<FlatNoEntry>): Suggestion | undefined {
  const first = stream.tokens[match.start];
  if (!first || !/^(?:no|nope|nah)$/.test(first.norm)) return undefined;
  let next = match.start + 1;
  while (stream.tokens[next] && stream.tokens[next]?.kind !== 'word') next++;
  const following = stream.tokens[next];
  if (!following) return undefined;
  const word = stream.text.slice(following.start, following.end);
  return {
    desc: 'Drop the flat "No"',
    fix: { range: [first.start, following.end], text: upperFirst(word) },
    safe: true,
  };
}

function suggestionsFor(
  analysis: Analysis,
  match: Match<FlatNoEntry>,
  offersByUnit: ReadonlyMap<number, Match<AlternativeEntry>[]>,
): Suggestion[] {
  const { stream } = analysis;
  const unit = unitOf(stream, match);
  const suggestions: Suggestion[] = [];
  const next = stream.units[unit.index + 1];
  const lead = next && offersByUnit.get(next.index)?.find((offer) => offer.start <= next.tokenStart + 3);
  if (next && lead && next.paragraph === unit.paragraph) {
    suggestions.push(leadWithAlternative(stream, unit, next, lead));
  } else {
    suggestions.push(addAlternative(stream, unit));
  }
  const drop = dropFlatNo(stream, match);
  if (drop) suggestions.push(drop);
  return suggestions;
}

const contrasts = new Set(['but', 'however', 'though', 'although', 'yet', 'whereas', 'still']);
const concessives = new Set(['while', 'whilst', 'although', 'though', 'even']);

/**
 * Whether an offer in the refusal's sentence makes it a limit with an alternative. After
 * the refusal any offer counts ("…, but I can…", "…; instead I've…"). Before it, only one
 * set against it ("I can offer credit, but we can't refund"; "While we can't…, we can…"):
 * "I've checked with the buyer, and we can't…" is context, not an alternative.
 */
function offsetsTheLimit(stream: TokenStream, offer: Match<AlternativeEntry>, refusal: Match<FlatNoEntry>): boolean {
  if (overlaps(offer, refusal)) return false;
  if (offer.start >= refusal.end) return true;
  if (offer.entry.id === 'afterward') return false;
  const unit = unitOf(stream, refusal);
  if (concessives.has(stream.tokens[unit.tokenStart]?.norm ?? '')) return true;
  for (let i = offer.end; i < refusal.start; i++) if (contrasts.has(stream.tokens[i]?.norm ?? '')) return true;
  return false;
}

/** Refusals that stand alone in their sentence, after idioms, conditionals and reported speech are set aside. */
export function findFlatNos(analysis: Analysis): Match<FlatNoEntry>[] {
  const { stream } = analysis;
  const matches = matchesOf(analysis, flatNoPhrases);
  const exceptions = matches.filter((match) => match.entry.kind === 'exception');
  const offersByUnit = new Map<number, Match<AlternativeEntry>[]>();
  for (const offer of offers(stream, matchesOf(analysis, alternativePhrases))) {
    const list = offersByUnit.get(offer.unit) ?? [];
    list.push(offer);
    offersByUnit.set(offer.unit, list);
  }
  const refusals = matches.filter(
    (match) =>
      match.entry.kind === 'refusal' &&
      !exceptions.some((exception) => overlaps(exception, match)) &&
      !isQuestion(stream, unitOf(stream, match)) &&
      !inConditional(stream, match) &&
      !isReported(stream, match) &&
      !(offersByUnit.get(match.unit) ?? []).some((offer) => offsetsTheLimit(stream, offer, match)),
  );
  return outermost(refusals);
}

export function noFlatNo(): (tree: Root, file: VFile) => void {
  return (tree, file) => {
    const analysis = analyse(tree, file);
    const { stream } = analysis;
    const offersByUnit = new Map<number, Match<AlternativeEntry>[]>();
    for (const offer of offers(stream, matchesOf(analysis, alternativePhrases))) {
      const list = offersByUnit.get(offer.unit) ?? [];
      list.push(offer);
      offersByUnit.set(offer.unit, list);
    }
    for (const match of findFlatNos(analysis)) {
      const shown = extent(stream, match);
      const start = stream.tokens[shown.start]?.start ?? 0;
      const end = stream.tokens[shown.end - 1]?.end ?? start;
      const phrase = stream.text.slice(start, end);
      report(file, analysis, meta, {
        start,
        end,
        reason: `“${phrase}” ${match.entry.reason}: say what you can do instead.`,
        note: match.entry.suggestion,
        suggestions: suggestionsFor(analysis, match, offersByUnit),
      });
    }
  };
}

export const rule: Rule<undefined> = {
  meta,
  phraseSets: [flatNoPhrases, alternativePhrases],
  parseOptions: noOptions(meta.id),
  attacher: noFlatNo,
};

export default rule;
