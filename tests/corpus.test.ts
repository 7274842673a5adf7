import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatScores, labelledRules, readCorpus, scoreCorpus } from './support/corpus.js';

const here = import.meta.dirname;
const verbose = process.env.REPLYLINT_EVAL_VERBOSE === '1';
const verboseSets = (process.env.REPLYLINT_EVAL_SETS ?? 'dev').split(',');

/**
 * Precision and recall of every labelled rule on each labelled set (tests/corpus/README.md).
 * The floor is the product's promise, F1 ≥ 0.9 per rule; the strict preset runs so that
 * rules outside `recommended` are scored too.
 */
const sets = ['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'principles', 'principles-blind'].filter((set) =>
  existsSync(join(here, 'corpus', set)),
);

describe.each(sets)('the %s corpus', (set) => {
  const floor = 0.9;
  const replies = readCorpus(join(here, 'corpus', set));
  const scores = scoreCorpus(replies, { preset: 'strict' });
  console.log(formatScores(`${set}: ${replies.length} replies`, scores));
  if (verbose && verboseSets.includes(set)) {
    for (const [rule, score] of Object.entries(scores)) for (const mistake of score.mistakes) console.log(`[${rule}] ${mistake}`);
  }

  it('has at least 100 replies', () => {
    expect(replies.length).toBeGreaterThanOrEqual(100);
  });

  it.each(labelledRules(replies))(`%s reaches F1 ≥ ${floor}`, (rule) => {
    expect(scores[rule]?.f1).toBeGreaterThanOrEqual(floor);
  });
});
