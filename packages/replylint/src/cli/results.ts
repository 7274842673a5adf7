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
