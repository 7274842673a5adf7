import { describe, expect, it } from 'vitest';
import rule from '../src/apologize-for-mistakes/index.js';
import { OptionsError } from '../src/kit/rule.js';
import { applyFirstSuggestion, expectFindings, run } from './support.js';

const flags = (marked: string) => expectFindings(rule, marked);
const passes = (text: string) => expectFindings(rule, text);

describe('apologize-for-mistakes flags a mistake admitted without an apology', () => {
  it.each([
    ["Hi Priya,\n\n⟦We sent you the wrong⟧ size. I've booked a courier to collect it and the 10 is on its way.\n\nBest,\nSam"],
    ['Hi Tom,\n\n⟦I gave you the wrong⟧ date on the phone: your renewal is on 14 April, not 4 April.\n\nThanks,\nAlex'],
    [
      'Hello Mrs Okafor,\n\n⟦We charged you twice⟧ for the March invoice. The duplicate £42.50 has been refunded to your card and should show within 5 working days.',
    ],
    ['Hi Dan,\n\n⟦Your order was delayed⟧ at our warehouse, but it left this morning and tracking is now live.'],
    ["Hi Jo,\n\nThanks for the photos. ⟦It was damaged⟧ in transit, so I've sent a replacement by express delivery."],
    ["Hi Ana,\n\n⟦You were charged twice⟧ because the first payment timed out. I've reversed the second one."],
    ['Hi Lee,\n\n⟦We made a mistake⟧ with your booking: the room was set for the 12th. It is now the 21st, as you asked.'],
    ["Hi Mo,\n\n⟦Your refund wasn't processed⟧ when the return arrived. I've processed it now."],
    ['Hi Kit,\n\n⟦We forgot to⟧ add the discount code to your order, so I have refunded the £15 difference.'],
    ['Hi Rosa,\n\n⟦The wrong charger was sent⟧ with your laptop. A USB-C charger is on its way today.'],
    [
      "Hi Ben,\n\n⟦We didn't send⟧ your renewal reminder, which is why the policy lapsed. I've reinstated it from the original date.",
    ],
    [
      "Hi Zoe,\n\n⟦That one's on us⟧: the item was listed at the wrong price. I've honoured the lower price and refunded the difference.",
    ],
    ["Hi Raj,\n\n⟦We've kept you waiting⟧ far too long on this. Your new router has been dispatched."],
  ])('%s', (marked) => flags(marked));

  it.each([
    [
      'our staff',
      "Hi Ricardo,\n\n⟦Our ground staff in Lisbon didn't load⟧ it onto your flight, so it travelled on the later one.",
    ],
    ['our system', '⟦Our booking system cancelled⟧ your airport transfer when the flight times changed.'],
    ['the engineer', '⟦The engineer missed⟧ the appointment because the job had the old postcode.'],
    ['your trainer', '⟦Your trainer cancelled⟧ your last three sessions at short notice.'],
    ['the wrong thing, named', 'The appointment letter we sent you had ⟦the wrong date⟧ on it.'],
    ['instead of what was ordered', 'Oops, ⟦we sent you a size 12 instead of⟧ the size 10 you ordered!'],
    ['closed without a visit', 'Your repair request ⟦was closed on our system without an⟧ inspection taking place.'],
    ['a fault on our side', 'Your session did not start because of ⟦a software fault⟧ on our side.'],
    ['the machine', '⟦The charger failed⟧ to start your session on Sunday.'],
    ['"shouldn\'t have"', "Refund done for the chipped mug, ⟦it shouldn't have left⟧ us like that."],
    ['an outage', '⟦The outage⟧ was caused by a failed storage node in our London data centre.'],
  ])('%s', (_, marked) => flags(marked));

  it.each([
    [
      'a wrong choice by our staff',
      'Hi Jen,\n\n⟦Our picker chose the wrong⟧ flavour, so you got lemon rather than lime. A lime tin is on its way.',
    ],
    ['a wrong place', 'Hi Jen,\n\n⟦Our courier went to the wrong⟧ house on Tuesday. He is coming back to you tomorrow.'],
    [
      'done instead of what was asked',
      "Hi Jen,\n\n⟦Our system charged your card in euros instead of⟧ pounds. I've reversed it and taken £40 in pounds.",
    ],
    [
      'instead of what the customer had chosen',
      'Hi Jen,\n\nYour renewal put you on the standard plan ⟦instead of the family plan that you had picked⟧. It is now on the family plan.',
    ],
    [
      'out-of-date information',
      "Hi Jen,\n\n⟦Our website listed the old price⟧ for the bundle, so I've refunded the £12 difference.",
    ],
    ['late by a stated time', 'Hi Jen,\n\n⟦Your refund went out two weeks late⟧ because of a backlog in our finance team.'],
    ['later than it should', 'Hi Jen,\n\nYour certificate was issued ⟦later than it should have⟧ been. It is attached here.'],
    [
      'lost after we had it',
      'Hi Jen,\n\nYour parcel reached our hub on Tuesday, ⟦then got lost⟧ in the system. A new one left today.',
    ],
    [
      'filed against someone else',
      'Hi Jen,\n\nThe payment was ⟦credited to another customer⟧, which is why your account showed arrears. It is on your account now.',
    ],
    ['data mixed up', "Hi Jen,\n\n⟦The digits were transposed⟧ when your card number was keyed in. I've corrected them."],
    [
      'not enough people',
      "Hi Jen,\n\n⟦We were short of drivers⟧ on Saturday, so your delivery didn't go out. It is booked for Monday.",
    ],
    [
      'a bug in our release',
      'Hi Jen,\n\nThe update we pushed on Monday ⟦introduced a bug⟧ in the export screen. Version 2.3.1 fixes it.',
    ],
    [
      'less than they should have done',
      'Hi Jen,\n\n⟦The engineer should have checked the flue more carefully than he did⟧. A senior engineer will visit on Friday.',
    ],
    [
      'something of ours put right',
      'Hi Jen,\n\n⟦The booking limit has now been fixed⟧, and your place on Thursday is confirmed.',
    ],
    ['a step that was skipped', 'Hi Jen,\n\n⟦Your form was not scanned⟧ when it arrived, so it is being scanned today.'],
    ['a part not brought', "Hi Jen,\n\n⟦Our fitter didn't bring⟧ the hinges on Monday. He'll fit them on Thursday."],
  ])('%s', (_, marked) => flags(marked));

  it("does not let the customer's order in one clause excuse the cause in the next", () => {
    flags(
      'Hi Jen,\n\n⟦We sent you the small bag instead of⟧ the large one you ordered, because the wrong size was picked at our warehouse.',
    );
  });

  it('flags each sentence that admits a mistake', () => {
    flags(
      "Hi Sue,\n\n⟦We sent the parcel to your old⟧ address. ⟦We also charged you twice⟧ for delivery. Both are fixed: it's been re-sent and the extra £4.99 is refunded.",
    );
  });
});

