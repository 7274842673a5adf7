import { mergeSettings, readSettings } from 'replylint-language-server';
import { describe, expect, it } from 'vitest';

/** How editor settings combine with configuration files (the server and the VS Code workspace lint share it). */
describe('settings merged with configuration files', () => {
  it('lets a severity setting replace the level and keep the files’ rule options', () => {
    const { settings } = readSettings({ rules: { 'no-unrealistic-promise': 'error' } });
    const merged = mergeSettings(
      'recommended',
      { 'no-unrealistic-promise': ['warning', { minimumTurnaround: '4h' }] },
      settings,
      [],
    );
    expect(merged).toEqual({
      preset: 'recommended',
      rules: { 'no-unrealistic-promise': ['error', { minimumTurnaround: '4h' }] },
    });
  });

  it('turns a rule off outright, options and all', () => {
    const { settings } = readSettings({ rules: { 'no-unrealistic-promise': 'off' } });
    const merged = mergeSettings(
      'recommended',
      { 'no-unrealistic-promise': ['warning', { minimumTurnaround: '4h' }] },
      settings,
      [],
    );
    expect(merged.rules['no-unrealistic-promise']).toBe('off');
  });

  it('sets the minimum turnaround on a rule that is on, and lets a preset setting replace the files’ preset', () => {
    const { settings } = readSettings({ preset: 'strict', minimumTurnaround: '2 days' });
    expect(mergeSettings('recommended', {}, settings, [])).toEqual({
      preset: 'strict',
      rules: { 'no-unrealistic-promise': ['warning', { minimumTurnaround: '2 days' }] },
    });
  });

  it('leaves the turnaround alone when the rule is off', () => {
    const { settings } = readSettings({ minimumTurnaround: '2 days' });
    expect(mergeSettings('recommended', { 'no-unrealistic-promise': 'off' }, settings, [])).toEqual({
      preset: 'recommended',
      rules: { 'no-unrealistic-promise': 'off' },
    });
  });

  it('reports a turnaround it cannot read, and keeps the rest', () => {
    const { settings } = readSettings({ minimumTurnaround: 'whenever', rules: { 'no-flat-no': 'error' } });
    const problems: string[] = [];
    expect(mergeSettings('recommended', {}, settings, problems)).toEqual({
      preset: 'recommended',
      rules: { 'no-flat-no': 'error' },
    });
    expect(problems).toEqual([expect.stringMatching(/^setting "replylint\.minimumTurnaround": /)]);
  });
});
