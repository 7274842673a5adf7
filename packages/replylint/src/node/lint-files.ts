import { ReplylintInputError } from '../errors.js';
import { type LintOptions, lint } from '../lint.js';
import type { Finding } from '../types.js';
import { formatOf } from './paths.js';
import { readSource } from './read-source.js';

export interface FileResult {
  readonly filePath: string;
  readonly findings: Finding[];
  /** Set when the file could not be linted; `findings` is then empty. */
  readonly error?: string;
  readonly source?: string;
}

/** Lints one file; a file that cannot be read or parsed gives a result with `error`, never a throw. */
export async function lintFile(filePath: string, options: Omit<LintOptions, 'format'> = {}): Promise<FileResult> {
  try {
    const source = await readSource(filePath);
    const format = formatOf(filePath);
    const { messages } = await lint(source, { ...options, format });
    return { filePath, findings: messages, source };
  } catch (error) {
    if (error instanceof ReplylintInputError) return { filePath, findings: [], error: error.message };
    throw error;
  }
}
