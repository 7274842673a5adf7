import { describe, expect, it } from 'vitest';
import { OptionsError } from '../src/kit/rule.js';
import rule from '../src/no-condescension/index.js';
import { applyFirstSuggestion, expectFindings, run } from './support.js';

const flags = (marked: string) => expectFindings(rule, marked);
const passes = (text: string) => expectFindings(rule, text);

describe('no-condescension flags talking down to the customer', () => {
  it.each([
    ['⟦As I already said⟧, the card itself is working normally.'],
    ['⟦Like I said⟧, the sync runs every 15 minutes.'],
    ["⟦I've already explained this⟧ twice: seats are billed for the full term."],
    ['⟦As per my last email⟧, the booking cannot be moved.'],
    ['⟦Please read my previous email⟧. The tickets are non-refundable.'],
    ['So ⟦let me explain again⟧: the export runs overnight.'],
    ['⟦Obviously⟧, roaming in Switzerland is not covered by the EU allowance.'],
    ['⟦Obviously⟧ you need to restart the router after the update.'],
    ["⟦Clearly⟧ you've worn them outdoors."],
    ['⟦As you can obviously see⟧ on the order form, the name was spelt that way.'],
    ['⟦You need to understand⟧ that streaks are counted on the device.'],
    ["⟦I'm sure you'll agree⟧ the name must match the passport."],
    ['⟦as anyone can see⟧ on the outage map, the fault was fixed on Monday.'],
    ['⟦Please calm down⟧. The charge was applied correctly.'],
    ["⟦There's no need to shout⟧; I'm looking at it now."],
    ['⟦With all due respect⟧, cancellations have to come through the online form.'],
    ["I'm ⟦sorry you feel that way⟧, but the fee stands."],
    ['Go to Reports and ⟦simply click⟧ Export.'],
    ['To get back into your account, ⟦just click⟧ "Forgot password?" on the sign-in screen.'],
    ['If the light is flashing, ⟦just unplug⟧ it for 30 seconds.'],
    ["⟦It's quite easy⟧ once you've found the Reports menu."],
    ['⟦All you need to do is⟧ tick the box.'],
    ['Most home users ⟦simply switch⟧ on dynamic DNS in the router settings.'],
    ['⟦As previously mentioned⟧, the sync runs every 15 minutes.'],
    ['⟦As stated in our last email⟧, the deposit is non-refundable.'],
    ['⟦Did you read the instructions⟧?! The charger goes in the left-hand port.'],
    ['⟦Have you not tried⟧ turning it off and on again?'],
    ['⟦Please read the reminder emails⟧ we send before each renewal.'],
    ['⟦Read the confirmation email next time⟧, please.'],
    ['⟦Did you even read my last email⟧? The refund went out on Monday.'],
    ['Press Source and pick HDMI 1. ⟦It is literally one button⟧.'],
    ['⟦With respect,⟧ the room you booked was a standard room with no view.'],
    ['⟦As anyone who has owned a puppy knows⟧, they chew everything.'],
    ['⟦I will repeat⟧ the policy: refunds are issued within 14 days of the return.'],
    ['⟦Surely you saw⟧ the expiry date on the back of the card.'],
    ['Returns are free within 30 days, and ⟦simply pop⟧ the slip in the box before you seal it.'],
    ['⟦You need to calm down⟧ before we can go through this.'],
  ])('%s', (marked) => flags(marked));

  it('reports "as I said" and its kin even where no-blame-deflection reports the same words', () => {
    flags('⟦As I mentioned⟧ in my previous email, the order has shipped.');
    flags('⟦As I said⟧ on Monday, the engineer is booked for Friday.');
  });
});

describe('no-condescension leaves alone', () => {
  it.each([
    ['"just" meaning only', 'It was just one charge, and I have refunded it.'],
    ['"just" meaning recently', "I've just checked, and your parcel left the depot this morning."],
    ['"just" in a courtesy', 'Just a reminder that your appointment is on Friday at 10:15.'],
    ['"just" in an invitation', "If you'd like to come back, just let us know and we'll pick up where you left off."],
    ['"just reply"', 'If the email does not arrive, just reply here and I will send it again.'],
    ['"just" for ourselves', "Let me just check with the warehouse and I'll come back to you today."],
    ['"obviously" about our side', "Obviously we'll waive the call-out fee, as you're a member."],
    ['"obviously" in empathy', 'Obviously you wanted it in time for the party, so I have sent it by express.'],
    ['"clearly" as a description', 'The return address is clearly marked on the label.'],
    ['"simply" meaning only', "It's simply not good enough, and I'm sorry."],
    ['"simply" describing the product', 'The Pro features simply switch off until you upgrade again.'],
    ['an easy-to-miss setting', "It's easy to miss, as the setting is hidden under Advanced."],
    ['a plain instruction', 'Go to Reports > Invoices and click Export in the top right corner.'],
    ['a warm repeat', 'To recap the options: a refund to your card, or a replacement by Thursday.'],
    ['"calm down" about things', 'Things should calm down at the depot by Wednesday, and your parcel is on that run.'],
    ['"easy" in a condition', "We only remove the nest itself if it's easy to reach safely."],
    ['a repeat for reference', "I'll repeat the steps below so they're all in one place."],
    ['"with respect to"', 'With respect to your question about fees, there is no charge for the first visit.'],
    ['a real question', 'Did you receive the confirmation email? It should have come from bookings@example.com.'],
    ['a kind question', 'Have you had a chance to try the new charger yet?'],
    ['"surely" about ourselves', 'We surely could have done better here, and I have passed that on.'],
    ['"surely" in sympathy', "Surely you deserve better than this, and I'm sorry."],
    ['an empathetic "easy to see"', "It's easy to see why you were confused: the two plans look alike."],
    ['a suggestion to read a guide', 'Have you read our guide to setting up the hub? It walks through each step with pictures.'],
    ['a letter to read', 'Please read the attached letter carefully before you sign.'],
    ['a step in our process', "It's only one step in our checks, and it takes us a day."],
    ['a shared experience', 'As any parent knows, mornings are hectic, so we deliver from 7am.'],
  ])('%s', (_, text) => passes(text));

  it('leaves pointing at a document ("as clearly stated in our terms") to no-blame-deflection', () => {
    passes('As clearly stated in our terms, refunds take 14 days.');
  });
});

describe('no-condescension suggests', () => {
  it('leaving out "obviously", and fixing the capital after it', () => {
    expect(applyFirstSuggestion(rule, 'Obviously, you need to restart the router.')).toBe('You need to restart the router.');
  });

  it('leaving out "just" in an instruction', () => {
    expect(applyFirstSuggestion(rule, 'If it flashes, just unplug it.')).toBe('If it flashes, unplug it.');
  });

  it('leaving out "As I already said,"', () => {
    expect(applyFirstSuggestion(rule, 'As I already said, the card is working.')).toBe('The card is working.');
  });

  it('nothing to replace when the whole phrase has to go', () => {
    const [message] = run(rule, 'With all due respect, the form is the only way.');
    expect(message?.suggestions).toEqual([]);
    expect(message?.message).toBe('“With all due respect” is sarcastic or patronising: stay warm and plain.');
  });
});

describe('no-condescension options', () => {
  it('takes none', () => {
    expect(rule.parseOptions(null)).toBeUndefined();
    expect(() => rule.parseOptions({ words: ['just'] })).toThrow(OptionsError);
  });
});
