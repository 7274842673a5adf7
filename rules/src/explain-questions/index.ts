import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { type Analysis, analyse, matchesOf } from '../kit/analysis.js';
import { replyBody, sentenceSpan } from '../kit/body.js';
import { isQuestion } from '../kit/clauses.js';
import type { Match } from '../kit/matcher.js';
import { noOptions } from '../kit/options.js';
import { type Rule, type RuleMeta, report, ruleUrl } from '../kit/rule.js';
import type { Token, TokenStream, Unit } from '../kit/tokens.js';
import { notPurposeBefore, type QuestionEntry, questionPhrases } from './phrases.js';

export const meta: RuleMeta = {
  id: 'explain-questions',
  summary: 'The reply asks the customer for information without saying why.',
  url: ruleUrl('explain-questions'),
  severity: 'warning',
  presets: ['strict'],
};

const why = "so I can [what you'll do with it]";

/** "…the email you used to sign up": a "to" that belongs to the question, not its purpose. */
function isPurpose(stream: TokenStream, match: Match<QuestionEntry>): boolean {
  const first = stream.tokens[match.start] as Token;
  if (first.norm !== 'to') return true;
  const before = stream.tokens[match.start - 1];
  return !before || before.unit !== first.unit || !notPurposeBefore.has(before.norm);
}

/** A list item under a request ("- your order number"): it belongs to the request before it. */
function isListItem(stream: TokenStream, unit: Unit): boolean {
  const first = stream.tokens[unit.tokenStart] as Token;
  return first.kind !== 'word' && /^[-*•·▪–]$/.test(first.norm);
}

/** Words a question for information opens with: "What…?", "Could you…?", "Is it…?". */
const questionOpeners = new Set([
  'what',
  'which',
  'when',
  'where',
  'who',
  'whose',
  'why',
  'how',
  'is',
  'are',
  'was',
  'were',
  'do',
  'does',
  'did',
  'have',
  'has',
  'had',
  'can',
  'could',
  'would',
  'will',
  'may',
  'might',
  'should',
  'any',
]);
const leadIns = new Set([
  'and',
  'also',
  'so',
  'just',
  'ok',
  'okay',
  'oh',
  'but',
  'then',
  'lastly',
  'finally',
  'first',
  'firstly',
  'secondly',
  'and',
  'one',
  'more',
  'thing',
  'quick',
  'question',
  'please',
]);

/** A question that asks for something: it opens like one or is about the customer ("Your order number?"), and is not an exclamation ("Charged for a no-show?!"). */
function asksForSomething(stream: TokenStream, unit: Unit): boolean {
  if (!isQuestion(stream, unit)) return false;
  const last = stream.tokens[unit.tokenEnd - 1] as Token;
  if (last.norm.includes('!')) return false;
  let first = unit.tokenStart;
  while (
    first < unit.tokenEnd &&
    ((stream.tokens[first] as Token).kind !== 'word' || leadIns.has((stream.tokens[first] as Token).norm))
  )
    first++;
  const opener = stream.tokens[first];
  if (opener && questionOpeners.has(opener.norm)) return true;
  for (let i = unit.tokenStart; i < unit.tokenEnd; i++) if (/^(?:you|your)$/.test((stream.tokens[i] as Token).norm)) return true;
  return false;
}

function byUnit(matches: readonly Match<QuestionEntry>[], kind: QuestionEntry['kind']): Set<number> {
  return new Set(matches.filter((match) => match.entry.kind === kind).map((match) => match.unit));
}

/** Requests for information in the reply's body. */
function requestsIn(analysis: Analysis, matches: readonly Match<QuestionEntry>[]): Unit[] {
  const { stream } = analysis;
  const requested = byUnit(matches, 'request');
  const courtesy = byUnit(matches, 'not-request');
  return replyBody(analysis).units.filter(
    (unit) =>
      !courtesy.has(unit.index) && !isListItem(stream, unit) && (asksForSomething(stream, unit) || requested.has(unit.index)),
  );
}

/** The unit that follows a request, past any list of what is asked for. */
function unitAfter(stream: TokenStream, unit: Unit): Unit | undefined {
  let next = stream.units[unit.index + 1];
  while (next && isListItem(stream, next)) next = stream.units[next.index + 1];
  return next;
}

const greetings = new Set(['hi', 'hello', 'hey', 'hiya', 'dear', 'morning', 'afternoon', 'evening']);

/** Where the request starts when the greeting shares its sentence: "hi there, what's your order number?". */
function afterGreeting(stream: TokenStream, unit: Unit): number {
  const first = stream.tokens[unit.tokenStart] as Token;
  if (greetings.has(first.norm)) {
    for (let i = unit.tokenStart + 1; i < unit.tokenEnd && i <= unit.tokenStart + 4; i++) {
      if ((stream.tokens[i] as Token).norm === ',' && stream.tokens[i + 1]) return (stream.tokens[i + 1] as Token).start;
    }
  }
  return first.start;
}

/** Where "so I can…" goes: before the question mark or full stop that ends the request. */
function insertAt(stream: TokenStream, unit: Unit): number {
  let last = unit.tokenEnd - 1;
  while (last > unit.tokenStart && (stream.tokens[last] as Token).kind !== 'word') last--;
  return (stream.tokens[last] as Token).end;
}

export function explainQuestions(): (tree: Root, file: VFile) => void {
  return (tree, file) => {
    const analysis = analyse(tree, file);
    const { stream } = analysis;
    const matches = matchesOf(analysis, questionPhrases);
    const reasons = matches.filter((match) => match.entry.kind === 'reason' && isPurpose(stream, match));
    const explainedHere = new Set(reasons.map((match) => match.unit));
    const explainedBefore = new Set(reasons.filter((match) => match.entry.explainsPrevious).map((match) => match.unit));
    for (const unit of requestsIn(analysis, matches)) {
      const next = unitAfter(stream, unit);
      if (explainedHere.has(unit.index) || (next && explainedBefore.has(next.index))) continue;
      const span = { ...sentenceSpan(stream, unit), start: afterGreeting(stream, unit) };
      report(file, analysis, meta, {
        start: span.start,
        end: span.end,
        reason: 'This asks the customer for information without saying why: add what you will do with it.',
        note: 'Saying why ("so I can find your order") shows the question is not a waste of their time.',
        suggestions: [
          { desc: 'Say why you ask', fix: { range: [insertAt(stream, unit), insertAt(stream, unit)], text: ` ${why}` } },
        ],
      });
    }
  };
}

export const rule: Rule<undefined> = {
  meta,
  phraseSets: [questionPhrases],
  parseOptions: noOptions(meta.id),
  attacher: explainQuestions,
};

export default rule;
