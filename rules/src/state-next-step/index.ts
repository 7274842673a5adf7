import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { findAdmissions } from '../apologize-for-mistakes/index.js';
import { type Analysis, analyse, matchesOf } from '../kit/analysis.js';
import { replyBody, sentenceSpan } from '../kit/body.js';
import { inConditional, isQuestion, overlaps } from '../kit/clauses.js';
import { insideAny } from '../kit/context.js';
import type { Match } from '../kit/matcher.js';
import { noOptions } from '../kit/options.js';
import { type Rule, type RuleMeta, report, ruleUrl } from '../kit/rule.js';
import type { Token, TokenStream, Unit } from '../kit/tokens.js';
import { findCondescension } from '../no-condescension/index.js';
import { findFlatNos } from '../no-flat-no/index.js';
import { type NextStepEntry, nextStepPhrases } from './phrases.js';

export const meta: RuleMeta = {
  id: 'state-next-step',
  summary: 'The reply ends without saying what happens next and who owns it.',
  url: ruleUrl('state-next-step'),
  severity: 'warning',
  presets: ['recommended', 'strict'],
};

/** A confirmation or thank-you note this short, with nothing left pending, needs no next step. */
export const shortNote = 50;
/** Anything shorter than this is a quick note: a code, a booking, a confirmation. */
export const quickNote = 30;

const nextStep = "I'll [what happens next] by [when], and if there's anything else, just reply to this email.";

export interface NextStepReading {
  readonly steps: readonly Match<NextStepEntry>[];
  readonly asks: boolean;
  readonly done: boolean;
  readonly thanked: boolean;
  readonly pending: boolean;
  /** The reply admits the organisation got something wrong: the customer needs more than "done". */
  readonly admitsMistake: boolean;
  readonly words: number;
}

/** "Did you read the instructions?!", "Have you not tried restarting it?": a reproach, not a question to answer. */
function isRhetorical(stream: TokenStream, unit: Unit, reproaches: readonly Match[]): boolean {
  let last = unit.tokenEnd - 1;
  while (last > unit.tokenStart && (stream.tokens[last] as Token).kind !== 'word') last--;
  const ending = stream.tokens
    .slice(last + 1, unit.tokenEnd)
    .map((token) => token.norm)
    .join('');
  if (ending.includes('?') && ending.includes('!')) return true;
  return reproaches.some((reproach) => reproach.start >= unit.tokenStart && reproach.start < unit.tokenEnd);
}

/** What the reply says about what happens next. */
export function readNextSteps(analysis: Analysis): NextStepReading {
  const { stream, context } = analysis;
  const body = replyBody(analysis);
  const matches = matchesOf(analysis, nextStepPhrases).filter((match) => {
    const first = stream.tokens[match.start] as Token;
    return insideAny(context.draft, first.start, first.end);
  });
  const notSteps = matches.filter((match) => match.entry.kind === 'not-step');
  const has = (kind: NextStepEntry['kind']): boolean =>
    matches.some((match) => match.entry.kind === kind && !notSteps.some((other) => overlaps(other, match)));
  const done = has('done');
  const steps = matches.filter(
    (match) =>
      match.entry.kind === 'step' &&
      !notSteps.some((other) => overlaps(other, match)) &&
      (match.entry.id === 'invitation' || !inConditional(stream, match)) &&
      // "Refunds drop off within a few days" is how things work; after "I've released it", it is follow-through.
      (match.entry.id !== 'lands' || done),
  );
  const questions = body.units.filter((unit) => isQuestion(stream, unit));
  const reproaches = questions.length > 0 ? findCondescension(analysis) : [];
  return {
    steps,
    asks: questions.some((unit) => !isRhetorical(stream, unit, reproaches)),
    done,
    thanked: has('thanks'),
    // A refusal or a hand-off leaves the customer with something unresolved.
    pending: has('handed-off') || findFlatNos(analysis).length > 0,
    admitsMistake: findAdmissions(analysis).length > 0,
    words: body.words,
  };
}

export function stateNextStep(): (tree: Root, file: VFile) => void {
  return (tree, file) => {
    const analysis = analyse(tree, file);
    const { stream } = analysis;
    const body = replyBody(analysis);
    const last = body.units[body.units.length - 1];
    if (!last) return;
    const reading = readNextSteps(analysis);
    if (reading.steps.length > 0 || reading.asks) return;
    // "Done — your subscription is paused until 1 May." Nothing is left to happen.
    if (reading.words <= quickNote && !reading.pending) return;
    // After a mistake, "done" is not the end of it: say what happens next, or invite a reply.
    if ((reading.done || reading.thanked) && !reading.pending && !reading.admitsMistake && reading.words <= shortNote) return;
    const span = sentenceSpan(stream, last);
    report(file, analysis, meta, {
      start: span.start,
      end: span.end,
      reason: 'The reply ends without saying what happens next: say who does what, and when, or invite them to reply.',
      note: 'Close with the next step and who owns it ("I\'ll check the tracking on Thursday and email you"), or check whether anything else is needed.',
      suggestions: [{ desc: 'Add the next step', fix: { range: [span.after, span.after], text: ` ${nextStep}` } }],
    });
  };
}

export const rule: Rule<undefined> = {
  meta,
  phraseSets: [nextStepPhrases],
  parseOptions: noOptions(meta.id),
  attacher: stateNextStep,
};

export default rule;
