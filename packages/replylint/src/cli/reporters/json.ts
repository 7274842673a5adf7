import type { Result } from '../results.js';

/** ESLint's JSON formatter shape, so existing tooling can read replylint's output. */
export function formatJson(results: readonly Result[]): string {
  const files = results.map((result) => {
    const messages = result.error
      ? [{ ruleId: null, fatal: true, severity: 2, message: result.error, line: 1, column: 1 }]
      : result.findings.map((finding) => ({
          ruleId: finding.ruleId,
          severity: finding.severity === 'error' ? 2 : 1,
          message: finding.message,
          line: finding.line,
          column: finding.column,
          endLine: finding.endLine,
          endColumn: finding.endColumn,
          ...(finding.fix ? { fix: { range: [...finding.fix.range], text: finding.fix.text } } : {}),
          suggestions: finding.suggestions.map((suggestion) => ({
            desc: suggestion.desc,
            fix: { range: [...suggestion.fix.range], text: suggestion.fix.text },
          })),
          url: finding.url,
          ...(finding.severity === 'info' ? { replylintSeverity: 'info' } : {}),
          ...(finding.reply ? { reply: finding.reply } : {}),
        }));
    const errors = result.findings.filter((finding) => finding.severity === 'error');
    const warnings = result.findings.filter((finding) => finding.severity !== 'error');
    return {
      filePath: result.filePath,
      messages,
      errorCount: result.error ? 1 : errors.length,
      fatalErrorCount: result.error ? 1 : 0,
      warningCount: warnings.length,
      fixableErrorCount: errors.filter((finding) => finding.fix).length,
      fixableWarningCount: warnings.filter((finding) => finding.fix).length,
    };
  });
  return `${JSON.stringify(files, null, 2)}\n`;
}
