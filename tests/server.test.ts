import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint, rules } from 'replylint';
import { defaultSettings, formatOf, readSettings } from 'replylint-language-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type CodeAction,
  CodeActionRequest,
  type Diagnostic,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticRequest,
  ErrorCodes,
  ExecuteCommandRequest,
  FileChangeType,
  HoverRequest,
  type MarkupContent,
  type PublishDiagnosticsParams,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import {
  applyEdits,
  applyWorkspaceEdit,
  coveredText,
  diagnosticOf,
  draft,
  expectedDiagnostics,
  LspClient,
  markdownDraft,
  onlyCoreRules,
  pathUri,
  pullCapabilities,
  testConfig,
} from './support/lsp.js';

const htmlDraft = `<!DOCTYPE html>
<html><body>
<p>Hi there,</p>
<p>No, we can&rsquo;t refund opened items.</p>
<p>Kind regards,<br>Tom</p>
<div class="gmail_quote">On Tue, 3 Mar 2026, Jane Smith &lt;jane@example.com&gt; wrote:<br>
<blockquote class="gmail_quote">Where is my refund?</blockquote></div>
</body></html>
`;

const emailDraft = `From: Tom <tom@acme.test>
To: Jane Smith <jane@example.com>
Subject: Re: order
Content-Type: text/plain; charset=utf-8

Hi there,

That isn't possible, sorry.
`;

const refusalText = "No, we can't refund opened items.";
const refusal = { start: { line: 5, character: 0 }, end: { line: 5, character: refusalText.length } };
const replacement = 'I can send a replacement today.';

/** code, range and covered text: what a user sees, independent of the exact wording. */
function brief(text: string, diagnostics: readonly Diagnostic[]) {
  return diagnostics.map((d) => ({
    code: d.code,
    at: `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`,
    text: coveredText(text, d),
  }));
}

function textEdits(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  const fromChanges = edit?.changes?.[uri] ?? [];
  const fromDocumentChanges = (edit?.documentChanges ?? []).flatMap((change) =>
    'textDocument' in change && change.textDocument.uri === uri ? (change.edits as TextEdit[]) : [],
  );
  return [...fromChanges, ...fromDocumentChanges];
}

function action(actions: readonly CodeAction[], title: string | RegExp): CodeAction {
  const found = actions.find((candidate) =>
    typeof title === 'string' ? candidate.title === title : title.test(candidate.title),
  );
  if (!found) throw new Error(`no code action ${title}; got ${actions.map((a) => a.title).join(' | ')}`);
  return found;
}

const workspaces: string[] = [];
/** A workspace folder whose configuration runs the core rules only (see `testConfig`). */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'replylint-lsp-'));
  workspaces.push(dir);
  writeFileSync(join(dir, '.replylintrc.json'), testConfig());
  return dir;
}
/** A workspace folder with no configuration file of its own, inside a folder whose configuration runs the core rules only. */
function nestedWorkspace(): string {
  const dir = join(workspace(), 'workspace');
  mkdirSync(dir);
  return dir;
}
afterAll(() => {
  for (const dir of workspaces) rmSync(dir, { recursive: true, force: true });
});

