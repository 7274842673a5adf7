import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import rule, { frustrationIn } from '../src/acknowledge-feelings/index.js';
import { parseCustomerName, plainContext } from '../src/kit/index.js';
import { OptionsError } from '../src/kit/rule.js';
import { expectFindings, unmark } from './support.js';

/**
 * Runs the rule over a reply with the customer's message quoted under it, as the
 * reply-structure layer hands it over: the quoted thread blanked out of the parsed text
 * and its words in `quotedText`.
 */
function runWithThread(reply: string, customerMessage: string) {
  const quoted = `\n\nOn Tue, 3 Mar 2026, Jane Smith <jane@example.com> wrote:\n${customerMessage
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n')}\n`;
  const text = reply + quoted;
  const masked = reply + quoted.replace(/[^\n]/g, ' ');
  const file = new VFile(masked);
  file.data.replylint = {
    context: {
      ...plainContext(text, parseCustomerName('Jane Smith', 'thread')),
      draft: [{ start: 0, end: reply.length }],
      quoted: [{ start: reply.length, end: text.length }],
      quotedText: customerMessage,
    },
  };
  const tree = unified().use(retextEnglish).parse(file);
  rule.attacher()(tree, file);
  return file.messages;
}

function flagsWithThread(marked: string, customerMessage: string): void {
  const { text, spans } = unmark(marked);
  const found = runWithThread(text, customerMessage).map((message) => {
    const place = message.place;
    const start = place && 'start' in place ? (place.start.offset ?? 0) : 0;
    const end = place && 'end' in place ? (place.end.offset ?? 0) : 0;
    return { text: text.slice(start, end), start };
  });
  expect(found).toEqual(spans);
}

const passesWithThread = (reply: string, customerMessage: string) => flagsWithThread(reply, customerMessage);

const fix = "Hi Jane,\n\n⟦I've reset your password and sent a new link to your email⟧. It expires in 24 hours.\n\nBest,\nSam";

describe('acknowledge-feelings flags a reply that skips an upset customer’s feelings', () => {
  it.each([
    ['repeated contact', 'This is the third time I have asked for a reset link.'],
    ['anger words', 'This is completely unacceptable. I still cannot log in.'],
    ['a word in capitals', 'I asked for this YESTERDAY and nothing has happened.'],
    ['"!!!"', 'Why is my account locked again?!!'],
    ['chasing', "I've emailed you three times already and nobody has replied."],
    ['waiting', 'I have been waiting for weeks for a simple reset.'],
    ['a threat to leave', 'Sort it out or I will take my business elsewhere.'],
    ['fed up', "I'm fed up with being locked out of my own account."],
  ])('%s', (_, customerMessage) => flagsWithThread(fix, customerMessage));

  it('reports on the first sentence after the greeting', () => {
    flagsWithThread(
      'Hello Jane,\n⟦Your replacement has been dispatched by tracked delivery⟧. It should arrive on Thursday.',
      'This is ridiculous. The first one arrived smashed.',
    );
  });

  it('reports on the first sentence when there is no greeting', () => {
    flagsWithThread(
      '⟦The refund of £42 went back to your card this morning⟧. It shows in 3–5 working days.',
      'Where is my refund?! I have asked FOUR times.',
    );
  });
});

describe('acknowledge-feelings leaves alone', () => {
  it.each([
    ['an understanding', "Hi Jane,\n\nI completely understand how frustrating this has been. I've reset your password."],
    ['an apology', "Hi Jane,\n\nI'm so sorry you've had to chase this. I've reset your password."],
    ['an apology at the end', "Hi Jane,\n\nI've reset your password.\n\nSorry again for the hassle,\nSam"],
    ['"I\'d be fuming too"', "Hi Jane,\n\nI'd be fuming too, honestly. I've reset your password."],
    ['"that must have been"', "Hi Jane,\n\nThat must have been really stressful. I've reset your password."],
    ['"you\'re right"', "Hi Jane,\n\nYou're right, and it shouldn't have taken three emails. I've reset your password."],
    ['"not the experience"', "Hi Jane,\n\nThis is not the experience we want for you. I've reset your password."],
    ['"the last thing you needed"', "Hi Jane,\n\nI know that's the last thing you needed this week. I've reset your password."],
  ])('%s', (_, reply) => passesWithThread(reply, 'This is the third time I have asked. Unacceptable!!!'));

  it.each([
    ['a calm customer', 'Hi, could you send me a new reset link please? Thanks, Jane'],
    ['a happy customer', 'THANK YOU so much!! The new sofa is PERFECT.'],
    ['acronyms and codes', 'My order ORD-4821 shows an ETA of Friday on the DHL app. Is that right? FYI I am away Monday.'],
    ['"not angry"', "I'm not angry, just confused: which plan am I on?"],
    ['"no rush"', "No rush at all, but could you check my bill when you get a chance? It's still showing last month."],
    ['a signature in capitals', 'Could you move my delivery to Friday?\nThanks\nJANE SMITH'],
    ['"!!" with nothing to complain about', 'Just checking the order went through!! The party is on Saturday.'],
  ])('%s', (_, customerMessage) => passesWithThread(fix.replace(/[⟦⟧]/g, ''), customerMessage));

  it('is silent when there is no quoted thread', () => {
    expectFindings(rule, "Hi Jane,\n\nI've reset your password. It expires in 24 hours.");
  });
});

describe('acknowledge-feelings reads the customer’s message', () => {
  it('names what shows they are upset', () => {
    expect(frustrationIn('This is the third time I have asked.')).toMatchObject({ kind: 'repeat', text: 'third time' });
    expect(frustrationIn('Totally unacceptable.')).toMatchObject({ kind: 'anger', text: 'unacceptable' });
    expect(frustrationIn('I needed it by FRIDAY.')).toMatchObject({ kind: 'shouting', text: 'FRIDAY' });
    expect(frustrationIn('Could you help with my bill?')).toBeUndefined();
  });

  it('says why in the message, and suggests opening with an acknowledgement', () => {
    const [message] = runWithThread("Hi Jane,\n\nI've reset your password.", 'This is the third time I have asked.');
    expect(message?.message).toBe(
      'The customer has had to get in touch again (“third time”), but the reply goes straight to the fix: acknowledge how they feel first.',
    );
    const fixed = message?.suggestions?.[0]?.fix;
    expect(fixed?.text).toBe("I'm sorry you've had to get in touch about this again; I understand how frustrating that is. ");
    expect(fixed?.range).toEqual([10, 10]);
  });

  it('suggests an acknowledgement that fits anger', () => {
    const [message] = runWithThread("Hi Jane,\n\nI've reset your password.", 'This is a joke.');
    expect(message?.suggestions?.[0]?.fix.text).toBe("I can see how frustrating this has been, and I'm sorry. ");
  });
});

describe('acknowledge-feelings options', () => {
  it('takes none', () => {
    expect(rule.parseOptions({})).toBeUndefined();
    expect(() => rule.parseOptions({ cues: [] })).toThrow(OptionsError);
  });
});
