import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const bin = fileURLToPath(new URL('../../node_modules/.bin/replylint', import.meta.url));

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the installed `replylint` command as a user would. */
export function replylint(args: readonly string[], options: { input?: string | Buffer; cwd?: string } = {}): Run {
  const result = spawnSync(bin, [...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** One message of the JSON report (ESLint's shape, with replylint's `reply`). */
export interface JsonMessage {
  readonly ruleId: string | null;
  readonly severity: number;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly message: string;
  readonly fix?: { range: [number, number]; text: string };
  readonly reply?: { id?: string; title?: string; index: number };
}

/** One file of the JSON report. */
export interface JsonFile {
  readonly filePath: string;
  readonly messages: JsonMessage[];
  readonly errorCount: number;
  readonly warningCount: number;
  readonly fixableWarningCount: number;
}

/** The JSON report a run printed. */
export const jsonReport = (stdout: string): JsonFile[] => JSON.parse(stdout) as JsonFile[];
