import { lintSync, readReply } from 'replylint';
import { describe, expect, it } from 'vitest';
import { coreRules } from './support.js';

/** The text of each range, for readable assertions. */
const texts = (text: string, ranges: readonly { start: number; end: number }[]) =>
  ranges.map((range) => text.slice(range.start, range.end));

describe('reading a reply: the agent’s draft, the quoted thread and the signature', () => {
  it('reads a Gmail-style thread: the attribution and the > lines are quoted', () => {
    const text = `Hi Jane,

Sorry about that, I've sent a new one.

Best,
Tom

On Tue, 3 Mar 2026 at 10:14, Jane Smith <jane@example.com> wrote:
> Where is my order? This is the third time I've asked!
> Jane
`;
    const { context } = readReply(text);
    expect(texts(text, context.quoted)).toEqual([
      'On Tue, 3 Mar 2026 at 10:14, Jane Smith <jane@example.com> wrote:',
      "> Where is my order? This is the third time I've asked!",
      '> Jane',
    ]);
    expect(texts(text, context.signature)).toEqual(['Tom']);
    expect(context.customer).toMatchObject({ first: 'Jane', last: 'Smith', source: 'thread' });
    expect(context.quotedText).toContain('This is the third time');
  });

  it('reads an attribution that the mail client wrapped over two lines', () => {
    const text = 'Hi,\n\nDone.\n\nOn Tue, 3 Mar 2026 at 10:14, Priya Raman <\npriya@example.com> wrote:\n> thanks\n';
    expect(readReply(text).context.customer).toMatchObject({ first: 'Priya', last: 'Raman' });
  });

  it('reads an Outlook thread: everything from the header block on is quoted', () => {
    const text = `Dear Mr Patel,

Your refund is on its way.

Kind regards,
Amy Lee
Customer Care

From: Raj Patel <raj@example.com>
Sent: 02 March 2026 09:14
To: Support <support@acme.test>
Subject: Refund

Hi, where is my refund? We can't wait any longer.
`;
    const { context } = readReply(text);
    expect(texts(text, context.quoted)[0]).toMatch(/^From: Raj Patel/);
    expect(texts(text, context.signature)).toEqual(['Amy Lee\nCustomer Care']);
    expect(context.customer).toMatchObject({ first: 'Raj', last: 'Patel', source: 'thread' });
  });

  it('reads "-----Original Message-----" as the start of the thread', () => {
    const text = 'Hi Sam,\n\nAll sorted.\n\n-----Original Message-----\nFrom: Sam\nI cannot log in.\n';
    expect(texts(text, readReply(text).context.quoted)).toEqual(['-----Original Message-----\nFrom: Sam\nI cannot log in.\n']);
  });

  it('keeps inline answers between quoted lines as the agent’s words', () => {
    const text = `Hi Kim,

On Mon, 2 Mar 2026, Kim Lee <kim@example.com> wrote:
> Can I change the date?
Yes, I've moved it to Friday.
> And the time?
We can't do mornings, I'm afraid.
`;
    const { context } = readReply(text);
    expect(texts(text, context.draft).join('')).toContain("Yes, I've moved it to Friday.");
    expect(
      lintSync(text, { rules: coreRules }).messages.map((finding) => [
        finding.ruleId,
        text.slice(finding.offset, finding.endOffset),
      ]),
    ).toEqual([['no-flat-no', "We can't do"]]);
  });

  it('reads the signature after a "-- " line', () => {
    const text = 'Hi Jo,\n\nDone!\n\n-- \nTom Baker\nAcme | 0800 123 456\n';
    expect(texts(text, readReply(text).context.signature)).toEqual(['-- \nTom Baker\nAcme | 0800 123 456\n']);
  });

  it('reads a one-line sign-off with the agent’s name', () => {
    const text = 'Hi Jo,\n\nDone!\n\nCheers, Tom\n';
    expect(texts(text, readReply(text).context.signature)).toEqual(['Tom']);
  });

  it('reads the customer’s name from front matter before anything else', () => {
    const text = '---\ncustomer: Jane Smith\n---\nHi there,\n\nThanks!\n\nOn Mon, Bob Brown <bob@example.com> wrote:\n> hi\n';
    const { context, frontMatter } = readReply(text);
    expect(context.customer).toMatchObject({ first: 'Jane', source: 'front-matter' });
    expect(frontMatter).toEqual({ start: 0, end: 29 });
  });

  it('reads the customer’s name from the quoted sign-off when the header has none', () => {
    const text = 'Hi there,\n\nThanks!\n\nOn Mon, 2 Mar 2026 <kate@example.com> wrote:\n> My order is late.\n> Thanks,\n> Kate\n';
    expect(readReply(text).context.customer).toMatchObject({ first: 'Kate', source: 'sign-off' });
  });

  it('treats a draft with template tags and no known name as a canned response', () => {
    const text = 'Hi {{ticket.requester.first_name}},\n\nYour order {{ticket.id}} has shipped.';
    const { context, masked } = readReply(text);
    expect(context.template).toBe(true);
    expect(context.placeholders.map((tag) => [tag.expression, tag.kind])).toEqual([
      ['{{ticket.requester.first_name}}', 'customer-name'],
      ['{{ticket.id}}', 'other'],
    ]);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toContain('{{');
  });
});

describe('findings stay in the agent’s words, at their positions in the original text', () => {
  it('never points into quoted text, the signature or front matter', () => {
    const text = `---
customer: Jane Smith
note: we can't refund this
---
Hi Jane,

I've refunded the fee today.

Thanks,
Tom -- we can't be held responsible

On Mon, 2 Mar 2026, Jane Smith <jane@example.com> wrote:
> You can't do this! No, we can't accept this. The courier lost it.
`;
    const findings = lintSync(text, { rules: coreRules }).messages;
    expect(findings).toEqual([]);
  });

  it('reports positions in the original text, front matter included', () => {
    const text = "---\ncustomer: Jane Smith\n---\nHi Jane,\n\nUnfortunately that's not possible.\n";
    const [finding] = lintSync(text, { rules: coreRules }).messages;
    expect(finding).toMatchObject({ ruleId: 'no-flat-no', line: 6, column: 15, endLine: 6, endColumn: 34 });
    expect(text.slice(finding?.offset, finding?.endOffset)).toBe("that's not possible");
  });

  it('keeps positions right with Windows line endings', () => {
    const text = "Hi Jane,\r\n\r\nThat's not possible.\r\n";
    const [finding] = lintSync(text, { customerName: 'Jane', rules: coreRules }).messages;
    expect(finding).toMatchObject({ line: 3, column: 1 });
    expect(text.slice(finding?.offset, finding?.endOffset)).toBe("That's not possible");
  });

  it('rejects front matter that is not YAML, saying where', () => {
    expect(() => lintSync('---\ncustomer: [Jane\n---\nHi')).toThrow(/front matter is not valid YAML \(line 2\)/);
  });
});
