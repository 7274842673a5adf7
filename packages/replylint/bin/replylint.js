#!/usr/bin/env node
import { main } from '../dist/cli-bundle/main.js';

process.stdout.on('error', (error) => {
  // The reader went away (`replylint … | head`): stop quietly.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`replylint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  if (process.env.REPLYLINT_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
  else process.stderr.write('replylint: this is a bug; set REPLYLINT_DEBUG=1 for details and please report it\n');
  process.exitCode = 2;
}
