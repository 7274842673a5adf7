import { fork } from 'node:child_process';
import * as vscode from 'vscode';
import {
  findingMessage,
  findingRange,
  type LintedFinding,
  type LintFilesMessage,
  type LintFilesRequest,
  summary,
} from './lint-files-protocol.js';

const severities = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
} as const;

export interface WorkspaceLintResult {
  readonly files: number;
  readonly filesWithFindings: number;
  readonly findings: number;
  readonly unreadable: number;
  readonly cancelled: boolean;
}

function toDiagnostic(finding: LintedFinding): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(
    new vscode.Range(...findingRange(finding)),
    findingMessage(finding),
    severities[finding.severity] ?? vscode.DiagnosticSeverity.Warning,
  );
  diagnostic.source = 'replylint';
  diagnostic.code = finding.url ? { value: finding.ruleId, target: vscode.Uri.parse(finding.url) } : finding.ruleId;
  return diagnostic;
}

/** A settings section as plain data, to send to the child process. */
function plain(settings: vscode.WorkspaceConfiguration): unknown {
  return JSON.parse(JSON.stringify(settings));
}

function errorDiagnostic(message: string): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), message, vscode.DiagnosticSeverity.Error);
  diagnostic.source = 'replylint';
  return diagnostic;
}

/**
 * "replylint: Lint all canned responses in workspace": runs the bundled server with
 * `--lint-files` in a child process and puts its findings into the Problems panel. A file
 * that is open and linted live drops its entry (the server's findings take over); an edited
 * file drops it too, and a saved or closed one is linted again.
 */
