import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(import.meta.resolve('replylint'));

describe('the library entry is browser-safe', () => {
  it('bundles for the browser with no Node.js built-ins', async () => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((imported) => imported.path));
    expect(
      imports.filter((path) => path.startsWith('node:') || ['fs', 'path', 'os', 'url', 'child_process'].includes(path)),
    ).toEqual([]);
    // Run it as a web worker would (no DOM): Node has no `document` either, and some
    // dependencies pick a DOM-based build for plain browser pages.
    const worker = await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'browser',
      conditions: ['worker'],
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    const code = worker.outputFiles[0]?.text ?? '';
    const { lintSync } = (await import(
      `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
    )) as typeof import('replylint');
    const findings = lintSync("That's not possible.", { preset: 'recommended' }).messages.map((finding) => finding.ruleId);
    expect(findings).toContain('no-flat-no');
  });
});
