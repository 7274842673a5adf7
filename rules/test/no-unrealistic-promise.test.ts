import { describe, expect, it } from 'vitest';
import { OptionsError } from '../src/kit/rule.js';
import rule from '../src/no-unrealistic-promise/index.js';
import { applyFirstSuggestion, expectFindings, run } from './support.js';

const flags = (marked: string, options?: unknown) => expectFindings(rule, marked, { options });
const passes = (text: string, options?: unknown) => expectFindings(rule, text, { options });

describe('no-unrealistic-promise flags certain promises of a short deadline', () => {
  it.each([
    ['Your broadband will be back up ⟦within the hour⟧.'],
    ["I'll ring you back ⟦in fifteen minutes⟧ with an answer."],
    ['Our supervisor will certainly phone you ⟦this afternoon⟧.'],
    ['The claim will be approved ⟦by tonight⟧.'],
    ["It'll be fixed ⟦immediately⟧."],
    ['Your refund will be processed ⟦right away⟧.'],
    ["I'll get this sorted ⟦today⟧."],
    ["You'll see the money in your account ⟦within the next couple of hours⟧."],
    ['The engineer will be with you ⟦by 5pm⟧.'],
    ['If you upgrade to Pro it will be there ⟦in 2 mins⟧.'],
  ])('%s', (marked) => flags(marked));
});

describe('no-unrealistic-promise flags absolute outcomes', () => {
  it.each([
    ['⟦This will never happen again⟧.'],
    ['⟦I promise⟧ it will be fixed.'],
    ['Delivery ⟦is guaranteed⟧ for Saturday.'],
    ["⟦I'm 100%⟧ sure it is sorted now."],
    ['Your parcel ⟦will definitely arrive⟧ on Monday.'],
  ])('%s', (marked) => flags(marked));
});

describe('no-unrealistic-promise leaves alone', () => {
  it.each([
    ['a hedged timeline', 'Refunds usually take 5–7 business days to reach your account.'],
    ['an aim', 'We aim to reply within 24 hours.'],
    ['an honest update', "I'll update you by Friday with what I find."],
    ['a day or more, stated plainly', "You'll receive it within 3–5 working days, and we'll email you tomorrow."],
    ['24 hours is not short', "We'll reply within 24 hours."],
    ['starting now', "I'm looking into this right away, and I'll escalate it immediately."],
    ['done already', "I've escalated this immediately and refunded the fee today."],
    ['a should', 'It should arrive tomorrow.'],
    ['a full refund', "I've issued a 100% refund under our money-back guarantee."],
    ['an honest limit', "I can't guarantee it will arrive today."],
    ['a notice of an event', "I'll reply here the moment it's live."],
    ['what the customer can do after their own step', "Once you click the link, you'll be able to sign in straight away."],
    ['a condition in an if-clause', "If it isn't with you by 5pm, let me know."],
    ['from today', "It'll start recording from today."],
  ])('%s', (_, text) => passes(text));
});

describe('the minimumTurnaround option', () => {
  it('defaults to 24 hours', () => {
    passes("We'll reply by tomorrow.");
  });

  it('flags shorter deadlines than a longer minimum', () => {
    flags("We'll reply ⟦by tomorrow⟧.", { minimumTurnaround: '2 days' });
    flags("We'll reply ⟦within 24 hours⟧.", { minimumTurnaround: 48 });
  });

  it('lets a team that really does answer in minutes promise an hour', () => {
    passes('Your broadband will be back up within the hour.', { minimumTurnaround: '30 minutes' });
  });

  it('rejects a value it cannot read, naming the option', () => {
    expect(() => run(rule, 'x', { options: { minimumTurnaround: 'soonish' } })).toThrow(OptionsError);
    expect(() => rule.parseOptions({ minimumTurnaround: 'soonish' })).toThrow(
      'Rule "no-unrealistic-promise": option "minimumTurnaround" must be a number of hours or a duration such as "24h", "4 hours", "2 days", got "soonish"',
    );
    expect(() => rule.parseOptions({ minimum: '4h' })).toThrow('option "minimum" must be one of: minimumTurnaround');
  });
});

describe('no-unrealistic-promise suggests', () => {
  it('a realistic commitment', () => {
    expect(applyFirstSuggestion(rule, "I'll ring you back in fifteen minutes.")).toBe("I'll ring you back within 24 hours.");
  });

  it('an honest alternative to "never again"', () => {
    expect(applyFirstSuggestion(rule, 'This will never happen again.')).toBe("We're taking steps to stop this happening again.");
  });

  it('dropping a certainty adverb', () => {
    expect(applyFirstSuggestion(rule, 'Your parcel will definitely arrive on Monday.')).toBe(
      'Your parcel will arrive on Monday.',
    );
  });
});
