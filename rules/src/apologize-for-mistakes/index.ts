import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { type Analysis, analyse, matchesOf } from '../kit/analysis.js';
import { isQuestion, isReported, outermost, overlaps, unitOf, withSubject } from '../kit/clauses.js';
import { insideAny } from '../kit/context.js';
import type { Match } from '../kit/matcher.js';
import { noOptions } from '../kit/options.js';
import { type Rule, type RuleMeta, report, ruleUrl, type Suggestion } from '../kit/rule.js';
import type { Token, TokenStream, Unit } from '../kit/tokens.js';
import { type ApologyEntry, apologyPhrases, type MistakeEntry, mistakePhrases } from './phrases.js';

export const meta: RuleMeta = {
  id: 'apologize-for-mistakes',
  summary: 'The reply admits a mistake by the organisation but never apologises for it.',
  url: ruleUrl('apologize-for-mistakes'),
  severity: 'warning',
  presets: ['recommended', 'strict'],
};

/** The customer's own account, which the reply may go on to correct: "You mentioned we charged you twice, so I checked". */
const customerSays = new Set([
  'mentioned',
  'said',
  'say',
  'says',
  'wrote',
  'told',
  'claimed',
  'claim',
  'reported',
  'asked',
  'feel',
  'felt',
  'think',
  'thought',
]);

function customerClaims(stream: TokenStream, match: Match): boolean {
  const unit = unitOf(stream, match);
  for (let i = match.start - 1; i > unit.tokenStart && i >= match.start - 4; i--) {
    const token = stream.tokens[i] as Token;
    if (token.kind !== 'word') return false;
    if (customerSays.has(token.norm) && (stream.tokens[i - 1] as Token).norm === 'you') return true;
  }
  return false;
}

/** Someone's worry or guess, not what happened: "You were worried it was lost". */
const reportedBy = new Set([
  'think',
  'thought',
  'believe',
  'believed',
  'assumed',
  'worried',
  'concerned',
  'whether',
  'if',
  'wondering',
  'suspect',
  'suspected',
  'feared',
]);

/** Words before a passive that make it a possibility or a reassurance, not an admission ("won't be charged twice"). */
const notActual = new Set([
  'not',
  'never',
  'will',
  'would',
  'may',
  'might',
  'could',
  'can',
  'must',
  'shall',
  'should',
  'to',
  'cannot',
]);

/** Words earlier in the clause that make it about preventing a mistake ("to make sure you aren't…"). */
const prevention = new Set(['avoid', 'prevent', 'ensure', 'sure', 'unless', 'whether', 'risk', 'avoiding', 'preventing']);
const clauseEnds = new Set(['.', '!', '?', ';', ':', '—', '–', '(', ')']);
const conditions = new Set(['if', 'unless']);

/** The admission sits in an if- or unless-clause ("…or the band was wrong when it was set"); "when" is narrative here. */
function conditional(stream: TokenStream, match: Match): boolean {
  const unit = unitOf(stream, match);
  for (let i = match.start - 1; i >= unit.tokenStart; i--) {
    const token = stream.tokens[i] as Token;
    if (clauseEnds.has(token.norm) || token.norm === 'but' || token.norm === 'so') return false;
    if (conditions.has(token.norm)) return true;
    if (token.norm === 'case' && stream.tokens[i - 1]?.norm === 'in') return true;
  }
  return false;
}

const passiveStarts = new Set(['be', 'been', 'being', 'is', 'are', 'am', 'was', 'were', 'got', 'get', 'have', 'has', 'had']);

function hypothetical(stream: TokenStream, match: Match): boolean {
  const unit = unitOf(stream, match);
  for (let j = match.start - 1; j >= unit.tokenStart && j >= match.start - 8; j--) {
    const token = stream.tokens[j] as Token;
    if (clauseEnds.has(token.norm) || token.norm === ',') break;
    if (prevention.has(token.norm)) return true;
  }
  if (!passiveStarts.has((stream.tokens[match.start] as Token).norm)) return false;
  let i = match.start - 1;
  while (i >= unit.tokenStart && (stream.tokens[i] as Token).keys.includes('<filler>')) i--;
  const before = stream.tokens[i];
  if (i >= unit.tokenStart && before && notActual.has(before.norm)) return true;
  // "might have been delayed", "won't have been lost"
  return before?.norm === 'have' && notActual.has(stream.tokens[i - 1]?.norm ?? '');
}

