import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatScores, readCorpus, scoreCorpus, scoredRules } from './support/corpus.js';

const here = import.meta.dirname;
const verbose = process.env.REPLYLINT_EVAL_VERBOSE === '1';
const verboseSets = (process.env.REPLYLINT_EVAL_SETS ?? 'dev').split(',');

/**
 * Precision and recall on the labelled corpus. The floors are the product's promise on
 * replies it was not tuned on (F1 ≥ 0.9 per rule); they are asserted on both sets.
 */
describe.each([
  ['dev', 0.9],
  ['dev2', 0.9],
  ['dev3', 0.9],
])('the %s corpus', (set, floor) => {
  const replies = readCorpus(join(here, 'corpus', set));
  const scores = scoreCorpus(replies);
  console.log(formatScores(`${set}: ${replies.length} replies`, scores));
  if (verbose && verboseSets.includes(set)) {
    for (const rule of scoredRules) for (const mistake of scores[rule].mistakes) console.log(`[${rule}] ${mistake}`);
  }

  it('has at least 100 replies and every rule labelled', () => {
    expect(replies.length).toBeGreaterThanOrEqual(100);
  });

  it.each(scoredRules)(`%s reaches F1 ≥ ${floor}`, (rule) => {
    expect(scores[rule].f1).toBeGreaterThanOrEqual(floor);
  });
});
