/**
 * "Lint all canned responses in workspace": the messages between the extension and the
 * bundled server started with `--lint-files` (a child process, so that a large helpdesk
 * export never blocks the extension host). No `vscode` import: unit-tested on its own.
 */

/** Extension → child: what to lint. */
export interface LintFilesRequest {
  readonly folders: readonly {
    /** The workspace folder (paths and globs are relative to it). */
    readonly path: string;
    /** Folders, files or globs, as for the `replylint` command line (`replylint.cannedResponses`). */
    readonly include: readonly string[];
    /** The folder's `replylint` settings, read by the server's own `readSettings`. */
    readonly settings: unknown;
  }[];
}

/** One finding, as much of it as a diagnostic needs. */
export interface LintedFinding {
  readonly ruleId: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  /** 1-based, as the library reports them. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly url: string;
  readonly reply?: { readonly id?: string; readonly title?: string; readonly index: number };
}

/** Child → extension. */
export type LintFilesMessage =
  | { readonly type: 'files'; readonly total: number }
  | { readonly type: 'file'; readonly path: string; readonly findings: readonly LintedFinding[]; readonly error?: string }
  /** A configuration file that could not be used (the files under it were linted without it). */
  | { readonly type: 'config-problem'; readonly path: string | undefined; readonly message: string }
  | { readonly type: 'done' }
  | { readonly type: 'failed'; readonly message: string };

/** "Reply 3 “Refund – damaged item” (id 360012)", as the command line names a reply in an export. */
export function replyName(reply: LintedFinding['reply']): string | undefined {
  if (!reply) return undefined;
  const title = reply.title ? ` “${reply.title}”` : '';
  const id = reply.id ? ` (id ${reply.id})` : '';
  return `Reply ${reply.index + 1}${title}${id}`;
}

/** A finding's diagnostic message: in an export, prefixed with the reply it is in. */
export function findingMessage(finding: LintedFinding): string {
  const name = replyName(finding.reply);
  return name ? `${name}: ${finding.message}` : finding.message;
}

/** The 0-based range of a finding. */
export function findingRange(
  finding: LintedFinding,
): [startLine: number, startCharacter: number, endLine: number, endCharacter: number] {
  const startLine = Math.max(0, finding.line - 1);
  const startCharacter = Math.max(0, finding.column - 1);
  const endLine = Math.max(startLine, finding.endLine - 1);
  const endCharacter = Math.max(endLine === startLine ? startCharacter : 0, finding.endColumn - 1);
  return [startLine, startCharacter, endLine, endCharacter];
}

/** The summary shown when a workspace lint ends. */
export function summary(files: number, filesWithFindings: number, findings: number, unreadable: number): string {
  const noun = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const unread = unreadable > 0 ? `; ${noun(unreadable, 'file')} could not be read` : '';
  if (files === 0) return 'replylint: no canned responses found (setting "replylint.cannedResponses").';
  if (findings === 0) return `replylint: no findings in ${noun(files, 'file')}${unread}.`;
  return `replylint: ${noun(findings, 'finding')} in ${filesWithFindings} of ${noun(files, 'file')}${unread}.`;
}
