import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { type PresetName, parseLevel, type RuleLevel, type RulesConfig, resolveRules, ruleIds } from '../config/rules-config.js';
import { ReplylintInputError } from '../errors.js';
import { defaultConcurrency } from '../node/concurrency.js';
import { ConfigLoader } from '../node/config.js';
import { applyFixes } from '../node/fix.js';
import { type FileResult, type LintFileOptions, lintFile, lintText } from '../node/lint-files.js';
import { displayPath, expandPaths } from '../node/paths.js';
import type { LintPool } from '../node/pool.js';
import { encode, readStdin } from '../node/read-source.js';
import { kindOf, kindsByExtension } from '../node/sources.js';
import { writeFileAtomic } from '../node/write.js';
import { bufferedOutput, fileOutput, type ReportOutput, streamOutput } from './output.js';
import type { Progress } from './progress.js';
import { githubReporter } from './reporters/github.js';
import { jsonReporter } from './reporters/json.js';
import type { Reporter } from './reporters/reporter.js';
import { Tally } from './reporters/reporter.js';
import { sarifReporter } from './reporters/sarif.js';
import { stylishReporter } from './reporters/stylish.js';
import type { Result } from './results.js';

export interface CliIo {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

type FormatName = 'stylish' | 'json' | 'sarif' | 'github';

interface CliOptions {
  readonly name?: string;
  readonly rule: string[];
  readonly config?: string;
  readonly configLookup: boolean;
  readonly preset?: PresetName;
  readonly format: FormatName;
  readonly outputFile?: string;
  readonly quiet?: boolean;
  readonly maxWarnings?: number;
  readonly fix?: boolean;
  readonly fixDryRun?: boolean;
  readonly concurrency: number;
  readonly ignore: boolean;
  readonly ignorePath?: string;
  readonly reportUnusedDisableDirectives?: boolean;
  readonly stdinFilename?: string;
  readonly color?: boolean;
}

const exitCodes = `Exit codes:
  0  no findings at error severity (and warnings within --max-warnings)
  1  findings at error severity, or more warnings than --max-warnings
  2  bad flags or configuration, or an input that could not be read (the message names it);
     the other inputs are still linted and reported`;

const examples = `Examples:
  replylint drafts/                          lint every draft and export in a folder
  replylint --name "Jane Smith" reply.txt
  replylint --format sarif -o replylint.sarif macros.json
  replylint --fix-dry-run drafts/            show the safe fixes as a diff
  pbpaste | replylint --stdin-filename reply.md`;

/** Files replies come in, as the help text lists them. */
const inputs = `Inputs: ${Object.keys(kindsByExtension).join(' ')} — drafts (text, Markdown, HTML, email) and helpdesk
exports (Zendesk and Gorgias macros JSON; JSON, YAML or CSV collections of {id, title, body}).
Limits: an input over 32 MB, or a reply over 1,000,000 characters, is not linted: it is
reported as an input error (exit code 2) and the other inputs are linted.
Configuration: .replylintrc.json, .replylintrc.yaml or "replylint" in package.json, from each
file's folder upward (nearest wins); see the README.`;

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

function parseConcurrency(value: string): number {
  if (value === 'auto') return defaultConcurrency();
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new InvalidArgumentError('expected a number of threads (1 or more) or "auto"');
  return Number(value);
}

/** `--rule id:severity` flags as a rules configuration; `id` alone turns the rule on at warning. */
export function parseRuleFlags(flags: readonly string[]): RulesConfig {
  const config: Record<string, RuleLevel> = {};
  for (const flag of flags) {
    const [id = '', level] = flag.split(':');
    if (!ruleIds().includes(id)) resolveRules({ [id]: 'warning' });
    config[id] = level === undefined ? 'warning' : parseLevel(level === 'warn' ? 'warning' : level, `--rule ${flag}`);
  }
  return config;
}

function program(io: CliIo): Command {
  return new Command()
    .name('replylint')
    .description(
      "Lint customer-service replies: flat refusals, blame and buck-passing, a missing customer name,\npromises you can't keep. Quoted threads, signatures and front matter are read for context, not linted.",
    )
    .argument('[paths...]', 'files, folders or globs to lint; none, or "-", reads standard input')
    .option('--name <name>', "the customer's name (otherwise read from front matter, the To: header or the quoted thread)")
    .option(
      '--rule <id:severity>',
      `turn a rule on or off or change its severity (off|info|warning|error); repeatable\nrules: ${ruleIds().join(', ')}`,
      collect,
      [],
    )
    .option('-c, --config <file>', 'a configuration file applied after those found next to the files')
    .option('--no-config-lookup', 'do not look for .replylintrc / package.json configuration')
    .addOption(
      new Option('--preset <preset>', 'the preset to start from (overrides configuration)').choices(['recommended', 'strict']),
    )
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'sarif', 'github']).default('stylish'),
    )
    .option('-o, --output-file <file>', 'write the report to a file instead of standard output (whole, when the run ends)')
    .option('--quiet', 'report findings at error severity only')
    .option('--max-warnings <n>', 'exit with code 1 when there are more warnings than this', parseCount)
    .option('--fix', 'apply the safe fixes to the files (atomically; files with nothing to fix are not touched)')
    .option('--fix-dry-run', 'show the safe fixes as a diff, without changing any file')
    .option(
      '--concurrency <n>',
      'worker threads for large inputs (1: none, lint in this process), or "auto": one per core but one',
      parseConcurrency,
      defaultConcurrency(),
    )
    .option('--no-ignore', 'do not honour .gitignore and .replylintignore')
    .option('--ignore-path <file>', 'an ignore file to use instead of .replylintignore')
    .option('--report-unused-disable-directives', 'report replylint-disable comments that silenced nothing')
    .option('--stdin-filename <name>', 'the file name standard input stands for (format, configuration, output)')
    .option('--no-color', 'plain output even on a terminal (also NO_COLOR)')
    .version(version(), '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', `\n${inputs}\n\n${exitCodes}\n\n${examples}\n`)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`replylint: ${text.replace(/^error: /, '')}`),
    });
}

