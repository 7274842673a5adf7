import { type Finding, rules } from 'replylint';
import { type Hover, MarkupKind } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { rangeOf } from './diagnostics.js';

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~]/g, (char) => `\\${char}`);
}

/** One finding's hover: what the rule is about, why (the finding's note), a bad and a good example, and its page. */
function section(finding: Finding, markdown: boolean): string {
  const meta = rules[finding.ruleId]?.meta;
  const summary = meta?.summary ?? finding.message;
  const url = finding.url || meta?.url;
  const lines: string[] = [];
  if (markdown) {
    lines.push(`**replylint: ${finding.ruleId}** — ${escapeMarkdown(summary)}`);
    if (finding.note) lines.push(escapeMarkdown(finding.note));
    if (meta?.example) {
      lines.push(`✗ Instead of: _“${escapeMarkdown(meta.example.bad)}”_  \n✓ Write: _“${escapeMarkdown(meta.example.good)}”_`);
    }
    if (url) lines.push(`[Why, and what to write instead: ${finding.ruleId}](${url})`);
  } else {
    lines.push(`replylint: ${finding.ruleId} — ${summary}`);
    if (finding.note) lines.push(finding.note);
    if (meta?.example) lines.push(`✗ Instead of: “${meta.example.bad}”\n✓ Write: “${meta.example.good}”`);
    if (url) lines.push(`More: ${url}`);
  }
  return lines.join('\n\n');
}

/** The hover for the findings under `offset`, or null when there are none. */
export function hoverAt(document: TextDocument, findings: readonly Finding[], offset: number, markdown: boolean): Hover | null {
  const under = findings.filter((finding) => finding.offset <= offset && offset <= Math.max(finding.endOffset, finding.offset));
  if (under.length === 0) return null;
  const seen = new Set<string>();
  const sections: string[] = [];
  for (const finding of under) {
    const key = `${finding.ruleId}\u0000${finding.note ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    sections.push(section(finding, markdown));
  }
  const start = Math.min(...under.map((finding) => finding.offset));
  const end = Math.max(...under.map((finding) => finding.endOffset));
  return {
    contents: {
      kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText,
      value: sections.join(markdown ? '\n\n---\n\n' : '\n\n'),
    },
    range: rangeOf(document, start, end),
  };
}
