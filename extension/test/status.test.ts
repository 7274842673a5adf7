import { describe, expect, it } from 'vitest';
import { countFindings, statusView } from '../src/status.js';

const none = { errors: 0, warnings: 0, infos: 0 };

describe('status-bar item', () => {
  it("counts replylint's findings only, by severity", () => {
    const counts = countFindings([
      { source: 'replylint', severity: 1 },
      { source: 'replylint', severity: 1 },
      { source: 'replylint', severity: 0 },
      { source: 'replylint', severity: 2 },
      { source: 'cSpell', severity: 2 },
      { severity: 0 },
    ]);
    expect(counts).toEqual({ errors: 1, warnings: 2, infos: 1 });
  });

  it('shows the count and opens the Problems panel', () => {
    const view = statusView({ errors: 0, warnings: 3, infos: 0 }, 'running', true);
    expect(view).toEqual({
      text: '$(warning) replylint: 3',
      tooltip: 'replylint: 3 findings in this draft (3 warnings). Click to open the Problems panel.',
      command: 'problems',
      alert: false,
    });
  });

  it('says when there is one finding, and flags errors', () => {
    expect(statusView({ errors: 1, warnings: 0, infos: 0 }, 'running', true)).toMatchObject({
      text: '$(error) replylint: 1',
      tooltip: 'replylint: 1 finding in this draft (1 error). Click to open the Problems panel.',
      alert: true,
    });
    expect(statusView({ errors: 2, warnings: 1, infos: 1 }, 'running', true).tooltip).toContain('(2 errors, 1 warning, 1 info)');
  });

  it('shows a clean draft, a switched-off one, a starting and a stopped server', () => {
    expect(statusView(none, 'running', true).text).toBe('$(check) replylint');
    expect(statusView(none, 'running', false)).toMatchObject({ text: '$(circle-slash) replylint', command: 'problems' });
    expect(statusView(none, 'starting', true).text).toBe('$(sync~spin) replylint');
    expect(statusView(none, 'stopped', true)).toMatchObject({ text: '$(error) replylint', command: 'restart', alert: true });
  });
});