/** How many replies make starting worker threads worth it. */
const poolThreshold = 200;

class Runner {
  private pool: LintPool | undefined;
  private replies = 0;
  private readonly loader: ConfigLoader;
  private readonly cliRules: RulesConfig;

  constructor(
    private readonly options: CliOptions,
    private readonly io: CliIo,
  ) {
    this.loader = new ConfigLoader({
      explicit: options.config ? resolve(io.cwd, options.config) : undefined,
      lookup: options.configLookup,
    });
    this.cliRules = parseRuleFlags(options.rule);
    resolveRules(this.cliRules);
  }

  /** The lint options for a file: its configuration, then the command line on top. */
  async optionsFor(path: string, replies: number): Promise<LintFileOptions> {
    const config = await this.loader.forFile(path);
    this.replies += replies;
    if (!this.pool && this.options.concurrency > 1 && this.replies >= poolThreshold) {
      const { LintPool } = await import('../node/pool.js');
      this.pool ??= new LintPool(this.options.concurrency);
    }
    return {
      preset: this.options.preset ?? config.preset,
      rules: { ...config.rules, ...this.cliRules },
      allow: config.allow,
      reportUnusedDisableDirectives: this.options.reportUnusedDisableDirectives === true || config.reportUnusedDisableDirectives,
      ...(this.options.name ? { customerName: this.options.name } : {}),
      ...(this.pool ? { batch: this.pool.batch } : {}),
    };
  }

  async lintPath(path: string): Promise<FileResult> {
    try {
      const options = await this.optionsFor(
        path,
        kindOf(path) === 'json' || kindOf(path) === 'csv' || kindOf(path) === 'yaml' ? poolThreshold : 1,
      );
      const result = await lintFile(path, options);
      // Keep each file's text only when fixes need it, so memory does not grow with the input.
      if (this.options.fix || this.options.fixDryRun) return result;
      return { filePath: result.filePath, findings: result.findings, ...(result.error ? { error: result.error } : {}) };
    } catch (error) {
      if (error instanceof ReplylintInputError)
        return {
          filePath: path,
          findings: [],
          error: `${error.source ? `${displayPath(error.source, this.io.cwd)}: ` : ''}${error.message}`,
        };
      throw error;
    }
  }

