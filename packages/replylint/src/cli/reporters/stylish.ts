import { createColors } from 'picocolors';
import type { Finding } from '../../types.js';
import type { Result } from '../results.js';
import { type Reporter, renderAll } from './reporter.js';

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
export function stylishReporter(colour: boolean): Reporter {
  const c = createColors(colour);
  let first = true;
  // Lines joined by newlines, whichever file they come from.
  const line = (text: string): string => {
    const joined = first ? text : `\n${text}`;
    first = false;
    return joined;
  };
  return {
    head: () => '',
    *file(result) {
      if (!result.error && result.findings.length === 0) return;
      yield line('');
      yield line(c.underline(result.filePath));
      if (result.error) {
        yield line(`  ${c.red('error')}  ${result.error}`);
        return;
      }
      let width = 0;
      for (const finding of result.findings) width = Math.max(width, `${finding.line}:${finding.column}`.length);
      let reply: string | undefined;
      for (const finding of result.findings) {
        const name = replyName(finding);
        if (name && name !== reply) {
          yield line(`  ${c.bold(name)}`);
          reply = name;
        }
        const where = `${finding.line}:${finding.column}`.padEnd(width);
        yield line(`  ${c.dim(where)}  ${severityLabel(finding, c)}  ${finding.message}  ${c.dim(finding.ruleId)}`);
        const suggestion = finding.fix
          ? finding.suggestions.find((candidate) => candidate.fix.text === finding.fix?.text)
          : finding.suggestions[0];
        if (suggestion)
          yield line(`  ${' '.repeat(width)}  ${c.dim(`↳ ${suggestion.desc}${finding.fix ? ' (fixable with --fix)' : ''}`)}`);
      }
    },
    tail({ totals: sum, files }) {
      const problems = sum.errors + sum.warnings + sum.infos;
      if (problems > 0 || sum.failedFiles > 0) {
        const parts = [`${plural(sum.errors, 'error')}`, `${plural(sum.warnings, 'warning')}`];
        if (sum.infos > 0) parts.push(plural(sum.infos, 'info'));
        const summary = `✖ ${plural(problems, 'problem')} (${parts.join(', ')})${sum.failedFiles > 0 ? `, ${plural(sum.failedFiles, 'file')} could not be linted` : ''}`;
        return [
          line(''),
          line(sum.errors > 0 || sum.failedFiles > 0 ? c.bold(c.red(summary)) : c.bold(c.yellow(summary))),
          line(''),
        ].join('');
      }
      return [line(c.green(`✔ No problems found in ${plural(files, 'file')}.`)), line('')].join('');
    },
  };
}

export function formatStylish(results: readonly Result[], colour: boolean): string {
  return renderAll(stylishReporter(colour), results);
}
