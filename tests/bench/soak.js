#!/usr/bin/env node
// `pnpm bench:soak`: drives the built language server over stdio for a few minutes
// (SOAK_SECONDS, default 180) with random edits to several drafts, hovers, code actions,
// configuration changes, closes and reopens. Checks that the server never exits, that every
// request is answered, that its memory (VmRSS from /proc) stays bounded, and that each draft's
// last diagnostics are for its last version. Prints a summary; exits 1 if a check failed.
// A JSON-RPC client of its own (Content-Length framing), so it needs no installed packages.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('../../', import.meta.url).pathname;
const seconds = Number(process.env.SOAK_SECONDS ?? 180);
const maxRssMB = Number(process.env.SOAK_MAX_RSS_MB ?? 500);
const answerTimeoutMs = 30_000;

// A seeded generator: a soak that fails can be run again the same way (SOAK_SEED).
let seed = Number(process.env.SOAK_SEED ?? 20260101) >>> 0;
const random = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];

const workspace = mkdtempSync(join(tmpdir(), 'replylint-soak-'));
const configPath = join(workspace, '.replylintrc.json');
const configs = [{ root: true }, { root: true, rules: { 'no-flat-no': 'off' } }, { root: true, preset: 'strict' }];
writeFileSync(configPath, JSON.stringify(configs[0]));

const pieces = [
  "No, we can't refund it. ",
  'The courier lost it. ',
  "I'll call you back within the hour! ",
  'Hi there,\n\n',
  'Dear {{ticket.requester.first_name}},\n',
  '> On Tue, Jane <jane@x.com> wrote:\n> Where is it??\n',
  '-- \nTom\n',
  'WHY IS THIS SO HARD ',
  '🙂👍🏽 ',
  'مرحبا ',
  '\u0000\u200f',
  '\r\n',
  '\n\n',
  'Obviously you should have read the manual. ',
  'Sorry for the trouble: I have refunded you today. ',
  '<p>Hello [Customer Name],</p>',
  '<!-- replylint-disable-next-line no-flat-no -->\n',
];
const drafts = [
  { name: 'refund.txt', languageId: 'plaintext' },
  { name: 'notes.md', languageId: 'markdown' },
  { name: 'reply.html', languageId: 'html' },
  { name: 'thread.txt', languageId: 'plaintext' },
  { name: 'long.md', languageId: 'markdown' },
].map((draft) => ({ ...draft, uri: pathToFileURL(join(workspace, draft.name)).href, text: '', version: 0, open: false }));

const server = spawn(join(root, 'node_modules/.bin/replylint-language-server'), ['--stdio'], {
  stdio: ['pipe', 'pipe', 'pipe'],
});
let exited;
server.on('exit', (code, signal) => {
  exited = { code, signal };
});
let stderr = '';
server.stderr.on('data', (chunk) => {
  stderr += chunk;
});

// ---- JSON-RPC over stdio -------------------------------------------------------------
let nextId = 1;
const pending = new Map();
const latencies = [];
const errorsByCode = {};
const published = new Map();
let publishes = 0;
const send = (message) => {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }));
  server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  server.stdin.write(body);
};
const notify = (method, params) => send({ method, params });
const request = (method, params) =>
  new Promise((resolve) => {
    const id = nextId++;
    pending.set(id, { method, sent: performance.now(), resolve });
    send({ id, method, params });
  });
function received(message) {
  if (message.id !== undefined && message.method) {
    // A request from the server: configuration, registrations, refreshes.
    const result = message.method === 'workspace/configuration' ? message.params.items.map(() => ({ debounceMs: 0 })) : null;
    send({ id: message.id, result });
    return;
  }
  if (message.id !== undefined) {
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    latencies.push(performance.now() - waiting.sent);
    if (message.error) errorsByCode[message.error.code] = (errorsByCode[message.error.code] ?? 0) + 1;
    waiting.resolve(message);
    return;
  }
  if (message.method === 'textDocument/publishDiagnostics') {
    publishes++;
    published.set(message.params.uri, message.params);
  }
}
let buffer = Buffer.alloc(0);
server.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const headerEnd = buffer.indexOf('\r\n\r\n');
    if (headerEnd === -1) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())?.[1]);
    if (buffer.length < headerEnd + 4 + length) return;
    received(JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString()));
    buffer = buffer.subarray(headerEnd + 4 + length);
  }
});

const rssMB = () => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1]) / 1024;
  } catch {
    return Number.NaN;
  }
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---- the soak --------------------------------------------------------------------------
const counts = { edits: 0, fullEdits: 0, hovers: 0, codeActions: 0, configChanges: 0, reopens: 0 };
const rssSamples = [];
const failures = [];

await request('initialize', {
  processId: process.pid,
  rootUri: pathToFileURL(workspace).href,
  workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'soak' }],
  capabilities: {
    textDocument: {
      publishDiagnostics: { versionSupport: true },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
      hover: { contentFormat: ['markdown'] },
    },
    workspace: {
      configuration: true,
      didChangeWatchedFiles: { dynamicRegistration: true },
      workspaceEdit: { documentChanges: true },
    },
  },
});
notify('initialized', {});
const idleMB = rssMB();

const open = (draft) => {
  draft.version++;
  draft.open = true;
  notify('textDocument/didOpen', {
    textDocument: { uri: draft.uri, languageId: draft.languageId, version: draft.version, text: draft.text },
  });
};
for (const draft of drafts) {
  draft.text = Array.from({ length: draft.name === 'long.md' ? 400 : 12 }, () => pick(pieces)).join('');
  open(draft);
}

const positionAt = (text, offset) => {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
};

