// Extension-host tests (VS Code's extensionTestsPath): run inside the real extension host of
// code-server's VS Code, against the installed .vsix, through the real `vscode` API. VS Code
// calls run(); it resolves on success. The outcome also goes to the console as "E2E PASS" /
// "E2E FAIL" (run-ext-host-tests.cjs reads it from the browser's console).
const vscode = require('vscode');
const assert = require('node:assert/strict');
const { readFileSync } = require('node:fs');

const extensionId = 'replylint.vscode-replylint';
const t0 = Date.now();
const log = (...args) => console.log(`E2E [${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...args);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it returns something truthy; fails after `ms` saying what it waited for. */
async function until(what, probe, ms = 20000) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    last = await probe();
    if (last) return last;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(100);
  }
}

const folder = () => vscode.workspace.workspaceFolders[0].uri;
const fileUri = (path) => vscode.Uri.joinPath(folder(), path);
const replylintDiagnostics = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'replylint');
const codeOf = (d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const rangeOf = (d) => [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character];
const summary = (diagnostics) => diagnostics.map((d) => `${codeOf(d)}@${rangeOf(d).join(',')}`).sort();

async function applyAction(action) {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `applying "${action.title}" failed`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

async function check(name, body) {
  const started = Date.now();
  await body();
  log(`ok - ${name} (${Date.now() - started} ms)`);
}

exports.run = async function run() {
  try {
    const expected = JSON.parse(readFileSync(vscode.Uri.joinPath(folder(), '.e2e', 'expected.json').fsPath, 'utf8'));
    const draftUri = fileUri('draft.txt');
    let api;

    await check('the packaged extension is installed and activates on a plain-text draft', async () => {
      const extension = vscode.extensions.getExtension(extensionId);
      assert.ok(extension, `${extensionId} is not installed`);
      assert.equal(extension.packageJSON.displayName, 'replylint');
      const document = await vscode.workspace.openTextDocument(draftUri);
      await vscode.window.showTextDocument(document);
      await until('the extension to activate', () => extension.isActive);
      api = extension.exports;
      await api.ready();
    });

    await check('diagnostics: the rule codes, ranges and rule links the library gives', async () => {
      const want = expected.draft.diagnostics.map((d) => `${d.code}@${d.range.join(',')}`).sort();
      const got = await until(
        `diagnostics ${want.join(' ')}`,
        () => {
          const found = summary(replylintDiagnostics(draftUri));
          return JSON.stringify(found) === JSON.stringify(want) && found;
        },
        30000,
      ).catch((error) => {
        throw new Error(`${error.message}; got ${JSON.stringify(summary(replylintDiagnostics(draftUri)))}`);
      });
      log('diagnostics', JSON.stringify(got));
      for (const diagnostic of replylintDiagnostics(draftUri)) {
        const wanted = expected.draft.diagnostics.find((d) => d.code === codeOf(diagnostic));
        assert.equal(diagnostic.code.target?.toString(), wanted.url, `${codeOf(diagnostic)} links to its rule page`);
        assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
        assert.ok(diagnostic.message.length > 10);
      }
    });

    await check('the status bar shows the draft’s count of findings', async () => {
      const count = expected.draft.diagnostics.length;
      const status = await until(`status "replylint: ${count}"`, () => {
        const shown = api.status();
        return shown.visible && shown.text.endsWith(`replylint: ${count}`) && shown;
      });
      assert.match(status.tooltip, /Problems panel/);
    });

    await check('hover: the rule, its explanation and a link', async () => {
      const flatNo = replylintDiagnostics(draftUri).find((d) => codeOf(d) === 'no-flat-no');
      const hovers = await vscode.commands.executeCommand(
        'vscode.executeHoverProvider',
        draftUri,
        flatNo.range.start.translate(0, 2),
      );
      const text = hovers.flatMap((hover) => hover.contents.map((content) => content.value ?? String(content))).join('\n');
      assert.match(text, /no-flat-no/);
      assert.match(text, /rules\/no-flat-no\.md/);
    });

    await check('set customer name: the greeting is flagged, and its quick fix greets by name', async () => {
      const name = await vscode.commands.executeCommand('replylint.setCustomerNameForDraft', expected.customerName.name);
      assert.equal(name, expected.customerName.name);
      const greeting = await until('a customer-name finding on the greeting', () =>
        replylintDiagnostics(draftUri).find((d) => codeOf(d) === 'customer-name'),
      );
      assert.deepEqual(rangeOf(greeting), expected.customerName.range);
      const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', draftUri, greeting.range);
      const preferred = actions.find((action) => action.isPreferred);
      assert.ok(preferred, `no preferred action among ${JSON.stringify(actions.map((a) => a.title))}`);
      assert.equal(preferred.title, expected.customerName.title);
      await applyAction(preferred);
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === draftUri.toString());
      assert.equal(document.getText(), expected.customerName.text);
      await until(
        'customer-name to go once fixed',
        () => !replylintDiagnostics(draftUri).some((d) => codeOf(d) === 'customer-name'),
      );
    });

    await check('quick fix: the suggestion of no-flat-no rewrites the sentence', async () => {
      const flatNo = replylintDiagnostics(draftUri).find((d) => codeOf(d) === 'no-flat-no');
      const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', draftUri, flatNo.range);
      log('actions', JSON.stringify(actions.map((action) => action.title)));
      const fix = actions.find((action) => action.title === expected.flatNoFix.title);
      assert.ok(fix, `no action "${expected.flatNoFix.title}" among ${JSON.stringify(actions.map((a) => a.title))}`);
      assert.ok(fix.kind?.value.startsWith('quickfix'));
      await applyAction(fix);
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === draftUri.toString());
      assert.equal(document.getText(), expected.flatNoFix.text);
      await until('no-flat-no to go once fixed', () => !replylintDiagnostics(draftUri).some((d) => codeOf(d) === 'no-flat-no'));
    });

    await check('settings: turning a rule off in replylint.rules removes its findings, and back', async () => {
      const config = vscode.workspace.getConfiguration('replylint');
      assert.ok(replylintDiagnostics(draftUri).some((d) => codeOf(d) === 'no-blame-deflection'));
      await config.update('rules', { 'no-blame-deflection': 'off' }, vscode.ConfigurationTarget.Workspace);
      await until(
        'no-blame-deflection to go',
        () => !replylintDiagnostics(draftUri).some((d) => codeOf(d) === 'no-blame-deflection'),
      );
      await config.update('rules', { 'no-blame-deflection': 'error' }, vscode.ConfigurationTarget.Workspace);
      const back = await until('no-blame-deflection as an error', () =>
        replylintDiagnostics(draftUri).find((d) => codeOf(d) === 'no-blame-deflection'),
      );
      assert.equal(back.severity, vscode.DiagnosticSeverity.Error);
      await until('the status bar to flag the error', () => api.status().text.startsWith('$(error)'));
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    });

    await check('an .eml draft opens as the email language and is linted as an email', async () => {
      const uri = fileUri(expected.email.file);
      const document = await vscode.workspace.openTextDocument(uri);
      assert.equal(document.languageId, 'email');
      await vscode.window.showTextDocument(document);
      const want = expected.email.diagnostics.map((d) => `${d.code}@${d.range.join(',')}`).sort();
      await until(`diagnostics ${want.join(' ')} in the email`, () => {
        const found = summary(replylintDiagnostics(uri));
        return JSON.stringify(found) === JSON.stringify(want);
      });
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(draftUri));
    });

    await check('show rule documentation: opens the page the findings link to', async () => {
      const url = await vscode.commands.executeCommand('replylint.showRuleDocumentation', 'no-flat-no');
      assert.equal(url, expected.draft.diagnostics.find((d) => d.code === 'no-flat-no').url);
    });

    await check('commands: the four of the extension, and the server’s', async () => {
      const all = await vscode.commands.getCommands(true);
      for (const command of [
        'replylint.setCustomerNameForDraft',
        'replylint.lintWorkspace',
        'replylint.showRuleDocumentation',
        'replylint.restartServer',
        'replylint.setCustomerName',
        'replylint.allowPhrase',
      ]) {
        assert.ok(all.includes(command), `command ${command} is not registered`);
      }
    });

    await check('lint all canned responses: the export’s findings reach the Problems panel', async () => {
      const result = await vscode.commands.executeCommand('replylint.lintWorkspace', { quiet: true });
      log('workspace lint', JSON.stringify(result));
      assert.equal(result.cancelled, false);
      assert.ok(result.files >= 3, `only ${result.files} files linted`);
      const macrosUri = fileUri(expected.macros.file);
      const got = summary(replylintDiagnostics(macrosUri));
      const want = expected.macros.diagnostics.map((d) => `${d.code}@${d.range.join(',')}`).sort();
      assert.deepEqual(got, want);
      const first = replylintDiagnostics(macrosUri)[0];
      assert.match(first.message, /^Reply 1 “Refund – opened item” \(id 360001\): /);
      // A draft that is open keeps its live findings only; one that is not is listed too.
      assert.equal(
        vscode.languages.getDiagnostics(draftUri).filter((d) => d.source === 'replylint').length,
        replylintDiagnostics(draftUri).length,
      );
      assert.ok(replylintDiagnostics(fileUri(expected.showcase.file)).length === expected.showcase.count);
    });

    await check('an edited export drops its workspace findings; saved, it is linted again', async () => {
      const uri = fileUri(expected.macros.file);
      const document = await vscode.workspace.openTextDocument(uri);
      assert.equal(document.languageId, 'json');
      const at = document.getText().indexOf("we can't refund");
      assert.ok(at > 0);
      const edit = new vscode.WorkspaceEdit();
      edit.replace(
        uri,
        new vscode.Range(document.positionAt(at), document.positionAt(at + "we can't refund".length)),
        'we refund',
      );
      assert.ok(await vscode.workspace.applyEdit(edit));
      await until('the stale findings to go', () => replylintDiagnostics(uri).length === 0);
      assert.ok(await document.save());
      const codes = await until('findings again after the save', () => {
        const found = replylintDiagnostics(uri).map(codeOf);
        return found.length > 0 && found;
      });
      assert.ok(!codes.includes('no-flat-no'), `no-flat-no is still reported after the fix: ${codes}`);
    });

    await check('replylint.languages: an opted-in language is linted (announced as plain text)', async () => {
      const uri = fileUri('templates/refund.hbs');
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      const languageId = document.languageId;
      await sleep(1000);
      assert.equal(replylintDiagnostics(uri).length, 0, `a ${languageId} document is linted before it is opted in`);
      const config = vscode.workspace.getConfiguration('replylint');
      await config.update(
        'languages',
        ['plaintext', 'markdown', 'html', 'email', languageId],
        vscode.ConfigurationTarget.Workspace,
      );
      await until(
        `no-flat-no in the ${languageId} document`,
        () => replylintDiagnostics(uri).some((d) => codeOf(d) === 'no-flat-no'),
        30000,
      );
      await config.update('languages', undefined, vscode.ConfigurationTarget.Workspace);
      await until('its findings to go once opted out', () => replylintDiagnostics(uri).length === 0, 30000);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });

    await check('restart server: findings come back from the new server', async () => {
      await vscode.commands.executeCommand('replylint.restartServer');
      await until('diagnostics after the restart', () => replylintDiagnostics(draftUri).length > 0, 30000);
      assert.equal(api.customerName(draftUri), expected.customerName.name, 'the name set for the draft is kept (and sent again)');
    });

    await check('JSON Schema: a bad value in .replylintrc.json is flagged by VS Code’s JSON support', async () => {
      const uri = fileUri('schema-check/.replylintrc.json');
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      const problem = await until(
        'a schema diagnostic on "loud"',
        () => vscode.languages.getDiagnostics(uri).find((d) => d.range.start.line === 2),
        30000,
      );
      log('schema diagnostic:', problem.message);
      assert.match(problem.message, /off|info|warning|error/);
    });

    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    log('E2E PASS');
  } catch (error) {
    log('E2E FAIL', error?.stack ?? String(error));
    throw error;
  }
};
