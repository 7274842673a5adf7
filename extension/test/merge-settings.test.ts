import type { PresetName, RulesConfig } from 'replylint';
import { readSettings } from 'replylint-language-server';
import { describe, expect, it } from 'vitest';
// The server's own merge, which its package does not export: the workspace lint must merge alike.
import { mergeSettings as serverMerge } from '../../server/src/configuration.js';
import { mergeSettings } from '../src/server/merge-settings.js';

const cases: { files: [PresetName, RulesConfig]; settings: unknown }[] = [
  { files: ['recommended', {}], settings: {} },
  { files: ['recommended', { 'no-flat-no': 'error' }], settings: { rules: { 'no-flat-no': 'off', 'customer-name': 'info' } } },
  {
    files: ['strict', { 'no-unrealistic-promise': ['warning', { minimumTurnaround: '4h' }] }],
    settings: { rules: { 'no-unrealistic-promise': 'error' } },
  },
  { files: ['recommended', {}], settings: { preset: 'strict', minimumTurnaround: '2 days' } },
  { files: ['recommended', { 'no-unrealistic-promise': 'off' }], settings: { minimumTurnaround: 8 } },
  { files: ['recommended', {}], settings: { minimumTurnaround: 'whenever' } },
];

describe('settings merged with configuration files for the workspace lint', () => {
  it.each(cases)('merges as the server does: %j', ({ files, settings }) => {
    const { settings: read } = readSettings(settings);
    const ours: string[] = [];
    const theirs: string[] = [];
    expect(mergeSettings(files[0], files[1], read, ours)).toEqual(serverMerge(files[0], files[1], read, theirs));
    expect(ours).toEqual(theirs);
  });

  it('keeps the files’ rule options when a setting changes the severity', () => {
    const { settings } = readSettings({ rules: { 'no-unrealistic-promise': 'error' } });
    const merged = mergeSettings(
      'recommended',
      { 'no-unrealistic-promise': ['warning', { minimumTurnaround: '4h' }] },
      settings,
      [],
    );
    expect(merged.rules['no-unrealistic-promise']).toEqual(['error', { minimumTurnaround: '4h' }]);
  });
});
