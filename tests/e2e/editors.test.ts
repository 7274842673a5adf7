import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from 'replylint';
import { afterAll, describe, expect, it } from 'vitest';
import { draft, expectedDiagnostics, markdownDraft, onlyCoreRules, serverBin, testConfig } from '../support/lsp.js';

// Real editors, driven headless, against the installed server (`pnpm test:editors` installs them).
const scripts = fileURLToPath(new URL('./editors/', import.meta.url));

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A fresh folder with the draft and a configuration file, and a home and XDG folders of its own so that no user configuration is read. */
function workspace(name: string, text: string): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(join(tmpdir(), 'replylint-editor-'));
  folders.push(dir);
  writeFileSync(join(dir, name), text);
  // The core rules only, so that the exact expectations hold while rules are added to the presets.
  writeFileSync(join(dir, '.replylintrc.json'), testConfig());
  const home = join(dir, '.home');
  mkdirSync(home);
  return {
    dir,
    env: {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: join(home, 'config'),
      XDG_DATA_HOME: join(home, 'data'),
      XDG_STATE_HOME: join(home, 'state'),
      XDG_CACHE_HOME: join(home, 'cache'),
      SERVER: serverBin,
    },
  };
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, out: string) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 90_000 });
  let report: Record<string, unknown> = {};
  try {
    report = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
  } catch {
    // No report: the assertion below shows what the editor printed.
  }
  const context = `${command} exited ${result.status} (${result.error?.message ?? 'no error'})\nstdout: ${result.stdout}\nstderr: ${result.stderr}\nreport: ${JSON.stringify(report, null, 2)}`;
  expect(result.status, context).toBe(0);
  return report;
}

/** What Neovim's vim.diagnostic holds for the server's diagnostics of a text (severity 2 = WARN). */
async function asNeovim(text: string, format: 'txt' | 'md') {
  return (await expectedDiagnostics(text, format)).map((d) => ({
    lnum: d.range.start.line,
    col: d.range.start.character,
    end_lnum: d.range.end.line,
    end_col: d.range.end.character,
    message: d.message,
    source: 'replylint',
    severity: d.severity,
    code: d.code,
    href: d.codeDescription?.href,
  }));
}

describe('Neovim (built-in LSP client, headless)', () => {
  const nvim = (name: string, text: string, code: string, action: string) => {
    const { dir, env } = workspace(name, text);
    const out = join(dir, 'nvim-result.json');
    return run(
      'nvim',
      ['--headless', '--clean', '-n', name, '-c', `luafile ${join(scripts, 'nvim-check.lua')}`],
      dir,
      { ...env, OUT_FILE: out, DIAG_CODE: code, ACTION: action },
      out,
    );
  };

  it('shows the diagnostics of a plain-text draft and greets the customer by name with a code action', async () => {
    const report = nvim('refund.txt', draft, 'customer-name', 'Greet them as Jane');
    expect(report.filetype).toBe('text');
    expect(report.diagnostics).toEqual(await asNeovim(draft, 'txt'));
    expect((report.diagnostics as { code: string }[]).map((d) => d.code)).toEqual([
      'customer-name',
      'no-flat-no',
      'no-blame-deflection',
    ]);
    expect((report.actions as string[])[0]).toBe('Greet them as Jane');
    expect(report.hover).toContain('**replylint: customer-name**');
    const fixed = draft.replace('Hi there,', 'Hi Jane,');
    expect(report.lines_after).toEqual(fixed.replace(/\n$/, '').split('\n'));
    expect(report.diagnostics_after).toEqual(await asNeovim(fixed, 'txt'));
  });

  it('disables a rule for one line of a Markdown draft with an inline comment', async () => {
    const report = nvim('reply.md', markdownDraft, 'no-flat-no', 'Disable no-flat-no for this line');
    expect(report.filetype).toBe('markdown');
    expect(report.diagnostics).toEqual(await asNeovim(markdownDraft, 'md'));
    expect(report.actions).toEqual(expect.arrayContaining(['Drop the flat "No"', 'Disable no-flat-no for this file']));
    const fixed = markdownDraft.replace("No, we can't", "<!-- replylint-disable-next-line no-flat-no -->\nNo, we can't");
    expect(report.lines_after).toEqual(fixed.replace(/\n$/, '').split('\n'));
    expect(report.diagnostics_after).toEqual(await asNeovim(fixed, 'md'));
    expect((report.diagnostics_after as { code: string }[]).map((d) => d.code)).toEqual(['no-blame-deflection']);
  });
});

describe('Emacs with eglot (batch mode)', () => {
  it('shows the diagnostics of a plain-text draft in flymake and applies a code action', async () => {
    const { dir, env } = workspace('refund.txt', draft);
    const out = join(dir, 'emacs-result.json');
    const report = run(
      'emacs',
      ['--batch', '-l', join(scripts, 'emacs-check.el')],
      dir,
      { ...env, OUT_FILE: out, DRAFT: 'refund.txt', DIAG_CODE: 'customer-name', ACTION: 'Greet them as Jane' },
      out,
    );
    // Flymake's positions are 1-based buffer positions: the library's offsets + 1 (ASCII text).
    const asFlymake = async (text: string) =>
      (await lint(text, { rules: onlyCoreRules() })).messages.map((finding) => ({
        beg: finding.offset + 1,
        end: finding.endOffset + 1,
        code: finding.ruleId,
        type: 'eglot-warning',
        text: `replylint [${finding.ruleId}]: ${finding.message}`,
      }));
    expect(report.diagnostics).toEqual(await asFlymake(draft));
    expect(report.actions).toEqual(expect.arrayContaining(['Greet them as Jane', 'Fix all safe replylint problems']));
    // eglot 1.9 asks for plain-text hovers when markdown-mode is not installed.
    expect(report.hover).toContain('replylint: customer-name —');
    const fixed = draft.replace('Hi there,', 'Hi Jane,');
    expect(report.text_after).toBe(fixed);
    expect(report.diagnostics_after).toEqual(await asFlymake(fixed));
  });
});
