#!/usr/bin/env node
// replylint-language-server: the replylint language server over stdio (`--stdio`), for any LSP editor.
import { main } from '../dist/main.js';

main(process.argv.slice(2));
