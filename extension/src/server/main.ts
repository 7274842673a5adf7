/**
 * The server side of the extension, bundled into dist/server.mjs: the replylint language
 * server (`--node-ipc`, as the extension starts it; `--stdio` works too), or, with
 * `--lint-files`, the workspace lint behind "replylint: Lint all canned responses in
 * workspace" (a short-lived child process).
 */
import { main } from 'replylint-language-server';
import { lintFilesOverIpc } from './lint-files.js';

const argv = process.argv.slice(2);
if (argv[0] === '--lint-files') lintFilesOverIpc();
else main(argv);
