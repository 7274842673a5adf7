import type { Finding } from 'replylint';
import { type Diagnostic, DiagnosticSeverity, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export const source = 'replylint';

const severities = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
} as const;

export function rangeOf(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(Math.max(start, end)) };
}

/** A finding as an LSP diagnostic: the library's positions are UTF-16 offsets into the same text. */
export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  return {
    range: rangeOf(document, finding.offset, finding.endOffset),
    severity: severities[finding.severity] ?? DiagnosticSeverity.Warning,
    source,
    code: finding.ruleId,
    ...(finding.url ? { codeDescription: { href: finding.url } } : {}),
    message: finding.message,
  };
}

/** The draft could not be read at all: one diagnostic on the first line that says why. */
export function inputErrorDiagnostic(document: TextDocument, reason: string, internal = false): Diagnostic {
  const firstLine = document.getText({ start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }).replace(/\r?\n$/, '');
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLine.length } },
    severity: DiagnosticSeverity.Error,
    source,
    message: internal ? `replylint failed on this document: ${reason}` : `replylint cannot read this draft: ${reason}`,
  };
}
