import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Finding, type Format, type LintOptions, lint, type RulesConfig, rules } from 'replylint';
import {
  type ApplyWorkspaceEditParams,
  ApplyWorkspaceEditRequest,
  type ClientCapabilities,
  ConfigurationRequest,
  createProtocolConnection,
  type Diagnostic,
  DiagnosticRefreshRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  type InitializeResult,
  LogMessageNotification,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  type Registration,
  RegistrationRequest,
  ShowMessageNotification,
  type ShowMessageParams,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type TextDocumentContentChangeEvent,
  type TextEdit,
  UnregistrationRequest,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const serverBin = fileURLToPath(new URL('../../node_modules/.bin/replylint-language-server', import.meta.url));

/** What a current editor announces, with push diagnostics only. */
export const pushCapabilities: ClientCapabilities = {
  general: { positionEncodings: ['utf-16'] },
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: true },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'source', 'source.fixAll'] } },
      isPreferredSupport: true,
    },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
    workspaceFolders: true,
  },
};

/** The same, offering LSP 3.17 pull diagnostics. */
export const pullCapabilities: ClientCapabilities = {
  ...pushCapabilities,
  textDocument: { ...pushCapabilities.textDocument, diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
  workspace: { ...pushCapabilities.workspace, diagnostics: { refreshSupport: true } },
};

export interface ClientOptions {
  readonly capabilities?: ClientCapabilities;
  /** The workspace folder (a path). */
  readonly root?: string;
  /** What the client answers to `workspace/configuration` for section "replylint". */
  readonly settings?: Record<string, unknown>;
  readonly initializationOptions?: unknown;
}

/**
 * A language client over stdio, as an editor would be: it spawns the built server
 * (`node_modules/.bin/replylint-language-server --stdio`), answers the server's requests
 * (configuration, registrations, applyEdit) and records what the server sends.
 */
export class LspClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  readonly logs: string[] = [];
  readonly registrations: Registration[] = [];
  readonly configurationRequests: unknown[] = [];
  readonly appliedEdits: ApplyWorkspaceEditParams[] = [];
  refreshes = 0;
  settings: Record<string, unknown>;
  initializeResult!: InitializeResult;
  stderr = '';
  private readonly waiters = new Set<() => void>();
  readonly exited: Promise<number | null>;

  private constructor(
    readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
    options: ClientOptions,
  ) {
    this.settings = { ...(options.settings ?? {}) };
    this.exited = new Promise((resolve) => process.on('exit', (code) => resolve(code)));
    process.stderr?.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString();
    });
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      this.wake();
    });
    connection.onNotification(ShowMessageNotification.type, (params) => {
      this.messages.push(params);
      this.wake();
    });
    connection.onNotification(LogMessageNotification.type, (params) => {
      this.logs.push(params.message);
    });
    connection.onRequest(ConfigurationRequest.type, (params) => {
      this.configurationRequests.push(params);
      return params.items.map((item) => (item.section === 'replylint' ? this.settings : null));
    });
    connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
      this.wake();
    });
    connection.onRequest(UnregistrationRequest.type, () => undefined);
    connection.onRequest(DiagnosticRefreshRequest.type, () => {
      this.refreshes++;
      this.wake();
    });
    connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
      this.appliedEdits.push(params);
      this.wake();
      return { applied: true };
    });
  }

  static async start(options: ClientOptions = {}): Promise<LspClient> {
    const child = spawn(serverBin, ['--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(
      new StreamMessageReader(child.stdout as NodeJS.ReadableStream),
      new StreamMessageWriter(child.stdin as NodeJS.WritableStream),
    );
    const client = new LspClient(child, connection, options);
    connection.listen();
    const rootUri = options.root ? pathUri(options.root) : null;
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      capabilities: options.capabilities ?? pushCapabilities,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'workspace' }] : null,
      initializationOptions: options.initializationOptions,
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  /** Resolves when `check` returns something, re-checking on every message; rejects after `timeout` ms. */
  until<T>(check: () => T | undefined, what: string, timeout = 20_000): Promise<T> {
    const first = check();
    if (first !== undefined) return Promise.resolve(first);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`timed out waiting for ${what}; stderr: ${this.stderr}`));
      }, timeout);
      const waiter = (): void => {
        const found = check();
        if (found === undefined) return;
        clearTimeout(timer);
        this.waiters.delete(waiter);
        resolve(found);
      };
      this.waiters.add(waiter);
    });
  }

  /** The first diagnostics published for `uri` after the `since`-th publish, for `version` when given. */
  diagnostics(uri: string, options: { since?: number; version?: number } = {}): Promise<PublishDiagnosticsParams> {
    return this.until(
      () =>
        this.published
          .slice(options.since ?? 0)
          .find((params) => params.uri === uri && (options.version === undefined || params.version === options.version)),
      `diagnostics for ${uri}${options.version === undefined ? '' : ` v${options.version}`}`,
    );
  }

  /** Resolves after `ms` without any new publish (for asserting that nothing more arrives). */
  async quiet(ms: number): Promise<void> {
    let count = -1;
    while (count !== this.published.length) {
      count = this.published.length;
      await new Promise((resolve) => setTimeout(resolve, ms));
    }
  }

  async open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version, text },
    });
  }

  async change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: changes,
    });
  }

  async stop(): Promise<number | null> {
    if (this.process.exitCode === null) {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    }
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    if (this.process.exitCode === null) this.process.kill();
    this.connection.dispose();
  }
}

