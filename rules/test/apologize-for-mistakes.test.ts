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