describe('apologize-for-mistakes leaves alone', () => {
  it.each([
    [
      'an admission with an apology',
      "Hi Priya,\n\nWe sent you the wrong size, and I'm really sorry about that. The 10 is on its way.",
    ],
    [
      'an apology before the admission',
      'Hi Tom,\n\nApologies — I gave you the wrong date on the phone. Your renewal is on 14 April.',
    ],
    [
      'an apology at the end',
      'Hi Dan,\n\nYour order was delayed at our warehouse. It left this morning.\n\nSorry again for the wait,\nAlex',
    ],
    [
      'a reassurance',
      "Hi Ana,\n\nYou weren't charged twice: the second line is a pending authorisation that drops off within 3 days.",
    ],
    ['a future that will not happen', "Hi Ana,\n\nI've cancelled the duplicate order so you won't be charged twice."],
    ['a possibility', 'Hi Sam,\n\nDeliveries in your area may be delayed this week because of the storms.'],
    ['a question', 'Hi Sam,\n\nDid we send the wrong size? If so, just reply and I will swap it.'],
    ['a condition', "Hi Sam,\n\nIf we sent the wrong colour, I'll arrange a free exchange."],
    [
      "the customer's own account",
      'Hi Sam,\n\nYou mentioned we charged you twice, so I checked: there is only one payment of £20 on your card.',
    ],
    ["the customer's own entry", 'Hi Sam,\n\nThe postcode was entered incorrectly at checkout, so I have updated it to BS1 4DJ.'],
    ['prevention', 'Hi Sam,\n\nTo make sure the parcel is not lost, it will go by tracked delivery.'],
    [
      'a neutral update with no mistake',
      "Hi Sam,\n\nYour order has been dispatched and should arrive on Thursday. Here's the tracking link.",
    ],
    ['no need to apologise', "Hi Sam,\n\nNo need to apologise at all! I've updated the address for you."],
    ["a mistake that isn't ours", 'Hi Sam,\n\nNothing was lost: all your files are still in the archive folder.'],
    ['a request carried out', "Hi Sam,\n\nAs requested, I've cancelled your subscription and closed the account."],
    ['a card reported lost', 'Hi Sam,\n\nWe have cancelled your lost card and a new one is on its way.'],
    ["the customer's own slip", 'Hi Sam,\n\nYou clicked confirm on the wrong date, so I have moved the booking to the 21st.'],
    ["the bank's side", "Hi Sam,\n\nThe direct debit was cancelled from your bank's side, so the payment wasn't collected."],
    ['weather', "Hi Sam,\n\nThe call at Santorini was replaced with Rhodes on the captain's instruction because of high winds."],
    ['a planned outage', 'Hi Sam,\n\nThere is a planned outage on Sunday between 2am and 4am while we upgrade the network.'],
    ["the customer's late payment", 'Hi Sam,\n\nYour rent was paid three days late, so the £10 late fee applies this month.'],
    ['a choice, not a mistake', 'Hi Sam,\n\nWe always use recycled packaging instead of plastic.'],
    ['a decision in the past', 'Hi Sam,\n\nOur team chose recycled card instead of plastic for all our packaging this year.'],
    [
      'a change the customer asked for',
      'Hi Sam,\n\nWe moved your appointment to the 21st instead of the 12th, because you asked us to.',
    ],
    ["filed elsewhere at the customer's request", 'Hi Sam,\n\nYour refund was credited to a different card at your request.'],
    ['a bug tracker', 'Hi Sam,\n\nOur app has a bug tracker where you can vote for the next fixes.'],
    [
      'instead of, as the customer asked',
      'Hi Sam,\n\nOur driver put it in your safe place instead of at the front door, as you asked.',
    ],
    ['a price fixed for a term', 'Hi Sam,\n\nThe price has been fixed for 12 months from your renewal date.'],
    ['enough staff', 'Hi Sam,\n\nWe are never short-staffed at weekends, so Saturday slots are the easiest to get.'],
    ["the customer's own swap", "Hi Sam,\n\nYou entered your card number with two digits swapped, so I've corrected it."],
    ['an old form offered', "Hi Sam,\n\nI've sent the old form as well, in case you prefer it."],
    ['a correction', "Hi Sam,\n\nOur engineer replaced the worn valve and tested the boiler, and it's running well."],
    [
      'a choice over a clause',
      'Hi Sam,\n\nOur team picked the blue one because you said the grey was the wrong shade for your room.',
    ],
    [
      'a card that was never linked',
      "Hi Sam,\n\nYour old phone wasn't linked to your account yet, so I've restored your progress by hand.",
    ],
  ])('%s', (_, text) => passes(text));

  it('does not count "no need to apologise" as an apology', () => {
    flags('Hi Sam,\n\nNo need to apologise! ⟦We sent you the wrong⟧ colour, so a blue one is on its way.');
  });
});

