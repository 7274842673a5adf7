import { basename } from 'node:path';
import type { Finding, Format } from 'replylint';
import {
  type CodeAction,
  CodeActionKind,
  type Diagnostic,
  TextDocumentEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigEdit, EditSupport } from './config-edits.js';
import { rangeOf, toDiagnostic } from './diagnostics.js';
import { hasComments } from './formats.js';

export const fixAllKind = `${CodeActionKind.SourceFixAll}.replylint`;
export const allowPhraseCommand = 'replylint.allowPhrase';

/** Everything the code actions of one document need. */
export interface ActionInput {
  readonly document: TextDocument;
  readonly format: Format;
  readonly findings: readonly Finding[];
  readonly encoders: ReadonlyMap<Finding, (text: string) => string>;
  readonly support: EditSupport;
  /** The requested range, as offsets. */
  readonly start: number;
  readonly end: number;
  readonly only?: readonly string[] | undefined;
  /** The edit that adds a phrase to the workspace's allowed phrases (reads the configuration file). */
  readonly allowEdit: (phrase: string) => Promise<ConfigEdit | undefined>;
}

function wanted(kind: string, only: readonly string[] | undefined): boolean {
  return !only || only.length === 0 || only.some((prefix) => kind === prefix || kind.startsWith(`${prefix}.`));
}

function eolOf(text: string): string {
  return /\r\n/.test(text) ? '\r\n' : '\n';
}

function documentEdit(document: TextDocument, edits: TextEdit[], support: EditSupport): WorkspaceEdit {
  return support.documentChanges
    ? { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, edits)] }
    : { changes: { [document.uri]: edits } };
}

/** Findings the actions are about: those the requested range touches. */
function touched(input: ActionInput): Finding[] {
  return input.findings.filter((finding) =>
    input.start === input.end
      ? finding.offset <= input.start && input.start <= finding.endOffset
      : finding.offset < input.end && input.start < Math.max(finding.endOffset, finding.offset + 1),
  );
}

/** A suggestion's text as it must be written into the document, or undefined when it cannot be written safely. */
function written(input: ActionInput, finding: Finding, text: string): string | undefined {
  const encode = input.encoders.get(finding) ?? (text === '' ? (value: string) => value : undefined);
  return encode?.(text.replace(/\r?\n/g, eolOf(input.document.getText())));
}

/** Whether `offset` is inside an HTML tag or comment (where nothing may be inserted). */
function insideMarkup(text: string, offset: number): boolean {
  const open = text.lastIndexOf('<', offset - 1);
  const close = text.lastIndexOf('>', offset - 1);
  return open > close;
}

function lineText(document: TextDocument, line: number): string {
  const text = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  return text.replace(/\r?\n$/, '');
}

/**
 * The edit that silences one rule on a finding's line: a `replylint-disable-next-line`
 * comment on a line of its own above, where that line starts a block (so the comment does
 * not split a paragraph), else a `replylint-disable-line` comment at the end of the line.
 */
function disableLineEdit(input: ActionInput, finding: Finding): TextEdit | undefined {
  const { document } = input;
  const text = document.getText();
  const eol = eolOf(text);
  const line = document.positionAt(finding.offset).line;
  const current = lineText(document, line);
  const lineStart = document.offsetAt({ line, character: 0 });
  const indent = /^[ \t]*/.exec(current)?.[0] ?? '';
  const previous = line > 0 ? lineText(document, line - 1) : '';
  const startsBlock =
    input.format === 'md'
      ? line === 0 || previous.trim() === '' || /^\s*<!--.*-->\s*$/.test(previous)
      : current.trimStart().startsWith('<');
  if (startsBlock && !insideMarkup(text, lineStart)) {
    return {
      range: rangeOf(document, lineStart, lineStart),
      newText: `${indent}<!-- replylint-disable-next-line ${finding.ruleId} -->${eol}`,
    };
  }
  // After the line's content, before trailing spaces or a Markdown hard-break backslash.
  // The lookbehind starts a run of spaces only where it begins: linear, not quadratic, time.
  const content = current.replace(/\\$|(?<![ \t])[ \t]+$/, '');
  const at = lineStart + content.length;
  if (insideMarkup(text, at)) return undefined;
  return { range: rangeOf(document, at, at), newText: ` <!-- replylint-disable-line ${finding.ruleId} -->` };
}

/** Where a file-wide directive goes: after front matter (Markdown) or the doctype (HTML), before everything else. */
function fileDirectiveOffset(text: string, format: Format): number {
  if (format === 'md') {
    const front = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
    return front ? front[0].length : 0;
  }
  const doctype = /^\uFEFF?\s*<!doctype[^>]*>[ \t]*(?:\r?\n)?/i.exec(text);
  return doctype ? doctype[0].length : 0;
}

