import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { check, type Diagnostics, type VulnerableDiagnostics } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/cli.js';

/**
 * No catastrophic backtracking: every regular expression in the runtime code — literals and
 * `new RegExp` alike, found by parsing the TypeScript — is (a) checked by recheck, a ReDoS
 * analyser (exponential and polynomial), and (b) run against adversarial inputs: long runs of
 * characters it matches with a near miss at the end, at 2,000 and 20,000 characters. A
 * regex whose time grows far faster than its input fails. Regexes built from data (word
 * lists) are captured as the code builds them.
 */

const roots = ['rules/src', 'packages/replylint/src', 'server/src'];

interface Site {
  readonly file: string;
  readonly line: number;
  readonly endLine: number;
}
interface Pattern {
  readonly source: string;
  readonly flags: string;
  readonly where: string;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

/** Regex literals (compiled as written) and the places that build one with `RegExp(…)`. */
function scan(): { literals: Pattern[]; builders: Site[] } {
  const literals: Pattern[] = [];
  const builders: Site[] = [];
  for (const path of roots.flatMap((root) => sourceFiles(join(repoRoot, root)))) {
    const file = relative(repoRoot, path);
    const tree = ts.createSourceFile(file, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const lineOf = (at: number) => tree.getLineAndCharacterOfPosition(at).line + 1;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(tree);
        const slash = text.lastIndexOf('/');
        literals.push({
          source: text.slice(1, slash),
          flags: text.slice(slash + 1),
          where: `${file}:${lineOf(node.getStart(tree))}`,
        });
      }
      if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        builders.push({ file, line: lineOf(node.getStart(tree)), endLine: lineOf(node.getEnd()) });
      }
      ts.forEachChild(node, visit);
    };
    visit(tree);
  }
  return { literals, builders };
}

