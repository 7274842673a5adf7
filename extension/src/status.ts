/**
 * The status-bar item's text for the active draft. No `vscode` import: unit-tested on its own.
 * Severities are VS Code's `DiagnosticSeverity` numbers (0 error, 1 warning, 2 information, 3 hint).
 */

export interface Counts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** What the server is doing, as far as the status bar tells. */
export type ServerState = 'idle' | 'starting' | 'running' | 'stopped';

export interface StatusView {
  readonly text: string;
  readonly tooltip: string;
  /** Which command a click runs. */
  readonly command: 'problems' | 'restart';
  /** A warning background when the draft has errors, or when the server is down. */
  readonly alert: boolean;
}

/** Counts replylint's own findings among a document's diagnostics. */
export function countFindings(diagnostics: readonly { source?: string | undefined; severity: number }[]): Counts {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'replylint') continue;
    if (diagnostic.severity === 0) errors++;
    else if (diagnostic.severity === 1) warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The item for a draft with these findings (`enabled` false: linting is switched off for it). */
export function statusView(counts: Counts, state: ServerState, enabled: boolean): StatusView {
  if (state === 'stopped') {
    return {
      text: '$(error) replylint',
      tooltip: 'The replylint server has stopped. Click to restart it.',
      command: 'restart',
      alert: true,
    };
  }
  if (!enabled) {
    return {
      text: '$(circle-slash) replylint',
      tooltip: 'replylint is switched off for this draft (setting "replylint.enable").',
      command: 'problems',
      alert: false,
    };
  }
  if (state === 'starting' || state === 'idle') {
    return { text: '$(sync~spin) replylint', tooltip: 'replylint is starting…', command: 'problems', alert: false };
  }
  const total = counts.errors + counts.warnings + counts.infos;
  if (total === 0) {
    return {
      text: '$(check) replylint',
      tooltip: 'replylint: no findings in this draft.',
      command: 'problems',
      alert: false,
    };
  }
  const parts = [
    counts.errors > 0 ? plural(counts.errors, 'error') : undefined,
    counts.warnings > 0 ? plural(counts.warnings, 'warning') : undefined,
    counts.infos > 0 ? `${counts.infos} info` : undefined,
  ].filter((part): part is string => part !== undefined);
  return {
    text: `$(${counts.errors > 0 ? 'error' : 'warning'}) replylint: ${total}`,
    tooltip: `replylint: ${plural(total, 'finding')} in this draft (${parts.join(', ')}). Click to open the Problems panel.`,
    command: 'problems',
    alert: counts.errors > 0,
  };
}
