/** The ways a reply can shout, each with why it hurts and what to do instead. */
export interface ShoutKind {
  readonly id: 'capitals' | 'exclamation-run' | 'exclamations';
  readonly reason: string;
  readonly suggestion: string;
}

export const capitals: ShoutKind = {
  id: 'capitals',
  reason: 'is in capitals, which reads as shouting',
  suggestion: 'Write it in lower case; if something matters, say why it matters.',
};

export const exclamationRun: ShoutKind = {
  id: 'exclamation-run',
  reason: 'reads as raised voice',
  suggestion: 'One mark is enough; calm is contagious.',
};

export const exclamations: ShoutKind = {
  id: 'exclamations',
  reason: 'is one exclamation mark too many for a short reply',
  suggestion: 'Keep at most one exclamation mark in a short reply, and end the other sentences with a full stop.',
};

/** Words before a capitalised word that make it a code, a label or a name on screen ("use code WELCOME", "press SUBMIT"). */
export const labelWords: ReadonlySet<string> = new Set([
  'code',
  'codes',
  'coupon',
  'voucher',
  'promo',
  'discount',
  'reference',
  'ref',
  'password',
  'username',
  'button',
  'tab',
  'menu',
  'option',
  'key',
  'field',
  'status',
  'label',
  'plan',
  'tier',
  'sku',
  'model',
  'type',
  'word',
  'keyword',
  'text',
  'reply',
  'marked',
  'says',
  'reads',
  'shows',
  'showing',
  'displays',
  'named',
  'called',
  'select',
  'choose',
  'press',
  'click',
  'tap',
  'hit',
  'with',
  'saying',
  'enter',
]);

/** A reply with fewer words than this may have at most one exclamation mark. */
export const shortReplyWords = 80;
