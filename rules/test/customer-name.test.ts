import { describe, expect, it } from 'vitest';
import rule from '../src/customer-name/index.js';
import { isNameField, placeholderFor } from '../src/customer-name/placeholders.js';
import { parseCustomerName } from '../src/kit/names.js';
import { applyFirstSuggestion, expectFindings } from './support.js';

const to = (customer: string) => ({
  flags: (marked: string) => expectFindings(rule, marked, { customer }),
  passes: (text: string) => expectFindings(rule, text, { customer }),
});

describe('customer-name, when the name is known', () => {
  const jane = to('Jane Smith');

  it.each([
    ['the first name', 'Hi Jane,\n\nThanks for your patience.'],
    ['the full name', 'Dear Jane Smith,\n\nThank you for writing.'],
    ['title and surname', 'Dear Ms. Smith,\n\nThank you for writing.'],
    ['another title', 'Good morning Mrs Smith,\n\nThanks for the photos.'],
    ['a different case', 'hi JANE, thanks for this.'],
    ['a vocative later on', "Thanks for waiting. I've fixed the address, Jane, and the parcel is on its way."],
    ['a vocative at the end', "It's all sorted. Have a lovely weekend, Jane!"],
    ['a vocative opening', 'Jane, thank you for your patience.'],
  ])('is satisfied by %s', (_, text) => jane.passes(text));

  it('is satisfied by an accented name written without the accents, and the other way round', () => {
    to('José Núñez').passes('Hola Jose, gracias.');
    to('Zoe Hart').passes('Hi Zoë,\n\nThanks!');
    to('Søren Berg').passes('Hi Soren,\n\nThanks!');
  });

  it('flags a generic greeting', () => {
    jane.flags('⟦Hi there⟧,\n\nThanks for your patience.');
    jane.flags('⟦Dear customer⟧,\n\nThank you for writing.');
    jane.flags('⟦Hello⟧,\n\nThanks for getting in touch.');
  });

  it('flags a reply with no greeting and no name', () => {
    jane.flags("⟦I've refunded the fee.⟧\nIt will show in 3–5 days.");
  });

  it('flags a wrong name', () => {
    jane.flags('Hi ⟦John⟧,\n\nThanks for your patience.');
    jane.flags('Dear Ms ⟦Jones⟧,\n\nThank you for writing.'.replace('Ms ⟦Jones⟧', '⟦Ms Jones⟧'));
  });

  it('flags an empty merge field', () => {
    jane.flags('⟦Hi ,⟧\n\nThanks for your patience.');
    jane.flags('⟦Dear ,⟧\n\nThank you.');
  });

  it("does not count the name inside an email address, or a colleague's name that happens to match", () => {
    jane.flags("⟦Hello⟧,\n\nI've changed your login to jane.smith@example.com.");
    jane.flags("⟦Hi there⟧,\n\nI've asked Jane in billing to look at it.");
  });

  it('does not count a surname alone (it may be a brand)', () => {
    to('Henry Ford').flags('⟦Hi there⟧,\n\nThanks for the photos of your Ford Focus.');
  });
});

describe('customer-name, when no name is known', () => {
  const nobody = {
    flags: (marked: string) => expectFindings(rule, marked),
    passes: (text: string) => expectFindings(rule, text),
  };

  it('flags impersonal greetings', () => {
    nobody.flags('⟦Dear customer⟧,\n\nThank you for writing.');
    nobody.flags('⟦Dear Sir/Madam⟧,\n\nThank you for writing.');
    nobody.flags('⟦Dear Sir or Madam⟧,\n\nThank you for writing.');
    nobody.flags('⟦To whom it may concern⟧,\n\nThank you for writing.');
    nobody.flags('⟦Dear valued customer⟧,\n\nThank you for writing.');
  });

  it('is satisfied by a friendly greeting or a name it cannot check', () => {
    nobody.passes('Hi there,\n\nThanks for writing.');
    nobody.passes('Hi Sam,\n\nThanks for writing.');
    nobody.passes('Thanks for writing!');
  });

  it('still flags an empty merge field', () => {
    nobody.flags('⟦Hi ,⟧\n\nThanks for writing.');
  });
});

describe('customer-name suggests the greeting rewritten with the name', () => {
  it('Hi there → Hi Jane', () => {
    expect(applyFirstSuggestion(rule, 'Hi there,\n\nThanks!', { customer: 'Jane Smith' })).toBe('Hi Jane,\n\nThanks!');
  });

  it('Dear customer → Dear Ms Smith, when the title is known', () => {
    expect(applyFirstSuggestion(rule, 'Dear customer,\n\nThanks.', { customer: 'Ms Jane Smith' })).toBe(
      'Dear Ms Smith,\n\nThanks.',
    );
  });

  it('a wrong name → the right one', () => {
    expect(applyFirstSuggestion(rule, 'Hi John,\n\nThanks!', { customer: 'Jane Smith' })).toBe('Hi Jane,\n\nThanks!');
  });

  it('no greeting → one with the name', () => {
    expect(applyFirstSuggestion(rule, "I've refunded the fee.", { customer: 'Jane Smith' })).toBe(
      "Hi Jane,\n\nI've refunded the fee.",
    );
  });

  it('an empty merge field → filled in', () => {
    expect(applyFirstSuggestion(rule, 'Hi ,\n\nThanks!', { customer: 'Jane Smith' })).toBe('Hi Jane,\n\nThanks!');
  });
});

describe('names people write', () => {
  it.each([
    ['Jane Smith', { first: 'Jane', last: 'Smith' }],
    ['Smith, Jane', { first: 'Jane', last: 'Smith' }],
    ['Mrs. Jane Smith', { first: 'Jane', last: 'Smith', title: 'Mrs' }],
    ['Dr Patel', { last: 'Patel', title: 'Dr' }],
    ['J. Smith', { last: 'Smith' }],
    ['jane', { first: 'Jane' }],
    ["Siobhán O'Brien", { first: 'Siobhán', last: "O'Brien" }],
  ])('%s', (raw, expected) => {
    expect(parseCustomerName(raw, 'option')).toMatchObject(expected);
  });

  it.each(['Customer Support', 'jane@example.com', '', 'Acme Ltd', '12345'])('"%s" is not a name', (raw) => {
    expect(parseCustomerName(raw, 'option')).toBeUndefined();
  });
});

describe('helpdesk placeholders for the name', () => {
  it.each([
    '{{ticket.requester.first_name}}',
    '{{ticket.requester.name}}',
    '{%customer.firstName%}',
    '{{first_name}}',
    '{{recipient.first_name}}',
    '{{ticket.customer.firstname}}',
    '{{ first_name | fallback: "there" }}',
    '[Customer Name]',
    "<Customer's Name>",
    '{customer_name}',
    '{{client_name}}',
    '*|FNAME|*',
  ])('%s stands for the customer', (tag) => {
    expect(isNameField(tag)).toBe(true);
  });

  it.each([
    '{{ticket.id}}',
    '{{current_user.first_name}}',
    '{{ticket.assignee.name}}',
    '[order number]',
    '{{organization.name}}',
  ])('%s does not', (tag) => {
    expect(isNameField(tag)).toBe(false);
  });

  it("suggests the placeholder of the platform the reply's other tags come from", () => {
    expect(placeholderFor(['{{ticket.id}}'])).toBe('{{ticket.requester.first_name}}');
    expect(placeholderFor(['{%conversation.number%}'])).toBe('{%customer.firstName%}');
    expect(placeholderFor([])).toBe('{{first_name}}');
  });
});