describe('apologize-for-mistakes suggests', () => {
  it('an apology right after the admission', () => {
    expect(applyFirstSuggestion(rule, 'We sent you the wrong size. The 10 is on its way.')).toBe(
      "We sent you the wrong size. I'm sorry for the mix-up. The 10 is on its way.",
    );
  });

  it('an apology that fits the mistake', () => {
    expect(applyFirstSuggestion(rule, 'Your order was delayed at our warehouse. It left today.')).toBe(
      "Your order was delayed at our warehouse. I'm sorry about that. It left today.",
    );
    expect(applyFirstSuggestion(rule, "We charged you twice. I've refunded one payment.")).toBe(
      "We charged you twice. I'm sorry for the extra charge. I've refunded one payment.",
    );
  });

  it('says why in the message', () => {
    const [message] = run(rule, 'We charged you twice for March.');
    expect(message?.message).toBe(
      '“We charged you twice” admits a wrong charge, but the reply never apologises: say sorry, then fix it.',
    );
    expect(message?.url).toBe('https://github.com/replylint/replylint/blob/main/rules/apologize-for-mistakes.md');
  });
});

describe('apologize-for-mistakes options', () => {
  it('takes none', () => {
    expect(rule.parseOptions(undefined)).toBeUndefined();
    expect(() => rule.parseOptions({ strict: true })).toThrow(OptionsError);
    expect(() => rule.parseOptions({ strict: true })).toThrow('option "strict" must be absent (this rule takes no options)');
  });
});
