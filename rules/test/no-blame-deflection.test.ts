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
    ["It's ⟦the fraud system's doing, not ours⟧."],
    ['⟦The hotel, which is independently owned, is responsible⟧ for the pool.'],
    ['⟦The engineer turned up late and that is on them⟧.'],
    // A name in apposition does not break the link between the party and the fault.
    ['⟦Your account manager, Priya, should have told⟧ you about the fee.'],
    ["⟦The technician didn't spot⟧ the leak on his first visit."],
    ['⟦The installer set the thermostat up incorrectly⟧.'],
    ['⟦The plumber switched off the water without telling⟧ anyone.'],
    ['Sorry about the mess, ⟦the cleaners were new⟧ that week.'],
    ['The outage was ⟦caused by our hosting provider⟧.'],
    ['⟦This is a known supplier fault⟧.'],
    ['⟦Evri have been shocking⟧ lately.'],
    ["I've emailed the courier twice but ⟦they don't reply⟧."],
  ])('%s', (marked) => flags(marked));
});

describe('no-blame-deflection flags a blame and its "not us" as one finding', () => {
  it.each([
    ["⟦That's really their problem, not ours⟧."],
    ['The payment was blocked by ⟦your bank, not Acme⟧.'],
    ['Delays ⟦caused by the rail operator are outside our control⟧.'],
    ["⟦I was on leave and nobody picked up my emails⟧, so I've only just seen this."],
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
    ['⟦You missed the payment deadline⟧ by a week.'],
    ['⟦It was working perfectly when you collected⟧ it.'],
    ['⟦The fading is down to the sofa being left⟧ in direct sunlight.'],
    ['⟦You accepted these terms when you booked⟧.'],
    ['Deposits are covered in section 4, ⟦which you agreed to when you signed⟧ up.'],
    ['⟦Like it says in the terms⟧, deposits are non-refundable.'],
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
    ["⟦We're short of delivery drivers⟧ at the moment."],
    ['Sorry for ⟦the slow reply, been mad busy⟧.'],
    ['Jess ⟦is new and still learning⟧ the ropes.'],
    ['Our phone lines were down, ⟦which is why nobody answered⟧ your calls.'],
    ["⟦We've had three engineers off sick this week so we're really stretched⟧."],
    ["Sorry, ⟦it's been a crazy week⟧."],
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
    // Talking down, which no-condescension reports; not a finger pointed at someone.
    ['our own earlier words', 'As I mentioned in my previous email, the payload now uses event_type.'],
    ['our own earlier message', 'As stated in our previous correspondence, the deposit is held for 30 days.'],
    ['empathy', 'You must have been so worried when the money left your account.'],
    ['reassurance', "It's not your fault at all, and you didn't do anything wrong."],
    ["the customer's own report", 'You mentioned the courier left it with a neighbour; I have asked them to check.'],
    ['a courier doing its job', 'The courier will collect the damaged one when they drop off the new one.'],
    ['a vehicle breaking down', "The courier's van broke down on the motorway, so I've booked a new slot for tomorrow."],
    ['a question', 'Did the driver leave a card?'],
    [
      'a party that is where something went, not who failed',
      "Your parcel to the Leeds depot didn't arrive because the van broke down, so I've booked a new slot.",
    ],
    ['a machine fault followed by the fix', "The app logged you out after the update, so I've reset your password."],
    ['a fault the sentence owns', "Our payment system glitched on Monday, and that's on us."],
    ['ownership, then "not theirs"', "That was our mistake in the booking, not the hotel's."],
    [
      'a force of nature outside our control',
      'Delays caused by adverse weather are outside our control, but your ticket is valid on any sailing.',
    ],
    ['taking the chase off the customer', "You don't need to chase the bank yourself; I've already done it."],
    ['a channel, not a remit', "Gift card refunds aren't something we handle over the phone, but you can request one online."],
    ['a step still to come', "The courier hasn't delivered it yet, but it's on the van today."],
    ['a policy about a kind of item', 'Items that were not returned within 30 days go back to stock.'],
    ['the name of a place', "Our Leeds lost property team has your umbrella, and I'll email you the collection times today."],
    ['a limit made safe', "I'm new to the weekend rota, so I've double-checked everything with my manager."],
    ["a decision in the customer's favour", 'Our finance team decided not to charge you for the repair.'],
    ['a date, not a party', 'The delay was caused by the bank holiday, so it will arrive on Tuesday.'],
    ['"they" as the parcels', "They were late because of the snow, but they're on the van now."],
    ["someone else's account", "The vet said the dog wouldn't settle, so we'll try again on Tuesday."],
    ['an expectation about a repair', 'It should be working fine when you get home.'],
    ["empathy about the customer's day", "It's been a long day for you, I know."],
    ['a shared failure', "Our cleaner didn't turn up on Tuesday, and we didn't let you know."],
    ['a warm hand-off to a colleague', "I've handed this to Priya in billing, who will call you by 5pm."],
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
