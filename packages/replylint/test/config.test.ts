import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigLoader } from 'replylint/node';
import { describe, expect, it } from 'vitest';

/** A throwaway project: `{ 'a/.replylintrc.json': '{…}' }`. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'replylint-config-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('finding configuration', () => {
  it('merges files from the draft’s folder upward, the nearest winning, and stops at root: true', async () => {
    const root = project({
      '.replylintrc.json': JSON.stringify({ rules: { 'no-flat-no': 'off' } }),
      'team/.replylintrc.yaml':
        'root: true\nextends: strict\nrules:\n  no-flat-no: warning\n  customer-name: error\nallow:\n  - "we can\'t wait"\n',
      'team/macros/package.json': JSON.stringify({ name: 'macros', replylint: { rules: { 'customer-name': 'info' } } }),
      'team/macros/refund.txt': 'x',
      'other/refund.txt': 'x',
    });
    const loader = new ConfigLoader();
    expect(await loader.forFile(join(root, 'team/macros/refund.txt'))).toEqual({
      preset: 'strict',
      rules: { 'no-flat-no': 'warning', 'customer-name': 'info' },
      allow: ["we can't wait"],
      reportUnusedDisableDirectives: false,
      files: [join(root, 'team/.replylintrc.yaml'), join(root, 'team/macros/package.json')],
    });
    expect((await loader.forFile(join(root, 'other/refund.txt'))).rules).toMatchObject({ 'no-flat-no': 'off' });
  });

  it('applies overrides by glob, relative to the file that declares them', async () => {
    const root = project({
      '.replylintrc.json': JSON.stringify({
        rules: { 'no-flat-no': 'error' },
        overrides: [{ files: ['macros/**/*.json'], excludedFiles: 'macros/legacy/*', rules: { 'customer-name': 'off' } }],
      }),
    });
    const loader = new ConfigLoader();
    expect((await loader.forFile(join(root, 'macros/zendesk/all.json'))).rules).toEqual({
      'no-flat-no': 'error',
      'customer-name': 'off',
    });
    expect((await loader.forFile(join(root, 'macros/legacy/old.json'))).rules).toEqual({ 'no-flat-no': 'error' });
    expect((await loader.forFile(join(root, 'drafts/a.txt'))).rules).toEqual({ 'no-flat-no': 'error' });
  });

  it('gives --config the last word, and can ignore the files it would find', async () => {
    const root = project({
      '.replylintrc.json': JSON.stringify({ rules: { 'no-flat-no': 'off' } }),
      'ci.json': JSON.stringify({ rules: { 'no-flat-no': 'error' } }),
    });
    expect((await new ConfigLoader({ explicit: join(root, 'ci.json') }).forFile(join(root, 'a.txt'))).rules).toEqual({
      'no-flat-no': 'error',
    });
    expect((await new ConfigLoader({ lookup: false }).forFile(join(root, 'a.txt'))).rules).toEqual({});
  });
});

describe('invalid configuration names the file, the key and what was expected', () => {
  it.each([
    [{ rules: { 'no-flat-no': 'loud' } }, '"rules.no-flat-no" must be one of "off", "info", "warning", "error" (got "loud")'],
    [{ rules: { 'no-flat-noo': 'error' } }, '"rules.no-flat-noo" is not a setting replylint knows'],
    [
      { extends: 'eslint:recommended' },
      '"extends" must be one of "recommended", "strict", "replylint:recommended", "replylint:strict" (got "eslint:recommended")',
    ],
    [{ allow: "we can't wait" }, '"allow" must be a list (got "we can\'t wait")'],
    [{ colour: true }, '"colour" is not a setting replylint knows'],
    [
      { rules: { 'no-unrealistic-promise': ['warning', { minimumTurnaround: 'soonish' }] } },
      'Rule "no-unrealistic-promise": option "minimumTurnaround" must be a number of hours or a duration such as "24h", "4 hours", "2 days", got "soonish"',
    ],
  ])('%j', async (config, message) => {
    const root = project({ '.replylintrc.json': JSON.stringify(config) });
    const error = await new ConfigLoader().forFile(join(root, 'a.txt')).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'ReplylintInputError', source: join(root, '.replylintrc.json') });
    expect((error as Error).message).toContain(message);
  });

  it('reports a file that is not JSON or YAML', async () => {
    const root = project({ '.replylintrc.json': '{ "rules": ' });
    await expect(new ConfigLoader().forFile(join(root, 'a.txt'))).rejects.toThrow(/^is not valid JSON: /);
  });

  it('reports a --config file that does not exist', async () => {
    await expect(new ConfigLoader({ explicit: '/no/such/file.json' }).forFile('/tmp/a.txt')).rejects.toThrow(
      'no such configuration file',
    );
  });
});
