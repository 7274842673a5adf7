import { format } from 'node:util';
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { ReplylintServer, serverVersion } from './server.js';

const usage = `Usage: replylint-language-server [--stdio]

The replylint language server: findings on customer-service replies as you type, in any
editor that speaks the Language Server Protocol. It talks LSP over standard input and
output (--stdio, the default); --node-ipc, --socket=PORT and --pipe=NAME also work.

  --version   print the version and exit
  --help      print this help and exit
`;

const transports = /^--(?:stdio|node-ipc|socket|pipe)(?:=|$)/;

/** Starts the server; `argv` are the command-line arguments after the script. */
export function main(argv: readonly string[]): void {
  if (argv.includes('--version') || argv.includes('-v')) {
    process.stdout.write(`${serverVersion()}\n`);
    return;
  }
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(usage);
    return;
  }
  // Never let a stray exception end the server: log it and go on.
  process.on('uncaughtException', (error) => process.stderr.write(`replylint-language-server: ${error.stack ?? error}\n`));
  process.on('unhandledRejection', (reason) =>
    process.stderr.write(`replylint-language-server: unhandled rejection: ${reason instanceof Error ? reason.stack : reason}\n`),
  );
  const stdio = argv.includes('--stdio') || !argv.some((arg) => transports.test(arg));
  const connection = stdio
    ? createConnection(ProposedFeatures.all, stdioReader(), new StreamMessageWriter(process.stdout))
    : createConnection(ProposedFeatures.all);
  const server = new ReplylintServer(connection);
  if (stdio) {
    // What the library does for its own stdio streams: the client gone is the end, and stray
    // console output goes to the client's log instead of into the message stream.
    const end = () => process.exit(server.shutdownRequested ? 0 : 1);
    process.stdin.on('end', end);
    process.stdin.on('close', end);
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      const to = level === 'debug' || level === 'info' ? 'log' : level;
      console[level] = (...args: unknown[]) => connection.console[to](format(...args));
    }
  }
  server.listen();
}

/**
 * Standard input as LSP messages. A message that is not valid JSON is skipped, but a header
 * without a usable Content-Length leaves no way to find where the next message starts: the
 * server would answer nothing from then on. It exits instead, so that the editor starts a
 * new one.
 */
function stdioReader(): StreamMessageReader {
  const reader = new StreamMessageReader(process.stdin);
  reader.onError((error) => {
    if (!/Content-Length/.test(error.message)) return;
    process.stderr.write(`replylint-language-server: the message stream is broken (${error.message.split('\n')[0]}); exiting\n`);
    process.exit(1);
  });
  return reader;
}
