import { existsSync, readFileSync } from 'node:fs';
import { rules } from 'replylint';
import { describe, expect, it } from 'vitest';
import { replylint, repoRoot } from './support/cli.js';

/** The docs are part of each rule: they must exist and agree with the code. */
describe.each(Object.values(rules).map((rule) => [rule.meta.id, rule] as const))('the page of %s', (id, rule) => {
  const path = `${repoRoot}/rules/${id}.md`;

  it('exists where its url points', () => {
    expect(existsSync(path)).toBe(true);
    expect(rule.meta.url.endsWith(`/rules/${id}.md`)).toBe(true);
  });

  it('states its presets and default severity', () => {
    const page = readFileSync(path, 'utf8');
    expect(page.startsWith(`# ${id}\n`)).toBe(true);
    expect(page).toContain(`**Presets:** ${rule.meta.presets.join(', ')}`);
    expect(page).toContain(`**Default severity:** ${rule.meta.severity}`);
  });

  it('is listed in the README', () => {
    expect(readFileSync(`${repoRoot}/README.md`, 'utf8')).toContain(`[\`${id}\`](rules/${id}.md)`);
  });
});

describe('the configuration schema shipped with the package', () => {
  it('is the one the rules describe (regenerate it with `pnpm schema`)', async () => {
    const { configSchema } = (await import(`${repoRoot}/packages/replylint/dist/config/schema.js`)) as {
      configSchema: () => unknown;
    };
    const shipped = JSON.parse(readFileSync(`${repoRoot}/packages/replylint/schema/replylintrc.schema.json`, 'utf8')) as unknown;
    expect(shipped).toEqual(configSchema());
  });
});

describe('the README', () => {
  it('opens with what replylint really prints for the first example', () => {
    const readme = readFileSync(`${repoRoot}/README.md`, 'utf8');
    const shown = /```text\n(examples\/01-refund-refused\.txt\n[\s\S]*?)```/.exec(readme)?.[1];
    const run = replylint(['examples/01-refund-refused.txt']);
    // The command prints a blank line before each file and a summary after the findings.
    const printed = run.stdout.replace(/^\n/, '').replace(/\n\n✖[^\n]*\n$/, '\n');
    expect(shown).toBe(printed);
  });
});
