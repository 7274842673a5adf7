#!/usr/bin/env node
// `pnpm bench`: replylint's speed, as ratios against baselines measured in the same run.
// Engines are interleaved round by round so that drift on a noisy machine hits all alike;
// figures are medians after a warm-up. Writes results/latest.json and prints a table.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { adversarial, longDraft, replies, zendeskExport } from './corpus.js';
import { serverLatency } from './server.js';

const root = new URL('../../', import.meta.url).pathname;
const here = new URL('./', import.meta.url).pathname;
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const only = process.env.BENCH_ONLY?.split(',');
const wanted = (section) => !only || only.includes(section);

const { lintSync, clearParseCache } = await import(join(root, 'packages/replylint/dist/index.js'));
const { unified } = await import('unified');
const { default: retextEnglish } = await import('retext-english');
const { text: alexText } = await import('alex');
const { default: writeGood } = await import('write-good');
const { LocalLinter } = await import('harper.js');
const { binary } = await import('harper.js/binary');

const parser = unified().use(retextEnglish).freeze();
const harper = new LocalLinter({ binary });
await harper.setup();

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const percentile = (values, p) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const round = (value, digits = 2) => Number(value.toFixed(digits));

/** Each engine lints every input; every linter starts cold (no cached paragraphs). */
const engines = {
  'retext-english parse (baseline)': (text) => parser.parse(text),
  'replylint (recommended)': (text) => {
    clearParseCache();
    lintSync(text);
  },
  'replylint (strict)': (text) => {
    clearParseCache();
    lintSync(text, { preset: 'strict' });
  },
  alex: (text) => alexText(text),
  'write-good': (text) => writeGood(text),
  'harper.js (all rules)': (text) => harper.lint(text),
};

async function pass(engine, inputs) {
  const start = performance.now();
  for (const input of inputs) await engine(input);
  return performance.now() - start;
}

/** Medians of interleaved passes, after one warm-up pass each. */
async function compare(inputs, repetitions) {
  const names = Object.keys(engines);
  const times = Object.fromEntries(names.map((name) => [name, []]));
  for (const name of names) await pass(engines[name], inputs.slice(0, Math.min(inputs.length, 50)));
  for (let r = 0; r < repetitions; r++) {
    const order = names.map((_, i) => names[(i + r) % names.length]);
    for (const name of order) times[name].push(await pass(engines[name], inputs));
  }
  const baseline = median(times[names[0]]);
  return Object.fromEntries(
    names.map((name) => {
      const ms = median(times[name]);
      return [name, { medianMs: round(ms, 1), perSecond: round((inputs.length / ms) * 1000, 0), ratio: round(ms / baseline) }];
    }),
  );
}

function processMedian(command, args, input, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(command, args, { input, cwd: root, encoding: 'utf8' });
    if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
    times.push(performance.now() - start);
  }
  return times;
}

/** Whole processes, interleaved: node alone, a bare unified + retext-english script, replylint. */
function coldStart(runs) {
  const reply = "Hi there,\n\nNo, we can't refund opened items. I'll call you back within the hour.\n\nThanks,\nTom\n";
  const bare = join(here, 'bare-parse.js');
  const cli = join(root, 'packages/replylint/bin/replylint.js');
  const series = { 'node -e 0': [], 'unified + retext-english script': [], 'replylint CLI': [] };
  for (let i = 0; i < runs; i++) {
    series['node -e 0'].push(...processMedian(process.execPath, ['-e', '0'], '', 1));
    series['unified + retext-english script'].push(...processMedian(process.execPath, [bare], reply, 1));
    series['replylint CLI'].push(...processMedian(process.execPath, [cli, '--format', 'json'], reply, 1));
  }
  const base = median(series['unified + retext-english script']);
  return Object.fromEntries(
    Object.entries(series).map(([name, times]) => [
      name,
      { medianMs: round(median(times), 1), ratio: round(median(times) / base) },
    ]),
  );
}

