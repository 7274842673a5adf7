import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Format, rules } from 'replylint';
import {
  type CancellationToken,
  type ClientCapabilities,
  type CodeAction,
  type CodeActionParams,
  type Command,
  type Connection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  type DidChangeWatchedFilesParams,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  type ExecuteCommandParams,
  type Hover,
  type HoverParams,
  type InitializeParams,
  type InitializeResult,
  LSPErrorCodes,
  MessageType,
  PositionEncodingKind,
  type PublishDiagnosticsParams,
  ResponseError,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { allowPhraseCommand, codeActions } from './code-actions.js';
import { allowPhraseEdit, type EditSupport } from './config-edits.js';
import { type EffectiveConfig, isConfigFile, isInside, untitledPath, WorkspaceConfiguration } from './configuration.js';
import { inputErrorDiagnostic, toDiagnostic } from './diagnostics.js';
import { formatOf } from './formats.js';
import { hoverAt } from './hover.js';
import { type DocumentFindings, lintDocument } from './lint-document.js';
import { defaultSettings, readSettings, type Settings } from './settings.js';

export const setCustomerNameCommand = 'replylint.setCustomerName';
export const reloadConfigurationCommand = 'replylint.reloadConfiguration';
/** For clients without code action literals: apply a workspace edit (then run a command) on the server's behalf. */
export const applyEditCommand = 'replylint.applyWorkspaceEdit';
export const commands = [setCustomerNameCommand, allowPhraseCommand, reloadConfigurationCommand, applyEditCommand];

/** The findings for one version of a document under one configuration. */
interface Outcome extends DocumentFindings {
  /** Document version + configuration epoch + name epoch: equal keys, equal results. */
  readonly key: string;
  readonly version: number;
  readonly format: Format | undefined;
  readonly config: EffectiveConfig | undefined;
  /** Set when linting failed for a reason that is a bug, not the user's input. */
  readonly failure?: string;
  readonly resultId: string;
}

interface DocumentState {
  timer?: NodeJS.Timeout;
  /** The version didOpen delivered, so that the change event that follows it does not lint twice. */
  openedVersion?: number;
  result?: Outcome;
  running?: { key: string; promise: Promise<Outcome> };
  /** The key of the diagnostics last published (push), to skip publishing the same twice. */
  published?: string;
  /** How long the last lint of this document took, in milliseconds. */
  lintMs?: number;
}

interface Capabilities {
  pull: boolean;
  pullRefresh: boolean;
  configuration: boolean;
  configurationRegistration: boolean;
  watchRegistration: boolean;
  markdownHover: boolean;
  codeActionLiterals: boolean;
  edits: EditSupport;
  workspaceFolders: boolean;
}

function capabilitiesOf(client: ClientCapabilities): Capabilities {
  return {
    pull: client.textDocument?.diagnostic !== undefined,
    pullRefresh: client.workspace?.diagnostics?.refreshSupport === true,
    configuration: client.workspace?.configuration === true,
    configurationRegistration: client.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    watchRegistration: client.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    markdownHover: client.textDocument?.hover?.contentFormat?.includes('markdown') ?? false,
    codeActionLiterals: client.textDocument?.codeAction?.codeActionLiteralSupport !== undefined,
    edits: {
      documentChanges: client.workspace?.workspaceEdit?.documentChanges === true,
      createFiles: client.workspace?.workspaceEdit?.resourceOperations?.includes('create') ?? false,
    },
    workspaceFolders: client.workspace?.workspaceFolders === true,
  };
}

function pathOf(uri: unknown): string | undefined {
  if (typeof uri !== 'string' || !uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function invalidParams(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

/** The `textDocument.uri` of a request's params, or an InvalidParams error. */
function documentUri(params: unknown): string {
  const textDocument = (params as { textDocument?: { uri?: unknown } } | null | undefined)?.textDocument;
  if (typeof textDocument?.uri !== 'string') throw invalidParams('textDocument.uri must be a string');
  return textDocument.uri;
}

function isPosition(value: unknown): value is { line: number; character: number } {
  const position = value as { line?: unknown; character?: unknown } | null | undefined;
  return (
    Number.isInteger(position?.line) &&
    Number.isInteger(position?.character) &&
    (position?.line as number) >= 0 &&
    (position?.character as number) >= 0
  );
}

/** A lint slower than this (a huge draft) makes the next one wait at least as long after a keystroke. */
const slowLintMs = 100;

const watchedConfigGlobs = [
  '**/.replylintrc',
  '**/.replylintrc.json',
  '**/.replylintrc.yaml',
  '**/.replylintrc.yml',
  '**/package.json',
];

/**
 * The replylint language server: keeps the open documents, lints them through the library
 * (debounced, never publishing a stale result), and answers diagnostics, code action,
 * hover and command requests.
 */
export class ReplylintServer {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly states = new Map<string, DocumentState>();
  /** Names set with `replylint.setCustomerName`, by document URI (kept when the document closes). */
  private readonly customerNames = new Map<string, string>();
  private readonly nameEpochs = new Map<string, number>();
  private readonly configuration = new WorkspaceConfiguration();
  private caps: Capabilities = capabilitiesOf({});
  private folders: string[] = [];
  /** Settings from `workspace/configuration`, by scope URI ('' for the workspace). */
  private settingsCache = new Map<string, Promise<Settings>>();
  /** Settings pushed with `workspace/didChangeConfiguration`, for clients without `workspace/configuration`. */
  private pushedSettings: Settings = defaultSettings;
  private settingsEpoch = 0;
  private trace: Settings['trace'] = 'off';
  private readonly told = new Set<string>();
  private resultCounter = 0;
  private shuttingDown = false;

  /** Whether the client has asked the server to shut down. */
  get shutdownRequested(): boolean {
    return this.shuttingDown;
  }
  private relintTimer: NodeJS.Timeout | undefined;

  constructor(private readonly connection: Connection) {}

  listen(): void {
    const { connection, documents } = this;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => this.guard('initialized', () => this.initialized()));
    connection.onShutdown(() => {
      this.shuttingDown = true;
      clearTimeout(this.relintTimer);
      for (const state of this.states.values()) clearTimeout(state.timer);
    });

    documents.onDidOpen((event) =>
      this.guard('didOpen', () => {
        const state = this.stateOf(event.document.uri);
        state.openedVersion = event.document.version;
        state.published = undefined;
        this.schedule(event.document, 0);
      }),
    );
    documents.onDidChangeContent((event) =>
      this.guard('didChange', async () => {
        const state = this.stateOf(event.document.uri);
        if (state.openedVersion === event.document.version) return;
        state.openedVersion = undefined;
        const settings = await this.settingsFor(event.document.uri);
        // A document that takes long to lint waits at least that long between lints, so that
        // typing in a huge draft never keeps the server busy with lints that are already stale.
        const lintMs = this.states.get(event.document.uri)?.lintMs ?? 0;
        const wait = lintMs >= slowLintMs ? Math.min(Math.round(lintMs), 2000) : 0;
        this.schedule(event.document, Math.max(settings.debounceMs, wait));
      }),
    );
    documents.onDidClose((event) =>
      this.guard('didClose', () => {
        const state = this.states.get(event.document.uri);
        clearTimeout(state?.timer);
        this.states.delete(event.document.uri);
        if (!this.caps.pull) void this.connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
      }),
    );
    documents.onDidSave(() =>
      this.guard('didSave', () => {
        // Without file watching, a save is the moment configuration files may have changed.
        if (!this.caps.watchRegistration) this.configurationChanged();
      }),
    );
    documents.listen(connection);

    connection.onDidChangeConfiguration((params) =>
      this.guard('didChangeConfiguration', () => {
        this.settingsCache = new Map();
        if (!this.caps.configuration) {
          const section = (params?.settings as { replylint?: unknown } | null | undefined)?.replylint;
          const { settings, problems } = readSettings(section);
          this.pushedSettings = settings;
          for (const problem of problems) this.tell(problem, MessageType.Warning);
        }
        this.settingsEpoch++;
        void this.refreshTrace();
        this.relintAll();
      }),
    );
    connection.onDidChangeWatchedFiles((params) => this.guard('didChangeWatchedFiles', () => this.filesChanged(params)));

    connection.onCodeAction((params, token) => this.request('codeAction', () => this.codeAction(params, token)));
    connection.onHover((params) => this.request('hover', () => this.hover(params)));
    connection.languages.diagnostics.on((params, token) => this.request('diagnostic', () => this.pull(params, token)));
    connection.onExecuteCommand((params) => this.request('executeCommand', () => this.execute(params)));

    connection.listen();
  }

  // ---- lifecycle -------------------------------------------------------------------

  private initialize(params: InitializeParams): InitializeResult {
    this.caps = capabilitiesOf(params.capabilities ?? {});
    const folders = params.workspaceFolders?.map((folder) => pathOf(folder.uri)) ?? [];
    const root = params.rootUri ? pathOf(params.rootUri) : (params.rootPath ?? undefined);
    this.folders = [...new Set([...folders, ...(folders.length === 0 && root ? [root] : [])])].filter(
      (path): path is string => path !== undefined,
    );
    // Settings may also come with initialize, as `initializationOptions: { replylint: {…} }`
    // (what Helix sends); clients that answer workspace/configuration are asked there too.
    const initial = (params.initializationOptions as { replylint?: unknown } | null | undefined)?.replylint;
    if (initial !== undefined) {
      const { settings, problems } = readSettings(initial);
      this.pushedSettings = settings;
      for (const problem of problems) this.tell(problem, MessageType.Warning);
    }
    return {
      capabilities: {
        positionEncoding: PositionEncodingKind.UTF16,
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: this.caps.codeActionLiterals
          ? { codeActionKinds: ['quickfix', 'source.fixAll.replylint'], resolveProvider: false }
          : true,
        hoverProvider: true,
        executeCommandProvider: { commands },
        ...(this.caps.pull
          ? { diagnosticProvider: { identifier: 'replylint', interFileDependencies: false, workspaceDiagnostics: false } }
          : {}),
        ...(this.caps.workspaceFolders
          ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } }
          : {}),
      },
      serverInfo: { name: 'replylint-language-server', version: serverVersion() },
    };
  }

  private async initialized(): Promise<void> {
    if (this.caps.watchRegistration) {
      await this.connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: watchedConfigGlobs.map((globPattern) => ({ globPattern })),
      });
    }
    if (this.caps.configuration && this.caps.configurationRegistration) {
      await this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'replylint' });
    }
    if (this.caps.workspaceFolders) {
      this.connection.workspace.onDidChangeWorkspaceFolders((event) =>
        this.guard('didChangeWorkspaceFolders', () => {
          const removed = new Set(event.removed.map((folder) => pathOf(folder.uri)));
          this.folders = [
            ...this.folders.filter((folder) => !removed.has(folder)),
            ...event.added.map((folder) => pathOf(folder.uri)).filter((path): path is string => path !== undefined),
          ];
          this.configurationChanged();
        }),
      );
    }
    await this.refreshTrace();
  }

  // ---- settings and configuration ----------------------------------------------------

  private settingsFor(uri: string | undefined): Promise<Settings> {
    if (!this.caps.configuration) return Promise.resolve(this.pushedSettings);
    const key = uri ?? '';
    let found = this.settingsCache.get(key);
    if (!found) {
      found = this.connection.workspace
        .getConfiguration(uri ? { scopeUri: uri, section: 'replylint' } : { section: 'replylint' })
        .then(
          (raw: unknown) => {
            // No such section in the client: the settings that came with initialize or a push, if any.
            if (raw === null || raw === undefined) return this.pushedSettings;
            const { settings, problems } = readSettings(raw);
            for (const problem of problems) this.tell(problem, MessageType.Warning);
            return settings;
          },
          (error: unknown) => {
            this.log(`workspace/configuration failed: ${describe(error)}; using the settings from initialize or the defaults`);
            return this.pushedSettings;
          },
        );
      this.settingsCache.set(key, found);
    }
    return found;
  }

  private async refreshTrace(): Promise<void> {
    this.trace = (await this.settingsFor(undefined)).trace;
  }

  private filesChanged(params: DidChangeWatchedFilesParams): void {
    const changed = (params?.changes ?? [])
      .map((change) => pathOf(change?.uri))
      .filter((path): path is string => path !== undefined && isConfigFile(path) && !/[\\/]node_modules[\\/]/.test(path));
    if (changed.length === 0) return;
    if (this.trace !== 'off') this.log(`configuration changed: ${changed.join(', ')}`);
    this.configurationChanged(changed);
  }

  /** Configuration files (or folders) changed: read them afresh and lint every open document again. */
  private configurationChanged(changed?: readonly string[]): void {
    this.configuration.invalidate(changed);
    this.told.clear();
    this.relintAll();
  }

  /** Lints every open document again (pull: asks the client to pull again), once for a burst of changes. */
  private relintAll(): void {
    clearTimeout(this.relintTimer);
    this.relintTimer = setTimeout(() => {
      this.relintTimer = undefined;
      if (this.shuttingDown) return;
      if (this.caps.pull) {
        if (this.caps.pullRefresh) void this.connection.languages.diagnostics.refresh().catch(() => undefined);
        return;
      }
      for (const document of this.documents.all()) this.schedule(document, 0);
    }, 20);
  }

  // ---- linting -----------------------------------------------------------------------

  private stateOf(uri: string): DocumentState {
    let state = this.states.get(uri);
    if (!state) {
      state = {};
      this.states.set(uri, state);
    }
    return state;
  }

  private keyOf(document: TextDocument): string {
    return `${document.version}:${this.configuration.generation}:${this.settingsEpoch}:${this.nameEpochs.get(document.uri) ?? 0}`;
  }

  private folderOf(path: string | undefined): string | undefined {
    const candidates = path ? this.folders.filter((folder) => isInside(folder, path)) : [];
    return candidates.sort((a, b) => b.length - a.length)[0] ?? (path ? undefined : this.folders[0]);
  }

  /** Push mode: lint after `delay` ms unless another change comes first, then publish if still current. */
  private schedule(document: TextDocument, delay: number): void {
    if (this.caps.pull || this.shuttingDown) return;
    const state = this.stateOf(document.uri);
    clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      void this.guard('publish', () => this.publish(document.uri));
    }, delay);
  }

  private async publish(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    if (!document) return;
    const outcome = await this.resultFor(document);
    const current = this.documents.get(uri);
    const state = this.states.get(uri);
    // A newer version (or configuration) has its own lint scheduled: never show this one.
    if (!current || !state || outcome.key !== this.keyOf(current) || this.shuttingDown) return;
    if (state.published === outcome.key) return;
    state.published = outcome.key;
    const params: PublishDiagnosticsParams = { uri, version: outcome.version, diagnostics: this.diagnosticsOf(current, outcome) };
    await this.connection.sendDiagnostics(params);
  }

  /** The result for the document's current version: cached, already running, or started now. */
  private resultFor(document: TextDocument): Promise<Outcome> {
    const state = this.stateOf(document.uri);
    const key = this.keyOf(document);
    if (state.result?.key === key) return Promise.resolve(state.result);
    if (state.running?.key === key) return state.running.promise;
    const promise = this.lint(document, key).then((outcome) => {
      if (state.running?.promise === promise) state.running = undefined;
      const current = this.documents.get(document.uri);
      if (current && this.keyOf(current) === outcome.key) state.result = outcome;
      return outcome;
    });
    state.running = { key, promise };
    return promise;
  }

  private async lint(document: TextDocument, key: string): Promise<Outcome> {
    // Take the text and version now: the document object changes in place with the next edit.
    const text = document.getText();
    const version = document.version;
    const uri = document.uri;
    const format = formatOf(document.languageId, uri);
    const resultId = String(++this.resultCounter);
    const empty = { key, version, format, findings: [], encoders: new Map(), resultId };
    try {
      const settings = await this.settingsFor(uri);
      if (!settings.enable || !format) return { ...empty, config: undefined };
      const path = pathOf(uri);
      const folder = this.folderOf(path);
      const configPath = path ?? (folder ? untitledPath(folder) : undefined);
      const config = await this.configuration.forDocument(configPath, settings);
      for (const problem of config.problems) this.tell(`replylint: ${problem}`, MessageType.Error);
      const started = performance.now();
      const cpu = process.cpuUsage();
      const found = await lintDocument(
        text,
        format,
        path ?? uri,
        config,
        this.customerNames.get(uri) ?? (settings.customerName || undefined),
      );
      const elapsed = performance.now() - started;
      const state = this.states.get(uri);
      if (state) state.lintMs = elapsed;
      if (settings.trace !== 'off') {
        const ms = elapsed.toFixed(1);
        const used = process.cpuUsage(cpu);
        const cpuMs = ((used.user + used.system) / 1000).toFixed(1);
        this.log(
          `linted ${uri} (v${version}, ${format}, ${text.length} chars) in ${ms} ms (${cpuMs} ms CPU): ${found.findings.length} findings`,
        );
        if (settings.trace === 'verbose') {
          this.log(
            `  configuration: ${config.files.join(', ') || '(no files)'}; preset ${config.preset}; rules ${JSON.stringify(config.rules)}; allow ${JSON.stringify(config.allow)}${found.customerName ? `; customer name "${found.customerName}" from the command or settings, for a draft that names nobody` : ''}`,
          );
        }
      }
      return { ...found, key, version, format, config, resultId };
    } catch (error) {
      this.connection.console.error(`replylint: linting ${uri} failed: ${error instanceof Error ? error.stack : String(error)}`);
      return { ...empty, config: undefined, failure: describe(error) };
    }
  }

  private diagnosticsOf(document: TextDocument, outcome: Outcome) {
    if (outcome.failure) return [inputErrorDiagnostic(document, outcome.failure, true)];
    const diagnostics = outcome.findings.map((finding) => toDiagnostic(document, finding));
    if (outcome.inputError) diagnostics.unshift(inputErrorDiagnostic(document, outcome.inputError));
    return diagnostics;
  }

  /** The result for exactly the document's current version, linting again if it changed meanwhile. */
  private async currentResult(document: TextDocument, token?: CancellationToken): Promise<Outcome> {
    for (let attempt = 0; ; attempt++) {
      const outcome = await this.resultFor(document);
      if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      const current = this.documents.get(document.uri);
      if (!current) throw new ResponseError(LSPErrorCodes.ContentModified, 'the document was closed');
      if (outcome.key === this.keyOf(current)) return outcome;
      if (attempt >= 5) {
        throw new ResponseError(LSPErrorCodes.ServerCancelled, 'the document keeps changing', { retriggerRequest: true });
      }
      document = current;
    }
  }

  // ---- requests ----------------------------------------------------------------------

  private async pull(params: DocumentDiagnosticParams, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const uri = documentUri(params);
    const document = this.documents.get(uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const outcome = await this.currentResult(document, token);
    if (params.previousResultId !== undefined && params.previousResultId === outcome.resultId) {
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: outcome.resultId };
    }
    return { kind: DocumentDiagnosticReportKind.Full, resultId: outcome.resultId, items: this.diagnosticsOf(document, outcome) };
  }

  private async codeAction(params: CodeActionParams, token: CancellationToken): Promise<(CodeAction | Command)[] | null> {
    const uri = documentUri(params);
    const range = params.range;
    if (!isPosition(range?.start) || !isPosition(range?.end)) throw invalidParams('range must have a start and an end position');
    const document = this.documents.get(uri);
    if (!document) return null;
    const outcome = await this.currentResult(document, token);
    if (!outcome.format || outcome.findings.length === 0) return [];
    const current = this.documents.get(uri) as TextDocument;
    const path = pathOf(uri);
    const folder = this.folderOf(path);
    const only = Array.isArray(params.context?.only) ? params.context.only : undefined;
    const actions = await codeActions(
      {
        document: current,
        format: outcome.format,
        findings: outcome.findings,
        encoders: outcome.encoders,
        support: this.caps.edits,
        start: current.offsetAt(range.start),
        end: current.offsetAt(range.end),
        only,
        allowEdit: (phrase) =>
          path || folder
            ? allowPhraseEdit(
                phrase,
                outcome.config?.files ?? [],
                path ?? untitledPath(folder as string),
                folder,
                this.caps.edits,
              )
            : Promise.resolve(undefined),
      },
      (id) => rules[id] !== undefined,
    );
    if (this.caps.codeActionLiterals) return actions;
    // Clients without code action literals get commands that ask the server to apply the edit.
    return actions.map((action) => ({
      title: action.title,
      command: applyEditCommand,
      arguments: [action.edit, action.command ?? null],
    }));
  }

  private async hover(params: HoverParams): Promise<Hover | null> {
    const uri = documentUri(params);
    if (!isPosition(params.position)) throw invalidParams('position must have a line and a character');
    const document = this.documents.get(uri);
    if (!document) return null;
    const outcome = await this.currentResult(document);
    const current = this.documents.get(uri) as TextDocument;
    return hoverAt(current, outcome.findings, current.offsetAt(params.position), this.caps.markdownHover);
  }

  private async execute(params: ExecuteCommandParams): Promise<unknown> {
    const args = Array.isArray(params?.arguments) ? params.arguments : [];
    switch (params?.command) {
      case setCustomerNameCommand: {
        const [uri, name] = args;
        if (typeof uri !== 'string' || (name !== null && name !== undefined && typeof name !== 'string')) {
          throw invalidParams(`${setCustomerNameCommand} takes [documentUri: string, name: string | null]`);
        }
        const trimmed = typeof name === 'string' ? name.trim() : '';
        if (trimmed === '') this.customerNames.delete(uri);
        else this.customerNames.set(uri, trimmed);
        this.nameEpochs.set(uri, (this.nameEpochs.get(uri) ?? 0) + 1);
        const document = this.documents.get(uri);
        if (document) {
          if (this.caps.pull) {
            if (this.caps.pullRefresh) void this.connection.languages.diagnostics.refresh().catch(() => undefined);
          } else this.schedule(document, 0);
        }
        return { uri, customerName: trimmed === '' ? null : trimmed };
      }
      case allowPhraseCommand: {
        const [configPath, phrase] = args;
        if (typeof configPath !== 'string' || typeof phrase !== 'string' || phrase.trim() === '') {
          throw invalidParams(`${allowPhraseCommand} takes [configurationFilePath: string, phrase: string]`);
        }
        this.configuration.allowNow(configPath, phrase.trim());
        this.relintAll();
        return null;
      }
      case reloadConfigurationCommand:
        this.settingsCache = new Map();
        this.settingsEpoch++;
        this.configurationChanged();
        return null;
      case applyEditCommand: {
        const [edit, then] = args;
        if (!edit || typeof edit !== 'object') throw invalidParams(`${applyEditCommand} takes [WorkspaceEdit, Command | null]`);
        const applied = await this.connection.workspace.applyEdit(edit);
        if (applied.applied && then && typeof then === 'object') await this.execute(then as ExecuteCommandParams);
        return null;
      }
      default:
        throw new ResponseError(ErrorCodes.InvalidParams, `unknown command ${JSON.stringify(params?.command)}`);
    }
  }

  // ---- plumbing ----------------------------------------------------------------------

  /** Runs a notification handler: an exception is logged, never thrown into the connection. */
  private guard(what: string, run: () => void | Promise<void>): void {
    try {
      const result = run();
      if (result instanceof Promise) result.catch((error: unknown) => this.failed(what, error));
    } catch (error) {
      this.failed(what, error);
    }
  }

  /** Runs a request handler: ResponseErrors go back as they are, anything else as an InternalError with the reason. */
  private async request<T>(what: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      this.failed(what, error);
      throw new ResponseError(ErrorCodes.InternalError, `replylint: ${what} failed: ${describe(error)}`);
    }
  }

  private failed(what: string, error: unknown): void {
    this.connection.console.error(`replylint: ${what} failed: ${error instanceof Error ? error.stack : String(error)}`);
  }

  private log(message: string): void {
    this.connection.console.log(`replylint: ${message}`);
  }

  /** Tells the user about a problem once (until configuration changes), and logs it. */
  private tell(message: string, type: MessageType): void {
    this.connection.console.log(message);
    if (this.told.has(message)) return;
    this.told.add(message);
    // A notification, not window/showMessageRequest: there is nothing to choose, and no reply to wait for.
    void this.connection.sendNotification(ShowMessageNotification.type, { type, message }).catch(() => undefined);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

let version: string | undefined;

export function serverVersion(): string {
  if (!version) {
    try {
      version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
    } catch {
      version = '0.0.0';
    }
  }
  return version;
}
