import type { Result, Totals } from '../results.js';

/** What a report's end needs to know about every file reported before it. */
export interface Summary {
  readonly totals: Totals;
  readonly files: number;
  /** The inputs that could not be linted. */
  readonly failures: readonly Result[];
}

/**
 * A report written as the files are linted: its opening, each file's part in order, its end.
 * Nothing is held between files but the summary, so a long run's output needs no more
 * memory than one file's findings.
 */
export interface Reporter {
  head(): string;
  file(result: Result, index: number): Iterable<string>;
  tail(summary: Summary): string;
}

/** Counts what the files reported so far hold. */
export class Tally {
  private errors = 0;
  private warnings = 0;
  private infos = 0;
  private readonly failures: Result[] = [];
  private files = 0;

  add(result: Result): void {
    this.files++;
    if (result.error) this.failures.push({ filePath: result.filePath, findings: [], error: result.error });
    for (const finding of result.findings) {
      if (finding.severity === 'error') this.errors++;
      else if (finding.severity === 'warning') this.warnings++;
      else this.infos++;
    }
  }

  summary(): Summary {
    return {
      totals: { errors: this.errors, warnings: this.warnings, infos: this.infos, failedFiles: this.failures.length },
      files: this.files,
      failures: this.failures,
    };
  }
}

/** A whole report as one string, for callers that have every result at hand. */
export function renderAll(reporter: Reporter, results: readonly Result[]): string {
  const tally = new Tally();
  const parts = [reporter.head()];
  results.forEach((result, index) => {
    tally.add(result);
    for (const part of reporter.file(result, index)) parts.push(part);
  });
  parts.push(reporter.tail(tally.summary()));
  return parts.join('');
}
