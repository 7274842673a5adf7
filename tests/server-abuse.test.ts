import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  FileChangeType,
  HoverRequest,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { expectedDiagnostics, LspClient, onlyCoreRules, pathUri, testConfig } from './support/lsp.js';

/**
 * The language server under abuse, driven over stdio: edit storms (incremental and full),
 * versions out of order, malformed messages, a 5 MB document, configuration changing in the
 * middle of an edit storm, requests about documents it does not have. It must keep
 * answering, keep its memory bounded, and show the diagnostics of the last version.
 */

/** The server's resident memory in MB, from /proc (Linux), or undefined elsewhere. */
function rssMB(pid: number | undefined): number | undefined {
  try {
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

const final = "Hi there,\n\nNo, we can't refund opened items. The courier lost it.\n";

let root: string;
let client: LspClient;
let idleMB: number | undefined;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'replylint-abuse-'));
  writeFileSync(join(root, '.replylintrc.json'), testConfig());
  client = await LspClient.start({ root, settings: { debounceMs: 0 } });
  idleMB = rssMB(client.process.pid);
});

afterAll(async () => {
  await client.stop();
});

/** Random edits: a position, how much to delete there, and what to insert. */
const editsArbitrary = fc.array(
  fc.tuple(fc.nat(), fc.nat(6), fc.constantFrom('a', ' ', '\n', 'No', "can't", 'é', '🙂', '\r\n', 'WHY', '{{x}}', '')),
  { minLength: 3000, maxLength: 3000 },
);

async function lastFor(uri: string, version: number) {
  await client.diagnostics(uri, { version });
  await client.quiet(300);
  return client.published.filter((params) => params.uri === uri).at(-1);
}

