import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintSync } from 'replylint';
import { applyFixes, decode, encode, lintText, writeFileAtomic } from 'replylint/node';
import { describe, expect, it } from 'vitest';
import { coreRules } from './support.js';

const rulesAt = (text: string, options = {}) =>
  lintSync(text, { format: 'md', customerName: 'Jane', rules: coreRules, ...options }).messages.map(
    (finding) => `${finding.line} ${finding.ruleId}`,
  );

describe('inline controls in Markdown and HTML comments', () => {
  const text = `Hi Jane,

<!-- replylint-disable-next-line no-flat-no -- legal asked for this wording -->
That's not possible.

That's not possible either.

<!-- replylint-disable -->
It's against our policy.
<!-- replylint-enable -->

It's against our policy. <!-- replylint-disable-line -->

<!-- replylint-disable no-blame-deflection -->
It's against our policy again.
`;

  it('silence the rules they name, for the line, the next line or until re-enabled', () => {
    expect(rulesAt(text)).toEqual(['6 no-flat-no', '15 no-flat-no']);
  });

  it('report directives that silenced nothing, when asked', () => {
    expect(rulesAt(text, { reportUnusedDisableDirectives: true })).toEqual([
      '6 no-flat-no',
      '14 unused-disable-directive',
      '15 no-flat-no',
    ]);
  });
});

describe('allowed phrases', () => {
  it('drop findings on phrases the team allows, whatever the case', () => {
    const text = "Hi Jane,\n\nThat's not possible. We can't refund it.";
    expect(
      lintSync(text, { allow: ["THAT'S NOT POSSIBLE"], rules: coreRules }).messages.map((finding) => finding.ruleId),
    ).toEqual(['no-flat-no']);
  });
});

describe('safe fixes', () => {
  it('apply only unambiguous suggestions, escaped for the source they go into', async () => {
    const json = JSON.stringify({
      macros: [{ id: 1, title: 'A', actions: [{ field: 'comment_value', value: 'Hi there,\n\nNo, we can\'t do "that".' }] }],
    });
    const result = await lintText('macros.json', { text: json, charset: 'utf-8', bom: false });
    const { output, applied } = applyFixes(json, result.findings, result.replyOf ?? new Map());
    expect(applied.map((finding) => finding.ruleId)).toEqual(['customer-name', 'no-flat-no']);
    expect(JSON.parse(output).macros[0].actions[0].value).toBe('Hi {{ticket.requester.first_name}},\n\nWe can\'t do "that".');
  });

  it('keep the source’s line endings', async () => {
    const text = "I've refunded the fee.\r\nThanks!\r\n";
    const result = await lintText('reply.txt', { text, charset: 'utf-8', bom: false }, { customerName: 'Jane' });
    expect(applyFixes(text, result.findings, result.replyOf ?? new Map()).output).toBe(
      "Hi Jane,\r\n\r\nI've refunded the fee.\r\nThanks!\r\n",
    );
  });
});

describe('writing files back', () => {
  it('keeps the charset and byte-order mark a file came with', () => {
    for (const [charset, bom] of [
      ['utf-8', true],
      ['utf-8', false],
      ['utf-16le', true],
      ['utf-16be', true],
    ] as const) {
      const bytes = encode('Hi Jané,\r\n', charset, bom);
      expect(decode(bytes)).toEqual({ text: 'Hi Jané,\r\n', charset, bom });
    }
  });

  it('replaces a file atomically and leaves no temporary file behind', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'replylint-write-'));
    const path = join(folder, 'reply.txt');
    writeFileSync(path, 'old', { mode: 0o640 });
    await writeFileAtomic(path, Buffer.from('new'));
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(folder)).toEqual(['reply.txt']);
  });
});
