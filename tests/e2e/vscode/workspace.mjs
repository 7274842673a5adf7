#!/usr/bin/env node
// node workspace.mjs <folder>: writes the workspace the VS Code end-to-end test opens, and
// .e2e/expected.json beside the drafts: what the replylint library itself finds in them, so
// that the test checks the extension against the library (rule codes, ranges, fixes) and not
// against numbers copied by hand. (.e2e is a dot folder: the workspace lint skips it.)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from 'replylint';
import { lintFile } from 'replylint/node';

const ws = process.argv[2];
if (!ws) {
  process.stderr.write('usage: node workspace.mjs <folder>\n');
  process.exit(2);
}

// The draft the extension-host tests edit.
const draft = "Hi there,\n\nUnfortunately we can't offer refunds. It's not our fault, the courier lost it.\n";
// The draft the UI check opens and screenshots: the customer's name is in its front matter.
const showcase = `---
customer: Jane Smith
---
Hi there,

Unfortunately we can't offer refunds on opened items. It's not our fault, the courier lost your parcel.

A replacement will reach you within the hour, guaranteed.

Thanks,
Tom
`;
// An email draft: VS Code knows no .eml language, the extension contributes one ("email").
const email = `From: Tom <tom@shop.example>
To: Jane Smith <jane@example.com>
Subject: Re: My refund

Hi there,

No, we can't refund opened items.

Tom
`;
const macros = {
  macros: [
    {
      id: 360001,
      title: 'Refund – opened item',
      actions: [
        {
          field: 'comment_value',
          value:
            "Hi there,\n\nUnfortunately we can't refund opened items. Please see our returns policy.\n\nThanks,\n{{current_user.first_name}}",
        },
      ],
    },
    {
      id: 360002,
      title: 'Shipping update',
      actions: [
        {
          field: 'comment_value',
          value:
            "Hi {{ticket.requester.first_name}},\n\nYour order is on its way. Deliveries usually take 2–4 working days; I'll check in on Friday if it hasn't arrived.\n\nBest,\n{{current_user.first_name}}",
        },
      ],
    },
  ],
};

const write = (path, text) => {
  mkdirSync(join(ws, path, '..'), { recursive: true });
  writeFileSync(join(ws, path), text);
};
write('.replylintrc.json', `${JSON.stringify({ root: true, extends: 'recommended' }, null, 2)}\n`);
write('draft.txt', draft);
write('refund-reply.txt', showcase);
write('reply.eml', email);
// A Handlebars template: not linted until the user adds "handlebars" to replylint.languages.
write('templates/refund.hbs', "Hi {{name}},\n\nNo, we can't refund opened items.\n");
write('macros/zendesk-macros.json', `${JSON.stringify(macros, null, 2)}\n`);
// A configuration file with a value the schema rejects: the JSON Schema must flag it in the editor.
write('schema-check/.replylintrc.json', '{\n  "rules": {\n    "no-flat-no": "loud"\n  }\n}\n');

/** 0-based line and character of a UTF-16 offset. */
function position(text, offset) {
  const before = text.slice(0, offset).split('\n');
  return [before.length - 1, (before.at(-1) ?? '').length];
}
const range = (text, finding) => [...position(text, finding.offset), ...position(text, finding.endOffset)];
const applyFix = (text, fix) => text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
const diagnostics = (text, findings) =>
  findings.map((finding) => ({ code: finding.ruleId, range: range(text, finding), url: finding.url }));

// 1. The draft as opened.
const opened = (await lint(draft, { format: 'txt' })).messages;
// 2. With the customer's name set by the command: the greeting's safe fix. (First: the fix
// of no-flat-no writes a "[what you can do instead]" slot, which makes the draft a template,
// and a template is never given a customer name.)
const named = (await lint(draft, { format: 'txt', customerName: 'Jane Smith' })).messages;
const greeting = named.find((finding) => finding.ruleId === 'customer-name');
if (!greeting?.fix)
  throw new Error(`the library finds no fixable customer-name once the name is known: ${JSON.stringify(named)}`);
const greeted = applyFix(draft, greeting.fix);
// 3. After the first quick fix of no-flat-no.
const flatNo = (await lint(greeted, { format: 'txt' })).messages.find((finding) => finding.ruleId === 'no-flat-no');
if (!flatNo?.suggestions[0]) throw new Error(`the library finds no fixable no-flat-no in the draft: ${JSON.stringify(opened)}`);
const fixed = applyFix(greeted, flatNo.suggestions[0].fix);
// 4. The showcase draft (the UI check) and the macros export (the workspace lint).
const shown = (await lint(showcase, { format: 'txt' })).messages;
const emailed = (await lint(email, { format: 'eml' })).messages;
const exported = await lintFile(join(ws, 'macros/zendesk-macros.json'));

const expected = {
  draft: { text: draft, diagnostics: diagnostics(draft, opened) },
  customerName: {
    name: 'Jane Smith',
    range: range(draft, greeting),
    title: greeting.suggestions.find((suggestion) => suggestion.fix.text === greeting.fix.text)?.desc,
    text: greeted,
  },
  flatNoFix: { title: flatNo.suggestions[0].desc, text: fixed },
  email: { file: 'reply.eml', diagnostics: diagnostics(email, emailed) },
  showcase: { file: 'refund-reply.txt', count: shown.length, codes: shown.map((finding) => finding.ruleId) },
  macros: {
    file: 'macros/zendesk-macros.json',
    diagnostics: exported.findings.map((finding) => ({
      code: finding.ruleId,
      range: [finding.line - 1, finding.column - 1, finding.endLine - 1, finding.endColumn - 1],
      reply: finding.reply?.title,
    })),
  },
};
write('.e2e/expected.json', `${JSON.stringify(expected, null, 2)}\n`);
process.stdout.write(
  `workspace: ${ws} (draft: ${opened.length} findings; showcase: ${shown.length}; macros: ${exported.findings.length})\n`,
);
