import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type JsonFile, replylint } from './support/cli.js';

/**
 * Hostile input to the CLI: every bad input gets one line on stderr naming the file and the
 * problem, the other files are still linted, the exit code is 2, and no input file changes
 * (bytes and modification times) unless --fix is given; --fix keeps encoding, BOM and line
 * endings and leaves no temporary file behind.
 */

const draft = "Hi there,\r\n\r\nNo, we can't refund it.\r\n";
const utf16 = (text: string, order: 'le' | 'be'): Buffer => {
  const body = Buffer.from(text, 'utf16le');
  if (order === 'be') body.swap16();
  return Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
};
const isRoot = process.getuid?.() === 0;

/** Every file under `folder`: its bytes' digest and modification time. */
function snapshot(folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string): void => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      const info = statSync(path);
      if (info.isDirectory()) walk(path);
      else if (info.mode & 0o400)
        out[relative(folder, path)] = `${createHash('sha256').update(readFileSync(path)).digest('hex')} ${info.mtimeMs}`;
      else out[relative(folder, path)] = `unreadable ${info.mtimeMs}`;
    }
  };
  walk(folder);
  return out;
}

let folder: string;
const bad: Record<string, RegExp> = {
  'binary.txt': /^this is a binary file, not text$/,
  'latin1.txt': /^this file is not valid UTF-8 text \(save it as UTF-8 and try again\)$/,
  'huge.txt': /^this file is too large to lint \(50 MB; replylint reads inputs of up to 32 MB\)$/,
  'long-reply.txt': /^this reply is too long to lint \(1,26\d,\d{3} characters; replylint lints replies of up to 1,000,000\)$/,
  'broken.json': /^not valid JSON at line 1, column \d+ \(\w+\)$/,
  'broken.yaml': /^not valid YAML \(line \d\): \S/,
  'broken.csv': /^not valid CSV: /,
  'wrong-types/draft.txt':
    /^wrong-types\/\.replylintrc\.json: "rules\.no-flat-no" must be one of "off", "info", "warning", "error" \(got 5\)$/,
  'unknown-rule/draft.txt': /^unknown-rule\/\.replylintrc\.yaml: "rules\.no-flat-noo" is not a setting replylint knows$/,
  'bad-json/draft.txt': /^bad-json\/\.replylintrc\.json: is not valid JSON: /,
  'bad-yaml/draft.txt': /^bad-yaml\/\.replylintrc\.yaml: is not valid YAML: /,
  'not-a-file/draft.txt': /^not-a-file\/\.replylintrc\.json: cannot read this configuration file: is a folder, not a file$/,
  ...(isRoot ? {} : { 'unreadable.txt': /^permission denied$/ }),
};

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'replylint-bad-'));
  const write = (name: string, content: string | Buffer) => {
    mkdirSync(join(folder, name, '..'), { recursive: true });
    writeFileSync(join(folder, name), content);
  };
  write('good.txt', draft);
  write('utf16le.txt', utf16(draft, 'le'));
  write('utf16be.txt', utf16(draft, 'be'));
  write('empty.txt', '');
  write('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  write('latin1.txt', Buffer.from("Hi Ren\xe9e,\n\nNo, we can't.\n", 'latin1'));
  // 50 MB of text, as a log opened by mistake would be: refused before it is read.
  write('huge.txt', Buffer.alloc(50 * 1024 * 1024, "No, we can't refund it.\n"));
  write('long-reply.txt', `Hi there,\n\n${'We can look into it. '.repeat(60_000)}`);
  write('broken.json', '{"macros": [{"id": 1, "title": "Refund", "actions": [');
  write('broken.yaml', '- id: a\n  body: [unclosed\n- id: b\n');
  write('broken.csv', 'id,title,body\n1,Refund,"an unclosed quote\n');
  write('wrong-types/.replylintrc.json', '{ "rules": { "no-flat-no": 5 } }\n');
  write('wrong-types/draft.txt', draft);
  write('unknown-rule/.replylintrc.yaml', 'rules:\n  no-flat-noo: error\n');
  write('unknown-rule/draft.txt', draft);
  write('bad-json/.replylintrc.json', '{ "rules": { "no-flat-no": "error", } ');
  write('bad-json/draft.txt', draft);
  write('bad-yaml/.replylintrc.yaml', 'rules:\n  no-flat-no: [error\n');
  write('bad-yaml/draft.txt', draft);
  mkdirSync(join(folder, 'not-a-file/.replylintrc.json'), { recursive: true });
  write('not-a-file/draft.txt', draft);
  // A folder named like a file is linted as a folder.
  write('folder.txt/inside.txt', draft);
  write('unreadable.txt', draft);
  chmodSync(join(folder, 'unreadable.txt'), 0o000);
});

