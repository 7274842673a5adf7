/**
 * The replylint extension: a thin client of the bundled replylint language server. All
 * linting happens in the server (diagnostics, quick fixes, hovers, rule links); the extension
 * starts it when the first draft opens, and adds the commands, the status-bar item and the
 * workspace lint.
 */
import { readFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  State,
  TransportKind,
} from 'vscode-languageclient/node';
import { commands, serverSetCustomerName } from './commands.js';
import { documentSelector, isLinted, languagesSetting, serverLanguageId } from './languages.js';
import { countFindings, type ServerState, statusView } from './status.js';
import { WorkspaceLint, type WorkspaceLintResult } from './workspace-lint.js';

interface RuleInfo {
  readonly id: string;
  readonly summary: string;
  readonly url: string;
  readonly severity: string;
  readonly presets: readonly string[];
}

/** What `activate` returns: for other extensions, and for the end-to-end test. */
export interface ReplylintApi {
  /** Resolves once the language server runs (starting it if needed). */
  ready(): Promise<void>;
  /** The status-bar item's text and tooltip for the active editor, as shown. */
  status(): { text: string; tooltip: string; visible: boolean };
  /** The name set with the command for a document, if any. */
  customerName(uri: vscode.Uri): string | undefined;
}

const sleep = (ms: number, token: vscode.CancellationToken) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    token.onCancellationRequested(() => {
      clearTimeout(timer);
      resolve();
    });
  });

