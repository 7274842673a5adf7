import replylint, { type Finding, lint, lintSync, ReplylintInputError, rules } from 'replylint';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { coreRules } from './support.js';

const reply = `Hi there,

No, we can't refund opened items. The courier lost your parcel.
I'll call you back within the hour.

Thanks,
Tom`;

describe('lint()', () => {
  it('returns findings in the documented shape, sorted by position', async () => {
    const { messages } = await lint(reply, { customerName: 'Jane Smith' });
    expect(messages.map((finding) => finding.ruleId)).toEqual([
      'customer-name',
      'no-flat-no',
      'apologize-for-mistakes',
      'no-blame-deflection',
      'no-unrealistic-promise',
    ]);
    const flat = messages[1] as Finding;
    expect(flat).toEqual({
      ruleId: 'no-flat-no',
      severity: 'warning',
      message: '“No, we can\'t refund” opens with a flat "no": say what you can do instead.',
      line: 3,
      column: 1,
      endLine: 3,
      endColumn: 20,
      offset: 11,
      endOffset: 30,
      suggestions: [
        {
          desc: 'Say what you can do in the same sentence',
          fix: { range: [43, 43], text: ', but what I can do is [what you can do instead]' },
        },
        { desc: 'Drop the flat "No"', fix: { range: [11, 17], text: 'We' } },
      ],
      fix: { range: [11, 17], text: 'We' },
      url: 'https://github.com/replylint/replylint/blob/main/rules/no-flat-no.md',
      note: expect.stringContaining('Lead with what you can do'),
    });
  });

  it('gives the same findings synchronously', async () => {
    expect(lintSync(reply, { customerName: 'Jane Smith' })).toEqual(await lint(reply, { customerName: 'Jane Smith' }));
  });

  it('turns rules off, changes severity and passes options', () => {
    const result = lintSync(reply, {
      customerName: 'Jane Smith',
      rules: {
        'customer-name': 'off',
        'no-flat-no': 'error',
        'no-blame-deflection': 'info',
        'no-unrealistic-promise': ['warning', { minimumTurnaround: '30 minutes' }],
        'apologize-for-mistakes': 'off',
      },
    });
    expect(result.messages.map((finding) => [finding.ruleId, finding.severity])).toEqual([
      ['no-flat-no', 'error'],
      ['no-blame-deflection', 'info'],
    ]);
  });

  it('uses a fallback customer name only when the reply names nobody itself', () => {
    const rulesOf = (text: string) =>
      lintSync(text, { fallbackCustomerName: 'Jane Smith', rules: coreRules }).messages.map((finding) => finding.message);
    expect(rulesOf('Hi there,\n\nYour refund is on its way.\n')).toEqual([
      'The reply never addresses Jane Smith by name: greet them personally.',
    ]);
    // The draft's own front matter wins.
    expect(rulesOf('---\ncustomer: Raj Patel\n---\nHi Raj,\n\nYour refund is on its way.\n')).toEqual([]);
    // A slot left to fill does not make a named draft a canned response.
    expect(rulesOf('Hi there,\n\nYour parcel is on its way: [tracking link].\n')).toEqual([
      'The reply never addresses Jane Smith by name: greet them personally.',
    ]);
  });

  it('refuses configuration it cannot use, naming the problem', () => {
    expect(() => lintSync('x', { rules: { 'no-flat-noo': 'error' } })).toThrow(
      'unknown rule "no-flat-noo" (did you mean "no-flat-no"?)',
    );
    expect(() => lintSync('x', { rules: { 'no-flat-no': 'loud' as never } })).toThrow(
      'rule "no-flat-no": severity must be one of "off", "info", "warning", "error", got "loud"',
    );
    expect(() => lintSync('x', { rules: { 'no-unrealistic-promise': ['error', { minimumTurnaround: 'soon' }] } })).toThrow(
      ReplylintInputError,
    );
    expect(() => lintSync(42 as never)).toThrow(TypeError);
  });

  it('lints an email draft, reading the customer from the To: header', async () => {
    const eml = [
      'From: Tom <tom@acme.test>',
      'To: "Smith, Jane" <jane@example.com>',
      'Subject: Re: refund',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Hi there,',
      '',
      'We can=E2=80=99t refund this one. It=E2=80=99s a long line that the client wrapped with a =',
      'soft break.',
      '',
      'On Tue, 3 Mar 2026, Jane Smith <jane@example.com> wrote:',
      '> Where is my refund?',
      '',
    ].join('\r\n');
    const { messages } = await lint(eml, { format: 'eml', rules: coreRules });
    expect(messages.map((finding) => [finding.ruleId, finding.message.slice(0, 40), finding.line, finding.column])).toEqual([
      ['customer-name', 'The reply never addresses Jane Smith by ', 7, 1],
      ['no-flat-no', '“We can’t refund” is a flat refusal that', 9, 1],
    ]);
    const flat = messages[1] as Finding;
    expect(eml.slice(flat.offset, flat.endOffset)).toBe('We can=E2=80=99t refund');
  });

  it('tells the caller when an email needs the asynchronous lint()', () => {
    expect(() => lintSync('To: a@b.c\r\n\r\nHi', { format: 'eml' })).toThrow('needs lint(), not lintSync()');
  });

  it('rejects an email that is not one', async () => {
    await expect(lint('Hello there', { format: 'eml' })).rejects.toThrow('not an email message');
  });
});

describe('the unified preset', () => {
  it('reports the same findings as vfile messages', () => {
    const file = new VFile(reply);
    const processor = unified().use(retextEnglish).use(replylint, { customerName: 'Jane Smith' });
    processor.runSync(processor.parse(file), file);
    const findings = lintSync(reply, { customerName: 'Jane Smith' }).messages;
    expect(
      file.messages.map((message) => ({
        ruleId: message.ruleId,
        source: message.source,
        url: message.url,
        offset: message.place && 'start' in message.place ? message.place.start.offset : undefined,
        expected: message.expected,
      })),
    ).toEqual(
      findings.map((finding) => ({
        ruleId: finding.ruleId,
        source: 'replylint',
        url: finding.url,
        offset: finding.offset,
        expected: finding.suggestions.map((suggestion) => suggestion.fix.text),
      })),
    );
  });

  it('reads quoted threads itself when used on its own', () => {
    const text = "Hi Jane,\n\nAll done.\n\nOn Mon, Jane <jane@example.com> wrote:\n> No, we can't accept that.\n";
    const file = new VFile(text);
    const processor = unified().use(retextEnglish).use(replylint);
    processor.runSync(processor.parse(file), file);
    expect(file.messages).toEqual([]);
  });

  it('exports every rule with its metadata', () => {
    expect(Object.keys(rules)).toEqual(
      expect.arrayContaining(['no-flat-no', 'no-blame-deflection', 'customer-name', 'no-unrealistic-promise']),
    );
    for (const rule of Object.values(rules)) {
      expect(rule.meta.url).toBe(`https://github.com/replylint/replylint/blob/main/rules/${rule.meta.id}.md`);
    }
  });
});
