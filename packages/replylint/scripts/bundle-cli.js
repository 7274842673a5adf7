#!/usr/bin/env node
// Bundles the command line into dist/cli-bundle/ (run by the build, after tsc).
//
// Why: started as hundreds of small ES modules, Node spends most of a one-reply run
// resolving and loading files. One bundle, with the parts a run may not need (readers for
// Markdown, HTML, email and exports, the schema validator, the worker pool, diffs) split
// into chunks loaded on first use, starts in a fraction of that time. The library entry
// points stay unbundled, for bundlers and browsers to tree-shake.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const outdir = new URL('../dist/cli-bundle/', import.meta.url).pathname;
// Chunk names carry hashes: start empty so old chunks do not pile up.
rmSync(outdir, { recursive: true, force: true });

await build({
  entryPoints: {
    main: new URL('../dist/cli/main.js', import.meta.url).pathname,
    // The worker pool loads ./worker.js next to the chunk that starts it.
    worker: new URL('../dist/node/worker.js', import.meta.url).pathname,
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Some dependencies ship only CommonJS, or a UMD build that esbuild cannot follow.
  mainFields: ['module', 'main'],
  banner: {
    js: "import { createRequire as __replylintRequire } from 'node:module'; const require = __replylintRequire(import.meta.url);",
  },
  // Chunks sit next to the entries: the worker pool finds ./worker.js relative to its own chunk.
  chunkNames: '[name]-[hash]',
  // Tinypool starts its threads from a file of its own, found relative to its module.
  external: ['tinypool'],
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'warning',
});
