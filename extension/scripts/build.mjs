#!/usr/bin/env node
// Bundles the extension into dist/ (run after the workspace's `tsc -b`, which builds the
// library and the server it bundles):
//   dist/extension.js             the client: CommonJS, as VS Code loads extensions; `vscode` external
//   dist/server.mjs               the language server with the replylint library and rules (ESM)
//   dist/replylintrc.schema.json  the configuration's JSON Schema, copied from the library
//   dist/package-json.schema.json the same, for the "replylint" section of package.json
//   dist/rules.json               each rule's id, summary and page, for "Show rule documentation"
// `--production` minifies and leaves out source maps.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const production = process.argv.includes('--production');
const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist/`;
const require = createRequire(`${root}package.json`);

// Keep dist/types (tsc's declarations); replace everything else.
mkdirSync(dist, { recursive: true });
for (const file of ['extension.js', 'extension.js.map', 'server.mjs', 'server.mjs.map']) rmSync(dist + file, { force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: production,
  sourcemap: production ? false : 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  // ESM builds first: jsonc-parser's UMD build requires its parts in a way bundlers cannot follow.
  mainFields: ['module', 'main'],
};

const client = await build({
  ...common,
  entryPoints: [`${root}src/extension.ts`],
  outfile: `${dist}extension.js`,
  format: 'cjs',
  external: ['vscode'],
});

const server = await build({
  ...common,
  entryPoints: [`${root}src/server/main.ts`],
  outfile: `${dist}server.mjs`,
  format: 'esm',
  // CommonJS dependencies (vscode-languageserver, ajv…) call require(): give them one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});

// The configuration schema, as the library ships it.
const schemaPath = require.resolve('replylint/schema.json');
copyFileSync(schemaPath, `${dist}replylintrc.schema.json`);
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
const { $schema, $id, ...section } = schema;
writeFileSync(
  `${dist}package-json.schema.json`,
  `${JSON.stringify(
    {
      $schema,
      title: 'replylint configuration in package.json',
      type: 'object',
      properties: { replylint: { ...section, description: `${schema.description} (The "replylint" section of package.json.)` } },
    },
    null,
    2,
  )}\n`,
);

// Rule metadata for the documentation quick pick: the client stays free of the rules' code.
const { rules } = await import(require.resolve('replylint'));
const ruleInfo = Object.values(rules).map(({ meta }) => ({
  id: meta.id,
  summary: meta.summary,
  url: meta.url,
  severity: meta.severity,
  presets: meta.presets,
}));
writeFileSync(`${dist}rules.json`, `${JSON.stringify(ruleInfo, null, 2)}\n`);

const size = (result) => Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
process.stdout.write(
  `extension: dist/extension.js ${kb(size(client))}, dist/server.mjs ${kb(size(server))}, ${ruleInfo.length} rules${production ? ' (production)' : ''}\n`,
);
