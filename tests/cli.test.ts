import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type JsonFile, jsonReport, replylint } from './support/cli.js';

const drafts = 'tests/fixtures/drafts';

const parse = jsonReport;
const brief = (files: JsonFile[]) =>
  Object.fromEntries(files.map((file) => [file.filePath, file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)]));

describe('replylint on a folder of drafts', () => {
  it('lints every draft in one run and prints ESLint-shaped JSON', () => {
    const run = replylint(['--format', 'json', drafts]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(brief(parse(run.stdout))).toEqual({
      'tests/fixtures/drafts/callback.txt': ['3:20 no-unrealistic-promise'],
      'tests/fixtures/drafts/draft.eml': ['6:1 customer-name', '8:1 no-flat-no'],
      'tests/fixtures/drafts/good-reply.txt': [],
      'tests/fixtures/drafts/refund-refused.txt': ['4:1 customer-name', '6:1 no-flat-no', '6:35 no-blame-deflection'],
    });
    const file = parse(run.stdout).find((entry) => entry.filePath.endsWith('refund-refused.txt'));
    expect(file).toMatchObject({ errorCount: 0, warningCount: 3 });
    expect(file?.messages[1]).toMatchObject({ ruleId: 'no-flat-no', severity: 1, endLine: 6, endColumn: 20 });
  });

  it('prints findings grouped by file, with a summary, by default', () => {
    const run = replylint([drafts]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'tests/fixtures/drafts/refund-refused.txt\n  4:1   warning  The reply never addresses Jane Smith',
    );
    expect(run.stdout).toContain('↳ Greet them as Jane');
    expect(run.stdout).toContain('✖ 6 problems (0 errors, 6 warnings)');
  });

  it('never changes the files it reads', () => {
    const digest = () =>
      readdirSync(drafts).map((name) =>
        createHash('sha256')
          .update(readFileSync(join(drafts, name)))
          .digest('hex'),
      );
    const before = digest();
    replylint(['--format', 'json', drafts]);
    expect(digest()).toEqual(before);
  });
});

describe('exit codes', () => {
  it('is 0 with warnings only, 1 with errors or too many warnings', () => {
    expect(replylint([drafts]).code).toBe(0);
    expect(replylint(['--rule', 'no-flat-no:error', drafts]).code).toBe(1);
    expect(replylint(['--max-warnings', '0', drafts]).code).toBe(1);
    expect(replylint(['--max-warnings', '6', drafts]).code).toBe(0);
  });

  it('is 2 when an input cannot be read, and still lints the others', () => {
    const run = replylint(['--format', 'json', 'no/such/file.txt', `${drafts}/refund-refused.txt`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('replylint: no/such/file.txt: no such file or folder, and no files match it\n');
    const files = parse(run.stdout);
    expect(files.map((file) => [file.filePath, file.errorCount, file.messages.length])).toEqual([
      ['no/such/file.txt', 1, 1],
      ['tests/fixtures/drafts/refund-refused.txt', 0, 3],
    ]);
  });

  it('is 2 for binary files and text that is not UTF-8, with the file named', () => {
    const folder = mkdtempSync(join(tmpdir(), 'replylint-'));
    writeFileSync(join(folder, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
    writeFileSync(join(folder, 'latin1.txt'), Buffer.from('Caf\xe9 au lait', 'latin1'));
    const run = replylint([folder]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('image.txt\n  error  this is a binary file, not text');
    expect(run.stdout).toContain('latin1.txt\n  error  this file is not valid UTF-8 text (save it as UTF-8 and try again)');
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('is 2 for a draft whose front matter is broken, naming the file and line', () => {
    const folder = mkdtempSync(join(tmpdir(), 'replylint-'));
    writeFileSync(join(folder, 'broken.txt'), '---\ncustomer: [Jane\n---\nHi');
    const run = replylint(['--format', 'json', folder]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/broken\.txt: front matter is not valid YAML \(line 2\)/);
  });

  it('is 2 for bad flags, with a clear message and no stack trace', () => {
    expect(replylint(['--format', 'xml', drafts])).toMatchObject({
      code: 2,
      stderr:
        "replylint: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are stylish, json, sarif, github.\n",
    });
    expect(replylint(['--rule', 'no-flat-noo:error', drafts])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('replylint: unknown rule "no-flat-noo" (did you mean "no-flat-no"?)'),
    });
    expect(replylint(['--rule', 'no-flat-no:loud', drafts])).toMatchObject({
      code: 2,
      stderr: 'replylint: --rule no-flat-no:loud: severity must be one of "off", "info", "warning", "error", got "loud"\n',
    });
    expect(replylint(['--max-warnings', 'lots', drafts]).code).toBe(2);
    expect(replylint(['--frobnicate']).code).toBe(2);
  });
});

describe('options', () => {
  it('reads standard input', () => {
    const run = replylint(['--format', 'json'], { input: "Hi Jane,\n\nThat's not possible.\n" });
    // With no configuration file, the default preset: the refusal, and a reply that stops there.
    expect(brief(parse(run.stdout))).toEqual({ '<stdin>': ['3:1 no-flat-no', '3:1 state-next-step'] });
  });

  it('takes the customer’s name from --name', () => {
    const run = replylint(['--format', 'json', '--name', 'Mrs Okafor', '-'], { input: 'Hi there,\n\nAll sorted.\n' });
    expect(parse(run.stdout)[0]?.messages.map((m) => m.message)).toEqual([
      'The reply never addresses Mrs Okafor by name: greet them personally.',
    ]);
  });

  it('turns rules off and reports errors only with --quiet', () => {
    const run = replylint(['--format', 'json', '--quiet', '--rule', 'no-flat-no:error', '--rule', 'customer-name:off', drafts]);
    expect(brief(parse(run.stdout))['tests/fixtures/drafts/refund-refused.txt']).toEqual(['6:1 no-flat-no']);
    expect(run.code).toBe(1);
  });

  it('documents its flags and exit codes in --help', () => {
    const run = replylint(['--help']);
    expect(run.code).toBe(0);
    for (const text of [
      '--name <name>',
      '--rule <id:severity>',
      '--format <format>',
      '--quiet',
      '--max-warnings <n>',
      'Exit codes:',
    ]) {
      expect(run.stdout).toContain(text);
    }
  });

  it('prints its version', () => {
    expect(replylint(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
