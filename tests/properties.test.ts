import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { type Finding, type Format, lintSync } from 'replylint';
import { describe, expect, it } from 'vitest';

/**
 * Properties that must hold for any input, checked on arbitrary text and on real replies
 * mutated at random: lint never throws, findings point at real characters, positions agree,
 * fixes apply cleanly and once, and line endings do not change the result.
 */

const here = import.meta.dirname;
const corpus = ['dev', 'dev3']
  .flatMap((set) => readdirSync(join(here, 'corpus', set)).map((name) => readFileSync(join(here, 'corpus', set, name), 'utf8')))
  .map((text) => text.replace(/^---[\s\S]*?\n---\n/, ''));

const pieces = [
  "No, we can't refund it. ",
  'The courier lost it. ',
  "I'll call you back within the hour! ",
  'Hi there,\n\n',
  'Dear customer,\n',
  '> On Tue, Jane <jane@x.com> wrote:\n',
  '-- \nTom\n',
  '{{ticket.requester.first_name}}',
  '---\ncustomer: Jane\n---\n',
  '🙂👍🏽',
  'مرحبا بك ',
  'שלום ',
  '\u200f\u202e',
  '\u0000\u0007\u001b',
  '\r\n',
  '\r',
  '\t',
  'ALL CAPS!!! ',
  '<!-- replylint-disable -->',
  '[Customer Name]',
  'https://example.com/we-cant',
  'jane.smith@example.com ',
];

/** Real replies, cut and spliced with awkward text. */
const mutatedReply = fc
  .tuple(fc.constantFrom(...corpus), fc.array(fc.tuple(fc.nat(), fc.nat(40), fc.constantFrom(...pieces)), { maxLength: 6 }))
  .map(([text, edits]) =>
    edits.reduce((at, [position, cut, piece]) => {
      const from = position % (at.length + 1);
      return at.slice(0, from) + piece + at.slice(from + cut);
    }, text),
  );

const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(fc.constantFrom(...pieces, ' ', '\n', 'we', 'can', "n't", 'not', '.', ','), { maxLength: 80 })
    .map((parts) => parts.join('')),
  mutatedReply,
);

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const breaks = before.match(/\r\n|\r|\n/g) ?? [];
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { line: breaks.length + 1, column: offset - lastBreak };
}

function applySafe(text: string, findings: readonly Finding[]): string {
  let out = '';
  let at = 0;
  const fixes = [...findings]
    .filter((finding) => finding.fix)
    .sort((a, b) => (a.fix?.range[0] ?? 0) - (b.fix?.range[0] ?? 0) || (a.fix?.range[1] ?? 0) - (b.fix?.range[1] ?? 0));
  for (const { fix } of fixes) {
    if (!fix || fix.range[0] < at) continue;
    out += text.slice(at, fix.range[0]) + fix.text;
    at = fix.range[1];
  }
  return out + text.slice(at);
}

const formats: Format[] = ['txt', 'md', 'html'];

describe('for any text', () => {
  it('lint never throws, and every finding lies inside the text with agreeing positions', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...formats), (text, format) => {
        const { messages } = lintSync(text, { format });
        for (const finding of messages) {
          expect(finding.offset).toBeGreaterThanOrEqual(0);
          expect(finding.endOffset).toBeGreaterThanOrEqual(finding.offset);
          expect(finding.endOffset).toBeLessThanOrEqual(text.length);
          expect({ line: finding.line, column: finding.column }).toEqual(position(text, finding.offset));
          expect({ line: finding.endLine, column: finding.endColumn }).toEqual(position(text, finding.endOffset));
          for (const suggestion of finding.suggestions) {
            expect(suggestion.fix.range[0]).toBeLessThanOrEqual(suggestion.fix.range[1]);
            expect(suggestion.fix.range[1]).toBeLessThanOrEqual(text.length);
          }
        }
      }),
      { numRuns: Number(process.env.REPLYLINT_PROPERTY_RUNS ?? 300) },
    );
  });

  it('underlines real words: a finding never starts or ends in the middle of a surrogate pair', () => {
    fc.assert(
      fc.property(mutatedReply, (text) => {
        for (const finding of lintSync(text).messages) {
          const inside = (offset: number) =>
            /[\uDC00-\uDFFF]/.test(text.charAt(offset)) && /[\uD800-\uDBFF]/.test(text.charAt(offset - 1));
          expect(inside(finding.offset)).toBe(false);
          expect(inside(finding.endOffset)).toBe(false);
          expect(text.slice(finding.offset, finding.endOffset).trim().length > 0 || finding.ruleId === 'customer-name').toBe(
            true,
          );
        }
      }),
      { numRuns: Number(process.env.REPLYLINT_PROPERTY_RUNS ?? 200) },
    );
  });

  it('fixes apply to valid text, and applying them again changes nothing', () => {
    fc.assert(
      fc.property(
        mutatedReply,
        fc.option(fc.constantFrom('Jane Smith', 'Mr Patel', 'José'), { nil: undefined }),
        (text, customerName) => {
          const options = customerName ? { customerName } : {};
          const once = applySafe(text, lintSync(text, options).messages);
          expect(() => lintSync(once, options)).not.toThrow();
          const twice = applySafe(once, lintSync(once, options).messages);
          expect(twice).toBe(once);
        },
      ),
      { numRuns: Number(process.env.REPLYLINT_PROPERTY_RUNS ?? 200) },
    );
  });

  it('gives the same findings whatever the line endings', () => {
    const shape = (text: string, options = {}) =>
      lintSync(text, options).messages.map(
        (finding) => `${finding.ruleId} ${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}`,
      );
    fc.assert(
      fc.property(mutatedReply, (raw) => {
        const lf = raw.replace(/\r\n?/g, '\n');
        expect(shape(lf.replace(/\n/g, '\r\n'))).toEqual(shape(lf));
        expect(shape(lf.replace(/\n/g, '\r'))).toEqual(shape(lf));
      }),
      { numRuns: Number(process.env.REPLYLINT_PROPERTY_RUNS ?? 200) },
    );
  });
});