/** The edit that silences one rule in the whole file: a `replylint-disable` comment at the top, or the rule added to one already there. */
function disableFileEdit(input: ActionInput, finding: Finding): TextEdit | undefined {
  const { document } = input;
  const text = document.getText();
  const at = fileDirectiveOffset(text, input.format);
  if (at > finding.offset) return undefined;
  const existing = /^<!--\s*replylint-disable\s+([\w-]+(?:[\s,]+[\w-]+)*)\s*-->/.exec(text.slice(at));
  if (existing) {
    const ids = (existing[1] ?? '').split(/[\s,]+/).filter(Boolean);
    if (ids.includes(finding.ruleId)) return undefined;
    return {
      range: rangeOf(document, at, at + existing[0].length),
      newText: `<!-- replylint-disable ${[...ids, finding.ruleId].join(', ')} -->`,
    };
  }
  return { range: rangeOf(document, at, at), newText: `<!-- replylint-disable ${finding.ruleId} -->${eolOf(text)}` };
}

/** The text a finding covers, when it makes sense as an allowed phrase (one line, not too long). */
function phraseOf(document: TextDocument, finding: Finding): string | undefined {
  const phrase = document.getText().slice(finding.offset, finding.endOffset).trim();
  if (phrase === '' || phrase.length > 80 || /[\r\n]/.test(phrase)) return undefined;
  return phrase;
}

/** The safe fixes of every finding, as one edit: what `source.fixAll.replylint` applies. */
export function fixAllEdits(input: Omit<ActionInput, 'start' | 'end' | 'only' | 'allowEdit'>): TextEdit[] {
  const edits: TextEdit[] = [];
  let at = 0;
  const fixable = input.findings.filter((finding) => finding.fix).sort((a, b) => (a.fix?.range[0] ?? 0) - (b.fix?.range[0] ?? 0));
  for (const finding of fixable) {
    const fix = finding.fix as NonNullable<Finding['fix']>;
    if (fix.range[0] < at) continue;
    const newText = written(input as ActionInput, finding, fix.text);
    if (newText === undefined) continue;
    edits.push({ range: rangeOf(input.document, fix.range[0], fix.range[1]), newText });
    at = fix.range[1];
  }
  return edits;
}

/** The code actions for a range of a document. */
export async function codeActions(input: ActionInput, isRule: (id: string) => boolean): Promise<CodeAction[]> {
  const { document, only, support } = input;
  const fixes: CodeAction[] = [];
  const others: CodeAction[] = [];
  const seen = new Set<string>();
  const quickfix = wanted(CodeActionKind.QuickFix, only);
  const findings = touched(input);
  for (const finding of quickfix ? findings : []) {
    const diagnostic: Diagnostic = toDiagnostic(document, finding);
    for (const suggestion of finding.suggestions) {
      const newText = written(input, finding, suggestion.fix.text);
      if (newText === undefined) continue;
      const key = `${suggestion.fix.range[0]}:${suggestion.fix.range[1]}:${newText}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const preferred =
        finding.fix !== undefined &&
        finding.fix.range[0] === suggestion.fix.range[0] &&
        finding.fix.range[1] === suggestion.fix.range[1] &&
        finding.fix.text === suggestion.fix.text;
      fixes.push({
        title: suggestion.desc,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        ...(preferred ? { isPreferred: true } : {}),
        edit: documentEdit(
          document,
          [{ range: rangeOf(document, suggestion.fix.range[0], suggestion.fix.range[1]), newText }],
          support,
        ),
      });
    }
  }
  // Preferred fixes first, so that "apply the first action" clients apply the safe one.
  fixes.sort((a, b) => Number(b.isPreferred ?? false) - Number(a.isPreferred ?? false));
  for (const finding of quickfix ? findings : []) {
    if (!isRule(finding.ruleId)) continue;
    const diagnostic = toDiagnostic(document, finding);
    const phrase = phraseOf(document, finding);
    const key = `allow:${phrase?.toLowerCase()}`;
    if (phrase && !seen.has(key)) {
      seen.add(key);
      const change = await input.allowEdit(phrase);
      if (change) {
        const title = `Allow “${phrase}” in ${basename(change.configPath)}`;
        others.push({
          title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: change.edit,
          command: { title, command: allowPhraseCommand, arguments: [change.configPath, phrase] },
        });
      }
    }
    if (hasComments(input.format)) {
      const line = disableLineEdit(input, finding);
      if (line && !seen.has(`line:${finding.ruleId}:${line.range.start.line}`)) {
        seen.add(`line:${finding.ruleId}:${line.range.start.line}`);
        others.push({
          title: `Disable ${finding.ruleId} for this line`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: documentEdit(document, [line], support),
        });
      }
      const file = disableFileEdit(input, finding);
      if (file && !seen.has(`file:${finding.ruleId}`)) {
        seen.add(`file:${finding.ruleId}`);
        others.push({
          title: `Disable ${finding.ruleId} for this file`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: documentEdit(document, [file], support),
        });
      }
    }
  }
  const actions: CodeAction[] = [...fixes, ...others];
  if (wanted(fixAllKind, only) && (only !== undefined || findings.some((finding) => finding.fix))) {
    const edits = fixAllEdits(input);
    if (edits.length > 0) {
      actions.push({ title: 'Fix all safe replylint problems', kind: fixAllKind, edit: documentEdit(document, edits, support) });
    }
  }
  return actions;
}