describe('replylint-language-server over stdio (push diagnostics)', { timeout: 60_000 }, () => {
  let client: LspClient;
  let root: string;
  beforeAll(async () => {
    root = workspace();
    client = await LspClient.start({ root });
  }, 30_000);
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
  });

  it('initializes with its capabilities and registers for configuration file changes', async () => {
    const { capabilities, serverInfo } = client.initializeResult;
    expect(serverInfo?.name).toBe('replylint-language-server');
    expect(capabilities.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
    expect(capabilities.codeActionProvider).toEqual({
      codeActionKinds: ['quickfix', 'source.fixAll.replylint'],
      resolveProvider: false,
    });
    expect(capabilities.hoverProvider).toBe(true);
    expect(capabilities.executeCommandProvider?.commands).toContain('replylint.setCustomerName');
    expect(capabilities.diagnosticProvider).toBeUndefined();
    const watch = await client.until(
      () => client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'),
      'the file watcher registration',
    );
    expect((watch.registerOptions as { watchers: { globPattern: string }[] }).watchers.map((w) => w.globPattern)).toEqual([
      '**/.replylintrc',
      '**/.replylintrc.json',
      '**/.replylintrc.yaml',
      '**/.replylintrc.yml',
      '**/package.json',
    ]);
  });

  it('publishes exact diagnostics for a plain-text draft on open', async () => {
    const uri = pathUri(join(root, 'refund.txt'));
    await client.open(uri, 'plaintext', draft);
    const published = await client.diagnostics(uri);
    expect(published.version).toBe(1);
    expect(brief(draft, published.diagnostics)).toEqual([
      { code: 'customer-name', at: '3:0-3:8', text: 'Hi there' },
      { code: 'no-flat-no', at: '5:0-5:19', text: "No, we can't refund" },
      { code: 'no-blame-deflection', at: '5:34-5:50', text: 'The courier lost' },
    ]);
    // Everything else, message included, is the library's finding as it is.
    expect(published.diagnostics).toEqual(await expectedDiagnostics(draft, 'txt'));
    expect(published.diagnostics[1]).toMatchObject({
      severity: 2,
      source: 'replylint',
      code: 'no-flat-no',
      codeDescription: { href: 'https://github.com/replylint/replylint/blob/main/rules/no-flat-no.md' },
    });
  });

  it('reads Markdown, HTML and email drafts in their own format, by language id or extension', async () => {
    const cases = [
      { uri: pathUri(join(root, 'reply.md')), languageId: 'markdown', text: markdownDraft, format: 'md' as const },
      { uri: pathUri(join(root, 'reply.html')), languageId: 'html', text: htmlDraft, format: 'html' as const },
      // An editor without an email mode opens .eml as plain text: the extension decides.
      { uri: pathUri(join(root, 'reply.eml')), languageId: 'plaintext', text: emailDraft, format: 'eml' as const },
    ];
    for (const { uri, languageId, text, format } of cases) {
      await client.open(uri, languageId, text);
      const published = await client.diagnostics(uri);
      expect(published.diagnostics, format).toEqual(await expectedDiagnostics(text, format));
      expect(published.diagnostics.length, format).toBeGreaterThan(0);
    }
    const html = await client.diagnostics(cases[1]?.uri as string);
    expect(brief(htmlDraft, html.diagnostics)).toEqual([
      { code: 'customer-name', at: '2:3-2:11', text: 'Hi there' },
      { code: 'no-flat-no', at: '3:3-3:28', text: 'No, we can&rsquo;t refund' },
    ]);
    const eml = await client.diagnostics(cases[2]?.uri as string);
    expect(brief(emailDraft, eml.diagnostics).map((d) => d.code)).toEqual(['customer-name', 'no-flat-no']);
  });

  it('lints again after an edit, and after a burst of edits publishes only the last version', async () => {
    const uri = pathUri(join(root, 'typing.txt'));
    await client.open(uri, 'plaintext', draft);
    await client.diagnostics(uri, { version: 1 });
    let since = client.published.length;
    // Rewrite the refusal: the flat no goes, the rest stays.
    await client.change(uri, 2, [{ range: refusal, text: replacement }]);
    const afterEdit = await client.diagnostics(uri, { since, version: 2 });
    const edited = draft.replace(refusalText, replacement);
    expect(afterEdit.diagnostics).toEqual(await expectedDiagnostics(edited, 'txt'));
    expect(afterEdit.diagnostics.map((d) => d.code)).not.toContain('no-flat-no');

    // Type a sentence character by character, as fast as the pipe takes it.
    since = client.published.length;
    let text = edited;
    const typed = ' Sorry again, that is not possible.';
    const line = 5;
    let character = text.split('\n')[line]?.length as number;
    // All written at once (in order), so that a busy test machine cannot stretch the burst.
    const sent: Promise<void>[] = [];
    for (const [index, char] of [...typed].entries()) {
      sent.push(client.change(uri, 3 + index, [{ range: { start: { line, character }, end: { line, character } }, text: char }]));
      character++;
    }
    await Promise.all(sent);
    text = text.replace('anyway.', `anyway.${typed}`);
    const last = 2 + typed.length;
    const final = await client.diagnostics(uri, { since, version: last });
    await client.quiet(400);
    const burst = client.published.slice(since).filter((p) => p.uri === uri);
    expect(burst.map((p) => p.version)).toEqual([last]);
    expect(final.diagnostics).toEqual(await expectedDiagnostics(text, 'txt'));
    expect(brief(text, final.diagnostics).map((d) => d.text)).toContain('that is not possible');
  });

  it('offers each suggestion as a quick fix, the safe one preferred, and the edit gives the expected text', async () => {
    const uri = pathUri(join(root, 'fix.txt'));
    await client.open(uri, 'plaintext', draft);
    const published = await client.diagnostics(uri);
    const flatNo = published.diagnostics.find((d) => d.code === 'no-flat-no') as Diagnostic;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: flatNo.range,
      context: { diagnostics: [flatNo] },
    })) as CodeAction[];
    const drop = action(actions, 'Drop the flat "No"');
    expect(drop).toMatchObject({ kind: 'quickfix', isPreferred: true, diagnostics: [flatNo] });
    expect(actions[0]).toBe(drop);
    expect(actions.filter((a) => a.isPreferred)).toHaveLength(1);
    expect(actions.map((a) => a.title)).toContain('Say what you can do in the same sentence');
    // Plain text has no comments: no disable actions there.
    expect(actions.some((a) => a.title.startsWith('Disable'))).toBe(false);
    const edits = textEdits(drop.edit, uri);
    expect(drop.edit?.documentChanges?.[0]).toMatchObject({ textDocument: { uri, version: 1 } });
    const fixed = applyEdits(draft, edits);
    expect(fixed).toBe(draft.replace("No, we can't refund", "We can't refund"));

    const alternative = action(actions, 'Say what you can do in the same sentence');
    expect(applyEdits(draft, textEdits(alternative.edit, uri))).toBe(
      draft.replace('opened items.', 'opened items, but what I can do is [what you can do instead].'),
    );

    // The customer's name goes into the greeting.
    const greeting = published.diagnostics.find((d) => d.code === 'customer-name') as Diagnostic;
    const nameActions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: greeting.range.start, end: greeting.range.start },
      context: { diagnostics: [] },
    })) as CodeAction[];
    const greet = action(nameActions, 'Greet them as Jane');
    expect(greet.isPreferred).toBe(true);
    expect(applyEdits(draft, textEdits(greet.edit, uri))).toBe(draft.replace('Hi there,', 'Hi Jane,'));

    // Apply it as the editor would, and the finding goes.
    const since = client.published.length;
    await client.change(uri, 2, [{ range: edits[0]?.range as Diagnostic['range'], text: edits[0]?.newText as string }]);
    const after = await client.diagnostics(uri, { since, version: 2 });
    expect(after.diagnostics).toEqual(await expectedDiagnostics(fixed, 'txt'));
    expect(brief(fixed, after.diagnostics).map((d) => d.text)).not.toContain("No, we can't refund");
  });

  it('fixes every safe problem at once with source.fixAll.replylint', async () => {
    const uri = pathUri(join(root, 'fix-all.txt'));
    await client.open(uri, 'plaintext', draft);
    await client.diagnostics(uri);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    expect(actions.map((a) => [a.title, a.kind])).toEqual([['Fix all safe replylint problems', 'source.fixAll.replylint']]);
    expect(applyEdits(draft, textEdits(actions[0]?.edit, uri))).toBe(
      draft.replace('Hi there,', 'Hi Jane,').replace("No, we can't", "We can't"),
    );
  });

  it('disables a rule for a line or the file with inline comments in Markdown, and the findings go', async () => {
    const uri = pathUri(join(root, 'disable.md'));
    await client.open(uri, 'markdown', markdownDraft);
    const published = await client.diagnostics(uri);
    expect(brief(markdownDraft, published.diagnostics)).toEqual([
      { code: 'no-flat-no', at: '7:0-7:19', text: "No, we can't refund" },
      { code: 'no-blame-deflection', at: '8:0-8:16', text: 'The courier lost' },
    ]);
    const request = async (diagnostic: Diagnostic) =>
      (await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
      })) as CodeAction[];
    const [flatNo, blame] = published.diagnostics as [Diagnostic, Diagnostic];

    // First line of its paragraph: a comment line above it.
    const line = action(await request(flatNo), 'Disable no-flat-no for this line');
    const withLineComment = applyEdits(markdownDraft, textEdits(line.edit, uri));
    expect(withLineComment).toBe(
      markdownDraft.replace("No, we can't", "<!-- replylint-disable-next-line no-flat-no -->\nNo, we can't"),
    );
    // Inside a paragraph: a comment at the end of the line, which does not split the paragraph.
    const inside = action(await request(blame), 'Disable no-blame-deflection for this line');
    expect(applyEdits(markdownDraft, textEdits(inside.edit, uri))).toBe(
      markdownDraft.replace('anyway.', 'anyway. <!-- replylint-disable-line no-blame-deflection -->'),
    );
    const file = action(await request(flatNo), 'Disable no-flat-no for this file');
    const withFileComment = applyEdits(markdownDraft, textEdits(file.edit, uri));
    expect(withFileComment).toBe(markdownDraft.replace('---\n# Your', '---\n<!-- replylint-disable no-flat-no -->\n# Your'));

    let since = client.published.length;
    await client.change(uri, 2, [{ text: withLineComment }]);
    let after = await client.diagnostics(uri, { since, version: 2 });
    expect(after.diagnostics.map((d) => d.code)).toEqual(['no-blame-deflection']);

    // A second file-wide rule joins the existing comment.
    since = client.published.length;
    await client.change(uri, 3, [{ text: withFileComment }]);
    after = await client.diagnostics(uri, { since, version: 3 });
    expect(after.diagnostics.map((d) => d.code)).toEqual(['no-blame-deflection']);
    const again = action(await request(after.diagnostics[0] as Diagnostic), 'Disable no-blame-deflection for this file');
    const both = applyEdits(withFileComment, textEdits(again.edit, uri));
    expect(both).toContain('<!-- replylint-disable no-flat-no, no-blame-deflection -->\n# Your');
    since = client.published.length;
    await client.change(uri, 4, [{ text: both }]);
    after = await client.diagnostics(uri, { since, version: 4 });
    expect(after.diagnostics).toEqual([]);
  });

  it('writes fixes into HTML escaped, and puts file-wide comments after the doctype', async () => {
    const uri = pathUri(join(root, 'escaped.html'));
    await client.open(uri, 'html', htmlDraft);
    const published = await client.diagnostics(uri);
    const greeting = published.diagnostics.find((d) => d.code === 'customer-name') as Diagnostic;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: greeting.range,
      context: { diagnostics: [greeting] },
    })) as CodeAction[];
    expect(applyEdits(htmlDraft, textEdits(action(actions, 'Greet them as Jane').edit, uri))).toBe(
      htmlDraft.replace('<p>Hi there,', '<p>Hi Jane,'),
    );
    const line = applyEdits(htmlDraft, textEdits(action(actions, 'Disable customer-name for this line').edit, uri));
    expect(line).toBe(htmlDraft.replace('<p>Hi there', '<!-- replylint-disable-next-line customer-name -->\n<p>Hi there'));
    const file = applyEdits(htmlDraft, textEdits(action(actions, 'Disable customer-name for this file').edit, uri));
    expect(file).toBe(htmlDraft.replace('<!DOCTYPE html>\n', '<!DOCTYPE html>\n<!-- replylint-disable customer-name -->\n'));
    for (const [version, text] of [
      [2, line],
      [3, file],
    ] as const) {
      const since = client.published.length;
      await client.change(uri, version, [{ text }]);
      const after = await client.diagnostics(uri, { since, version });
      expect(after.diagnostics.map((d) => d.code)).toEqual(['no-flat-no']);
    }
  });

  it('shows the rule, the reason, a bad and a good example, and the link on hover', async () => {
    const uri = pathUri(join(root, 'hover.txt'));
    await client.open(uri, 'plaintext', draft);
    await client.diagnostics(uri);
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: 5, character: 4 },
    });
    const meta = rules['no-flat-no']?.meta;
    const finding = (await lint(draft, { rules: onlyCoreRules() })).messages.find((f) => f.ruleId === 'no-flat-no');
    const escaped = (text = '') => text.replace(/[\\`*_{}[\]<>#|~]/g, (char) => `\\${char}`);
    expect(hover?.range).toEqual({ start: { line: 5, character: 0 }, end: { line: 5, character: 19 } });
    const content = hover?.contents as MarkupContent;
    expect(content.kind).toBe('markdown');
    expect(finding?.note).toBeTruthy();
    expect(meta?.example).toBeTruthy();
    expect(content.value).toBe(
      [
        `**replylint: no-flat-no** — ${escaped(meta?.summary)}`,
        escaped(finding?.note),
        `✗ Instead of: _“${escaped(meta?.example?.bad)}”_  \n✓ Write: _“${escaped(meta?.example?.good)}”_`,
        `[Why, and what to write instead: no-flat-no](${meta?.url})`,
      ].join('\n\n'),
    );
    const nothing = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: 7, character: 2 },
    });
    expect(nothing).toBeNull();
  });

  it('answers malformed requests with LSP errors and keeps serving', async () => {
    const bad = [
      client.connection.sendRequest(CodeActionRequest.type, {} as never),
      client.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri: 'file:///x.txt' },
        position: { line: -1 },
      } as never),
      client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'replylint.setCustomerName', arguments: [42] }),
      client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'replylint.nope', arguments: [] }),
      client.connection.sendRequest('replylint/unknownMethod', {}),
    ];
    const errors = await Promise.all(
      bad.map((request) =>
        request.then(
          () => undefined,
          (error: { code: number }) => error.code,
        ),
      ),
    );
    expect(errors).toEqual([
      ErrorCodes.InvalidParams,
      ErrorCodes.InvalidParams,
      ErrorCodes.InvalidParams,
      ErrorCodes.InvalidParams,
      ErrorCodes.MethodNotFound,
    ]);
    // Broken notifications have no answer to carry an error: they must simply not hurt.
    await client.connection.sendNotification('textDocument/didOpen', {});
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: 'file:///never-opened.txt', version: 2 },
      contentChanges: [{ text: 'x' }],
    });
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: 42 }] });
    await client.connection.sendNotification('workspace/didChangeConfiguration', null);
    // A document the server never saw: nothing to say, no error.
    expect(
      await client.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri: 'file:///never-opened.txt' },
        position: { line: 0, character: 0 },
      }),
    ).toBeNull();
    const uri = pathUri(join(root, 'still-alive.txt'));
    await client.open(uri, 'plaintext', draft);
    expect((await client.diagnostics(uri)).diagnostics).toHaveLength(3);
  });

  it('reports a draft it cannot read as one error on the first line', async () => {
    const uri = pathUri(join(root, 'broken.txt'));
    const text = '---\ncustomer: [Jane\n---\nHi there,\n';
    await client.open(uri, 'plaintext', text);
    const published = await client.diagnostics(uri);
    expect(published.diagnostics).toHaveLength(1);
    expect(published.diagnostics[0]).toMatchObject({
      severity: 1,
      source: 'replylint',
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } },
    });
    expect(published.diagnostics[0]?.message).toMatch(/^replylint cannot read this draft: front matter is not valid YAML/);
  });

  it('lints untitled documents, and clears diagnostics when a document closes', async () => {
    const uri = 'untitled:Untitled-1';
    await client.open(uri, 'plaintext', "Hi there,\n\nNo, that's not possible.\n");
    expect((await client.diagnostics(uri)).diagnostics.map((d) => d.code)).toEqual(['no-flat-no']);
    const since = client.published.length;
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    expect((await client.diagnostics(uri, { since })).diagnostics).toEqual([]);
  });
});

describe('customer name, settings and configuration files', { timeout: 60_000 }, () => {
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  const nameless = 'Hi there,\n\nThanks for getting in touch. I have sent the replacement.\n';

  it('takes the customer name from replylint.setCustomerName, unless the document names someone', async () => {
    const root = workspace();
    client = await LspClient.start({ root });
    const uri = pathUri(join(root, 'nameless.txt'));
    await client.open(uri, 'plaintext', nameless);
    expect((await client.diagnostics(uri)).diagnostics).toEqual([]);
    let since = client.published.length;
    const result = await client.connection.sendRequest(ExecuteCommandRequest.type, {
      command: 'replylint.setCustomerName',
      arguments: [uri, 'Jane Smith'],
    });
    expect(result).toEqual({ uri, customerName: 'Jane Smith' });
    const named = await client.diagnostics(uri, { since });
    expect(named.diagnostics).toEqual(await expectedDiagnostics(nameless, 'txt', { customerName: 'Jane Smith' }));
    expect(named.diagnostics.map((d) => d.code)).toEqual(['customer-name']);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: named.diagnostics[0]?.range as Diagnostic['range'],
      context: { diagnostics: named.diagnostics },
    })) as CodeAction[];
    expect(applyEdits(nameless, textEdits(action(actions, 'Greet them as Jane').edit, uri))).toBe(
      nameless.replace('Hi there', 'Hi Jane'),
    );

    // Front matter names the customer: the document wins over the command.
    const priya = pathUri(join(root, 'priya.txt'));
    const withFrontMatter = `---\ncustomer: Priya Raman\n---\n${nameless}`;
    await client.open(priya, 'plaintext', withFrontMatter);
    await client.connection.sendRequest(ExecuteCommandRequest.type, {
      command: 'replylint.setCustomerName',
      arguments: [priya, 'Jane Smith'],
    });
    since = client.published.length;
    await client.change(priya, 2, [{ text: withFrontMatter }]);
    const fromDocument = await client.diagnostics(priya, { since, version: 2 });
    expect(fromDocument.diagnostics).toEqual(await expectedDiagnostics(withFrontMatter, 'txt'));
    expect(fromDocument.diagnostics[0]?.message).toContain('Priya');

    // Clearing the name takes the finding away again.
    since = client.published.length;
    await client.connection.sendRequest(ExecuteCommandRequest.type, {
      command: 'replylint.setCustomerName',
      arguments: [uri, null],
    });
    expect((await client.diagnostics(uri, { since })).diagnostics).toEqual([]);
  });

  it('applies client settings from workspace/configuration, and again after didChangeConfiguration', async () => {
    const root = workspace();
    client = await LspClient.start({ root, settings: { customerName: 'Jane Smith' } });
    const uri = pathUri(join(root, 'settings.txt'));
    const text = `${nameless}No, we can't refund it. It will be fixed within 4 hours.\n`;
    await client.open(uri, 'plaintext', text);
    const first = await client.diagnostics(uri);
    expect(first.diagnostics.map((d) => d.code)).toEqual(['customer-name', 'no-flat-no', 'no-unrealistic-promise']);
    expect(client.configurationRequests.length).toBeGreaterThan(0);
    expect(client.registrations.map((r) => r.method)).toContain('workspace/didChangeConfiguration');

    client.settings = {
      customerName: 'Jane Smith',
      rules: { 'no-flat-no': 'off', 'customer-name': 'error' },
      minimumTurnaround: '2h',
    };
    const since = client.published.length;
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const changed = await client.diagnostics(uri, { since });
    expect(changed.diagnostics.map((d) => [d.code, d.severity])).toEqual([['customer-name', 1]]);

    // A bad setting is reported to the user, and the rest still applies.
    client.settings = { rules: { 'no-such-rule': 'error', 'no-flat-no': 'loud' }, debounceMs: 'soon' };
    const since2 = client.published.length;
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const fallback = await client.diagnostics(uri, { since: since2 });
    expect(fallback.diagnostics.map((d) => d.code)).toEqual(['no-flat-no', 'no-unrealistic-promise']);
    const warnings = client.messages.map((m) => m.message).join('\n');
    expect(warnings).toContain('unknown rule "no-such-rule"');
    expect(warnings).toContain('replylint.rules.no-flat-no');
    expect(warnings).toContain('replylint.debounceMs');

    // trace: one log line per lint, with its time.
    client.settings = { trace: 'messages' };
    const since4 = client.published.length;
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await client.diagnostics(uri, { since: since4 });
    await client.until(
      () =>
        client?.logs.find((line) =>
          /^replylint: linted .*settings\.txt \(v1, txt, \d+ chars\) in [\d.]+ ms \([\d.]+ ms CPU\): \d+ findings$/.test(line),
        ),
      'a trace line',
    );

    client.settings = { enable: false };
    const since3 = client.published.length;
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    expect((await client.diagnostics(uri, { since: since3 })).diagnostics).toEqual([]);
  });

  it('reads .replylintrc.json, and reads it again when the client reports a change', async () => {
    const root = workspace();
    const rc = join(root, '.replylintrc.json');
    writeFileSync(rc, testConfig({ rules: { 'no-blame-deflection': 'error' } }));
    client = await LspClient.start({ root });
    const uri = pathUri(join(root, 'drafts', 'configured.txt'));
    await client.open(uri, 'plaintext', draft);
    const first = await client.diagnostics(uri);
    expect(first.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['customer-name', 2],
      ['no-flat-no', 2],
      ['no-blame-deflection', 1],
    ]);
    writeFileSync(rc, testConfig({ rules: { 'customer-name': 'off' } }));
    const since = client.published.length;
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: pathUri(rc), type: FileChangeType.Changed }],
    });
    const changed = await client.diagnostics(uri, { since });
    expect(changed.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['no-flat-no', 2],
      ['no-blame-deflection', 2],
    ]);

    // A broken file is reported, and linting goes on with the defaults.
    writeFileSync(rc, '{ "rules": { "no-flat-no": "loud" } }');
    const since2 = client.published.length;
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: pathUri(rc), type: FileChangeType.Changed }],
    });
    const defaults = await client.diagnostics(uri, { since: since2 });
    expect(defaults.diagnostics).toEqual((await lint(draft)).messages.map((finding) => diagnosticOf(draft, finding)));
    const error = await client.until(() => client?.messages.find((m) => m.type === 1), 'an error message');
    expect(error.message).toContain('.replylintrc.json');
    expect(error.message).toContain('rules.no-flat-no');
  });

  it('adds a flagged phrase to the allowed phrases: creates .replylintrc.json, then edits it', async () => {
    const root = nestedWorkspace();
    client = await LspClient.start({ root });
    const uri = pathUri(join(root, 'allow.txt'));
    const texts = new Map([[uri, draft]]);
    await client.open(uri, 'plaintext', draft);
    const published = await client.diagnostics(uri);
    const blame = published.diagnostics.find((d) => d.code === 'no-blame-deflection') as Diagnostic;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: blame.range,
      context: { diagnostics: [blame] },
    })) as CodeAction[];
    const allow = action(actions, 'Allow “The courier lost” in .replylintrc.json');
    const rc = join(root, '.replylintrc.json');
    expect(allow.edit?.documentChanges?.[0]).toEqual({ kind: 'create', uri: pathUri(rc), options: { ignoreIfExists: true } });
    expect(allow.command).toEqual({
      title: allow.title,
      command: 'replylint.allowPhrase',
      arguments: [rc, 'The courier lost'],
    });
    applyWorkspaceEdit(allow.edit as WorkspaceEdit, texts);
    expect(JSON.parse(readFileSync(rc, 'utf8'))).toEqual({ allow: ['The courier lost'] });
    let since = client.published.length;
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: pathUri(rc), type: FileChangeType.Created }],
    });
    let after = await client.diagnostics(uri, { since });
    expect(after.diagnostics.map((d) => d.code)).toEqual(['customer-name', 'no-flat-no']);

    // The file exists now: the next phrase is added to its list, formatting kept.
    const flatNo = after.diagnostics.find((d) => d.code === 'no-flat-no') as Diagnostic;
    const next = action(
      (await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: flatNo.range,
        context: { diagnostics: [flatNo] },
      })) as CodeAction[],
      "Allow “No, we can't refund” in .replylintrc.json",
    );
    expect(next.edit?.documentChanges?.some((change) => 'kind' in change)).toBe(false);
    applyWorkspaceEdit(next.edit as WorkspaceEdit, texts);
    expect(readFileSync(rc, 'utf8')).toBe('{\n  "allow": [\n    "The courier lost",\n    "No, we can\'t refund"\n  ]\n}\n');

    // Before the client saves (or reports) the file, the command makes the phrase count at once.
    since = client.published.length;
    await client.connection.sendRequest(ExecuteCommandRequest.type, next.command as never);
    after = await client.diagnostics(uri, { since });
    expect(after.diagnostics.map((d) => d.code)).toEqual(['customer-name']);
  });

  it('edits a YAML configuration file in place', async () => {
    const root = nestedWorkspace();
    const rc = join(root, '.replylintrc.yaml');
    writeFileSync(rc, '# team settings\nextends: recommended\nallow:\n  - no worries\n');
    client = await LspClient.start({ root });
    const uri = pathUri(join(root, 'yaml.txt'));
    await client.open(uri, 'plaintext', draft);
    const blame = (await client.diagnostics(uri)).diagnostics.find((d) => d.code === 'no-blame-deflection') as Diagnostic;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: blame.range,
      context: { diagnostics: [blame] },
    })) as CodeAction[];
    applyWorkspaceEdit(action(actions, /^Allow “The courier lost” in \.replylintrc\.yaml$/).edit as WorkspaceEdit, new Map());
    expect(readFileSync(rc, 'utf8')).toBe(
      '# team settings\nextends: recommended\nallow:\n  - no worries\n  - The courier lost\n',
    );
  });
});