/** The reply says sorry somewhere in the agent's own words. */
export function apologises(analysis: Analysis): boolean {
  const matches = matchesOf(analysis, apologyPhrases);
  const denials = matches.filter((match) => match.entry.kind === 'not-apology');
  return matches.some(
    (match: Match<ApologyEntry>) =>
      match.entry.kind === 'apology' && !denials.some((denial) => overlaps(denial, match)) && insideDraft(analysis, match),
  );
}

function insideDraft(analysis: Analysis, match: Match): boolean {
  const first = analysis.stream.tokens[match.start] as Token;
  return insideAny(analysis.context.draft, first.start, first.end);
}

/** Between an actor and its failure, these mean the failure is not (or not yet) theirs: "our team will reset…". */
const notTheirs = new Set([
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'should',
  'shall',
  'must',
  'to',
  'and',
  'but',
  'so',
  'if',
  'when',
  'because',
  'which',
  'who',
  'that',
  'not',
  'you',
  'i',
  'we',
  'they',
  'he',
  'she',
  'it',
  'please',
]);
const determiners = new Set(['the', 'a', 'an', 'your', 'our', 'their', 'his', 'her', 'my', 'its', 'this', 'that']);
const perfect = new Set(['have', 'has', 'had', 'been', 'is', 'are', 'was', 'were', 'be']);
const maxActorGap = 6;
/** Failures that count only in the simple past: "our system took the deposit in USD instead of GBP", not "has set up…". */
const simplePastOnly = new Set(['unasked', 'stale', 'wrong-pick', 'instead']);
/** Failures whose span reaches over several words, which must stay inside one clause. */
const spanning = new Set(['wrong-pick', 'instead']);

/** Words that join one clause to the next. */
const conjunctions = new Set(['but', 'and', 'so', 'because', 'although', 'though', 'while', 'whilst', 'however', 'or']);

/**
 * Inside a failure's span, words that start another clause, put the verb out of the plain
 * past ("will", "should"), or are a second finite verb: "the part we ordered was the wrong one".
 */
const spanTurns = new Set([
  ...conjunctions,
  ...['which', 'who', 'when', 'if', 'unless'],
  ...['will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must'],
  ...['is', 'are', 'was', 'were', 'has', 'have', 'had'],
]);

/** A match that runs over a clause boundary ("you ordered, because the wrong…") describes no one thing. */
function crossesClause(stream: TokenStream, match: Match, words: ReadonlySet<string>): boolean {
  for (let i = match.start + 1; i < match.end; i++) {
    const token = stream.tokens[i] as Token;
    if (token.kind === 'word' ? words.has(token.norm) : clauseEnds.has(token.norm)) return true;
  }
  return false;
}

/**
 * "Our driver delivered it to number 41", "our booking system cancelled your transfer",
 * "the engineer missed the appointment": an actor of the organisation and, a few words
 * later in the same clause, a failure. "We" and "I" only count with plain failures:
 * "we've cancelled your order" is a request carried out.
 */
function pairActorsWithFailures(stream: TokenStream, matches: readonly Match<MistakeEntry>[]): Match<MistakeEntry>[] {
  const actors = matches.filter((match) => match.entry.kind === 'actor');
  const paired: Match<MistakeEntry>[] = [];
  for (const failure of matches) {
    if (failure.entry.kind !== 'failure') continue;
    const actor = actors
      .filter(
        (candidate) =>
          candidate.unit === failure.unit && candidate.end <= failure.start && failure.start - candidate.end <= maxActorGap,
      )
      .sort((a, b) => b.end - a.end)[0];
    if (!actor) continue;
    // "We have cancelled your lost card": "lost" describes the card, it is not what we did.
    if (determiners.has(stream.tokens[failure.start - 1]?.norm ?? '')) continue;
    if (spanning.has(failure.entry.id) && crossesClause(stream, failure, spanTurns)) continue;
    let clear = true;
    for (let i = actor.end; i < failure.start; i++) {
      const token = stream.tokens[i] as Token;
      if (token.kind !== 'word' || notTheirs.has(token.norm)) clear = false;
      if (simplePastOnly.has(failure.entry.id) && perfect.has(token.norm)) clear = false;
    }
    if (!clear) continue;
    if (failure.entry.id === 'unasked' && actor.entry.id === 'agent') continue;
    paired.push({ entry: failure.entry, start: actor.start, end: failure.end, unit: failure.unit });
  }
  return paired;
}