const started = performance.now();
const inFlight = [];
let lastSample = 0;
while (performance.now() - started < seconds * 1000 && !exited) {
  const draft = pick(drafts);
  const roll = random();
  if (!draft.open) {
    open(draft);
    counts.reopens++;
  } else if (roll < 0.7) {
    // An incremental edit: delete a little, insert a piece.
    const at = Math.floor(random() * (draft.text.length + 1));
    const end = Math.min(draft.text.length, at + Math.floor(random() * 8));
    const text = random() < 0.8 ? pick(pieces) : '';
    const range = { start: positionAt(draft.text, at), end: positionAt(draft.text, end) };
    draft.text = draft.text.slice(0, at) + text + draft.text.slice(end);
    // Keep a draft from growing without end: cut it back now and then.
    if (draft.text.length > 60_000) draft.text = draft.text.slice(0, 20_000);
    draft.version++;
    notify('textDocument/didChange', {
      textDocument: { uri: draft.uri, version: draft.version },
      contentChanges: draft.text.length === 20_000 ? [{ text: draft.text }] : [{ range, text }],
    });
    counts.edits++;
  } else if (roll < 0.8) {
    draft.text = Array.from({ length: 1 + Math.floor(random() * 30) }, () => pick(pieces)).join('');
    draft.version++;
    notify('textDocument/didChange', {
      textDocument: { uri: draft.uri, version: draft.version },
      contentChanges: [{ text: draft.text }],
    });
    counts.fullEdits++;
  } else if (roll < 0.88) {
    const position = positionAt(draft.text, Math.floor(random() * (draft.text.length + 1)));
    inFlight.push(request('textDocument/hover', { textDocument: { uri: draft.uri }, position }));
    counts.hovers++;
  } else if (roll < 0.96) {
    const end = positionAt(draft.text, draft.text.length);
    inFlight.push(
      request('textDocument/codeAction', {
        textDocument: { uri: draft.uri },
        range: { start: { line: 0, character: 0 }, end },
        context: { diagnostics: [], only: random() < 0.5 ? ['source.fixAll'] : undefined },
      }),
    );
    counts.codeActions++;
  } else if (roll < 0.98) {
    writeFileSync(configPath, JSON.stringify(pick(configs)));
    notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(configPath).href, type: 2 }] });
    counts.configChanges++;
  } else {
    notify('textDocument/didClose', { textDocument: { uri: draft.uri } });
    draft.open = false;
  }
  // Bursts of typing, then pauses, as a person (or a paste) would.
  await sleep(random() < 0.9 ? 0 : 20 + random() * 200);
  if (performance.now() - lastSample > 1000) {
    lastSample = performance.now();
    rssSamples.push(rssMB());
    for (const [id, waiting] of pending) {
      if (performance.now() - waiting.sent > answerTimeoutMs) {
        failures.push(`request ${id} (${waiting.method}) not answered within ${answerTimeoutMs / 1000} s`);
        pending.delete(id);
      }
    }
    if (failures.length > 0) break;
  }
}

// Every draft ends on a known text: its last diagnostics must be for that version.
for (const draft of drafts) {
  if (!draft.open) open(draft);
  draft.text = "Hi there,\n\nNo, we can't refund it.\n";
  draft.version++;
  notify('textDocument/didChange', {
    textDocument: { uri: draft.uri, version: draft.version },
    contentChanges: [{ text: draft.text }],
  });
}
const deadline = performance.now() + answerTimeoutMs;
while (performance.now() < deadline && (pending.size > 0 || drafts.some((d) => published.get(d.uri)?.version !== d.version))) {
  await sleep(50);
}
await sleep(500);
for (const draft of drafts) {
  const last = published.get(draft.uri);
  if (last?.version !== draft.version)
    failures.push(`${draft.name}: last diagnostics for v${last?.version}, not v${draft.version}`);
}
if (pending.size > 0) failures.push(`${pending.size} requests never answered`);
const finalMB = rssMB();
const peakMB = Math.max(...rssSamples.filter(Number.isFinite), finalMB);
if (peakMB > maxRssMB) failures.push(`RSS reached ${peakMB.toFixed(0)} MB (bound ${maxRssMB} MB)`);
if (exited) failures.push(`the server exited (${JSON.stringify(exited)}): ${stderr.slice(-2000)}`);

await Promise.race([request('shutdown', null), sleep(5000)]);
notify('exit', null);
await sleep(500);
if (!exited) failures.push('the server did not exit after shutdown and exit');
else if (exited.code !== 0 && failures.length === 0) failures.push(`the server exited with ${exited.code} after shutdown`);

const sorted = [...latencies].sort((a, b) => a - b);
const percentile = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const summary = {
  seconds: Math.round((performance.now() - started) / 1000),
  drafts: drafts.length,
  ...counts,
  requests: latencies.length,
  errorResponses: errorsByCode,
  publishes,
  requestMs: {
    p50: Number(percentile(50).toFixed(1)),
    p95: Number(percentile(95).toFixed(1)),
    max: Number((sorted.at(-1) ?? 0).toFixed(1)),
  },
  rssMB: { idle: Math.round(idleMB), peak: Math.round(peakMB), final: Math.round(finalMB) },
  rssBySecond: rssSamples.filter((_, i) => i % 30 === 0).map(Math.round),
  serverStderrLines: stderr.split('\n').filter(Boolean).length,
};
process.stdout.write(`replylint soak — ${failures.length === 0 ? 'passed' : 'FAILED'}\n${JSON.stringify(summary, null, 2)}\n`);
for (const failure of failures) process.stdout.write(`✖ ${failure}\n`);
process.exit(failures.length === 0 ? 0 : 1);
