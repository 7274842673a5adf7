import { describe, expect, it } from 'vitest';
import rule from '../src/no-blame-deflection/index.js';
import { applyFirstSuggestion, expectFindings } from './support.js';

const flags = (marked: string) => expectFindings(rule, marked);
const passes = (text: string) => expectFindings(rule, text);

describe('no-blame-deflection flags blame on a third party', () => {
  it.each([
    ['Looks like ⟦the courier has lost⟧ your parcel, sorry about that.'],
    ['⟦My colleague gave you the wrong⟧ information about the fee.'],
    ["⟦The system won't let me⟧ change the date."],
    ['⟦DHL have clearly mishandled⟧ it.'],
    ['⟦The warehouse packed the wrong⟧ colour.'],
    ['⟦The hospital sent the referral to the wrong⟧ practice.'],
    ['⟦Our payment provider messed up⟧ and charged you twice.'],
    ["It's ⟦the fraud system's doing⟧⟦, not ours⟧."],
    ['⟦The hotel, which is independently owned, is responsible⟧ for the pool.'],
    ['⟦The engineer turned up late⟧ and ⟦that is on them⟧.'],
  ])('%s', (marked) => flags(marked));
});

describe('no-blame-deflection flags blame on the customer', () => {
  it.each([
    ['⟦You should have checked⟧ the size guide before ordering.'],
    ['⟦You must have entered⟧ the wrong email address.'],
    ['The fee was shown at checkout, ⟦as clearly stated on⟧ the product page.'],
    ['⟦You failed to⟧ give us a meter reading.'],
    ['This would have been avoided ⟦if you had read⟧ the migration guide.'],
    ['⟦You authorised the payment yourself⟧, so the bank treats it as genuine.'],
    ["⟦You didn't select⟧ express delivery at checkout."],
  ])('%s', (marked) => flags(marked));
});

describe('no-blame-deflection flags passing the buck and excuses', () => {
  it.each([
    ["⟦That's not my department⟧."],
    ["⟦You'll have to call them yourself⟧."],
    ["⟦There's nothing I can do⟧ from here."],
    ['⟦I just work here⟧.'],
    ["The compensation amount is decided by the claims team, so I'm afraid ⟦that's out of my hands⟧."],
    ["Sorry for the slow reply, ⟦we're really short-staffed⟧ at the moment."],
    ["⟦I'm new⟧ here so I'm still finding my way around."],
  ])('%s', (marked) => flags(marked));
});

describe('no-blame-deflection leaves alone', () => {
  it.each([
    ['ownership', "That was our mistake, and I'm sorry. We lost your parcel and I've sent a new one today."],
    [
      'a neutral cause, then the fix',
      "The parcel was held at customs because of a missing code, so I've sent the paperwork today.",
    ],
    ['a passive fault that names no one', 'The courier confirmed it was damaged in transit, so a replacement is on its way.'],
    ['a warm hand-off', "I've asked Paul in billing to fix this and I'll follow up with you on Thursday."],
    ['an expectation', 'You should have received a confirmation email this morning.'],
    ['empathy', 'You must have been so worried when the money left your account.'],
    ['reassurance', "It's not your fault at all, and you didn't do anything wrong."],
    ["the customer's own report", 'You mentioned the courier left it with a neighbour; I have asked them to check.'],
    ['a courier doing its job', 'The courier will collect the damaged one when they drop off the new one.'],
    ['a vehicle breaking down', "The courier's van broke down on the motorway, so I've booked a new slot for tomorrow."],
    ['a question', 'Did the driver leave a card?'],
  ])('%s', (_, text) => passes(text));
});

describe('no-blame-deflection suggests', () => {
  it('owning the hand-off instead of "not my department"', () => {
    expect(applyFirstSuggestion(rule, "Sorry, that's not my department.")).toBe(
      "Sorry, I'll get this to the right team and follow up with you.",
    );
  });

  it('what you can do instead of "there\'s nothing I can do"', () => {
    expect(applyFirstSuggestion(rule, "There's nothing I can do about the fee.")).toBe("Here's what I can do about the fee.");
  });
});
