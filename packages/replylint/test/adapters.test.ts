import { lintSync } from 'replylint';
import { readReplies } from 'replylint/node';
import { describe, expect, it } from 'vitest';
import { coreRules } from './support.js';

/** What a finding underlines, read back out of the source: proof the positions map home. */
const underlined = (source: string, findings: readonly { offset: number; endOffset: number; ruleId: string }[]) =>
  findings.map((finding) => [finding.ruleId, source.slice(finding.offset, finding.endOffset)]);

describe('Markdown drafts', () => {
  const md = `---
customer: Jane Smith
---
# About your refund

Hi there,

Unfortunately **it's not possible** to refund opened items. Run \`we can't\` to check.

\`\`\`
We can't do that.
\`\`\`

> That's not possible, we can't wait.

- [We can't](https://example.com/we-cant) ship to PO boxes.
`;

  it('lints the prose, not code, quoted blocks or link targets, at positions in the file', () => {
    expect(underlined(md, lintSync(md, { format: 'md', rules: coreRules }).messages)).toEqual([
      ['customer-name', 'Hi there'],
      ['no-flat-no', "it's not possible"],
      ['no-flat-no', "We can't](https://example.com/we-cant) ship"],
    ]);
  });

  it('reads the customer from front matter', () => {
    expect(lintSync(md, { format: 'md', rules: coreRules }).messages[0]?.message).toBe(
      'The reply never addresses Jane Smith by name: greet them personally.',
    );
  });
});

describe('HTML drafts', () => {
  const html =
    '<p>Hi there,</p><p>We can&rsquo;t refund this &mdash; it&#39;s against our policy.</p>' +
    '<div class="gmail_quote"><div class="gmail_attr">On Tue, 3 Mar 2026, Jane Smith &lt;jane@example.com&gt; wrote:</div>' +
    "<blockquote>You can't do this! We can't accept it.</blockquote></div>";

  it('lints the text, maps through entities, and reads the quoted thread for the name only', () => {
    expect(underlined(html, lintSync(html, { format: 'html', rules: coreRules }).messages)).toEqual([
      ['customer-name', 'Hi there'],
      ['no-flat-no', 'We can&rsquo;t refund'],
      ['no-flat-no', 'it&#39;s against our policy'],
    ]);
  });
});

describe('helpdesk exports', () => {
  // Written as exports write it: non-ASCII characters escaped.
  const zendesk = JSON.stringify(
    {
      macros: [
        { id: 11, title: 'Refund', actions: [{ field: 'comment_value', value: 'Hi there,\n\nWe can’t refund opened items.' }] },
        {
          id: 12,
          title: 'HTML one',
          actions: [
            {
              field: 'comment_value_html',
              value: '<p>Hi {{ticket.requester.first_name}},</p><p>It&#39;ll be fixed <b>within the hour</b>.</p>',
            },
          ],
        },
        { id: 13, title: 'Fine', actions: [{ field: 'comment_value', value: 'Hi {{ticket.requester.first_name}}, all done!' }] },
      ],
    },
    null,
    2,
  ).replace(/’/g, '\\u2019');

  it('reads Zendesk macros, names each reply, and maps positions into the JSON', async () => {
    const read = await readReplies(zendesk, 'json');
    expect(read.replies.map((reply) => [reply.ref, reply.hints.template, reply.hints.namePlaceholder])).toEqual([
      [{ index: 0, id: '11', title: 'Refund' }, true, '{{ticket.requester.first_name}}'],
      [{ index: 1, id: '12', title: 'HTML one' }, true, '{{ticket.requester.first_name}}'],
      [{ index: 2, id: '13', title: 'Fine' }, true, '{{ticket.requester.first_name}}'],
    ]);
    const first = read.replies[0];
    expect(first?.text).toBe('Hi there,\n\nWe can’t refund opened items.');
    // "’" is \u2019 in the file: the map points at the escape.
    const at = first?.map.start(first.text.indexOf('’')) ?? 0;
    expect(zendesk.slice(at, at + 6)).toBe('\\u2019');
  });

  it('reads Gorgias macros, preferring the plain text body', async () => {
    const gorgias = JSON.stringify({
      data: [
        {
          id: 7,
          name: 'Where is my order',
          actions: [
            { name: 'setResponseText', arguments: { body_text: 'Hello,\n\nThe courier lost it.', body_html: '<p>Hello,</p>' } },
          ],
        },
      ],
    });
    const read = await readReplies(gorgias, 'json');
    expect(read.replies.map((reply) => [reply.ref, reply.text, reply.hints.namePlaceholder])).toEqual([
      [{ index: 0, id: '7', title: 'Where is my order' }, 'Hello,\n\nThe courier lost it.', '{{ticket.customer.firstname}}'],
    ]);
  });

  it('reads a collection of records as JSON, YAML or CSV', async () => {
    const json =
      '[{"id": "a", "title": "One", "body": "Hi {{first_name}}, thanks!"}, {"name": "Two", "content_html": "<p>Hello</p>"}]';
    expect((await readReplies(json, 'json')).replies.map((reply) => [reply.ref, reply.text.trim()])).toEqual([
      [{ index: 0, id: 'a', title: 'One' }, 'Hi {{first_name}}, thanks!'],
      [{ index: 1, title: 'Two' }, 'Hello'],
    ]);
    const yaml = '- id: late\n  title: Late\n  body: |\n    Hi [Customer Name],\n    Sorry it is late.\n';
    const fromYaml = (await readReplies(yaml, 'yaml')).replies[0];
    expect([fromYaml?.ref, fromYaml?.text]).toEqual([
      { index: 0, id: 'late', title: 'Late' },
      'Hi [Customer Name],\nSorry it is late.\n',
    ]);
    expect(yaml.slice(fromYaml?.map.start(3), (fromYaml?.map.start(3) ?? 0) + 15)).toBe('[Customer Name]');
    const csv = 'id,title,body\r\n1,Reset,"Hi {{first_name}},\r\nClick ""Forgot password""."\r\n';
    const fromCsv = (await readReplies(csv, 'csv')).replies[0];
    expect([fromCsv?.ref, fromCsv?.text]).toEqual([
      { index: 0, id: '1', title: 'Reset' },
      'Hi {{first_name}},\r\nClick "Forgot password".',
    ]);
    expect(fromCsv?.encode?.('say "hi"')).toBe('say ""hi""');
  });

  it('explains a broken export, saying where', async () => {
    await expect(readReplies('{ "macros": [ { "id": 1, } ] }', 'json')).rejects.toThrow(
      'not valid JSON at line 1, column 26 (PropertyNameExpected)',
    );
    await expect(readReplies('- id: 1\n  body: [unclosed\n', 'yaml')).rejects.toThrow(/^not valid YAML \(line \d+\)/);
    await expect(readReplies('{"settings": {}}', 'json')).rejects.toThrow('no replies found');
  });
});
