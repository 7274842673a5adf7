import { describe, expect, it } from 'vitest';
import { OptionsError } from '../src/kit/rule.js';
import rule from '../src/no-shouting/index.js';
import { applyFirstSuggestion, expectFindings, run } from './support.js';

const flags = (marked: string, options?: unknown) => expectFindings(rule, marked, { options });
const passes = (text: string, options?: unknown) => expectFindings(rule, text, { options });

const long =
  'Your new router was dispatched this morning by tracked courier and should arrive on Thursday between 8am and 6pm. ' +
  'When it arrives, plug it into the same socket as the old one and wait for the light to turn white, which usually takes about ten minutes. ' +
  'Your existing wifi name and password will carry over automatically, so your devices should reconnect on their own. ' +
  'If anything looks different after the swap, reply to this email and I will go through the settings with you. ';

describe('no-shouting flags shouting', () => {
  it.each([
    ['Your bag is ⟦NOT⟧ lost. It arrived at Manchester this morning.'],
    ['⟦PLEASE⟧ make sure reception knows to accept it.'],
    ['Please ⟦DO NOT⟧ share the door code outside the team.'],
    ['⟦PLEASE NOTE⟧: accidental damage is not covered.'],
    ['⟦URGENT⟧: your boiler service is overdue.'],
    ['Your PIN stays the ⟦SAME⟧ as before.'],
    ['It ⟦WILL⟧ work after the update, and you ⟦MUST⟧ log in again.'],
    ['Tickets are ⟦NON-REFUNDABLE⟧ once purchased.'],
    ['You ⟦NEED⟧ to update the app.'],
    ["Great news, you're eligible for an upgrade⟦!!⟧ Let me know which colour you'd like."],
    ['Why has nobody called you back⟦?!⟧ I will chase it now.'],
  ])('%s', (marked) => flags(marked));

  it('flags each exclamation mark after the first in a short reply', () => {
    flags("Hi! Thanks for waiting. ⟦That's all sorted now!⟧ The new PIN arrives by post in 3-5 working days.");
    flags('Hi Jade! ⟦Your order is confirmed for Friday!⟧ ⟦Van leaves at 6!⟧');
  });

  it('counts a run once, and reports only the run', () => {
    flags('Hi! Yes, the limit was lowered by an error on our side⟦!!⟧ I have put it back to £10,000 now.');
  });
});

describe('no-shouting leaves alone', () => {
  it.each([
    ['acronyms', 'Your FAQ link and the PDF invoice are attached; the VAT number is on page 2. FYI, the ETA is Friday.'],
    ['more acronyms', 'Sign in with SSO or SAML, then set up MFA. The API returns JSON over HTTPS.'],
    ['codes and references', 'Your order ORD-48812 and booking YS-88213 (BLR-DEL) are confirmed. Use code SPRING20.'],
    ['a promo word after "code"', 'Use the code WELCOME at checkout for 10% off.'],
    ['a field label', 'ACCOUNT NO. 5520091873 is now closed.'],
    ['a button in quotes', 'Click "SUBMIT" at the bottom of the form.'],
    ['links and emails', 'Email HELP@EXAMPLE.COM or visit WWW.EXAMPLE.COM/HELP for the form.'],
    ['one exclamation mark', 'No problem at all! I have moved you to seat 14A.'],
    ['two exclamation marks in a long reply', `Good news! ${long}Enjoy the faster speeds!`],
    ['"I" and short capitals that are not words', 'I checked with the BT engineer and the EE mast near you.'],
  ])('%s', (_, text) => passes(text));

  it('leaves the customer’s name alone, even in capitals', () => {
    expectFindings(rule, 'Hi JANE, your order is on its way.', { customer: 'Jane Smith' });
  });

  it('takes extra words to allow', () => {
    flags('Your ACME ⟦ROUTER⟧ is here.');
    passes('Your ACME ROUTER is here.', { allow: ['router'] });
  });
});

describe('no-shouting suggests', () => {
  it('lower case, keeping acronyms and a sentence capital', () => {
    expect(applyFirstSuggestion(rule, 'PLEASE DO NOT share it.')).toBe('Please do not share it.');
    expect(applyFirstSuggestion(rule, 'Read the FAQ, it is VERY important.')).toBe('Read the FAQ, it is very important.');
  });

  it('a single mark for a run', () => {
    expect(applyFirstSuggestion(rule, 'It is fixed!!!')).toBe('It is fixed!');
    expect(applyFirstSuggestion(rule, 'Where is it?!')).toBe('Where is it?');
  });

  it('a full stop for an extra exclamation mark', () => {
    expect(applyFirstSuggestion(rule, 'Done! See you Friday!')).toBe('Done! See you Friday.');
  });

  it('says why in the message', () => {
    const [message] = run(rule, 'This is NOT acceptable.');
    expect(message?.message).toBe('“NOT” is in capitals, which reads as shouting: stay calm and let the words carry the weight.');
  });
});

describe('no-shouting options', () => {
  it('accepts a list of words to allow', () => {
    expect(rule.parseOptions({ allow: ['ACME'] })).toEqual({ allow: ['ACME'] });
    expect(rule.parseOptions(undefined)).toEqual({});
  });

  it('names the key and what was expected', () => {
    expect(() => rule.parseOptions({ allow: 'ACME' })).toThrow(OptionsError);
    expect(() => rule.parseOptions({ allow: 'ACME' })).toThrow(
      'Rule "no-shouting": option "allow" must be an array of words such as ["ACME", "PRO"], got "ACME"',
    );
    expect(() => rule.parseOptions({ allow: ['two words'] })).toThrow('option "allow"');
    expect(() => rule.parseOptions({ alow: [] })).toThrow('option "alow" must be one of: allow');
    expect(() => rule.parseOptions(['ACME'])).toThrow('option "(options)" must be an object');
  });
});