/** The CLI on an export as a whole process: wall time, peak memory (main thread and workers) and the report's size. */
function exportRun(file, concurrency) {
  return new Promise((resolve, reject) => {
    const report = join(tmpdir(), `replylint-bench-${process.pid}-${concurrency}-${Math.random().toString(36).slice(2)}.json`);
    const start = performance.now();
    const child = spawn(
      process.execPath,
      [
        '--import',
        join(here, 'report-rss.js'),
        join(root, 'packages/replylint/bin/replylint.js'),
        '--format',
        'json',
        '-o',
        report,
        '--concurrency',
        String(concurrency),
        file,
      ],
      { cwd: root, env: { ...process.env, BENCH_RSS: '1' }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (status) => {
      const ms = performance.now() - start;
      if (status !== 0 && status !== 1) return reject(new Error(`export run failed: ${stderr}`));
      const rss = Number(/maxRSS=(\d+)/.exec(stderr)?.[1] ?? 0);
      const reportMB = statSync(report).size / 2 ** 20;
      rmSync(report, { force: true });
      resolve({ ms, peakMB: round(rss / 1024, 0), reportMB: round(reportMB, 1) });
    });
  });
}

/**
 * The export on one core and on all, and what this machine's cores give at best: the same
 * one-core job run once alone and then as many times at once as there are cores (separate
 * processes, nothing shared), so the speed-up can be read against what the hardware allows.
 */
async function exports(runs) {
  const folder = mkdtempSync(join(tmpdir(), 'replylint-bench-'));
  const cores = availableParallelism();
  const files = {};
  for (const count of [1000, 10000]) {
    files[count] = join(folder, `zendesk-${count}.json`);
    writeFileSync(files[count], zendeskExport(count));
  }
  const one = [];
  const all = [];
  const alone = [];
  const together = [];
  for (let i = 0; i < runs; i++) {
    one.push(await exportRun(files[10000], 1));
    all.push(await exportRun(files[10000], cores));
    const start = performance.now();
    await exportRun(files[1000], 1);
    alone.push(performance.now() - start);
    const startTogether = performance.now();
    await Promise.all(Array.from({ length: cores }, () => exportRun(files[1000], 1)));
    together.push(performance.now() - startTogether);
  }
  const small = await exportRun(files[1000], cores);
  rmSync(folder, { recursive: true, force: true });
  const oneMs = median(one.map((run) => run.ms));
  const allMs = median(all.map((run) => run.ms));
  return {
    macros: 10000,
    cores,
    oneCoreMs: round(oneMs, 0),
    allCoresMs: round(allMs, 0),
    speedUp: round(oneMs / allMs),
    machineCeiling: round((median(alone) * cores) / median(together)),
    macrosPerSecondAllCores: round((10000 / allMs) * 1000, 0),
    peakMB1000Macros: small.peakMB,
    peakMB10000Macros: Math.max(...all.map((run) => run.peakMB)),
    reportMB1000Macros: small.reportMB,
    reportMB10000Macros: all[0]?.reportMB ?? 0,
  };
}

function linearity(repetitions) {
  const small = adversarial(100_000);
  const large = adversarial(1_000_000);
  const time = (text) => {
    clearParseCache();
    const start = performance.now();
    lintSync(text, { preset: 'strict' });
    return performance.now() - start;
  };
  time(small);
  const smallTimes = [];
  const largeTimes = [];
  for (let i = 0; i < repetitions; i++) {
    smallTimes.push(time(small));
    largeTimes.push(time(large));
  }
  return {
    '100 KB ms': round(median(smallTimes), 0),
    '1 MB ms': round(median(largeTimes), 0),
    ratio: round(median(largeTimes) / median(smallTimes)),
  };
}

const machine = `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length} (${availableParallelism()} usable), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const results = { date: new Date().toISOString(), machine, rounds };

if (wanted('library')) {
  const corpus = replies(2000);
  const words = corpus.reduce((sum, text) => sum + text.split(/\s+/).length, 0);
  process.stderr.write(`library: 2,000 replies (${Math.round(words / corpus.length)} words on average)…\n`);
  results.corpus = await compare(corpus, rounds);
  process.stderr.write('library: one 5,000-word draft…\n');
  results.longDraft = await compare([longDraft(5000)], rounds * 3);
}
if (wanted('cli')) {
  process.stderr.write('CLI: cold start…\n');
  results.coldStart = coldStart(rounds * 4);
  process.stderr.write('CLI: a 10,000-macro Zendesk export…\n');
  results.export = await exports(Math.max(1, Math.floor(rounds / 2)));
}
if (wanted('server')) {
  process.stderr.write('server: edit-to-diagnostics latency and memory…\n');
  results.server = await serverLatency(root, { spawn, longDraft, replies, median, percentile, round });
}
if (wanted('linearity')) {
  process.stderr.write('adversarial input: 100 KB against 1 MB…\n');
  results.linearity = linearity(Math.max(3, rounds));
}

const outFolder = join(here, 'results');
mkdirSync(outFolder, { recursive: true });
writeFileSync(join(outFolder, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
if (process.argv.includes('--save'))
  writeFileSync(join(outFolder, `${results.date.slice(0, 10)}.json`), `${JSON.stringify(results, null, 2)}\n`);

const table = (title, rows, columns) => {
  const lines = [`\n${title}`, `| ${['', ...columns].join(' | ')} |`, `|${[' --- ', ...columns.map(() => ' ---: ')].join('|')}|`];
  for (const [name, row] of Object.entries(rows))
    lines.push(`| ${[name, ...columns.map((column) => row[column])].join(' | ')} |`);
  return lines.join('\n');
};
const out = [`replylint benchmark — ${machine}`];
if (results.corpus) out.push(table('Library, 2,000 replies', results.corpus, ['perSecond', 'medianMs', 'ratio']));
if (results.longDraft) out.push(table('Library, one 5,000-word draft', results.longDraft, ['medianMs', 'ratio']));
if (results.coldStart)
  out.push(table('CLI cold start, one short reply (whole process)', results.coldStart, ['medianMs', 'ratio']));
if (results.export) out.push(table('CLI, 10,000-macro Zendesk export', { export: results.export }, Object.keys(results.export)));
if (results.server)
  out.push(
    table('Server, keystroke to diagnostics (debounce 0)', results.server.latency, [
      'medianMs',
      'p95Ms',
      'serverLintMedianMs',
      'serverLintCpuMedianMs',
    ]),
    `server memory: ${results.server.idleMemoryMB} MB idle, ${results.server.memoryMB} MB with 20 drafts open`,
  );
if (results.linearity)
  out.push(table('Adversarial text, strict preset', { lint: results.linearity }, Object.keys(results.linearity)));
process.stdout.write(`${out.join('\n')}\n`);
await harper.dispose?.();
