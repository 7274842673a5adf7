import { describe, expect, it } from 'vitest';
import rule from '../src/no-flat-no/index.js';
import { applyFirstSuggestion, expectFindings } from './support.js';

const flags = (marked: string) => expectFindings(rule, marked);
const passes = (text: string) => expectFindings(rule, text);

describe('no-flat-no flags a refusal left standing on its own', () => {
  it.each([
    ["⟦No, we can't refund⟧ opened items."],
    ["Unfortunately ⟦we're not able to⟧ change the delivery address once the order has shipped."],
    ['⟦We are unable to⟧ offer a refund on sale items.'],
    ["I'm afraid ⟦we're not in a position to⟧ reverse the charge."],
    ['⟦We do not offer⟧ gift wrapping.'],
    ["⟦We don't ship⟧ to PO boxes."],
    ['⟦We no longer stock⟧ the blue version.'],
    ["⟦We won't be replacing⟧ the duvet cover."],
    ['⟦You cannot return⟧ opened software.'],
    ["⟦You're not eligible⟧ for the loyalty discount."],
    ['Licence keys ⟦cannot be reset⟧ more than twice a year.'],
    ["Sorry, ⟦that's not possible⟧."],
    ['⟦It is not possible⟧ to merge two accounts.'],
    ["⟦That won't be possible⟧ this time."],
    ['Refunds ⟦are not available⟧ on sale items.'],
    ["Unfortunately ⟦it's against our policy⟧ to refund used items."],
    ['Custom domains ⟦are not supported⟧ on the free plan.'],
    ['⟦Your request has been declined⟧.'],
    ["⟦Can't cancel⟧, the order's already gone to the courier."],
    ["⟦That isn't something we offer⟧."],
  ])('%s', (marked) => flags(marked));

  it('flags the refusal even when the alternative only comes in the next sentence', () => {
    flags("⟦We can't refund⟧ opened items. However, I can send you a replacement today.");
  });

  it('flags a refusal with a condition but no alternative', () => {
    flags("⟦We can't issue⟧ a refund until the warehouse confirms the parcel weight.");
  });
});

describe('no-flat-no leaves alone', () => {
  it.each([
    ['a limit with the alternative in the same sentence', "We can't refund this one, but I can send a replacement today."],
    ['an alternative that leads', "While we don't offer refunds on sale items, I've added a £20 credit to your account."],
    ['a semicolon alternative', "We're unable to change the address; what I can do is cancel it and re-order for you."],
    ['idioms', "No problem at all! No worries, and don't hesitate to get in touch. I can't wait to hear how the trip goes."],
    ['more idioms', "I can't thank you enough for your patience. We can't recommend the upgrade highly enough."],
    ['at no cost', "We'll send the new charger at no extra cost, no later than Friday."],
    ['not only … but', 'It not only fixes the sync issue but also speeds up the app.'],
    ['a conditional', "If it doesn't arrive by Friday, let me know and I'll chase it."],
    ['a conditional refusal', "If that's not possible, we'll send a replacement instead."],
    ["the customer's own difficulty", "I'm sorry you can't log in. Let's get that fixed."],
    ['good news', "Good news: you weren't billed twice after all, and we won't charge you for the delay."],
    ['a finding', "We found no fault on your line, and I couldn't find any record of a second charge."],
    ['reassurance', "You won't be charged for the return, and your account won't be affected."],
    ['a question', 'Is it not possible to use the code twice?'],
  ])('%s', (_, text) => passes(text));
});

describe('no-flat-no suggests', () => {
  it('leading with the alternative that follows in the next sentence', () => {
    expect(applyFirstSuggestion(rule, "We can't refund opened items. However, I can send you a replacement today.")).toBe(
      "I can send you a replacement today, though we can't refund opened items.",
    );
  });

  it('dropping the flat "No" when leading with the alternative', () => {
    expect(applyFirstSuggestion(rule, "No, we can't refund opened items. Instead, I can offer a store credit.")).toBe(
      "I can offer a store credit, though we can't refund opened items.",
    );
  });

  it('adding what you can do to the same sentence when there is no alternative yet', () => {
    expect(applyFirstSuggestion(rule, 'We do not offer gift wrapping.')).toBe(
      'We do not offer gift wrapping, but what I can do is [what you can do instead].',
    );
  });

  it('dropping a flat "No"', () => {
    expect(applyFirstSuggestion(rule, "No, we can't do that.", {}, 1)).toBe("We can't do that.");
  });
});
