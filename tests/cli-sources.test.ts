import {
  cpSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { type JsonFile, jsonReport, replylint, repoRoot } from './support/cli.js';

const json = jsonReport;
const brief = (files: JsonFile[]) =>
  Object.fromEntries(
    files.map((file) => [
      file.filePath,
      file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}${m.reply ? ` [${m.reply.id ?? m.reply.index}]` : ''}`),
    ]),
  );

function copyFixture(name: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'replylint-e2e-'));
  cpSync(join(repoRoot, 'tests/fixtures', name), folder, { recursive: true });
  return folder;
}

describe('helpdesk exports', () => {
  it('names the reply of each finding and points into the export', () => {
    const run = replylint([
      '--format',
      'json',
      'tests/fixtures/exports/zendesk-macros.json',
      'tests/fixtures/exports/gorgias-macros.json',
    ]);
    expect(run.code).toBe(0);
    expect(brief(json(run.stdout))).toEqual({
      'tests/fixtures/exports/zendesk-macros.json': [
        '11:21 customer-name [360001]',
        '11:48 no-flat-no [360001]',
        '33:112 no-unrealistic-promise [360003]',
        '33:131 no-unrealistic-promise [360003]',
      ],
      'tests/fixtures/exports/gorgias-macros.json': ['12:27 customer-name [101]', '12:37 no-blame-deflection [101]'],
    });
    const [zendesk] = json(run.stdout);
    expect(zendesk?.messages[0]?.reply).toEqual({ index: 0, id: '360001', title: 'Refund – opened item' });
    expect(zendesk?.messages[0]?.message).toBe(
      'This canned response never addresses the customer by name: add a name placeholder.',
    );
  });

  it('reads YAML and CSV collections, and template tags do not break the sentences', () => {
    const run = replylint(['--format', 'json', 'tests/fixtures/exports/saved-replies.yaml', 'tests/fixtures/exports/canned.csv']);
    expect(brief(json(run.stdout))).toEqual({
      'tests/fixtures/exports/saved-replies.yaml': ['10:5 customer-name [no-refund]', '12:13 no-flat-no [no-refund]'],
      'tests/fixtures/exports/canned.csv': ['4:1 no-blame-deflection [1]'],
    });
  });

  it('reports a broken export with its file and position, exits 2, and still lints the others', () => {
    const run = replylint(['--format', 'json', 'tests/fixtures/exports']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'replylint: tests/fixtures/exports/broken.json: not valid JSON at line 1, column 105 (ValueExpected)\n',
    );
    const files = json(run.stdout);
    expect(files.map((file) => [file.filePath, file.errorCount, file.messages.length])).toEqual([
      ['tests/fixtures/exports/broken.json', 1, 1],
      ['tests/fixtures/exports/canned.csv', 0, 1],
      ['tests/fixtures/exports/gorgias-macros.json', 0, 2],
      ['tests/fixtures/exports/saved-replies.yaml', 0, 2],
      ['tests/fixtures/exports/zendesk-macros.json', 0, 4],
    ]);
  });

  it('lints a large export on worker threads with the same findings as on one thread', () => {
    const folder = mkdtempSync(join(tmpdir(), 'replylint-big-'));
    const macros = Array.from({ length: 600 }, (_, index) => ({
      id: index,
      title: `Macro ${index}`,
      actions: [
        {
          field: 'comment_value',
          value:
            index % 3 === 0
              ? `Hi there,\n\nWe can't refund order ${index}.`
              : `Hi {{ticket.requester.first_name}},\n\nOrder ${index} is on its way.`,
        },
      ],
    }));
    writeFileSync(join(folder, 'macros.json'), JSON.stringify({ macros }, null, 1));
    // The fixtures' configuration (the four core rules) applies to this temporary file too.
    const core = ['--config', 'tests/fixtures/.replylintrc.json'];
    const parallel = replylint(['--format', 'json', ...core, '--concurrency', '2', join(folder, 'macros.json')]);
    const serial = replylint(['--format', 'json', ...core, '--concurrency', '1', join(folder, 'macros.json')]);
    expect(parallel.code).toBe(0);
    expect(json(parallel.stdout)[0]?.messages).toHaveLength(400);
    expect(parallel.stdout).toBe(serial.stdout);
  });
});

