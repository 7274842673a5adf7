import { describe, expect, it } from 'vitest';
import { OptionsError } from '../src/kit/rule.js';
import rule from '../src/state-next-step/index.js';
import { applyFirstSuggestion, expectFindings, run } from './support.js';

const flags = (marked: string) => expectFindings(rule, marked);
const passes = (text: string) => expectFindings(rule, text);

describe('state-next-step flags a reply that ends without a next step', () => {
  it.each([
    [
      'an answer with no invitation to reply',
      'Hi Helen,\n\nYou can get your invoices out of Ledgerly in one go. Go to Reports > Invoices, set the date range and click Export. Choose CSV if you want to open them in Excel, or PDF for a single combined document.\n\n⟦The export includes paid and unpaid invoices unless you tick "Paid only"⟧.\n\nRegards,\nSam',
    ],
    [
      'a refusal left at that',
      'Mr Harrison,\n\nThe damage charge was applied in line with the rental agreement you signed at collection. There is a 12cm scratch on the rear door that was not on the check-out report, recorded by two members of staff.\n\n⟦The charge of £380 stands⟧.\n\nRegards,\nDamage Recovery Team',
    ],
    [
      'a hand-off with no owner or date',
      'Hi Ruth,\n\nThanks for the photos. The parcel was damaged in our network: the scan history shows it was crushed on the conveyor at the Milton Keynes hub.\n\n⟦Damage claims for parcels handled by our network are assessed by the claims team⟧.\n\nSwiftpost Customer Service',
    ],
    [
      'an admission with nothing after it',
      'Hi Daisy,\n\nWe lost track of your order when our warehouse moved to a new stock system on 2 March. Your order was paid for and picked, but it was never handed to the courier, and the tracking number you were sent was never activated.\n\n⟦Orders affected by the migration are being traced by the warehouse team⟧.',
    ],
    [
      'general information that stops',
      'Dear Mrs Foster,\n\nA transfer from another UK pension provider normally takes between two and six weeks. Most of that time is taken by the ceding scheme checking the request and selling the investments.\n\n⟦Your existing plan will stay invested until the transfer completes⟧.\n\nYours sincerely,\nAllbright Pensions',
    ],
    [
      'a short "done" after a mistake',
      'Hi Sam,\n\nWe billed you twice for May because the payment file was sent to the bank twice on the 1st. It affected a few hundred members, and all of them have been refunded the same way. ⟦The extra £20 has been refunded to your card⟧.\n\nThanks,\nAlex',
    ],
    [
      'a reproach, not a question',
      'Hi Sam,\n\nDid you even look at the setup guide?! The router is already configured, and the lights on the front show when it is connected to the line and to your devices. ⟦The guide is also on our website under Support⟧.\n\nDev',
    ],
    [
      '"I appreciate your view" is not thanks',
      'Dear Ms Lane,\n\nI appreciate your view, but parking permits are issued per household and the limit applies to every street in the zone. ⟦Visitor permits can be bought in books of ten from the council website⟧.\n\nParking Services',
    ],
    [
      'how things work, with nothing done',
      'Hi Josh,\n\nPledges are all-or-nothing: your card is only charged if the project reaches its goal by the deadline. ⟦The pending line on your bank app is an authorisation of £1, which drops off on its own within a few days⟧.\n\nBackyard Support',
    ],
    [
      'what went wrong is not what happens next',
      "Hi Lorraine,\n\nYour flowers didn't arrive on Saturday because the courier's van broke down on the motorway and the whole round missed its slots. ⟦The bouquet itself was made with fresh stems that morning⟧.\n\nBea",
    ],
  ])('%s', (_, marked) => flags(marked));
});

