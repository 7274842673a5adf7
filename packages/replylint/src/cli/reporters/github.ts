import type { Result } from '../results.js';
import { type Reporter, renderAll } from './reporter.js';

const data = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (text: string): string => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: each finding becomes an annotation on the pull request. */
export function githubReporter(): Reporter {
  return {
    head: () => '',
    *file(result) {
      if (result.error) {
        yield `::error file=${property(result.filePath)},title=replylint::${data(result.error)}\n`;
        return;
      }
      for (const finding of result.findings) {
        const command = finding.severity === 'error' ? 'error' : finding.severity === 'warning' ? 'warning' : 'notice';
        const where = `file=${property(result.filePath)},line=${finding.line},col=${finding.column},endLine=${finding.endLine},endColumn=${finding.endColumn}`;
        const reply = finding.reply ? ` (${finding.reply.title ?? finding.reply.id ?? `reply ${finding.reply.index + 1}`})` : '';
        yield `::${command} ${where},title=${property(`${finding.ruleId}${reply}`)}::${data(`${finding.message} ${finding.url}`)}\n`;
      }
    },
    tail: () => '',
  };
}

export function formatGithub(results: readonly Result[]): string {
  return renderAll(githubReporter(), results);
}