describe('Markdown, HTML and email drafts', () => {
  it('uses the folder’s configuration, its overrides, allowed phrases and inline controls', () => {
    const run = replylint(['--format', 'json', 'tests/fixtures/markdown']);
    expect(run.code).toBe(1);
    expect(brief(json(run.stdout))).toEqual({
      'tests/fixtures/markdown/refund.md': ['8:1 no-flat-no', '21:1 unused-disable-directive'],
      'tests/fixtures/markdown/team/handbook.md': ['5:1 no-flat-no'],
    });
    expect(json(run.stdout)[0]?.messages[0]?.severity).toBe(2);
  });

  it('lints the text of an HTML draft, with the quoted thread giving the name', () => {
    const run = replylint(['--format', 'json', 'tests/fixtures/html/reply.html']);
    expect(brief(json(run.stdout))).toEqual({
      'tests/fixtures/html/reply.html': ['5:4 customer-name', '6:4 no-flat-no', '6:38 no-flat-no'],
    });
  });

  it('lints an email draft: the name from To:, nothing from the quoted thread', () => {
    const run = replylint(['--format', 'json', 'tests/fixtures/eml/kettle-thread.eml']);
    expect(brief(json(run.stdout))).toEqual({
      'tests/fixtures/eml/kettle-thread.eml': ['9:1 customer-name', '11:1 no-flat-no', '11:49 no-blame-deflection'],
    });
    expect(json(run.stdout)[0]?.fixableWarningCount).toBe(0);
  });

  it('reads standard input as the file --stdin-filename names', () => {
    const run = replylint(['--format', 'json', '--stdin-filename', 'tests/fixtures/markdown/draft.md'], {
      input: '# Hi\n\nThat is not possible.\n',
    });
    expect(brief(json(run.stdout))).toEqual({ 'tests/fixtures/markdown/draft.md': ['3:1 no-flat-no'] });
    expect(json(run.stdout)[0]?.messages[0]?.severity).toBe(2);
  });

  it('honours .replylintignore in a folder', () => {
    const folder = copyFixture('drafts');
    writeFileSync(join(folder, '.replylintignore'), 'refund-*.txt\n');
    const run = replylint(['--format', 'json', '.'], { cwd: folder });
    expect(json(run.stdout).map((file) => file.filePath)).toEqual(['callback.txt', 'draft.eml', 'good-reply.txt']);
    expect(json(replylint(['--format', 'json', '--no-ignore', '.'], { cwd: folder }).stdout)).toHaveLength(4);
  });

  it('does not follow symbolic links out of a linted folder', () => {
    const outside = mkdtempSync(join(tmpdir(), 'replylint-outside-'));
    writeFileSync(join(outside, 'secret.txt'), 'That is not possible.\n');
    const folder = mkdtempSync(join(tmpdir(), 'replylint-links-'));
    mkdirSync(join(folder, 'drafts'));
    writeFileSync(join(folder, 'drafts', 'reply.txt'), 'No, we can’t do that.\n');
    symlinkSync(outside, join(folder, 'drafts', 'elsewhere'));
    symlinkSync(join(outside, 'secret.txt'), join(folder, 'drafts', 'linked.txt'));
    for (const args of [['.'], ['**/*.txt']]) {
      const run = replylint(['--format', 'json', ...args], { cwd: folder });
      expect(json(run.stdout).map((file) => file.filePath)).toEqual(['drafts/reply.txt']);
    }
  });
});

describe('reporters', () => {
  it('writes SARIF 2.1.0 that is valid against the schema', () => {
    const run = replylint([
      '--format',
      'sarif',
      'tests/fixtures/exports/zendesk-macros.json',
      'tests/fixtures/drafts',
      'no/such.txt',
    ]);
    expect(run.code).toBe(2);
    const require = createRequire(import.meta.url);
    const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;
    // A CommonJS module: Node hands over `module.exports` (the class), TypeScript sees its `default`.
    const Ajv =
      (AjvDraft04 as unknown as { default?: typeof AjvDraft04.default }).default ??
      (AjvDraft04 as unknown as typeof AjvDraft04.default);
    const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
    const log = JSON.parse(run.stdout) as {
      runs: { results: { ruleId: string; level: string }[]; invocations: { executionSuccessful: boolean }[] }[];
    };
    const valid = validate(log);
    expect(valid ? [] : validate.errors).toEqual([]);
    expect(log.runs[0]?.results.map((result) => `${result.ruleId}:${result.level}`)).toContain('no-flat-no:warning');
    expect(log.runs[0]?.invocations[0]?.executionSuccessful).toBe(false);
  });

  it('writes GitHub workflow annotations', () => {
    const run = replylint(['--format', 'github', 'tests/fixtures/drafts/refund-refused.txt']);
    expect(run.stdout.split('\n')[1]).toBe(
      '::warning file=tests/fixtures/drafts/refund-refused.txt,line=6,col=1,endLine=6,endColumn=20,title=no-flat-no::“No, we can\'t refund” opens with a flat "no": say what you can do instead. https://github.com/replylint/replylint/blob/main/rules/no-flat-no.md',
    );
  });

  it('writes the report to --output-file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'replylint-out-'));
    const run = replylint(['--format', 'json', '-o', join(folder, 'report.json'), 'tests/fixtures/drafts']);
    expect(run.stdout).toBe('');
    expect(json(readFileSync(join(folder, 'report.json'), 'utf8'))).toHaveLength(4);
    expect(readdirSync(folder)).toEqual(['report.json']);
  });

  it('writes a report file whole or not at all, and says why not', () => {
    const folder = mkdtempSync(join(tmpdir(), 'replylint-out-'));
    mkdirSync(join(folder, 'report.json'));
    const run = replylint(['--format', 'json', '-o', join(folder, 'report.json'), 'tests/fixtures/drafts']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`replylint: ${join(folder, 'report.json')}: cannot write the report here: it is a folder\n`);
    expect(readdirSync(folder)).toEqual(['report.json']);
    const missing = replylint(['-o', join(folder, 'no', 'report.txt'), 'tests/fixtures/drafts']);
    expect([missing.code, missing.stderr]).toEqual([
      2,
      `replylint: ${join(folder, 'no', 'report.txt')}: cannot write the report here: its folder does not exist\n`,
    ]);
  });

  it('writes JSON a file at a time, in the files’ order, exactly as JSON.stringify would lay it out', () => {
    for (const args of [
      ['tests/fixtures/drafts', 'tests/fixtures/exports', 'no/such.txt'],
      ['tests/fixtures/drafts/good-reply.txt'],
    ]) {
      const run = replylint(['--format', 'json', ...args]);
      expect(run.stdout).toBe(`${JSON.stringify(JSON.parse(run.stdout), null, 2)}\n`);
    }
    const files = json(replylint(['--format', 'json', 'tests/fixtures/exports', 'tests/fixtures/drafts']).stdout);
    expect(files.map((file) => file.filePath)).toEqual([
      ...['broken.json', 'canned.csv', 'gorgias-macros.json', 'saved-replies.yaml', 'zendesk-macros.json'].map(
        (name) => `tests/fixtures/exports/${name}`,
      ),
      ...['callback.txt', 'draft.eml', 'good-reply.txt', 'refund-refused.txt'].map((name) => `tests/fixtures/drafts/${name}`),
    ]);
  });
});

