import { performance } from 'node:perf_hooks';
import { lintSync, readReply } from 'replylint';
import { describe, expect, it } from 'vitest';

/**
 * Reading a reply's structure takes time in proportion to its length, on text made of what
 * it looks for. Ratios, not timings: ten times the text may take at most 30 times as long
 * (linear is about 10, quadratic about 100), best of a few runs each.
 */
function ratio(
  make: (count: number) => string,
  count: number,
  read: (text: string) => unknown = (text) => readReply(text, {}),
): number {
  const fastest = (text: string) =>
    Math.min(
      ...Array.from({ length: 3 }, () => {
        const start = performance.now();
        read(text);
        return performance.now() - start;
      }),
    );
  const small = make(count);
  const large = make(count * 10);
  fastest(small);
  return fastest(large) / Math.max(fastest(small), 0.01);
}

describe('reading a reply’s structure', () => {
  it('is linear in a text full of template tags (each tag was checked against every tag found)', () => {
    expect(ratio((count) => `Hi [Customer Name],\n\n${'[Ab] {x} '.repeat(count)}\n`, 2_000)).toBeLessThan(30);
  });

  it('is linear in quoted headers, attributions and sign-offs full of brackets and spaces', () => {
    const shapes = [
      (count: number) => `Hi,\n\nOk.\n\n> From: ${'<'.repeat(count)}\n> Sent: x\n> To: y\n`,
      (count: number) => `Hi,\n\nOk.\n\nOn Tue, Jane ${' '.repeat(count)}< wrote:\n> hi\n`,
      (count: number) => `Hi,\n\nOk.\n\n> Kind regards${' \t'.repeat(count)}x\n> Jane\n`,
      (count: number) => `Hi,\n\nOk.\n\n> Forwarded message${' '.repeat(count)}x\n`,
    ];
    for (const shape of shapes) expect(ratio(shape, 2_000)).toBeLessThan(30);
  });
});

describe('linting', () => {
  it('is linear in a reply made of thousands of findings (each match was compared with every one kept)', () => {
    expect(
      ratio(
        (count) => 'No.\n\n'.repeat(count),
        2_000,
        (text) => lintSync(text),
      ),
    ).toBeLessThan(30);
  });
});