describe('pull diagnostics (LSP 3.17)', { timeout: 60_000 }, () => {
  it('answers textDocument/diagnostic instead of pushing, with result ids and refreshes', async () => {
    const root = workspace();
    const client = await LspClient.start({ root, capabilities: pullCapabilities });
    try {
      expect(client.initializeResult.capabilities.diagnosticProvider).toEqual({
        identifier: 'replylint',
        interFileDependencies: false,
        workspaceDiagnostics: false,
      });
      const uri = pathUri(join(root, 'pull.txt'));
      await client.open(uri, 'plaintext', draft);
      const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
      expect(report.kind).toBe('full');
      const items = (report as { items: Diagnostic[] }).items;
      expect(items).toEqual(await expectedDiagnostics(draft, 'txt'));
      const resultId = (report as { resultId: string }).resultId;
      expect(
        await client.connection.sendRequest(DocumentDiagnosticRequest.type, {
          textDocument: { uri },
          previousResultId: resultId,
        }),
      ).toEqual({ kind: 'unchanged', resultId });

      const edited = draft.replace(refusalText, replacement);
      await client.change(uri, 2, [{ range: refusal, text: replacement }]);
      const second = await client.connection.sendRequest(DocumentDiagnosticRequest.type, {
        textDocument: { uri },
        previousResultId: resultId,
      });
      expect(second.kind).toBe('full');
      expect((second as { items: Diagnostic[] }).items).toEqual(await expectedDiagnostics(edited, 'txt'));

      const refreshes = client.refreshes;
      client.settings = { rules: { 'no-blame-deflection': 'off' } };
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      await client.until(() => (client.refreshes > refreshes ? true : undefined), 'workspace/diagnostic/refresh');
      const third = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
      expect((third as { items: Diagnostic[] }).items.map((d) => d.code)).toEqual(['customer-name']);
      // Nothing was pushed to a client that pulls.
      expect(client.published.filter((p: PublishDiagnosticsParams) => p.diagnostics.length > 0)).toEqual([]);
    } finally {
      expect(await client.stop()).toBe(0);
    }
  });
});

