import { describe, expect, it } from 'vitest';
import { findingMessage, findingRange, type LintedFinding, replyName, summary } from '../src/lint-files-protocol.js';

const finding: LintedFinding = {
  ruleId: 'no-flat-no',
  severity: 'warning',
  message: "“we can't offer” is a flat refusal",
  line: 3,
  column: 15,
  endLine: 3,
  endColumn: 29,
  url: 'https://example.test/rules/no-flat-no.md',
};

describe('workspace lint results', () => {
  it('turns 1-based library positions into a 0-based range', () => {
    expect(findingRange(finding)).toEqual([2, 14, 2, 28]);
    expect(findingRange({ ...finding, line: 1, column: 1, endLine: 2, endColumn: 1 })).toEqual([0, 0, 1, 0]);
    // Never an inverted range.
    expect(findingRange({ ...finding, endLine: 3, endColumn: 2 })).toEqual([2, 14, 2, 14]);
  });

  it('names the reply a finding is in, as the command line does', () => {
    expect(replyName(undefined)).toBeUndefined();
    expect(replyName({ index: 2, title: 'Refund – damaged item', id: '360012' })).toBe(
      'Reply 3 “Refund – damaged item” (id 360012)',
    );
    expect(findingMessage(finding)).toBe(finding.message);
    expect(findingMessage({ ...finding, reply: { index: 0, title: 'Late parcel' } })).toBe(
      `Reply 1 “Late parcel”: ${finding.message}`,
    );
  });

  it('sums a run up', () => {
    expect(summary(0, 0, 0, 0)).toBe('replylint: no canned responses found (setting "replylint.cannedResponses").');
    expect(summary(4, 0, 0, 0)).toBe('replylint: no findings in 4 files.');
    expect(summary(12, 3, 7, 1)).toBe('replylint: 7 findings in 3 of 12 files; 1 file could not be read.');
    expect(summary(1, 1, 1, 0)).toBe('replylint: 1 finding in 1 of 1 file.');
  });
});