describe('state-next-step leaves alone', () => {
  it.each([
    [
      "the agent's next action",
      "Hi Sam,\n\nThe courier has the parcel at the depot. I'll check the tracking on Thursday and email you either way.\n\nBest,\nAlex",
    ],
    [
      'an invitation to reply',
      'Hi Sam,\n\nYour plan includes EU roaming at no extra cost, up to 25GB a month.\n\nLet me know if you have any other questions.',
    ],
    [
      'a question to the customer',
      'Hi Sam,\n\nI can rebook the engineer for Monday or Wednesday morning. Which would suit you better?',
    ],
    [
      'an outcome with an owner',
      'Hi Sam,\n\nI have opened a damage claim for the wardrobe door. A furniture restorer will contact you by Wednesday to arrange a visit.',
    ],
    [
      'an outcome with a time',
      "Hi Sam,\n\nI've refunded the £18.40 to your card. It will show in 3–5 working days, and the receipt in the app has been updated.",
    ],
    [
      'a named colleague who will call',
      'Hi Sam,\n\nThe allergen check on your account was skipped at packing. Our food safety manager, Grace, will call you tomorrow to go through what happened.',
    ],
    [
      '"anything else" in a closing question',
      "Hi! Thanks for waiting. That's all sorted now, and the new PIN will arrive by post. Anything else I can help with today?",
    ],
    [
      'a short confirmation',
      'Hi Anya,\n\nDone — your subscription is paused until 1 May, and nothing will be charged or sent before then.\n\nRob',
    ],
    [
      'a short thank-you note',
      'Dear Priya,\n\nThank you so much for your kind words about your stay. I have passed them on to Jakub and the breakfast team, who were delighted.\n\nWarm regards,\nEleanor',
    ],
    ['a booking confirmation', 'Hi Jade, I have booked you in with Lou for Saturday at 10am for a cut and colour. See you then!'],
    ['a one-line code', 'Hi Ines, desk booked for Monday to Wednesday next week. The door code is 4471#.'],
    [
      'a scheduled outcome in the present tense',
      "Hi Sam,\n\nYour first box has been packed and goes out in tomorrow's post. It has the Ethiopian beans you picked, ground for a cafetière, with a card of brewing notes and a little about the farm where they were grown.",
    ],
    [
      'when the effect of what was done lands',
      "Hi Sam,\n\nI've released the £150 hold on your card this morning. Holds normally drop off your available balance within 2–4 working days, depending on your bank, and there is nothing else you need to do.",
    ],
    [
      'a window to act in',
      "Hi Sam,\n\nThe locker code we sent you expired a day early because of an error in our system, which is why the door wouldn't open. Your new code is 552 108 and it's valid until 8pm on Friday. The parcel is still in locker 12.",
    ],
    [
      "the customer's next try",
      "Hi Sam,\n\nThe daily transfer limit on your account was lowered by mistake during last week's update. I've put it back to £10,000 now, so you can try the transfer again. Every account the update touched has been reset the same way.",
    ],
    [
      'what the customer will see',
      "Hi Sam,\n\nWe charged your card twice for March because the payment file went to the bank twice on the 1st. I've refunded the extra £34.99 and you'll see it in your account by tonight, with the same reference as the original payment.",
    ],
  ])('%s', (_, text) => passes(text));

  it('does not count "we won\'t" as a next step', () => {
    flags(
      "Hi Sam,\n\nWe've inspected the trainers you sent back. The soles show wear and there is mud in the tread, and our policy covers unworn items only.\n\n⟦We won't be refunding them, and they have been posted back to you by Royal Mail⟧.",
    );
  });

  it('does not count "thanks for getting in touch" as a thank-you note', () => {
    flags(
      'Hi Sam,\n\nThanks for getting in touch about the hot tub. Hot tubs are drained and cleaned every Monday, and the water is tested twice a day.\n\n⟦Lodges with hot tubs are priced at £40 a night more than standard lodges⟧.',
    );
  });
});

describe('state-next-step suggests', () => {
  it('adding the next step after the last sentence', () => {
    expect(applyFirstSuggestion(rule, 'Refunds on sale items are not available. The charge stands.')).toBe(
      "Refunds on sale items are not available. The charge stands. I'll [what happens next] by [when], and if there's anything else, just reply to this email.",
    );
  });

  it('says why in the message', () => {
    const [message] = run(rule, 'Refunds on sale items are not available. The charge stands.');
    expect(message?.message).toBe(
      'The reply ends without saying what happens next: say who does what, and when, or invite them to reply.',
    );
  });
});

describe('state-next-step options', () => {
  it('takes none', () => {
    expect(rule.parseOptions(undefined)).toBeUndefined();
    expect(() => rule.parseOptions({ shortNote: 10 })).toThrow(OptionsError);
  });
});
