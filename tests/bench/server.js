// The server section of `pnpm bench`: keystroke-to-diagnostics latency (from the server's
// own latency script) and the server's memory with 20 drafts open.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

/** Resident memory of a process, from /proc (Linux); undefined elsewhere. */
function residentMB(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? kb / 1024 : undefined;
  } catch {
    return undefined;
  }
}

async function memoryWithDrafts(root, { replies, longDraft, round }, count) {
  const server = join(root, 'server/bin/replylint-language-server.js');
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published = new Map();
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => published.get(params.uri)?.());
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: {},
  });
  await connection.sendNotification(InitializedNotification.type, {});
  const idle = residentMB(child.pid);
  // Drafts of the sizes agents write: most short, a few long threads.
  const texts = [...replies(count - 2), longDraft(2000), longDraft(5000)];
  await Promise.all(
    texts.map(async (text, index) => {
      const uri = `file:///bench/draft-${index}.txt`;
      const done = new Promise((resolve) => published.set(uri, resolve));
      await connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'plaintext', version: 1, text },
      });
      await done;
    }),
  );
  const open = residentMB(child.pid);
  await connection.sendRequest(ShutdownRequest.type);
  await connection.sendNotification(ExitNotification.type);
  await new Promise((resolve) => child.on('exit', resolve));
  connection.dispose();
  return {
    idleMB: idle === undefined ? undefined : round(idle, 0),
    withDraftsMB: open === undefined ? undefined : round(open, 0),
  };
}

export async function serverLatency(root, helpers) {
  const script = join(root, 'server/bench/latency.js');
  const run = spawnSync(process.execPath, [script, '--json', '--words', '500,5000', '--keystrokes', '150'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`server latency script failed: ${run.stderr}`);
  const measured = JSON.parse(run.stdout);
  const latency = Object.fromEntries(
    measured.results.map((result) => [
      `${result.words} words`,
      {
        medianMs: helpers.round(result.keystroke.median, 1),
        p95Ms: helpers.round(result.keystroke.p95, 1),
        serverLintMedianMs: helpers.round(result.lint.median, 1),
        serverLintCpuMedianMs: helpers.round(result.lintCpu.median, 1),
      },
    ]),
  );
  const memory = await memoryWithDrafts(root, helpers, 20);
  return { latency, memoryMB: memory.withDraftsMB, idleMemoryMB: memory.idleMB };
}