describe('lifecycle', { timeout: 60_000 }, () => {
  it('exits with 0 after shutdown and exit, and with 1 on exit without shutdown', async () => {
    const first = await LspClient.start();
    expect(await first.stop()).toBe(0);
    const second = await LspClient.start();
    await second.connection.sendNotification('exit');
    expect(await second.exited).toBe(1);
    second.kill();
  });
});

describe('document selectors and settings (the package API)', { timeout: 60_000 }, () => {
  it('reads documents by language id, then by extension', () => {
    const cases: [string, string, string | undefined][] = [
      ['plaintext', 'file:///a/reply.txt', 'txt'],
      ['text', 'file:///a/notes', 'txt'],
      ['markdown', 'file:///a/reply.txt', 'md'],
      ['plaintext', 'file:///a/reply.md', 'md'],
      ['html', 'untitled:Untitled-1', 'html'],
      ['mhtml', 'file:///a/reply.htm', 'html'],
      ['mail', 'file:///tmp/mutt-draft', 'eml'],
      ['plaintext', 'file:///a/reply.eml', 'eml'],
      ['message', 'file:///a/draft', 'eml'],
      ['reply', 'file:///a/reply.txt', 'txt'],
      ['typescript', 'file:///a/index.ts', undefined],
      ['json', 'file:///a/macros.json', undefined],
    ];
    for (const [languageId, uri, format] of cases) expect(formatOf(languageId, uri), `${languageId} ${uri}`).toBe(format);
  });

  it('keeps the good settings and says what is wrong with the others', () => {
    expect(readSettings(undefined)).toEqual({ settings: defaultSettings, problems: [] });
    const { settings, problems } = readSettings({
      enable: 'yes',
      rules: { 'no-flat-no': 'error', 'no-such-rule': 'off', 'customer-name': 2 },
      preset: 'strict',
      customerName: '  Jane Smith ',
      minimumTurnaround: '4h',
      debounceMs: 50,
      trace: 'loud',
      unknown: true,
    });
    expect(settings).toEqual({
      enable: true,
      rules: { 'no-flat-no': 'error' },
      preset: 'strict',
      customerName: 'Jane Smith',
      minimumTurnaround: '4h',
      debounceMs: 50,
      trace: 'off',
    });
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/replylint\.enable.*"yes"/);
  });
});