class Extension implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<void> | undefined;
  private state: ServerState = 'idle';
  private languages = languagesSetting(vscode.workspace.getConfiguration('replylint').get('languages'));
  private readonly output = vscode.window.createOutputChannel('replylint', { log: true });
  private readonly status = vscode.window.createStatusBarItem('replylint.status', vscode.StatusBarAlignment.Right, 100);
  private statusVisible = false;
  /** Names set with the command, by document URI: sent again when the server restarts. */
  private readonly names = new Map<string, string>();
  /** When each document last changed, to debounce diagnostic pulls (`replylint.debounceMs`). */
  private readonly lastChange = new Map<string, number>();
  private readonly workspaceLint: WorkspaceLint;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly context: vscode.ExtensionContext) {
    this.status.name = 'replylint';
    this.workspaceLint = new WorkspaceLint(this.serverModule, (document) => this.isLive(document), this.output);
    this.disposables.push(this.output, this.status, this.workspaceLint);
  }

  private get serverModule(): string {
    return this.context.asAbsolutePath('dist/server.mjs');
  }

  activate(): ReplylintApi {
    const { disposables } = this;
    disposables.push(
      vscode.commands.registerCommand(commands.setCustomerName, (name?: unknown, uri?: unknown) =>
        this.setCustomerName(typeof name === 'string' ? name : undefined, uri),
      ),
      vscode.commands.registerCommand(commands.lintWorkspace, (options?: { quiet?: boolean }) =>
        this.workspaceLint.run({ quiet: options?.quiet === true }),
      ),
      vscode.commands.registerCommand(commands.showRuleDocumentation, (ruleId?: unknown) =>
        this.showRuleDocumentation(typeof ruleId === 'string' ? ruleId : undefined),
      ),
      vscode.commands.registerCommand(commands.restartServer, () => this.restart()),
      vscode.workspace.onDidOpenTextDocument((document) => this.maybeStart(document)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.lastChange.set(event.document.uri.toString(), Date.now());
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.lastChange.delete(document.uri.toString())),
      vscode.window.onDidChangeActiveTextEditor(() => this.updateStatus()),
      vscode.languages.onDidChangeDiagnostics(() => this.updateStatus()),
      vscode.workspace.onDidChangeConfiguration((event) => this.configurationChanged(event)),
    );
    for (const document of vscode.workspace.textDocuments) this.maybeStart(document);
    this.updateStatus();
    return {
      ready: () => this.ensureStarted(),
      status: () => ({ text: this.status.text, tooltip: String(this.status.tooltip ?? ''), visible: this.statusVisible }),
      customerName: (uri) => this.names.get(uri.toString()),
    };
  }

  // ---- the language client -------------------------------------------------------------

  private isLive(document: vscode.TextDocument): boolean {
    return isLinted(document, this.languages);
  }

  /** Starts the server when a document it lints opens (and linting is on for it). */
  private maybeStart(document: vscode.TextDocument): void {
    if (this.client || this.starting || !this.isLive(document)) return;
    if (!vscode.workspace.getConfiguration('replylint', document.uri).get<boolean>('enable', true)) return;
    void this.ensureStarted();
  }

  ensureStarted(): Promise<void> {
    if (this.client?.state === State.Running) return Promise.resolve();
    this.starting ??= this.start().finally(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  private clientOptions(): LanguageClientOptions {
    return {
      documentSelector: documentSelector(this.languages),
      outputChannel: this.output,
      // Settings come from workspace/configuration (section `replylint`); the server
      // registers for their changes and watches the .replylintrc files itself.
      middleware: {
        // A language the user opted in but the server does not know is read as plain text.
        didOpen: (document, next) => {
          const languageId = serverLanguageId(document.languageId);
          if (languageId === document.languageId) return next(document);
          return next(
            new Proxy(document, { get: (target, key) => (key === 'languageId' ? languageId : Reflect.get(target, key)) }),
          );
        },
        // The server debounces the diagnostics it pushes; VS Code pulls them after each
        // change instead, so the pull waits here until typing pauses for `debounceMs`.
        provideDiagnostics: async (document, previousResultId, token, next) => {
          const uri = document instanceof vscode.Uri ? document : document.uri;
          const changed = this.lastChange.get(uri.toString());
          if (changed !== undefined) {
            const debounce = vscode.workspace.getConfiguration('replylint', uri).get<number>('debounceMs', 200);
            const wait = changed + debounce - Date.now();
            if (wait > 0) await sleep(wait, token);
            if (token.isCancellationRequested) throw new vscode.CancellationError();
          }
          return next(document, previousResultId, token);
        },
      },
      diagnosticPullOptions: { onChange: true, onSave: true },
    };
  }

  private async start(): Promise<void> {
    // A client that stopped for good (crashed too often, or failed to start) is replaced.
    const previous = this.client;
    this.client = undefined;
    await previous?.dispose(2000).catch(() => undefined);
    const run = { module: this.serverModule, transport: TransportKind.ipc };
    const serverOptions: ServerOptions = {
      run,
      debug: { ...run, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
    };
    const client = new LanguageClient('replylint', 'replylint', serverOptions, this.clientOptions());
    this.client = client;
    this.setState('starting');
    client.onDidChangeState((event) => {
      if (this.client !== client) return;
      if (event.newState === State.Running) this.setState('running');
      else if (event.newState === State.Stopped) this.setState('stopped');
    });
    try {
      await client.start();
    } catch (error) {
      this.output.error(`the replylint server did not start: ${error instanceof Error ? error.message : String(error)}`);
      this.setState('stopped');
      void vscode.window.showErrorMessage('replylint: the language server did not start. See the "replylint" output for why.');
      return;
    }
    // The server forgets names when it restarts: tell it again.
    for (const [uri, name] of this.names) {
      await this.sendCustomerName(vscode.Uri.parse(uri), name).catch(() => undefined);
    }
  }

  private async restart(): Promise<void> {
    await this.starting?.catch(() => undefined);
    const old = this.client;
    this.client = undefined;
    if (old) {
      this.setState('starting');
      await old.dispose(2000).catch((error: unknown) => this.output.warn(`stopping the server: ${String(error)}`));
    }
    await this.ensureStarted();
    if (this.state === 'running') this.output.info('replylint server restarted');
  }

  private configurationChanged(event: vscode.ConfigurationChangeEvent): void {
    if (event.affectsConfiguration('replylint.languages')) {
      this.languages = languagesSetting(vscode.workspace.getConfiguration('replylint').get('languages'));
      // The document selector is fixed when the client starts: restart — after the running
      // client has passed this configuration change on (its listener runs after this one).
      if (this.client) setTimeout(() => void this.restart(), 0);
      else for (const document of vscode.workspace.textDocuments) this.maybeStart(document);
    } else if (event.affectsConfiguration('replylint.enable')) {
      for (const document of vscode.workspace.textDocuments) this.maybeStart(document);
    }
    this.updateStatus();
  }

  // ---- commands ------------------------------------------------------------------------

  private async sendCustomerName(uri: vscode.Uri, name: string): Promise<void> {
    const client = this.client;
    if (!client) return;
    await client.sendRequest(ExecuteCommandRequest.type, {
      command: serverSetCustomerName,
      arguments: [client.code2ProtocolConverter.asUri(uri), name],
    });
  }

  /** "replylint: Set customer name for this draft": asks for the name (unless given) and tells the server. */
  private async setCustomerName(given?: string, target?: unknown): Promise<string | undefined> {
    const uri = target instanceof vscode.Uri ? target : typeof target === 'string' ? vscode.Uri.parse(target) : undefined;
    const document = uri
      ? vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString())
      : vscode.window.activeTextEditor?.document;
    if (!document) {
      void vscode.window.showWarningMessage('replylint: open a draft first, then set the customer name for it.');
      return undefined;
    }
    if (!this.isLive(document)) {
      void vscode.window.showWarningMessage(
        `replylint does not lint ${document.languageId} documents: add "${document.languageId}" to the setting "replylint.languages".`,
      );
      return undefined;
    }
    const key = document.uri.toString();
    const name =
      given ??
      (await vscode.window.showInputBox({
        title: 'replylint: customer name for this draft',
        prompt:
          'The name the reply should greet the customer by, when the draft does not say (no front matter, To: header or quoted thread). Leave empty to clear.',
        placeHolder: 'Jane Smith',
        value: this.names.get(key) ?? '',
      }));
    if (name === undefined) return undefined;
    const trimmed = name.trim();
    if (trimmed === '') this.names.delete(key);
    else this.names.set(key, trimmed);
    await this.ensureStarted();
    await this.sendCustomerName(document.uri, trimmed);
    return trimmed;
  }

  private async rules(): Promise<RuleInfo[]> {
    const text = await readFile(this.context.asAbsolutePath('dist/rules.json'), 'utf8');
    return JSON.parse(text) as RuleInfo[];
  }

  /** "replylint: Show rule documentation": pick a rule (those found in the active draft first), open its page. */
  private async showRuleDocumentation(ruleId?: string): Promise<string | undefined> {
    const rules = await this.rules();
    let rule = ruleId ? rules.find((candidate) => candidate.id === ruleId) : undefined;
    if (!rule) {
      const editor = vscode.window.activeTextEditor;
      const found = new Map<string, number>();
      let atCursor: string | undefined;
      for (const diagnostic of editor ? vscode.languages.getDiagnostics(editor.document.uri) : []) {
        if (diagnostic.source !== 'replylint') continue;
        const id = typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code ?? '');
        found.set(id, (found.get(id) ?? 0) + 1);
        if (editor && diagnostic.range.contains(editor.selection.active)) atCursor ??= id;
      }
      const order = (id: string) => (id === atCursor ? 0 : found.has(id) ? 1 : 2);
      const items = [...rules]
        .sort((a, b) => order(a.id) - order(b.id))
        .map((candidate) => ({
          label: candidate.id,
          description: found.has(candidate.id)
            ? `${found.get(candidate.id)} in this draft`
            : candidate.presets.includes('recommended')
              ? ''
              : 'strict preset',
          detail: candidate.summary,
          rule: candidate,
        }));
      const picked = await vscode.window.showQuickPick(items, {
        title: 'replylint: rule documentation',
        placeHolder: 'Pick a rule to read why it matters, what it flags and what to write instead',
        matchOnDetail: true,
      });
      rule = picked?.rule;
    }
    if (!rule) return undefined;
    // The same page the findings link to (their code's link).
    const url = rule.url;
    await vscode.env.openExternal(vscode.Uri.parse(url)).then(undefined, (error: unknown) => {
      // No browser to open it in (or the editor refused): show the link instead.
      this.output.warn(`opening ${url}: ${error instanceof Error ? error.message : String(error)}`);
      void vscode.window.showInformationMessage(`replylint: ${rule.id} is documented at ${url}`);
    });
    return url;
  }

  // ---- status bar ----------------------------------------------------------------------

  private setState(state: ServerState): void {
    this.state = state;
    this.updateStatus();
  }

  private updateStatus(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !this.isLive(document)) {
      this.status.hide();
      this.statusVisible = false;
      return;
    }
    const enabled = vscode.workspace.getConfiguration('replylint', document.uri).get<boolean>('enable', true);
    const counts = countFindings(vscode.languages.getDiagnostics(document.uri));
    const view = statusView(counts, this.state, enabled);
    this.status.text = view.text;
    this.status.tooltip = view.tooltip;
    this.status.command = view.command === 'restart' ? commands.restartServer : 'workbench.actions.view.problems';
    this.status.backgroundColor = view.alert ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.status.show();
    this.statusVisible = true;
  }

  async dispose(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    await client?.dispose(2000).catch(() => undefined);
    for (const disposable of this.disposables) disposable.dispose();
  }
}

let extension: Extension | undefined;

export function activate(context: vscode.ExtensionContext): ReplylintApi {
  extension = new Extension(context);
  return extension.activate();
}

export async function deactivate(): Promise<void> {
  await extension?.dispose();
  extension = undefined;
}

export type { WorkspaceLintResult };
