import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Finding, type LintOptions, lintSync } from 'replylint';
import { parse } from 'yaml';

export interface Label {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * A rule's expectation for one reply: the phrases it should flag (phrase-level rules), or
 * whether it should report anything at all (reply-level rules such as customer-name).
 */
export type Expectation =
  | { readonly kind: 'phrases'; readonly labels: readonly Label[] }
  | { readonly kind: 'reply'; readonly flagged: boolean };

export interface LabelledReply {
  readonly file: string;
  readonly text: string;
  readonly expect: ReadonlyMap<string, Expectation>;
}

export function readCorpus(folder: string): LabelledReply[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(folder, name), 'utf8');
      const fence = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
      if (!fence) throw new Error(`${name}: no front matter`);
      const data = parse(fence[1] as string) as { expect?: Record<string, unknown> };
      const body = fence[0].length;
      const expect = new Map<string, Expectation>();
      for (const [rule, value] of Object.entries(data.expect ?? {})) {
        if (typeof value === 'boolean') {
          expect.set(rule, { kind: 'reply', flagged: value });
          continue;
        }
        const labels = ((value as string[] | null) ?? []).map((label) => {
          const start = text.indexOf(label, body);
          if (start === -1) throw new Error(`${name}: label "${label}" is not in the reply`);
          return { text: label, start, end: start + label.length };
        });
        expect.set(rule, { kind: 'phrases', labels });
      }
      return { file: name, text, expect };
    });
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  mistakes: string[];
}

type Tally = Omit<Score, 'precision' | 'recall' | 'f1'>;

function finish(score: Tally): Score {
  const precision = score.tp + score.fp === 0 ? 1 : score.tp / (score.tp + score.fp);
  const recall = score.tp + score.fn === 0 ? 1 : score.tp / (score.tp + score.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...score, precision, recall, f1 };
}

const overlap = (a: Label, b: Finding): boolean => a.start < b.endOffset && b.offset < a.end;

/** The rules a corpus labels, in the order they first appear. */
export function labelledRules(replies: readonly LabelledReply[]): string[] {
  return [...new Set(replies.flatMap((reply) => [...reply.expect.keys()]))];
}

/**
 * Lints every reply and scores each labelled rule as the corpus README describes: phrase
 * labels by overlap, reply-level labels by whether the rule reported at all.
 */
export function scoreCorpus(replies: readonly LabelledReply[], options: LintOptions = {}): Record<string, Score> {
  const tallies = new Map<string, Tally>();
  const tally = (rule: string): Tally => {
    let found = tallies.get(rule);
    if (!found) {
      found = { tp: 0, fp: 0, fn: 0, mistakes: [] };
      tallies.set(rule, found);
    }
    return found;
  };
  for (const reply of replies) {
    const findings = lintSync(reply.text, options).messages;
    for (const [rule, expectation] of reply.expect) {
      const found = findings.filter((finding) => finding.ruleId === rule);
      const score = tally(rule);
      if (expectation.kind === 'reply') {
        if (found.length > 0 && expectation.flagged) score.tp++;
        else if (found.length > 0) {
          score.fp++;
          score.mistakes.push(`FP ${reply.file}: ${found[0]?.message}`);
        } else if (expectation.flagged) {
          score.fn++;
          score.mistakes.push(`FN ${reply.file}: expected a ${rule} finding`);
        }
        continue;
      }
      for (const label of expectation.labels) {
        if (found.some((finding) => overlap(label, finding))) score.tp++;
        else {
          score.fn++;
          score.mistakes.push(`FN ${reply.file}: "${label.text}"`);
        }
      }
      for (const finding of found) {
        if (!expectation.labels.some((label) => overlap(label, finding))) {
          score.fp++;
          score.mistakes.push(
            `FP ${reply.file}:${finding.line}: "${reply.text.slice(finding.offset, finding.endOffset)}" — ${finding.message}`,
          );
        }
      }
    }
  }
  return Object.fromEntries([...tallies].map(([rule, score]) => [rule, finish(score)]));
}

export function formatScores(title: string, scores: Record<string, Score>): string {
  const pct = (value: number): string => `${(value * 100).toFixed(1)}%`.padStart(7);
  const rows = Object.entries(scores).map(
    ([rule, s]) =>
      `${rule.padEnd(24)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`,
  );
  return [title, `${'rule'.padEnd(24)}   TP   FP   FN  precis  recall      F1`, ...rows].join('\n');
}
