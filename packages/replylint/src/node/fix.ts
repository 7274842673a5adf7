import type { Reply } from '../adapters/types.js';
import type { Finding } from '../types.js';

export interface FixOutcome {
  /** The source with every applicable safe fix applied. */
  readonly output: string;
  readonly applied: readonly Finding[];
}

/**
 * Applies the findings' safe fixes to the source: non-overlapping ones only, each written
 * in the way its reply is stored (escaped for JSON, a CSV field or HTML) and with the
 * source's line endings. Replies that cannot take a fix safely are left alone.
 */
export function applyFixes(source: string, findings: readonly Finding[], replyOf: ReadonlyMap<Finding, Reply>): FixOutcome {
  const newline = /\r\n/.test(source) ? '\r\n' : '\n';
  const fixable = findings
    .filter((finding) => finding.fix && replyOf.get(finding)?.encode)
    // An insertion at a point goes before a replacement starting there: both can apply.
    .sort((a, b) => (a.fix?.range[0] ?? 0) - (b.fix?.range[0] ?? 0) || (a.fix?.range[1] ?? 0) - (b.fix?.range[1] ?? 0));
  const applied: Finding[] = [];
  let output = '';
  let at = 0;
  for (const finding of fixable) {
    const fix = finding.fix as NonNullable<Finding['fix']>;
    const [start, end] = fix.range;
    if (start < at) continue;
    const encode = replyOf.get(finding)?.encode as (text: string) => string;
    output += source.slice(at, start) + encode(fix.text.replace(/\r?\n/g, newline));
    at = end;
    applied.push(finding);
  }
  return { output: output + source.slice(at), applied };
}
