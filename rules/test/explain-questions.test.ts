import { describe, expect, it } from 'vitest';
import rule from '../src/explain-questions/index.js';
import { OptionsError } from '../src/kit/rule.js';
import { applyFirstSuggestion, expectFindings, run } from './support.js';

const flags = (marked: string) => expectFindings(rule, marked);
const passes = (text: string) => expectFindings(rule, text);

describe('explain-questions flags a request for information with no reason', () => {
  it.each([
    ["Hi Dana,\n\nI've booked a new visit for Thursday. ⟦What is the best number to reach you on⟧?"],
    ['Hi Sam,\n\n⟦Which colour would you like⟧? Let me know and I will set the order up.'],
    ['Hi Sam,\n\nThe refund is ready to go. ⟦Which card would you like it refunded to⟧?'],
    ["Hi Sam,\n\nI'm sorry the prints faded. ⟦Could you tell me the order number⟧?\n\nI'll reprint the whole set at no charge."],
    ['Hi Sam,\n\n⟦Did you install the driver from our website⟧? If not, the printer will not show up.'],
    ['Hi Sam,\n\n⟦Please send me your postcode and the date of the visit⟧.'],
    ['Hi Sam,\n\nThanks for your enquiry. ⟦Which day next week suits you⟧?'],
  ])('%s', (marked) => flags(marked));

  it('flags each unexplained question, and not the explained one', () => {
    flags(
      'Hi Sam,\n\n⟦What was the date of the incident⟧? ⟦Do you have a crime reference number⟧?\n\nCould you also send photographs of the damaged door, so that our assessor can value the repair without a visit?',
    );
  });

  it('does not take "I\'ll…" in the next sentence as the reason', () => {
    flags("hi there, ⟦what's your order number⟧? I'll check the courier scan.");
  });
});

describe('explain-questions leaves alone', () => {
  it.each([
    ['a reason in the same sentence', 'Which merchant were you trying to pay, so I can check whether their request reached us?'],
    ['"so that"', 'Could you send a photo of the meter, so that we can make sure the new bill starts from the right figure?'],
    ['a reason with "as"', "Could you also send his vaccination record, as we can't accept dogs without it?"],
    [
      'a purpose that opens the sentence',
      'To complete the affordability checks, could you send your last three bank statements?',
    ],
    ['"so the driver can"', 'Will someone be in between 8am and 12pm, so the driver can swap them over in one trip?'],
    [
      'a reason in the next sentence',
      'Have you reported the theft to the police? We need the crime reference number to approve a theft claim.',
    ],
    ['"just to make sure"', 'Just to make sure it goes to the right place, could you confirm your address?'],
    ['an offer', 'Would you like me to send a replacement instead?'],
    ['another offer', 'Would you like us to notify you when it is back in stock?'],
    ['a check-in', 'Does that help? Is there anything else I can help with?'],
    ['a choice between offered options', "I can move you to the studio room or change the date. Let me know which you'd prefer."],
    ['a rhetorical echo', 'Charged for a no-show?! You cancelled well within the 24 hours.'],
    ['"still nothing?"', 'Still nothing? Reply to this email and I will send it to another address.'],
    ['an invitation', 'Let me know if you have any other questions.'],
    ['a follow-up check', 'Is it working now? If so, you are all set.'],
    ['a question in the quoted thread', 'Your order left our warehouse this morning.'],
  ])('%s', (_, text) => passes(text));
});

describe('explain-questions suggests', () => {
  it('saying why before the question mark', () => {
    expect(applyFirstSuggestion(rule, 'What is your order number?')).toBe(
      "What is your order number so I can [what you'll do with it]?",
    );
  });

  it('says why in the message', () => {
    const [message] = run(rule, 'What is your order number?');
    expect(message?.message).toBe('This asks the customer for information without saying why: add what you will do with it.');
  });
});

describe('explain-questions options', () => {
  it('takes none', () => {
    expect(rule.parseOptions({})).toBeUndefined();
    expect(() => rule.parseOptions('strict')).toThrow(OptionsError);
  });
});
