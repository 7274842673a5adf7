import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { type Analysis, analyse, matchesOf } from '../kit/analysis.js';
import { replyBody } from '../kit/body.js';
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

function byUnit(matches: readonly Match<QuestionEntry>[], kind: QuestionEntry['kind']): Set<number> {
  return new Set(matches.filter((match) => match.entry.kind === kind).map((match) => match.unit));
}

/** Requests for information in the body, grouped with the list items and requests that follow them. */
function requestGroups(analysis: Analysis, matches: readonly Match<QuestionEntry>[]): Unit[][] {
  const { stream } = analysis;
  const requested = byUnit(matches, 'request');
  const courtesy = byUnit(matches, 'not-request');
  const isRequest = (unit: Unit): boolean =>
    !courtesy.has(unit.index) && (isQuestion(stream, unit) || requested.has(unit.index)) && !isListItem(stream, unit);
  const groups: Unit[][] = [];
  let group: Unit[] = [];
  for (const unit of replyBody(analysis).units) {
    const previous = group[group.length - 1];
    const continues = previous && unit.index === previous.index + 1 && (isRequest(unit) || isListItem(stream, unit));
    if (!continues && group.length > 0) {
      groups.push(group);
      group = [];
    }
    if (continues || isRequest(unit)) group.push(unit);
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

function spanOf(stream: TokenStream, unit: Unit): { start: number; end: number; insertAt: number } {
  let lastWord = unit.tokenEnd - 1;
  while (lastWord > unit.tokenStart && (stream.tokens[lastWord] as Token).kind !== 'word') lastWord--;
  const end = (stream.tokens[lastWord] as Token).end;
  return { start: (stream.tokens[unit.tokenStart] as Token).start, end, insertAt: end };
}

export function explainQuestions(): (tree: Root, file: VFile) => void {
  return (tree, file) => {
    const analysis = analyse(tree, file);
    const { stream } = analysis;
    const matches = matchesOf(analysis, questionPhrases);
    const explained = new Set(
      matches.filter((match) => match.entry.kind === 'reason' && isPurpose(stream, match)).map((match) => match.unit),
    );
    for (const group of requestGroups(analysis, matches)) {
      const first = group[0] as Unit;
      const last = group[group.length - 1] as Unit;
      const around = [first.index - 1, ...group.map((unit) => unit.index), last.index + 1];
      if (around.some((index) => explained.has(index))) continue;
      for (const unit of group) {
        if (isListItem(stream, unit)) continue;
        const span = spanOf(stream, unit);
        report(file, analysis, meta, {
          start: span.start,
          end: span.end,
          reason: 'This asks the customer for information without saying why: add what you will do with it.',
          note: 'Saying why ("so I can find your order") shows the question is not a waste of their time.',
          suggestions: [{ desc: 'Say why you ask', fix: { range: [span.insertAt, span.insertAt], text: ` ${why}` } }],
        });
      }
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
