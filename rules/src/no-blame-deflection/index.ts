import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { analyse, matchesOf } from '../kit/analysis.js';
import { inConditional, isQuestion, isReported, outermost, overlaps, unitOf, upperFirst } from '../kit/clauses.js';
import type { Match } from '../kit/matcher.js';
import { noOptions } from '../kit/options.js';
import { type Rule, type RuleMeta, type Suggestion, report, ruleUrl } from '../kit/rule.js';
import type { Token, TokenStream } from '../kit/tokens.js';
import { type BlameEntry, blamePhrases, followUpPhrases } from './phrases.js';

export const meta: RuleMeta = {
  id: 'no-blame-deflection',
  summary: 'Blaming someone else or the customer, passing the buck, or making excuses.',
  url: ruleUrl('no-blame-deflection'),
  severity: 'warning',
  presets: ['recommended', 'strict'],
};

/** Someone else's words: "You mentioned the courier lost it". */
const reportedSpeech = new Set(['mentioned', 'said', 'says', 'told', 'wrote', 'explained', 'saying', 'asked', 'reported', 'claimed', 'claims']);

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

export function noBlameDeflection(): (tree: Root, file: VFile) => void {
  return (tree, file) => {
    const analysis = analyse(tree, file);
    const { stream } = analysis;
    const matches = matchesOf(analysis, blamePhrases);
    const followUps = matchesOf(analysis, followUpPhrases);
    const excused = matches.filter((match) => match.entry.advice === '');
    const staysInvolved = (match: Match<BlameEntry>): boolean =>
      followUps.some(
        (follow) =>
          (follow.unit === match.unit && !overlaps(follow, match)) || follow.unit === match.unit + 1,
      );
    const blames = matches.filter(
      (match) =>
        match.entry.advice !== '' &&
        !excused.some((other) => overlaps(other, match)) &&
        !isQuestion(stream, unitOf(stream, match)) &&
        !inConditional(stream, match) &&
        !isReported(stream, match, 3, reportedSpeech) &&
        !(match.entry.softenedByFollowUp && staysInvolved(match) && !/yourself/.test(stream.text.slice((stream.tokens[match.start] as Token).start, (stream.tokens[match.end - 1] as Token).end))),
    );
    for (const match of outermost(blames)) {
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
