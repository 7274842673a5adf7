import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { analyse, matchesOf } from '../kit/analysis.js';
import { replyBody } from '../kit/body.js';
import { isQuestion, overlaps } from '../kit/clauses.js';
import { insideAny } from '../kit/context.js';
import { noOptions } from '../kit/options.js';
import { type Rule, type RuleMeta, report, ruleUrl } from '../kit/rule.js';
import type { Token, Unit } from '../kit/tokens.js';
import { nextStepPhrases } from './phrases.js';

export const meta: RuleMeta = {
  id: 'state-next-step',
  summary: 'The reply ends without saying what happens next and who owns it.',
  url: ruleUrl('state-next-step'),
  severity: 'warning',
  presets: ['strict'],
};

/** A thank-you note this short needs no next step. */
const thankYouNote = { units: 3, words: 60 };

const nextStep = "I'll [what happens next] by [when], and if there's anything else, just reply to this email.";

export function stateNextStep(): (tree: Root, file: VFile) => void {
  return (tree, file) => {
    const analysis = analyse(tree, file);
    const { stream, context } = analysis;
    const body = replyBody(analysis);
    const last = body.units[body.units.length - 1];
    if (!last) return;
    const matches = matchesOf(analysis, nextStepPhrases).filter((match) => {
      const first = stream.tokens[match.start] as Token;
      return insideAny(context.draft, first.start, first.end);
    });
    const notSteps = matches.filter((match) => match.entry.kind === 'not-step');
    const steps = matches.filter((match) => match.entry.kind === 'step' && !notSteps.some((other) => overlaps(other, match)));
    if (steps.length > 0) return;
    // A question to the customer asks them to reply: that is the next step.
    if (body.units.some((unit) => isQuestion(stream, unit))) return;
    const inBody = new Set(body.units.map((unit) => unit.index));
    const thanked = matches.some((match) => match.entry.kind === 'thanks' && inBody.has(match.unit));
    if (thanked && body.units.length <= thankYouNote.units && body.words <= thankYouNote.words) return;
    const span = spanOf(last);
    report(file, analysis, meta, {
      start: span.start,
      end: span.end,
      reason: 'The reply ends without saying what happens next: say who does what, and when, or invite them to reply.',
      note: 'Close with the next step and who owns it ("I\'ll check the tracking on Thursday and email you"), or check whether anything else is needed.',
      suggestions: [{ desc: 'Add the next step', fix: { range: [span.afterEnd, span.afterEnd], text: ` ${nextStep}` } }],
    });

    function spanOf(unit: Unit): { start: number; end: number; afterEnd: number } {
      let lastWord = unit.tokenEnd - 1;
      while (lastWord > unit.tokenStart && (stream.tokens[lastWord] as Token).kind !== 'word') lastWord--;
      return {
        start: (stream.tokens[unit.tokenStart] as Token).start,
        end: (stream.tokens[lastWord] as Token).end,
        afterEnd: (stream.tokens[unit.tokenEnd - 1] as Token).end,
      };
    }
  };
}

export const rule: Rule<undefined> = {
  meta,
  phraseSets: [nextStepPhrases],
  parseOptions: noOptions(meta.id),
  attacher: stateNextStep,
};

export default rule;