/** The regexes the code builds at run time, from a Node process that records them (see the script). */
function builtAtRunTime(): (Pattern & { file: string; line: number })[] {
  const run = spawnSync(process.execPath, ['--enable-source-maps', 'tests/support/built-regexps.js'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`built-regexps.js failed: ${run.stderr}`);
  return (JSON.parse(run.stdout) as { source: string; flags: string; file: string; line: number }[]).map((entry) => ({
    ...entry,
    where: `${entry.file}:${entry.line} (built at run time)`,
  }));
}

/**
 * Regexes with polynomial backtracking that only ever see input of bounded length, with
 * where the bound comes from. Nothing exponential may be listed here.
 */
const boundedInput: Readonly<Record<string, string>> = {
  '\\n*$': 'OffsetMap.breakLines: the last 8 characters of the output at most (offset-map.ts)',
};

/**
 * Polynomial by recheck's fuzzer, linear on review; still run against adversarial input below.
 */
const reviewedLinear: Readonly<Record<string, string>> = {
  '\\b(?:wrote|a écrit|schrieb|escribió|ha scritto|schreef)\\b.{0,100}:\\s*$':
    'thread.ts wroteEnd: `.{0,100}` bounds each attempt, so a character is reached from at most ~20 starts',
};

const { literals, builders } = scan();
const built = builtAtRunTime();
const patterns = [...literals, ...built];
const unique = [...new Map(patterns.map((pattern) => [`/${pattern.source}/${pattern.flags}`, pattern])).values()];

describe('the regular expressions of the runtime code', () => {
  it('are all found: literals, and every RegExp(…) call seen building a regex at run time', () => {
    expect(literals.length).toBeGreaterThan(200);
    const unseen = builders.filter(
      (site) => !built.some((entry) => entry.file === site.file && entry.line >= site.line && entry.line <= site.endLine),
    );
    // A call site not exercised by tests/support/built-regexps.js: give that script input that reaches it.
    expect(unseen).toEqual([]);
    for (const pattern of patterns) expect(() => new RegExp(pattern.source, pattern.flags), pattern.where).not.toThrow();
    for (const source of [...Object.keys(boundedInput), ...Object.keys(reviewedLinear)]) {
      expect(
        patterns.some((pattern) => pattern.source === source),
        `/${source}/ is gone: remove its entry`,
      ).toBe(true);
    }
  });

  it('have no exponential or polynomial backtracking by recheck’s analysis', { timeout: 240_000 }, async () => {
    const verdicts: { pattern: Pattern; result: Diagnostics }[] = [];
    for (const pattern of unique) {
      // A fixed seed keeps the fuzzing checker's verdicts the same from run to run.
      verdicts.push({ pattern, result: await check(pattern.source, pattern.flags, { timeout: 4000, randomSeed: 7 }) });
    }
    const problems = verdicts
      .filter(({ pattern, result }) => {
        if (result.status !== 'vulnerable') return false;
        const excused = pattern.source in boundedInput || pattern.source in reviewedLinear;
        return result.complexity.type === 'exponential' || !excused;
      })
      .map(({ pattern, result }) => {
        const vulnerable = result as VulnerableDiagnostics;
        return `${pattern.where} /${pattern.source}/${pattern.flags}: ${vulnerable.complexity.summary}, e.g. ${vulnerable.attack.pattern}`;
      });
    expect(problems).toEqual([]);
    // "unknown" (the analysis timed out) is left to the adversarial runs below.
    const counts = new Map<string, number>();
    for (const { result } of verdicts) counts.set(result.status, (counts.get(result.status) ?? 0) + 1);
    console.info(
      `recheck: ${unique.length} distinct regexes (${literals.length} literals, ${built.length} built at run time): ${[...counts]
        .map(([status, count]) => `${count} ${status}`)
        .join(', ')}`,
    );
  });

  it('take time in proportion to their input on adversarial text (2,000 vs 20,000 characters)', () => {
    const pumps = [
      ' ',
      '\t',
      '\n',
      '\r\n',
      'a',
      'Z',
      '0',
      '.',
      ',',
      ':',
      '!',
      '<',
      '(',
      '[',
      '{',
      '}',
      '-',
      '_',
      '*',
      '|',
      '%',
      "'",
      '@',
      '\u00a0',
      '\u200b',
      'é',
      '😀',
      'a ',
      'A.',
    ];
    const ends = ['\u0000', 'x', '\n', '\u2028'];
    let tried = 0;
    const run = (regex: RegExp, input: string): number => {
      const start = performance.now();
      regex.exec(input);
      tried++;
      return performance.now() - start;
    };
    const fastest = (regex: RegExp, input: string, times: number) =>
      Math.min(...Array.from({ length: times }, () => run(regex, input)));
    const slow: string[] = [];
    for (const pattern of unique) {
      if (pattern.source in boundedInput) continue;
      // The search for the first match is where backtracking shows: no g or y flag, no match lists.
      const regex = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
      // Words the regex looks for, so that anchored patterns get past their start.
      const words = [
        ...new Set(
          pattern.source.replace(/\\[pPu]\{[^}]*\}|\\.|\[(?:\\.|[^\]\\])*\]/g, ' ').match(/[\p{L}][\p{L} '’:-]*[\p{L}:]/gu) ?? [],
        ),
      ].slice(0, 3);
      const inputs = ['', 'a', ...words].flatMap((head) =>
        [...pumps, ...words.map((word) => `${word} `)].flatMap((pump) => ends.map((end) => ({ head, pump, end }))),
      );
      for (const { head, pump, end } of inputs) {
        const input = (length: number) => head + pump.repeat(Math.ceil(length / pump.length)) + end;
        const large = input(20_000);
        if (run(regex, large) < 2) continue;
        // Slow enough to look at: compare with a tenth of the input, best of a few runs each.
        const ratio = fastest(regex, large, 3) / Math.max(fastest(regex, input(2_000), 5), 0.001);
        if (ratio <= 30) continue;
        slow.push(
          `${pattern.where} /${pattern.source}/${pattern.flags} on ${JSON.stringify(head)} + ${JSON.stringify(pump)}×n + ${JSON.stringify(end)}: 10× the input took ${Math.round(ratio)}× the time`,
        );
        break;
      }
    }
    console.info(`adversarial runs: ${tried} inputs over ${unique.length} regexes`);
    expect(slow).toEqual([]);
  });
});
