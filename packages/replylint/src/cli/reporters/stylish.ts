import { createColors } from 'picocolors';
import type { Finding } from '../../types.js';
import { type Result, totals } from '../results.js';

type Colors = ReturnType<typeof createColors>;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function severityLabel(finding: Finding, c: Colors): string {
  if (finding.severity === 'error') return c.red('error  ');
  if (finding.severity === 'warning') return c.yellow('warning');
  return c.blue('info   ');
}

/** "Reply 3 “Refund – damaged item” (id 360012)" for a finding in a helpdesk export. */
function replyName(finding: Finding): string | undefined {
  const reply = finding.reply;
  if (!reply) return undefined;
  const title = reply.title ? ` “${reply.title}”` : '';
  const id = reply.id ? ` (id ${reply.id})` : '';
  return `Reply ${reply.index + 1}${title}${id}`;
}

/** Grouped by file (and by reply in an export), one finding per line, with what to write instead under it. */
export function formatStylish(results: readonly Result[], colour: boolean): string {
  const c = createColors(colour);
  const lines: string[] = [];
  for (const result of results) {
    if (!result.error && result.findings.length === 0) continue;
    lines.push('', c.underline(result.filePath));
    if (result.error) {
      lines.push(`  ${c.red('error')}  ${result.error}`);
      continue;
    }
    const width = Math.max(...result.findings.map((finding) => `${finding.line}:${finding.column}`.length));
    let reply: string | undefined;
    for (const finding of result.findings) {
      const name = replyName(finding);
      if (name && name !== reply) {
        lines.push(`  ${c.bold(name)}`);
        reply = name;
      }
      const where = `${finding.line}:${finding.column}`.padEnd(width);
      lines.push(`  ${c.dim(where)}  ${severityLabel(finding, c)}  ${finding.message}  ${c.dim(finding.ruleId)}`);
      const first = finding.fix
        ? finding.suggestions.find((suggestion) => suggestion.fix.text === finding.fix?.text)
        : finding.suggestions[0];
      if (first) lines.push(`  ${' '.repeat(width)}  ${c.dim(`↳ ${first.desc}${finding.fix ? ' (fixable with --fix)' : ''}`)}`);
    }
  }
  const sum = totals(results);
  const problems = sum.errors + sum.warnings + sum.infos;
  if (problems > 0 || sum.failedFiles > 0) {
    const parts = [`${plural(sum.errors, 'error')}`, `${plural(sum.warnings, 'warning')}`];
    if (sum.infos > 0) parts.push(plural(sum.infos, 'info'));
    const summary = `✖ ${plural(problems, 'problem')} (${parts.join(', ')})${sum.failedFiles > 0 ? `, ${plural(sum.failedFiles, 'file')} could not be linted` : ''}`;
    lines.push('', sum.errors > 0 || sum.failedFiles > 0 ? c.bold(c.red(summary)) : c.bold(c.yellow(summary)), '');
  } else {
    lines.push(c.green(`✔ No problems found in ${plural(results.length, 'file')}.`), '');
  }
  return lines.join('\n');
}
