import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Finding, lintSync } from 'replylint';
import { parse } from 'yaml';

export const scoredRules = ['no-flat-no', 'no-blame-deflection', 'customer-name', 'no-unrealistic-promise'] as const;
export type ScoredRule = (typeof scoredRules)[number];
const phraseRules = ['no-flat-no', 'no-blame-deflection', 'no-unrealistic-promise'] as const;

export interface LabelledReply {
  readonly file: string;
  readonly text: string;
  readonly expect: {
    readonly phrases: Readonly<Record<(typeof phraseRules)[number], readonly { text: string; start: number; end: number }[]>>;
    readonly customerName: boolean;
  };
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
      const expect = data.expect ?? {};
      const body = fence[0].length;
      const phrases = Object.fromEntries(
        phraseRules.map((rule) => {
          const labels = (expect[rule] as string[] | undefined) ?? [];
          return [
            rule,
            labels.map((label) => {
              const start = text.indexOf(label, body);
              if (start === -1) throw new Error(`${name}: label "${label}" is not in the reply`);
              return { text: label, start, end: start + label.length };
            }),
          ];
        }),
      ) as unknown as LabelledReply['expect']['phrases'];
      return { file: name, text, expect: { phrases, customerName: expect['customer-name'] === true } };
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

function finish(score: Omit<Score, 'precision' | 'recall' | 'f1'>): Score {
  const precision = score.tp + score.fp === 0 ? 1 : score.tp / (score.tp + score.fp);
  const recall = score.tp + score.fn === 0 ? 1 : score.tp / (score.tp + score.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...score, precision, recall, f1 };
}

const overlap = (a: { start: number; end: number }, b: { offset: number; endOffset: number }): boolean =>
  a.start < b.endOffset && b.offset < a.end;

/** Lints every reply and scores each rule as the corpus README describes. */
export function scoreCorpus(replies: readonly LabelledReply[]): Record<ScoredRule, Score> {
  const raw = Object.fromEntries(scoredRules.map((rule) => [rule, { tp: 0, fp: 0, fn: 0, mistakes: [] as string[] }])) as Record<
    ScoredRule,
    Omit<Score, 'precision' | 'recall' | 'f1'>
  >;
  for (const reply of replies) {
    const findings = lintSync(reply.text).messages;
    const of = (rule: string): Finding[] => findings.filter((finding) => finding.ruleId === rule);
    for (const rule of phraseRules) {
      const labels = reply.expect.phrases[rule];
      const found = of(rule);
      const score = raw[rule];
      for (const label of labels) {
        if (found.some((finding) => overlap(label, finding))) score.tp++;
        else {
          score.fn++;
          score.mistakes.push(`FN ${reply.file}: "${label.text}"`);
        }
      }
      for (const finding of found) {
        if (!labels.some((label) => overlap(label, finding))) {
          score.fp++;
          score.mistakes.push(
            `FP ${reply.file}:${finding.line}: "${reply.text.slice(finding.offset, finding.endOffset)}" — ${finding.message}`,
          );
        }
      }
    }
    const flagged = of('customer-name').length > 0;
    const score = raw['customer-name'];
    if (flagged && reply.expect.customerName) score.tp++;
    else if (flagged) {
      score.fp++;
      score.mistakes.push(`FP ${reply.file}: ${of('customer-name')[0]?.message}`);
    } else if (reply.expect.customerName) {
      score.fn++;
      score.mistakes.push(`FN ${reply.file}: expected a customer-name finding`);
    }
  }
  return Object.fromEntries(scoredRules.map((rule) => [rule, finish(raw[rule])])) as Record<ScoredRule, Score>;
}

export function formatScores(title: string, scores: Record<ScoredRule, Score>): string {
  const pct = (value: number): string => `${(value * 100).toFixed(1)}%`.padStart(7);
  const rows = scoredRules.map((rule) => {
    const s = scores[rule];
    return `${rule.padEnd(24)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`;
  });
  return [`${title}`, `${'rule'.padEnd(24)}   TP   FP   FN  precis  recall      F1`, ...rows].join('\n');
}
