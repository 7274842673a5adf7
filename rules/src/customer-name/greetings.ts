/** How replies open, and which openings address nobody in particular. */

/** Greeting words, longest first so "good morning" wins over "morning". */
export const greetingWords: readonly string[] = [
  'good morning',
  'good afternoon',
  'good evening',
  'good day',
  'greetings',
  'hello',
  'hiya',
  'heya',
  'howdy',
  'hey',
  'dear',
  'morning',
  'afternoon',
  'evening',
  "g'day",
  'bonjour',
  'hola',
  'hallo',
  'hej',
  'ciao',
  'salut',
  'namaste',
  'kia ora',
  'aloha',
  'olá',
  'buongiorno',
  'guten tag',
  'moin',
  'alright',
  'hi',
];

/**
 * Addressees that are not a name. With the name known, these are a miss ("Hi there");
 * the `impersonal` ones are flagged even when the name is unknown ("Dear customer").
 */
export interface GenericAddressee {
  readonly words: string;
  readonly impersonal: boolean;
}

export const genericAddressees: readonly GenericAddressee[] = [
  ...[
    'valued customer',
    'valued client',
    'valued member',
    'valued guest',
    'customer',
    'client',
    'user',
    'member',
    'guest',
    'account holder',
    'policyholder',
    'policy holder',
    'subscriber',
    'shopper',
    'buyer',
    'patient',
    'passenger',
    'traveller',
    'traveler',
    'sir or madam',
    'sir/madam',
    'sir / madam',
    'madam or sir',
    'madam/sir',
    'sir',
    'madam',
    'sirs',
    'sir/madame',
    'friend',
  ].map((words) => ({ words, impersonal: true })),
  ...[
    'there',
    'all',
    'everyone',
    'everybody',
    'folks',
    'guys',
    'team',
    'again',
    'you',
    'friends',
    'both',
    "y'all",
    'and welcome',
  ].map((words) => ({ words, impersonal: false })),
];

/** Openings with no greeting word that are still impersonal. */
export const impersonalOpenings: readonly string[] = ['to whom it may concern', 'attention customer', 'attn customer'];