  async lintStdin(): Promise<FileResult> {
    const name = this.options.stdinFilename ? resolve(this.io.cwd, this.options.stdinFilename) : resolve(this.io.cwd, '<stdin>');
    try {
      const text = await readStdin(this.io.stdin);
      const options = await this.optionsFor(name, 1);
      return await lintText(
        name,
        { text, charset: 'utf-8', bom: false },
        { ...options, ...(this.options.stdinFilename ? {} : { kind: 'txt' }) },
      );
    } catch (error) {
      if (error instanceof ReplylintInputError) return { filePath: name, findings: [], error: error.message };
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}

/**
 * Lints files a few at a time so that worker threads always have replies to work on, and
 * hands each result on in the files' order as soon as it and those before it are done.
 */
async function lintAll(
  runner: Runner,
  files: readonly string[],
  progress: Progress | undefined,
  deliver: (result: FileResult) => Promise<void>,
): Promise<void> {
  const done = new Map<number, FileResult>();
  let next = 0;
  let delivered = 0;
  let delivering = Promise.resolve();
  const lane = async (): Promise<void> => {
    while (next < files.length) {
      const at = next++;
      done.set(at, await runner.lintPath(files[at] as string));
      progress?.tick();
      delivering = delivering.then(async () => {
        for (let result = done.get(delivered); result; result = done.get(delivered)) {
          done.delete(delivered++);
          await deliver(result);
        }
      });
      await delivering;
    }
  };
  await Promise.all(Array.from({ length: Math.min(8, files.length) }, lane));
}

/** `--fix` / `--fix-dry-run` on one file: the safe fixes, written back or shown; the result then holds what is left. */
async function fixFile(runner: Runner, result: FileResult, options: CliOptions, io: CliIo): Promise<FileResult> {
  if (!result.decoded || !result.replyOf || result.filePath.endsWith('<stdin>')) return result;
  const { output, applied } = applyFixes(result.decoded.text, result.findings, result.replyOf);
  if (applied.length === 0 || output === result.decoded.text) return result;
  if (options.fixDryRun) {
    const shown = displayPath(result.filePath, io.cwd);
    const { createTwoFilesPatch } = await import('diff');
    io.stdout.write(createTwoFilesPatch(shown, shown, result.decoded.text, output, undefined, undefined, { context: 2 }));
    return result;
  }
  await writeFileAtomic(result.filePath, encode(output, result.decoded.charset, result.decoded.bom));
  return lintText(result.filePath, { ...result.decoded, text: output }, await runner.optionsFor(result.filePath, 0));
}

function reporterFor(options: CliOptions, io: CliIo): Reporter {
  switch (options.format) {
    case 'json':
      return jsonReporter();
    case 'sarif':
      return sarifReporter(version(), io.cwd);
    case 'github':
      return githubReporter();
    default:
      return stylishReporter(
        !options.outputFile && options.color !== false && io.stdout.isTTY === true && !('NO_COLOR' in io.env),
      );
  }
}

/**
 * Where the report goes. It is written as the files are linted, except where something else
 * shares standard output: the diffs of --fix-dry-run, or a progress bar on the terminal.
 */
function outputFor(options: CliOptions, io: CliIo, progress: boolean): ReportOutput {
  if (options.outputFile) return fileOutput(resolve(io.cwd, options.outputFile));
  if (options.fixDryRun || (progress && io.stdout.isTTY)) return bufferedOutput(io.stdout);
  return streamOutput(io.stdout);
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
  let runner: Runner | undefined;
  let output: ReportOutput | undefined;
  try {
    runner = new Runner(options, io);
    const paths = command.args;
    const fromStdin = paths.length === 0 || (paths.length === 1 && paths[0] === '-');
    if (fromStdin && paths.length === 0 && io.stdin.isTTY) {
      throw new ReplylintInputError('nothing to lint: give files or folders, or pipe a reply to standard input (see --help)');
    }
    const expanded = fromStdin
      ? { files: [], missing: [] }
      : await expandPaths(
          paths.filter((path) => path !== '-'),
          { cwd: io.cwd, ignoreFiles: options.ignore, ignorePath: options.ignorePath },
        );
    const progress =
      expanded.files.length >= 50 && io.stderr.isTTY
        ? new (await import('./progress.js')).Progress(io.stderr, expanded.files.length)
        : undefined;
    const reporter = reporterFor(options, io);
    output = outputFor(options, io, progress !== undefined);
    const sink = output;
    // Exit codes count every finding; the report's summary, what --quiet lets through.
    const all = new Tally();
    const shown = new Tally();
    let index = 0;
    await sink.write(reporter.head());
    const deliver = async (linted: FileResult): Promise<void> => {
      const file = options.fix || options.fixDryRun ? await fixFile(runner as Runner, linted, options, io) : linted;
      const result: Result = {
        filePath: file.filePath.endsWith('<stdin>') && !options.stdinFilename ? '<stdin>' : displayPath(file.filePath, io.cwd),
        findings: file.findings,
        error: file.error,
      };
      all.add(result);
      const reported = options.quiet
        ? { ...result, findings: result.findings.filter((finding) => finding.severity === 'error') }
        : result;
      shown.add(reported);
      for (const part of reporter.file(reported, index++)) await sink.write(part);
    };
    if (fromStdin) {
      await deliver(await runner.lintStdin());
    } else {
      for (const path of expanded.missing) {
        await deliver({ filePath: resolve(io.cwd, path), findings: [], error: 'no such file or folder, and no files match it' });
      }
      await lintAll(runner, expanded.files, progress, deliver);
      progress?.stop();
    }
    await sink.write(reporter.tail(shown.summary()));
    await sink.close();
    output = undefined;
    const { totals: sum, failures } = all.summary();
    // Machine-readable output stays clean: say on stderr which inputs failed.
    if (options.format !== 'stylish' || options.outputFile) {
      for (const result of failures) io.stderr.write(`replylint: ${result.filePath}: ${result.error}\n`);
    }
    if (sum.failedFiles > 0) return 2;
    if (sum.errors > 0) return 1;
    if (options.maxWarnings !== undefined && options.maxWarnings >= 0 && sum.warnings > options.maxWarnings) {
      io.stderr.write(`replylint: too many warnings (${sum.warnings}, at most ${options.maxWarnings} allowed)\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    if (error instanceof ReplylintInputError) {
      io.stderr.write(`replylint: ${error.source ? `${displayPath(error.source, io.cwd)}: ` : ''}${error.message}\n`);
      return 2;
    }
    throw error;
  } finally {
    // A report left open means the run stopped on an error: no partial report file.
    await output?.abort();
    await runner?.close();
  }
}

function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env };
}