export class WorkspaceLint implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('replylint-workspace');
  /** Files the last run covered, with the folder they came from. */
  private readonly covered = new Map<string, vscode.WorkspaceFolder>();
  /** The lint in progress, if any: cancelling it resolves it as cancelled. */
  private running: { cancel(): void } | undefined;
  /** Files to lint again (saved, or closed), gathered for a moment so that they go in one run. */
  private readonly stale = new Map<string, vscode.WorkspaceFolder>();
  private staleTimer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly serverModule: string,
    /** Whether the language server lints this document live (then its findings come from there). */
    private readonly isLive: (document: vscode.TextDocument) => boolean,
    private readonly output: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      this.collection,
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (this.isLive(document)) this.collection.delete(document.uri);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && this.collection.has(event.document.uri))
          this.collection.delete(event.document.uri);
      }),
      vscode.workspace.onDidSaveTextDocument((document) => this.relint(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.relint(document)),
    );
  }

  /** Lints every canned response of the workspace folders, with progress in a notification. */
  async run(options: { quiet?: boolean } = {}): Promise<WorkspaceLintResult> {
    const folders = vscode.workspace.workspaceFolders?.filter((folder) => folder.uri.scheme === 'file') ?? [];
    if (folders.length === 0) {
      void vscode.window.showWarningMessage('replylint: open a folder to lint its canned responses.');
      return { files: 0, filesWithFindings: 0, findings: 0, unreadable: 0, cancelled: false };
    }
    const request: LintFilesRequest = {
      folders: folders.map((folder) => {
        const settings = vscode.workspace.getConfiguration('replylint', folder.uri);
        return {
          path: folder.uri.fsPath,
          include: settings.get<string[]>('cannedResponses', ['.']),
          settings: plain(settings),
        };
      }),
    };
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'replylint: linting canned responses', cancellable: true },
      (progress, token) => this.lint(request, true, progress, token),
    );
    const { folders: linted, ...counts } = result;
    for (const [path, folder] of linted) this.covered.set(path, folder);
    if (!options.quiet && !result.cancelled) {
      const text = summary(result.files, result.filesWithFindings, result.findings, result.unreadable);
      const open = result.findings + result.unreadable > 0 ? 'Open Problems' : undefined;
      void vscode.window.showInformationMessage(text, ...(open ? [open] : [])).then((choice) => {
        if (choice === open) void vscode.commands.executeCommand('workbench.actions.view.problems');
      });
    }
    return counts;
  }

  /** Lints a file of the last run again (after a save, or once it is no longer open and linted live). */
  private relint(document: vscode.TextDocument): void {
    const folder = this.covered.get(document.uri.fsPath);
    if (!folder || document.uri.scheme !== 'file') return;
    if (!document.isClosed && this.isLive(document)) return;
    this.stale.set(document.uri.fsPath, folder);
    clearTimeout(this.staleTimer);
    this.staleTimer = setTimeout(() => this.relintStale(), 300);
  }

  private relintStale(): void {
    // A full run in progress covers them; otherwise wait for the one in progress.
    if (this.running) {
      this.staleTimer = setTimeout(() => this.relintStale(), 1000);
      return;
    }
    const byFolder = new Map<vscode.WorkspaceFolder, string[]>();
    for (const [path, folder] of this.stale) byFolder.set(folder, [...(byFolder.get(folder) ?? []), path]);
    this.stale.clear();
    if (byFolder.size === 0) return;
    const folders = [...byFolder].map(([folder, include]) => ({
      path: folder.uri.fsPath,
      include,
      settings: plain(vscode.workspace.getConfiguration('replylint', folder.uri)),
    }));
    void this.lint({ folders }, false);
  }

  private lint(
    request: LintFilesRequest,
    replaceAll: boolean,
    progress?: vscode.Progress<{ message?: string; increment?: number }>,
    token?: vscode.CancellationToken,
  ): Promise<WorkspaceLintResult & { folders: Map<string, vscode.WorkspaceFolder> }> {
    this.running?.cancel();
    this.stale.clear();
    const child = fork(this.serverModule, ['--lint-files'], {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      execArgv: [],
      // In desktop VS Code the extension host is Electron: run it as plain Node.
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    const entries: [vscode.Uri, vscode.Diagnostic[]][] = [];
    const folders = new Map<string, vscode.WorkspaceFolder>();
    let total = 0;
    let done = 0;
    const counts = { files: 0, filesWithFindings: 0, findings: 0, unreadable: 0 };
    return new Promise((resolve) => {
      let finished = false;
      const finish = (cancelled: boolean, failure?: string) => {
        if (finished) return;
        finished = true;
        if (this.running === job) this.running = undefined;
        child.kill();
        if (failure) {
          this.output.error(`workspace lint failed: ${failure}${stderr ? `\n${stderr}` : ''}`);
          void vscode.window.showErrorMessage(`replylint: linting the workspace failed: ${failure.split('\n')[0]}`);
        }
        if (!cancelled && !failure) {
          if (replaceAll) this.collection.clear();
          const open = new Map(vscode.workspace.textDocuments.map((document) => [document.uri.toString(), document]));
          for (const [uri, diagnostics] of entries) {
            const document = open.get(uri.toString());
            if (document && this.isLive(document)) this.collection.delete(uri);
            else this.collection.set(uri, diagnostics);
          }
        }
        resolve({ ...counts, cancelled, folders });
      };
      const job = { cancel: () => finish(true) };
      this.running = job;
      token?.onCancellationRequested(() => finish(true));
      child.on('message', (message: LintFilesMessage) => {
        switch (message.type) {
          case 'files':
            total = message.total;
            break;
          case 'file': {
            const uri = vscode.Uri.file(message.path);
            const folder = vscode.workspace.getWorkspaceFolder(uri);
            if (folder) folders.set(uri.fsPath, folder);
            counts.files++;
            const diagnostics = message.error
              ? [errorDiagnostic(`replylint cannot read this file: ${message.error}`)]
              : message.findings.map(toDiagnostic);
            if (message.error) counts.unreadable++;
            if (message.findings.length > 0) counts.filesWithFindings++;
            counts.findings += message.findings.length;
            entries.push([uri, diagnostics]);
            done++;
            progress?.report({
              message: `${done} of ${total}: ${vscode.workspace.asRelativePath(uri)}`,
              increment: total > 0 ? 100 / total : 0,
            });
            break;
          }
          case 'config-problem': {
            const where = message.path ? `${message.path}: ` : '';
            this.output.warn(`workspace lint: ${where}${message.message}`);
            if (message.path) {
              entries.push([
                vscode.Uri.file(message.path),
                [errorDiagnostic(`replylint cannot use this configuration: ${message.message}`)],
              ]);
            } else void vscode.window.showWarningMessage(`replylint: ${message.message}`);
            break;
          }
          case 'done':
            finish(false);
            break;
          case 'failed':
            finish(false, message.message);
            break;
        }
      });
      child.on('error', (error) => finish(false, error.message));
      // 'close' comes after the last message has been delivered.
      child.on('close', (code, signal) => finish(false, `the lint process ended early (${signal ?? `exit code ${code}`})`));
      child.send(request);
    });
  }

  dispose(): void {
    clearTimeout(this.staleTimer);
    this.running?.cancel();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
