import type { Finding } from '../../types.js';
import type { Result } from '../results.js';
import { type Reporter, renderAll } from './reporter.js';

function message(finding: Finding): Record<string, unknown> {
  return {
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
  };
}

/** `JSON.stringify(value, null, 2)` for a value nested `depth` levels deep in the report. */
function indented(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

/**
 * ESLint's JSON formatter shape, so existing tooling can read replylint's output: the same
 * text `JSON.stringify(files, null, 2)` gives, written a message at a time.
 */
export function jsonReporter(): Reporter {
  let any = false;
  return {
    head: () => '[',
    *file(result, index) {
      any = true;
      const messages = result.error
        ? [{ ruleId: null, fatal: true, severity: 2, message: result.error, line: 1, column: 1 }]
        : result.findings.map(message);
      const errors = result.findings.filter((finding) => finding.severity === 'error');
      const warnings = result.findings.filter((finding) => finding.severity !== 'error');
      yield `${index > 0 ? ',' : ''}\n  {\n    "filePath": ${JSON.stringify(result.filePath)},\n    "messages": [`;
      for (let at = 0; at < messages.length; at++) yield `${at > 0 ? ',' : ''}\n      ${indented(messages[at], 3)}`;
      const counts = {
        errorCount: result.error ? 1 : errors.length,
        fatalErrorCount: result.error ? 1 : 0,
        warningCount: warnings.length,
        fixableErrorCount: errors.filter((finding) => finding.fix).length,
        fixableWarningCount: warnings.filter((finding) => finding.fix).length,
      };
      const fields = Object.entries(counts).map(([key, value]) => `    ${JSON.stringify(key)}: ${value}`);
      yield `${messages.length > 0 ? '\n    ' : ''}],\n${fields.join(',\n')}\n  }`;
    },
    tail: () => (any ? '\n]\n' : ']\n'),
  };
}

export function formatJson(results: readonly Result[]): string {
  return renderAll(jsonReporter(), results);
}
