import type { Finding } from '../types.js';

/** What the CLI reports for one input: its findings, or why it could not be linted. */
export interface Result {
  /** As the user named it: relative to the working folder, or `<stdin>`. */
  readonly filePath: string;
  readonly findings: readonly Finding[];
  readonly error?: string | undefined;
}

export interface Totals {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly failedFiles: number;
}

export function totals(results: readonly Result[]): Totals {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let failedFiles = 0;
  for (const result of results) {
    if (result.error) failedFiles++;
    for (const finding of result.findings) {
      if (finding.severity === 'error') errors++;
      else if (finding.severity === 'warning') warnings++;
      else infos++;
    }
  }
  return { errors, warnings, infos, failedFiles };
}

/** `--quiet`: errors only. */
export function onlyErrors(results: readonly Result[]): Result[] {
  return results.map((result) => ({ ...result, findings: result.findings.filter((finding) => finding.severity === 'error') }));
}
