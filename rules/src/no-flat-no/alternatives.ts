import type { PhraseEntry, PhraseSet } from '../kit/matcher.js';

/**
 * Phrases that offer the customer a way forward. A refusal that shares its sentence with
 * one of them is a limit with an alternative, which is good practice. A following word in
 * `notAnOffer` cancels it ("we can not…", "I can understand…").
 */
export interface AlternativeEntry extends PhraseEntry {
  readonly note: string;
}

export const alternatives: readonly AlternativeEntry[] = [
  {
    id: 'agent-can',
    patterns: [
      '<agent> can|could|will|shall|may|might',
      '<agent> would|could <filler>? be happy|glad|delighted|pleased',
      '<agent> would love|like to',
      '<agent> <be> happy|glad|delighted|pleased|able',
      '<agent> have|has <filler>? <pp>',
      '<agent> have|has gone ahead',
      '<agent> do|does offer|provide|have|accept|allow',
      '<agent> offer|provide|accept',
      '<agent> <be> offering|sending|arranging|issuing|adding|giving|booking',
    ],
    note: 'the agent offers to do something',
  },
  {
    id: 'customer-can',
    patterns: [
      'you can|could|may|might',
      'you will be able',
      'you <be> welcome|able|free|entitled to',
      'feel free to',
      'you <be> eligible',
    ],
    note: 'the customer is shown what they can do',
  },
  {
    id: 'options',
    // Conditions ("until the warehouse confirms") are not alternatives: the limit still stands alone.
    patterns: [
      'there <be> a|an|another|other|some|two|three|several|plenty workaround|workarounds|option|options|alternative|alternatives|way|ways|fix',
      'what <agent> can|could do',
      'here is|are what',
      'the good news is',
      'happy|glad to',
    ],
    note: 'an alternative or a path to yes',
  },
];

export const notAnOffer: ReadonlySet<string> = new Set([
  'not',
  'never',
  'unable',
  'understand',
  'see',
  'imagine',
  'appreciate',
  'assure',
  'confirm',
  'only',
  'tell',
  'sympathise',
  'sympathize',
  'hear',
  'feel',
  'relate',
  'promise',
  'guarantee',
  'apologise',
  'apologize',
  'no',
]);

/** Words that offer a way forward only when they follow the refusal ("…; instead, I can…"). */
export const afterwardOnly: readonly AlternativeEntry[] = [
  {
    id: 'afterward',
    patterns: ['instead', 'alternatively', 'as an alternative', 'in the meantime', 'meanwhile'],
    note: 'an alternative, when it comes after the limit',
  },
];

export const alternativePhrases: PhraseSet<AlternativeEntry> = {
  name: 'no-flat-no/alternative',
  entries: [...alternatives, ...afterwardOnly],
};
