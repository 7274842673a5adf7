#!/usr/bin/env node
// Packages the bundled extension (scripts/build.mjs --production first) into
// extension/replylint-<version>.vsix with @vscode/vsce, and checks that the package holds
// exactly what the extension needs: the bundles, the schemas, the rule list, the icon and
// the documents. Everything runs from the bundles, so no node_modules go in.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const out = `replylint-${manifest.version}.vsix`;
const vsce = `${root}node_modules/.bin/vsce`;

const expected = [
  'package.json',
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
  'images/icon.png',
  'dist/extension.js',
  'dist/server.mjs',
  'dist/replylintrc.schema.json',
  'dist/package-json.schema.json',
  'dist/rules.json',
];

function fail(message) {
  process.stderr.write(`package: ${message}\n`);
  process.exit(1);
}

function run(args) {
  const result = spawnSync(vsce, args, { cwd: root, encoding: 'utf8' });
  if (result.error) fail(`cannot run vsce: ${result.error.message}`);
  if (result.status !== 0) fail(`vsce ${args[0]} failed:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

for (const file of expected) if (!existsSync(root + file)) fail(`${file} is missing (run the build first)`);

const listed = run(['ls', '--no-dependencies'])
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean)
  .sort();
const missing = expected.filter((file) => !listed.includes(file));
const extra = listed.filter((file) => !expected.includes(file));
if (missing.length > 0 || extra.length > 0) {
  fail(
    `the package would not hold what it should:${missing.length ? `\n  missing: ${missing.join(', ')}` : ''}${extra.length ? `\n  unexpected: ${extra.join(', ')}` : ''}`,
  );
}

run(['package', '--no-dependencies', '--out', out]);
const size = statSync(root + out).size;
process.stdout.write(`package: extension/${out} (${(size / 1024).toFixed(0)} KB): ${listed.join(', ')}\n`);
