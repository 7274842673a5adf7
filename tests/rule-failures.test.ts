import { lint, lintSync, rules } from 'replylint';
import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * A rule that misbehaves, at the library level. Rules cannot be registered from outside (the
 * rule table is frozen and configuration is data), so a real rule's attacher is replaced for
 * the test: the engine must turn an exception into an `internal-error` finding and keep the
 * other rules' findings, and must survive a rule that reports an enormous number of findings.
 * Each test uses rules settings of its own, so that no processor built earlier is reused.
 */
const shouting = rules['no-shouting'] as NonNullable<(typeof rules)[string]>;
const draft = "Hi Jane,\n\nNo, we can't refund it.\n";

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a rule that fails', () => {
  it('becomes an internal-error finding, and the other rules still report (lint and lintSync, both through the unified preset)', async () => {
    vi.spyOn(shouting, 'attacher').mockImplementation(() => () => {
      throw new Error('boom');
    });
    const settings = { rules: { 'no-shouting': 'error' } } as const;
    for (const { messages } of [lintSync(draft, settings), await lint(draft, settings)]) {
      expect(messages.map((finding) => finding.ruleId)).toContain('no-flat-no');
      const failure = messages.find((finding) => finding.ruleId === 'internal-error');
      expect(failure?.message).toBe('Rule "no-shouting" failed on this reply: boom');
      expect(failure?.url).toMatch(/no-shouting\.md$/);
    }
  });

  it('reporting 200,000 findings does not overflow the stack', () => {
    vi.spyOn(shouting, 'attacher').mockImplementation(() => (_tree, file) => {
      for (let i = 0; i < 200_000; i++) {
        const message = file.message('Too loud.', {
          place: { line: 1, column: 1, offset: 0 },
          ruleId: 'no-shouting',
          source: 'replylint',
        });
        message.url = shouting.meta.url;
      }
    });
    const { messages } = lintSync(draft, { rules: { 'no-shouting': 'warning', 'no-flat-no': 'error' } });
    expect(messages.filter((finding) => finding.ruleId === 'no-shouting')).toHaveLength(200_000);
  });
});
