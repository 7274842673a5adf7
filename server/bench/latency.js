#!/usr/bin/env node
// Edit-to-diagnostics latency of the built language server, as an editor sees it.
//
//   node server/bench/latency.js [--words 500,5000] [--keystrokes 200] [--debounce 0] [--settings JSON] [--json]
//
// For each draft size it spawns `replylint-language-server --stdio`, opens a draft of that
// many words (paragraphs of the labelled corpus, none repeated), then types one character
// at a time into a paragraph in the middle of the draft: each keystroke is a didChange,
// and the time until the server publishes the diagnostics for that version is one sample.
// It also reads the server's own lint time per keystroke from its trace log (wall clock and
// CPU time, which a busy machine disturbs less), so that the protocol's share is visible. With --debounce N the server waits N ms after a keystroke
// (the `replylint.debounceMs` setting; 200 by default in an editor): the figure then
// includes that wait.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : args[at + 1];
};
const sizes = String(option('words', '500,5000')).split(',').map(Number);
const keystrokes = Number(option('keystrokes', 200));
const debounceMs = Number(option('debounce', 0));
const asJson = args.includes('--json');
// More `replylint` settings for the server, as JSON: '{"rules":{"state-next-step":"off"}}'.
const extraSettings = JSON.parse(option('settings', '{}'));

const server = fileURLToPath(new URL('../bin/replylint-language-server.js', import.meta.url));
const corpus = fileURLToPath(new URL('../../tests/corpus/', import.meta.url));

/** Paragraphs of the agent's own words from the corpus: no front matter, greeting, quote or sign-off. */
function paragraphs() {
  const found = [];
  const files = readdirSync(corpus, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  for (const name of files) {
    const text = readFileSync(`${corpus}${name}`, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    for (const block of text.split(/\n\s*\n/)) {
      const paragraph = block.trim();
      if (paragraph.split(/\s+/).length < 12 || /^(>|On |From:|Hi |Hello|Dear)|wrote:|^-----/m.test(paragraph)) continue;
      found.push(paragraph.replace(/\s*\n\s*/g, ' '));
    }
  }
  return [...new Set(found)];
}

function draftOf(words, pool) {
  const body = [];
  let count = 0;
  // Past the end of the corpus, paragraphs come round again with a reference number, so that none repeats.
  for (let i = 0; count < words; i++) {
    const paragraph = pool[i % pool.length] + (i >= pool.length ? ` Reference ${i}.` : '');
    body.push(paragraph);
    count += paragraph.split(/\s+/).length;
  }
  return { text: `---\ncustomer: Jane Smith\n---\nHi there,\n\n${body.join('\n\n')}\n\nBest wishes,\nSam\n`, count };
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { n: sorted.length, median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

async function measure(words, pool) {
  const { text, count } = draftOf(words, pool);
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  const lintTimes = new Map();
  const cpuTimes = new Map();
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    waiting.get(params.version)?.(params);
  });
  connection.onNotification(LogMessageNotification.type, ({ message }) => {
    const match = / \(v(\d+),.* in ([\d.]+) ms \(([\d.]+) ms CPU\)/.exec(message);
    if (match) {
      lintTimes.set(Number(match[1]), Number(match[2]));
      cpuTimes.set(Number(match[1]), Number(match[3]));
    }
  });
  connection.onRequest(ConfigurationRequest.type, (params) =>
    params.items.map(() => ({ ...extraSettings, debounceMs, trace: 'messages' })),
  );
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
  });
  await connection.sendNotification(InitializedNotification.type, {});
  const uri = 'file:///bench/draft.txt';
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve));

  let started = performance.now();
  let next = published(1);
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'plaintext', version: 1, text },
  });
  const first = await next;
  const open = performance.now() - started;

  // Type into the middle paragraph: "x" after "x" at the end of its first sentence's word.
  const lines = text.split('\n');
  const line = Math.floor(lines.length / 2) + (lines[Math.floor(lines.length / 2)] === '' ? 1 : 0);
  let character = Math.min(20, lines[line].length);
  const warmup = 20;
  const latencies = [];
  const serverTimes = [];
  const serverCpu = [];
  for (let i = 0; i < warmup + keystrokes; i++) {
    const version = i + 2;
    next = published(version);
    started = performance.now();
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }],
    });
    await next;
    const elapsed = performance.now() - started;
    character++;
    if (i >= warmup) {
      latencies.push(elapsed);
      if (lintTimes.has(version)) serverTimes.push(lintTimes.get(version));
      if (cpuTimes.has(version)) serverCpu.push(cpuTimes.get(version));
    }
  }
  await connection.sendRequest(ShutdownRequest.type);
  await connection.sendNotification(ExitNotification.type);
  await new Promise((resolve) => child.on('exit', resolve));
  connection.dispose();
  return {
    words: count,
    chars: text.length,
    findings: first.diagnostics.length,
    openMs: open,
    keystroke: stats(latencies),
    lint: stats(serverTimes),
    lintCpu: stats(serverCpu),
  };
}

const pool = paragraphs();
const results = [];
for (const words of sizes) results.push(await measure(words, pool));
const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}`;
if (asJson) {
  process.stdout.write(`${JSON.stringify({ machine, debounceMs, keystrokes, results }, null, 2)}\n`);
} else {
  const ms = (value) => `${value.toFixed(1)} ms`;
  process.stdout.write(
    `replylint-language-server edit-to-diagnostics latency (debounceMs ${debounceMs}, ${keystrokes} keystrokes)\n`,
  );
  process.stdout.write(`machine: ${machine}\n\n`);
  for (const r of results) {
    process.stdout.write(
      `${String(r.words).padStart(6)} words (${r.chars} chars, ${r.findings} findings): open ${ms(r.openMs)}; ` +
        `keystroke median ${ms(r.keystroke.median)}, p95 ${ms(r.keystroke.p95)}, max ${ms(r.keystroke.max)}; ` +
        `server lint median ${ms(r.lint.median)}, p95 ${ms(r.lint.p95)} (CPU median ${ms(r.lintCpu.median)}, p95 ${ms(r.lintCpu.p95)})\n`,
    );
  }
}
