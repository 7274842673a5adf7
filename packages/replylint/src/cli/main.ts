import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { parseLevel, type RuleLevel, type RulesConfig, resolveRules, ruleIds } from '../config/rules-config.js';
import { ReplylintInputError } from '../errors.js';
import { lint } from '../lint.js';
import { lintFile } from '../node/lint-files.js';
import { displayPath, expandPaths, formatsByExtension } from '../node/paths.js';
import { readStdin } from '../node/read-source.js';
import { formatJson } from './reporters/json.js';
import { formatStylish } from './reporters/stylish.js';
import { onlyErrors, type Result, totals } from './results.js';

export interface CliIo {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

interface CliOptions {
  readonly name?: string;
  readonly rule: string[];
  readonly format: 'stylish' | 'json';
  readonly quiet?: boolean;
  readonly maxWarnings?: number;
  readonly color?: boolean;
}

const exitCodes = `Exit codes:
  0  no findings at error severity (and warnings within --max-warnings)
  1  findings at error severity, or more warnings than --max-warnings
  2  bad flags, or an input that could not be read (the message names it)`;

const examples = `Examples:
  replylint drafts/                      lint every .txt and .eml draft in a folder
  replylint --name "Jane Smith" reply.txt
  pbpaste | replylint --format json      lint standard input
  replylint --rule no-flat-no:error --rule customer-name:off drafts/`;

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseCount(value: string): number {
  if (!/^-?\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number, e.g. 0');
  return Number(value);
}

/** `--rule id:severity` flags as a rules configuration; `id` alone turns the rule on at its default severity. */
export function parseRuleFlags(flags: readonly string[]): RulesConfig {
  const config: Record<string, RuleLevel> = {};
  for (const flag of flags) {
    const [id = '', level] = flag.split(':');
    if (!ruleIds().includes(id)) {
      // Reuse the configuration's message, with its "did you mean".
      resolveRules({ [id]: 'warning' });
    }
    config[id] = level === undefined ? 'warning' : parseLevel(level === 'warn' ? 'warning' : level, `--rule ${flag}`);
  }
  return config;
}

function program(io: CliIo): Command {
  const extensions = Object.keys(formatsByExtension).join(', ');
  return new Command()
    .name('replylint')
    .description(
      `Lint customer-service replies: flat refusals, blame and buck-passing, a missing customer name,\nand promises you can't keep. Reads ${extensions} drafts (front matter and email headers give the\ncustomer's name; quoted threads and signatures are not linted).`,
    )
    .argument('[paths...]', 'files, folders or globs to lint; none, or "-", reads standard input')
    .option('--name <name>', "the customer's name (otherwise read from front matter, the To: header or the quoted thread)")
    .option(
      '--rule <id:severity>',
      `turn a rule on, off or change its severity (off|info|warning|error); repeatable\nrules: ${ruleIds().join(', ')}`,
      collect,
      [],
    )
    .addOption(new Option('--format <format>', 'output format').choices(['stylish', 'json']).default('stylish'))
    .option('--quiet', 'report findings at error severity only')
    .option('--max-warnings <n>', 'exit with code 1 when there are more warnings than this', parseCount)
    .option('--no-color', 'plain output even on a terminal')
    .version(version(), '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', `\n${exitCodes}\n\n${examples}\n`)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`replylint: ${text.replace(/^error: /, '')}`),
    });
}

async function lintInputs(paths: readonly string[], options: CliOptions, rules: RulesConfig, io: CliIo): Promise<Result[]> {
  const lintOptions = { rules, ...(options.name ? { customerName: options.name } : {}) };
  const results: Result[] = [];
  const fromStdin = paths.length === 0 || (paths.length === 1 && paths[0] === '-');
  if (fromStdin) {
    if (paths.length === 0 && io.stdin.isTTY) {
      throw new ReplylintInputError('nothing to lint: give files or folders, or pipe a reply to standard input (see --help)');
    }
    try {
      const text = await readStdin(io.stdin);
      results.push({ filePath: '<stdin>', findings: (await lint(text, lintOptions)).messages });
    } catch (error) {
      if (!(error instanceof ReplylintInputError)) throw error;
      results.push({ filePath: '<stdin>', findings: [], error: error.message });
    }
    return results;
  }
  const { files, missing } = await expandPaths(
    paths.filter((path) => path !== '-'),
    io.cwd,
  );
  for (const path of missing)
    results.push({ filePath: path, findings: [], error: 'no such file or folder, and no files match it' });
  for (const file of files) {
    const result = await lintFile(file, lintOptions);
    results.push({ filePath: displayPath(file, io.cwd), findings: result.findings, error: result.error });
  }
  return results;
}

function report(results: readonly Result[], options: CliOptions, io: CliIo): void {
  const shown = options.quiet ? onlyErrors(results) : results;
  if (options.format === 'json') {
    io.stdout.write(formatJson(shown));
  } else {
    const colour = options.color !== false && io.stdout.isTTY === true && !('NO_COLOR' in io.env);
    io.stdout.write(formatStylish(shown, colour));
  }
  // In JSON mode stdout stays machine-readable; say what failed on stderr as well.
  for (const result of results) {
    if (result.error && options.format === 'json') io.stderr.write(`replylint: ${result.filePath}: ${result.error}\n`);
  }
}

/** Runs the CLI and returns its exit code; never throws for bad input. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const command = program(io);
  try {
    command.parse([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? 0 : 2;
    }
    throw error;
  }
  const options = command.opts<CliOptions>();
  try {
    const rules = parseRuleFlags(options.rule);
    resolveRules(rules);
    const results = await lintInputs(command.args, options, rules, io);
    report(results, options, io);
    const sum = totals(results);
    if (sum.failedFiles > 0) return 2;
    if (sum.errors > 0) return 1;
    if (options.maxWarnings !== undefined && options.maxWarnings >= 0 && sum.warnings > options.maxWarnings) {
      if (options.format !== 'json')
        io.stderr.write(`replylint: too many warnings (${sum.warnings}, at most ${options.maxWarnings} allowed)\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    if (error instanceof ReplylintInputError) {
      io.stderr.write(`replylint: ${error.source ? `${error.source}: ` : ''}${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env };
}