describe('bad input to the CLI', () => {
  it('gets one line each on stderr naming the file, the rest is linted, exit 2, and nothing is modified', () => {
    const before = snapshot(folder);
    const run = replylint(['--format', 'json', '.'], { cwd: folder });
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    for (const [name, problem] of Object.entries(bad)) {
      const line = lines.filter((entry) => entry.startsWith(`replylint: ${name}: `));
      expect(line, name).toHaveLength(1);
      expect((line[0] as string).slice(`replylint: ${name}: `.length), name).toMatch(problem);
    }
    // Nothing else on stderr: no stack trace, no second line.
    expect(lines).toHaveLength(Object.keys(bad).length);
    const report = JSON.parse(run.stdout) as JsonFile[];
    const byFile = Object.fromEntries(report.map((file) => [file.filePath, file.messages]));
    const shape = (name: string) => byFile[name]?.map((m) => `${m.ruleId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`);
    // UTF-16 with a byte-order mark reads as the same text: the same findings at the same places.
    expect(shape('good.txt')).toEqual(expect.arrayContaining(['no-flat-no 3:1-3:20']));
    expect(shape('utf16le.txt')).toEqual(shape('good.txt'));
    expect(shape('utf16be.txt')).toEqual(shape('good.txt'));
    expect(shape('folder.txt/inside.txt')).toEqual(shape('good.txt'));
    expect(byFile['empty.txt']).toEqual([]);
    expect(snapshot(folder)).toEqual(before);
    if (isRoot) {
      // Running as root, a file with mode 000 can still be read, so that case cannot fail here.
      console.info('skipped: the unreadable-file case (tests run as root, who can read a file with mode 000)');
    }
  });

  it('says which file when the --config file is a folder or missing, and lints nothing with it', () => {
    const before = snapshot(folder);
    for (const [config, problem] of [
      ['folder.txt', 'cannot read this configuration file: is a folder, not a file'],
      ['missing.json', 'no such configuration file (or no "replylint" section in it)'],
      ['bad-json/.replylintrc.json', 'is not valid JSON: '],
    ]) {
      const run = replylint(['--format', 'json', '--config', config as string, 'good.txt'], { cwd: folder });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(
        new RegExp(`^replylint: good\\.txt: ${config}: ${(problem as string).replace(/[()."]/g, '\\$&')}`),
      );
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
    expect(snapshot(folder)).toEqual(before);
  });

  it('refuses more than 32 MB on standard input with one line, and does not hang the writer', () => {
    const run = replylint(['--format', 'json'], { input: Buffer.alloc(33 * 1024 * 1024, 'a') });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'replylint: <stdin>: this file is too large to lint (33 MB; replylint reads inputs of up to 32 MB)\n',
    );
  });

  it('with --fix, writes UTF-16 files back in UTF-16 with their BOM and CRLF, atomically, touching nothing else', () => {
    const fixing = mkdtempSync(join(tmpdir(), 'replylint-fix16-'));
    const named = '---\r\ncustomer: Jane Smith\r\n---\r\nHi there,\r\n\r\nThat is not possible.\r\n';
    writeFileSync(join(fixing, 'le.txt'), utf16(named, 'le'));
    writeFileSync(join(fixing, 'be.txt'), utf16(named, 'be'));
    writeFileSync(join(fixing, 'broken.json'), '{"macros": [');
    writeFileSync(join(fixing, 'latin1.txt'), Buffer.from('Hi there,\n\nNo, we can\xb4t.\n', 'latin1'));
    const untouched = { 'broken.json': snapshot(fixing)['broken.json'], 'latin1.txt': snapshot(fixing)['latin1.txt'] };
    const run = replylint(['--format', 'json', '--fix', '--rule', 'customer-name:warning', '.'], { cwd: fixing });
    expect(run.code).toBe(2);
    const fixed = named.replace('Hi there,', 'Hi Jane,');
    expect(readFileSync(join(fixing, 'le.txt'))).toEqual(utf16(fixed, 'le'));
    expect(readFileSync(join(fixing, 'be.txt'))).toEqual(utf16(fixed, 'be'));
    const after = snapshot(fixing);
    expect({ 'broken.json': after['broken.json'], 'latin1.txt': after['latin1.txt'] }).toEqual(untouched);
    expect(readdirSync(fixing).sort()).toEqual(['be.txt', 'broken.json', 'latin1.txt', 'le.txt']);
  });
});