describe('--fix', () => {
  it('shows the safe fixes as a diff without touching any file', () => {
    const folder = copyFixture('exports');
    const before = readFileSync(join(folder, 'zendesk-macros.json'), 'utf8');
    const run = replylint(['--fix-dry-run', join(folder, 'zendesk-macros.json')]);
    expect(run.stdout).toContain('-          "value": "Hi there,\\n\\nUnfortunately');
    expect(run.stdout).toContain('+          "value": "Hi {{ticket.requester.first_name}},\\n\\nUnfortunately');
    expect(readFileSync(join(folder, 'zendesk-macros.json'), 'utf8')).toBe(before);
  });

  it('writes only files with something to fix, keeping encoding and line endings, and reports what is left', () => {
    const folder = mkdtempSync(join(tmpdir(), 'replylint-fix-'));
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    writeFileSync(
      join(folder, 'greeting.txt'),
      Buffer.concat([bom, Buffer.from('---\r\ncustomer: Jane Smith\r\n---\r\nHi there,\r\n\r\nThat is not possible.\r\n')]),
    );
    writeFileSync(join(folder, 'clean.txt'), 'Hi Jane,\n\nAll sorted, and have a lovely day!\n');
    const cleanBefore = statSync(join(folder, 'clean.txt')).mtimeMs;
    const run = replylint(['--format', 'json', '--config', 'tests/fixtures/.replylintrc.json', '--fix', folder]);
    expect(readFileSync(join(folder, 'greeting.txt'))).toEqual(
      Buffer.concat([bom, Buffer.from('---\r\ncustomer: Jane Smith\r\n---\r\nHi Jane,\r\n\r\nThat is not possible.\r\n')]),
    );
    expect(statSync(join(folder, 'clean.txt')).mtimeMs).toBe(cleanBefore);
    expect(brief(json(run.stdout))[join(folder, 'greeting.txt')] ?? brief(json(run.stdout))['greeting.txt']).toEqual([
      '6:1 no-flat-no',
    ]);
    expect(readdirSync(folder).sort()).toEqual(['clean.txt', 'greeting.txt']);
  });

  it('fixes a file named through a symbolic link in its target, and the link stays a link', () => {
    const folder = mkdtempSync(join(tmpdir(), 'replylint-fix-link-'));
    writeFileSync(join(folder, 'target.txt'), '---\ncustomer: Jane Smith\n---\nHi there,\n\nAll sorted.\n');
    symlinkSync(join(folder, 'target.txt'), join(folder, 'link.txt'));
    replylint(['--config', 'tests/fixtures/.replylintrc.json', '--fix', join(folder, 'link.txt')]);
    expect(lstatSync(join(folder, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(folder, 'target.txt'), 'utf8')).toBe('---\ncustomer: Jane Smith\n---\nHi Jane,\n\nAll sorted.\n');
    expect(readdirSync(folder).sort()).toEqual(['link.txt', 'target.txt']);
  });
});