/** Verbs after which "you" is who was wronged, not who did it: "we sent you the wrong…", "you received the wrong…". */
const youAsObject = new Set([
  'to',
  'for',
  'with',
  'from',
  'sent',
  'gave',
  'given',
  'told',
  'charged',
  'quoted',
  'showed',
  'shown',
  'issued',
  'billed',
  'offered',
  'sold',
  'promised',
  'emailed',
  'posted',
  'left',
  'kept',
  'let',
]);
const youWronged = new Set(['received', 'got', 'were', 'was', 'have', 'had', 'been', 'are']);

/** "You clicked confirm on the wrong date", "you must have selected the wrong plan": the customer did it. */
function customerDidIt(stream: TokenStream, match: Match): boolean {
  const unit = unitOf(stream, match);
  for (let i = match.start - 1; i >= unit.tokenStart && i >= match.start - 8; i--) {
    const token = stream.tokens[i] as Token;
    if (clauseEnds.has(token.norm) || token.norm === ',' || token.norm === 'but' || token.norm === 'and' || token.norm === 'so')
      return false;
    if (token.norm !== 'you') continue;
    if (youAsObject.has(stream.tokens[i - 1]?.norm ?? '')) return false;
    return !youWronged.has(stream.tokens[i + 1]?.norm ?? '');
  }
  return false;
}

/** Admissions of a mistake by the organisation, after questions, conditions and reassurances are set aside. */
export function findAdmissions(analysis: Analysis): Match<MistakeEntry>[] {
  const { stream } = analysis;
  const matches = matchesOf(analysis, mistakePhrases);
  const exceptions = matches.filter(
    (match) => match.entry.kind === 'not-admission' && !crossesClause(stream, match, conjunctions),
  );
  const theirs = new Set(matches.filter((match) => match.entry.kind === 'customer-side').map((match) => match.unit));
  const asked = new Set(matches.filter((match) => match.entry.kind === 'requested').map((match) => match.unit));
  const candidates = [...matches.filter((match) => match.entry.kind === 'admission'), ...pairActorsWithFailures(stream, matches)];
  const admissions = candidates.filter(
    (match) =>
      !theirs.has(match.unit) &&
      !(match.entry.wanted && asked.has(match.unit)) &&
      // "…instead of the 12th, because you asked": wildcards must not carry one clause into the next.
      !(match.entry.id === 'instead-of' && crossesClause(stream, match, conjunctions)) &&
      insideDraft(analysis, match) &&
      !exceptions.some((exception) => overlaps(exception, match)) &&
      !isQuestion(stream, unitOf(stream, match)) &&
      !conditional(stream, match) &&
      !isReported(stream, match, 4, reportedBy) &&
      !customerClaims(stream, match) &&
      !hypothetical(stream, match) &&
      (match.entry.id !== 'wrong-thing-named' || !customerDidIt(stream, match)),
  );
  // One finding per sentence: the first admission in it.
  const perUnit = new Map<number, Match<MistakeEntry>>();
  for (const match of outermost(admissions)) if (!perUnit.has(match.unit)) perUnit.set(match.unit, match);
  return [...perUnit.values()];
}

function apologyAfter(stream: TokenStream, unit: Unit, apology: string): Suggestion {
  const last = stream.tokens[unit.tokenEnd - 1] as Token;
  const closed = last.kind !== 'word' && /[.!?]$/.test(last.norm);
  return {
    desc: `Apologise: “${apology}”`,
    fix: { range: [last.end, last.end], text: closed ? ` ${apology}` : `. ${apology}` },
  };
}

export function apologizeForMistakes(): (tree: Root, file: VFile) => void {
  return (tree, file) => {
    const analysis = analyse(tree, file);
    const { stream } = analysis;
    const admissions = findAdmissions(analysis);
    if (admissions.length === 0 || apologises(analysis)) return;
    for (const match of admissions) {
      const shown = withSubject(stream, match);
      const start = (stream.tokens[shown.start] as Token).start;
      const end = (stream.tokens[shown.end - 1] as Token).end;
      const apology = match.entry.apology ?? "I'm sorry about that.";
      report(file, analysis, meta, {
        start,
        end,
        reason: `“${stream.text.slice(start, end)}” ${match.entry.reason}, but the reply never apologises: say sorry, then fix it.`,
        note: 'Admit it, apologise, and say what you are doing about it. An apology costs nothing and shows the customer it was taken seriously.',
        suggestions: [apologyAfter(stream, unitOf(stream, match), apology)],
      });
    }
  };
}

export const rule: Rule<undefined> = {
  meta,
  phraseSets: [mistakePhrases, apologyPhrases],
  parseOptions: noOptions(meta.id),
  attacher: apologizeForMistakes,
};

export default rule;