export function pathUri(path: string): string {
  return new URL(`file://${path.startsWith('/') ? '' : '/'}${path}`).href;
}

/** A document's text after text edits, as an editor applies them. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'plaintext', 0, text), [...edits]);
}

/**
 * Applies a workspace edit as an editor does: open documents in `texts` (by URI) change in
 * memory; other files are created, edited and saved on disk. Returns the URIs changed.
 */
export function applyWorkspaceEdit(edit: WorkspaceEdit, texts: Map<string, string>): string[] {
  const changed: string[] = [];
  const editFile = (uri: string, edits: readonly TextEdit[]): void => {
    changed.push(uri);
    if (texts.has(uri)) {
      texts.set(uri, applyEdits(texts.get(uri) as string, edits));
      return;
    }
    const path = fileURLToPath(uri);
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = '';
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, applyEdits(current, edits));
  };
  for (const change of edit.documentChanges ?? []) {
    if ('kind' in change) {
      if (change.kind === 'create') {
        const path = fileURLToPath(change.uri);
        mkdirSync(dirname(path), { recursive: true });
        try {
          readFileSync(path);
        } catch {
          writeFileSync(path, '');
        }
        changed.push(change.uri);
      } else {
        throw new Error(`unexpected resource operation ${change.kind}`);
      }
    } else {
      editFile(change.textDocument.uri, change.edits as TextEdit[]);
    }
  }
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) editFile(uri, edits);
  return changed;
}

/** The rules these tests pin their exact expectations on. */
export const coreRules = ['no-flat-no', 'no-blame-deflection', 'customer-name', 'no-unrealistic-promise'];

/**
 * Every other rule turned off, so that exact expectations hold while rules are added to the
 * presets. Test workspaces get it as their `.replylintrc.json` (see `testConfig`).
 */
export function onlyCoreRules(extra: Record<string, string> = {}): RulesConfig {
  const off = Object.fromEntries(
    Object.keys(rules)
      .filter((id) => !coreRules.includes(id))
      .map((id) => [id, 'off']),
  );
  return { ...off, ...extra } as RulesConfig;
}

/** A `.replylintrc.json` that stops the search for configuration there and runs the core rules only. */
export function testConfig(extra: { rules?: Record<string, string>; allow?: string[] } = {}): string {
  return `${JSON.stringify({ root: true, rules: onlyCoreRules(extra.rules), ...(extra.allow ? { allow: extra.allow } : {}) }, null, 2)}\n`;
}

/** The diagnostics the server must publish for a text: the library's findings, placed in the document. */
export async function expectedDiagnostics(text: string, format: Format, options: LintOptions = {}) {
  const { messages } = await lint(text, { format, ...options, rules: { ...onlyCoreRules(), ...options.rules } });
  return messages.map((finding) => diagnosticOf(text, finding));
}

export function diagnosticOf(text: string, finding: Finding): Diagnostic {
  const document = TextDocument.create('file:///x', 'plaintext', 0, text);
  return {
    range: { start: document.positionAt(finding.offset), end: document.positionAt(finding.endOffset) },
    severity: { error: 1, warning: 2, info: 3 }[finding.severity] as 1 | 2 | 3,
    source: 'replylint',
    code: finding.ruleId,
    codeDescription: { href: finding.url },
    message: finding.message,
  };
}

/** The text a diagnostic covers. */
export function coveredText(text: string, diagnostic: Diagnostic): string {
  const document = TextDocument.create('file:///x', 'plaintext', 0, text);
  return text.slice(document.offsetAt(diagnostic.range.start), document.offsetAt(diagnostic.range.end));
}

/** A plain-text draft with a flat refusal, blame and an unused name: what editors are tested on. */
export const draft = `---
customer: Jane Smith
---
Hi there,

No, we can't refund opened items. The courier lost your parcel anyway.

Thanks,
Tom
`;

/** The same habits in Markdown, on separate lines, for the line-level controls. */
export const markdownDraft = `---
customer: Jane Smith
---
# Your refund

Hi Jane,

No, we can't refund opened items.
The courier lost your parcel anyway.

Thanks,
Tom
`;
