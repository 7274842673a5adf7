import { ReplylintInputError } from 'replylint';
import { ConfigLoader, expandPaths, lintFile, type ResolvedConfig } from 'replylint/node';
import { mergeSettings, readSettings } from 'replylint-language-server';
import type { LintedFinding, LintFilesMessage, LintFilesRequest } from '../lint-files-protocol.js';

/**
 * Lints the canned responses of the workspace folders (drafts and helpdesk exports, as the
 * `replylint` command line finds them in a folder) with each file's configuration files and
 * the folder's settings merged as the server merges them, reporting file by file.
 */
export async function lintFiles(request: LintFilesRequest, send: (message: LintFilesMessage) => void): Promise<void> {
  const plan: { file: string; folder: LintFilesRequest['folders'][number] }[] = [];
  for (const folder of request.folders) {
    const { files } = await expandPaths(folder.include, { cwd: folder.path });
    for (const file of files) plan.push({ file, folder });
  }
  send({ type: 'files', total: plan.length });

  const loader = new ConfigLoader();
  const told = new Set<string>();
  for (const { file, folder } of plan) {
    const problems: string[] = [];
    const { settings, problems: settingProblems } = readSettings(folder.settings);
    problems.push(...settingProblems);
    let config: ResolvedConfig | undefined;
    try {
      config = await loader.forFile(file);
    } catch (error) {
      if (!(error instanceof ReplylintInputError)) throw error;
      const key = `${error.source}\n${error.message}`;
      if (!told.has(key)) {
        told.add(key);
        send({ type: 'config-problem', path: error.source, message: error.message });
      }
    }
    const merged = mergeSettings(config?.preset ?? 'recommended', config?.rules ?? {}, settings, problems);
    for (const problem of problems) {
      if (told.has(problem)) continue;
      told.add(problem);
      send({ type: 'config-problem', path: undefined, message: problem });
    }
    const result = await lintFile(file, {
      preset: merged.preset,
      rules: merged.rules,
      allow: config?.allow ?? [],
      reportUnusedDisableDirectives: config?.reportUnusedDisableDirectives ?? false,
    });
    const findings: LintedFinding[] = result.findings.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      line: finding.line,
      column: finding.column,
      endLine: finding.endLine,
      endColumn: finding.endColumn,
      url: finding.url,
      ...(finding.reply ? { reply: finding.reply } : {}),
    }));
    send({ type: 'file', path: file, findings, ...(result.error ? { error: result.error } : {}) });
    // Let the parent's messages (a cancellation) through between files.
    await new Promise((resolve) => setImmediate(resolve));
  }
  send({ type: 'done' });
}

/** The child-process side: one request over IPC, messages back, then exit. */
export function lintFilesOverIpc(): void {
  const send = (message: LintFilesMessage) => process.send?.(message);
  if (!process.send) {
    process.stderr.write('replylint: --lint-files is for the VS Code extension: it talks over an IPC channel\n');
    process.exitCode = 2;
    return;
  }
  process.once('message', (request: LintFilesRequest) => {
    lintFiles(request, send).then(
      () => process.disconnect?.(),
      (error: unknown) => {
        send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
        process.disconnect?.();
      },
    );
  });
}
