import type { Result } from '../results.js';

const data = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (text: string): string => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: each finding becomes an annotation on the pull request. */
export function formatGithub(results: readonly Result[]): string {
  const lines: string[] = [];
  for (const result of results) {
    if (result.error) {
      lines.push(`::error file=${property(result.filePath)},title=replylint::${data(result.error)}`);
      continue;
    }
    for (const finding of result.findings) {
      const command = finding.severity === 'error' ? 'error' : finding.severity === 'warning' ? 'warning' : 'notice';
      const where = `file=${property(result.filePath)},line=${finding.line},col=${finding.column},endLine=${finding.endLine},endColumn=${finding.endColumn}`;
      const reply = finding.reply ? ` (${finding.reply.title ?? finding.reply.id ?? `reply ${finding.reply.index + 1}`})` : '';
      lines.push(
        `::${command} ${where},title=${property(`${finding.ruleId}${reply}`)}::${data(`${finding.message} ${finding.url}`)}`,
      );
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
