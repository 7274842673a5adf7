import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
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
  const connection = argv.some((arg) => transports.test(arg))
    ? createConnection(ProposedFeatures.all)
    : createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  new ReplylintServer(connection).listen();
}