describe('the language server under abuse', { timeout: 120_000 }, () => {
  it('shows the last version after 3,000 incremental and 1,000 full edits sent as fast as they go', async () => {
    const uri = pathUri(join(root, 'storm.txt'));
    let document = TextDocument.create(uri, 'plaintext', 1, 'Hi there,\n\nThanks for waiting.\n');
    await client.open(uri, 'plaintext', document.getText());
    const [edits] = fc.sample(editsArbitrary, { numRuns: 1, seed: 42 });
    let version = 1;
    for (const [position, length, text] of edits ?? []) {
      const at = position % (document.getText().length + 1);
      const change: TextDocumentContentChangeEvent = {
        range: { start: document.positionAt(at), end: document.positionAt(Math.min(at + length, document.getText().length)) },
        text,
      };
      document = TextDocument.update(document, [change], ++version);
      void client.change(uri, version, [change]);
    }
    for (let i = 0; i < 1000; i++) {
      const text = `${document.getText().slice(0, 200)}${i % 2 ? "We can't." : 'All done.'}\n`;
      document = TextDocument.update(document, [{ text }], ++version);
      void client.change(uri, version, [{ text }]);
    }
    await client.change(uri, ++version, [{ text: final }]);
    const last = await lastFor(uri, version);
    expect(last?.version).toBe(version);
    expect(last?.diagnostics).toEqual(await expectedDiagnostics(final, 'txt'));
    expect(client.published.filter((params) => params.uri === uri && (params.version ?? 0) > version)).toEqual([]);
  });

  it('follows versions sent out of order as it received them, and shows what it holds', async () => {
    const uri = pathUri(join(root, 'order.txt'));
    await client.open(uri, 'plaintext', 'Hi there,\n\nAll sorted.\n');
    await client.change(uri, 10, [{ text: 'Hi there,\n\nThe courier lost it.\n' }]);
    await client.change(uri, 5, [{ text: 'Hi there,\n\nAll sorted.\n' }]);
    await client.change(uri, 7, [{ text: final }]);
    const last = await lastFor(uri, 7);
    expect(last?.version).toBe(7);
    expect(last?.diagnostics).toEqual(await expectedDiagnostics(final, 'txt'));
  });

  it('skips malformed messages and unknown methods, answers about unknown and closed documents, and keeps answering', async () => {
    const raw = (body: string) => client.process.stdin?.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    for (const body of [
      '{not json',
      '[]',
      'null',
      '{"jsonrpc":"2.0","id":99}',
      '{"jsonrpc":"2.0","id":100,"method":42}',
      '{"jsonrpc":"1.0","method":"textDocument/didOpen"}',
      '{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///x.txt","version":"a"},"contentChanges":[{"range":{"start":{"line":-5}},"text":5}]}}',
      '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///y.txt","languageId":"plaintext","version":1,"text":null}}}',
      '{"jsonrpc":"2.0","method":"textDocument/didClose","params":{"textDocument":{"uri":"file:///never.txt"}}}',
      `{"jsonrpc":"2.0","method":"$/unknownNotification","params":${JSON.stringify({ x: 'y'.repeat(100_000) })}}`,
    ]) {
      raw(body);
    }
    const unknown = await client.connection.sendRequest('replylint/noSuchMethod', {}).then(
      () => 'answered',
      (error: { code: number }) => error.code,
    );
    expect(unknown).toBe(ErrorCodes.MethodNotFound);
    const nowhere = { textDocument: { uri: 'file:///nowhere.txt' } };
    expect(
      await client.connection.sendRequest(HoverRequest.type, { ...nowhere, position: { line: 3, character: 9 } }),
    ).toBeNull();
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    expect(
      await client.connection.sendRequest(CodeActionRequest.type, { ...nowhere, range, context: { diagnostics: [] } }),
    ).toBeNull();
    // Open, change and close at once, then ask about it: no answer about a document that is gone.
    const uri = pathUri(join(root, 'gone.txt'));
    await client.open(uri, 'plaintext', final);
    await client.change(uri, 2, [{ text: `${final}More.\n` }]);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    expect(
      await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 1 } }),
    ).toBeNull();
    // After all that, a real request about a real document is answered.
    const alive = pathUri(join(root, 'alive.txt'));
    await client.open(alive, 'plaintext', final);
    await client.diagnostics(alive);
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: alive },
      position: { line: 2, character: 1 },
    });
    expect(JSON.stringify(hover)).toContain('no-flat-no');
    expect(client.process.exitCode).toBeNull();
  });

  it('answers at once about a 5 MB document (too long to lint), edits to it, and lints it again once it is short', async () => {
    const uri = pathUri(join(root, 'huge.txt'));
    const line = "Hi Jane, we can't refund that. The courier lost it. I'll call you back within the hour.\n\n";
    const huge = line.repeat(Math.ceil((5 * 1024 * 1024) / line.length));
    await client.open(uri, 'plaintext', huge);
    const first = await client.diagnostics(uri, { version: 1 });
    expect(first.diagnostics).toHaveLength(1);
    expect(first.diagnostics[0]?.message).toMatch(
      /this reply is too long to lint \([\d,]+ characters; replylint lints replies of up to 1,000,000\)/,
    );
    for (let version = 2; version <= 50; version++) {
      void client.change(uri, version, [
        { range: { start: { line: version, character: 0 }, end: { line: version, character: 2 } }, text: 'Oh' },
      ]);
    }
    const hover = client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: 1, character: 1 },
    });
    expect(await hover).toBeNull();
    await client.change(uri, 51, [{ text: final }]);
    const last = await lastFor(uri, 51);
    expect(last?.diagnostics).toEqual(await expectedDiagnostics(final, 'txt'));
  });

  it('applies a configuration file changed in the middle of an edit storm to the last version', async () => {
    const uri = pathUri(join(root, 'config-storm.txt'));
    await client.open(uri, 'plaintext', final);
    await client.diagnostics(uri, { version: 1 });
    let version = 1;
    for (let i = 0; i < 500; i++) {
      void client.change(uri, ++version, [{ text: `${final}${'x'.repeat(i % 7)}\n` }]);
      if (i === 250) {
        writeFileSync(join(root, '.replylintrc.json'), testConfig({ rules: { 'no-flat-no': 'off' } }));
        void client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
          changes: [{ uri: pathUri(join(root, '.replylintrc.json')), type: FileChangeType.Changed }],
        });
      }
    }
    await client.change(uri, ++version, [{ text: final }]);
    const last = await lastFor(uri, version);
    expect(last?.diagnostics).toEqual(await expectedDiagnostics(final, 'txt', { rules: onlyCoreRules({ 'no-flat-no': 'off' }) }));
    expect(last?.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('no-flat-no');
  });

  it('keeps its memory bounded through all of it (resident set from /proc)', () => {
    const after = rssMB(client.process.pid);
    if (after === undefined) return;
    console.info(`server RSS: ${idleMB?.toFixed(0)} MB idle, ${after.toFixed(0)} MB after the storms`);
    expect(after).toBeLessThan(400);
  });
});

describe('a broken message stream', { timeout: 30_000 }, () => {
  it('makes the server exit with a reason instead of hanging on answers it can no longer read', async () => {
    const broken = await LspClient.start({});
    broken.process.stdin?.write('Garbage-Header: 1\r\n\r\n{}');
    expect(await broken.exited).toBe(1);
    expect(broken.stderr).toContain('the message stream is broken (Header must provide a Content-Length property.); exiting');
    broken.kill();
  });
});
