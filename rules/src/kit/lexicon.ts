/**
 * Word-level knowledge shared by every rule: how contractions expand and which words
 * belong to the classes that phrase patterns refer to as `<class>`.
 *
 * Patterns are written against the expanded, lower-cased form, so "we're not able to",
 * "we are not able to" and "were not able to" (a common typo) meet the same pattern.
 */

/** Whole-word contractions, including the apostrophe-less spellings people type. */
export const contractions: Readonly<Record<string, readonly string[]>> = {
  "can't": ['can', 'not'],
  cannot: ['can', 'not'],
  cant: ['can', 'not'],
  "won't": ['will', 'not'],
  wont: ['will', 'not'],
  "shan't": ['shall', 'not'],
  "ain't": ['is', 'not'],
  dont: ['do', 'not'],
  doesnt: ['does', 'not'],
  didnt: ['did', 'not'],
  isnt: ['is', 'not'],
  arent: ['are', 'not'],
  wasnt: ['was', 'not'],
  werent: ['were', 'not'],
  havent: ['have', 'not'],
  hasnt: ['has', 'not'],
  hadnt: ['had', 'not'],
  couldnt: ['could', 'not'],
  wouldnt: ['would', 'not'],
  shouldnt: ['should', 'not'],
  mustnt: ['must', 'not'],
  im: ['i', 'am'],
  ive: ['i', 'have'],
  youre: ['you', 'are'],
  youve: ['you', 'have'],
  youll: ['you', 'will'],
  theyre: ['they', 'are'],
  thats: ['that', 'is'],
  theres: ['there', 'is'],
  whats: ['what', 'is'],
  "let's": ['let', 'us'],
  // Chat and text-message spellings.
  u: ['you'],
  ya: ['you'],
  ur: ['your'],
  urself: ['yourself'],
  pls: ['please'],
  plz: ['please'],
  coz: ['because'],
  cuz: ['because'],
  thx: ['thanks'],
  tmrw: ['tomorrow'],
  tmr: ['tomorrow'],
  tomoz: ['tomorrow'],
  tonite: ['tonight'],
  gonna: ['going', 'to'],
  wanna: ['want', 'to'],
  gotta: ['got', 'to'],
  dunno: ['do', 'not', 'know'],
  lemme: ['let', 'me'],
  // Scots.
  cannae: ['can', 'not'],
  canna: ['can', 'not'],
  dinnae: ['do', 'not'],
  didnae: ['did', 'not'],
  willnae: ['will', 'not'],
  wouldnae: ['would', 'not'],
  couldnae: ['could', 'not'],
  isnae: ['is', 'not'],
  wasnae: ['was', 'not'],
  // Missing apostrophes.
  itll: ['it', 'will'],
  thatll: ['that', 'will'],
  theyll: ['they', 'will'],
  therell: ['there', 'will'],
  whatll: ['what', 'will'],
};

/** Suffixes split off a word after an apostrophe ("we're" → "we" + "are"). */
export const cliticSuffixes: Readonly<Record<string, string>> = {
  "n't": 'not',
  "'m": 'am',
  "'re": 'are',
  "'ve": 'have',
  "'ll": 'will',
  "'d": 'would',
};

/** Words whose `'s` is "is" rather than a possessive. */
export const isContractionHosts: ReadonlySet<string> = new Set([
  'it',
  'that',
  'there',
  'here',
  'what',
  'he',
  'she',
  'who',
  'where',
  'how',
  'this',
  'everything',
  'nothing',
  'something',
]);

/**
 * Word classes usable in patterns as `<name>`. A word may be in several classes.
 * `filler` words may sit inside any phrase without breaking it ("we are *currently* unable to").
 */
export const wordClasses: Readonly<Record<string, readonly string[]>> = {
  // "'s" after a noun is usually a possessive, but "the computer's not letting me" is "is".
  be: ['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', "'s"],
  'be-now': ['am', 'is', 'are', 'be', "'s"],
  agent: ['i', 'we'],
  'agent-obj': ['me', 'us'],
  modal: ['can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must'],
  'can-will': ['can', 'will', 'would', 'could', 'shall'],
  do: ['do', 'does', 'did'],
  'do-now': ['do', 'does'],
  have: ['have', 'has', 'had'],
  neg: ['not', 'never'],
  filler: [
    'unfortunately',
    'sadly',
    'regrettably',
    'currently',
    'presently',
    'really',
    'simply',
    'just',
    'still',
    'also',
    'actually',
    'honestly',
    'truly',
    'genuinely',
    'therefore',
    'definitely',
    'certainly',
    'absolutely',
    'even',
    'now',
    'ever',
    'always',
    'totally',
    'completely',
    'entirely',
    'personally',
    'directly',
    'again',
    'yet',
    'so',
    'quite',
    'pretty',
    'fairly',
    'very',
    'rather',
    'clearly',
    'obviously',
    'then',
    'apparently',
    'evidently',
    'usually',
    'normally',
    'typically',
    'generally',
    'often',
    'extremely',
    'incredibly',
    'seriously',
    'massively',
    'hugely',
    'terribly',
    'awfully',
    'super',
    'insanely',
    'literally',
    'honestly',
    'frankly',
    'like',
  ],
  det: ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'your', 'our', 'my', 'their', 'its'],
  'you-your': ['you', 'your'],
  'our-the': ['our', 'the', 'this', 'that'],
  'this-that': ['this', 'that', 'it'],
};

const numberWords: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  couple: 2,
  few: 3,
  several: 4,
  half: 0.5,
};

/** The value of a number written as digits or as a word ("5", "2.5", "thirty"), if it is one. */
export function numberValue(norm: string): number | undefined {
  if (/^\d+(?:[.,]\d+)?$/.test(norm)) return Number(norm.replace(',', '.'));
  // A range ("2-3", "5–7") counts as its upper end: that is what the customer will hold you to.
  const range = /^\d+(?:[.,]\d+)?-(\d+(?:[.,]\d+)?)$/.exec(norm);
  if (range) return Number((range[1] as string).replace(',', '.'));
  return numberWords[norm];
}

/** A clock time written as one word: "5pm", "10am", "9.30am". */
export function isClockTime(norm: string): boolean {
  return /^\d{1,2}(?:[.:]\d{2})?(?:am|pm|a\.m\.?|p\.m\.?)$/.test(norm);
}

const classIndex: ReadonlyMap<string, readonly string[]> = (() => {
  const index = new Map<string, string[]>();
  for (const [name, words] of Object.entries(wordClasses)) {
    for (const word of words) {
      const keys = index.get(word) ?? [];
      keys.push(`<${name}>`);
      index.set(word, keys);
    }
  }
  return index;
})();

const irregularPast = new Set([
  'made',
  'had',
  'done',
  'did',
  'sent',
  'given',
  'gave',
  'taken',
  'took',
  'told',
  'paid',
  'held',
  'kept',
  'left',
  'lost',
  'sold',
  'bought',
  'brought',
  'thought',
  'found',
  'got',
  'gotten',
  'put',
  'set',
  'shown',
  'seen',
  'saw',
  'written',
  'wrote',
  'chosen',
  'chose',
  'broken',
  'broke',
  'forgotten',
  'forgot',
  'spent',
  'built',
  'cut',
  'hit',
  'let',
  'shut',
  'understood',
  'won',
  'ran',
  'went',
  'gone',
  'came',
  'knew',
  'known',
  'fell',
  'fallen',
  'hidden',
  'hid',
  'meant',
  'sat',
  'stood',
  'dealt',
  'read',
  'misread',
  'mistook',
  'mistaken',
  'overlooked',
  'undone',
  'withdrawn',
  'drawn',
  'reset',
  'resent',
  're-sent',
  'rebuilt',
  'redone',
  'remade',
  'rewritten',
  'overridden',
  'overwritten',
  'split',
  'spread',
  'quit',
  'hurt',
  'lent',
  'bent',
  'bound',
  'struck',
  'stuck',
  'shown',
  'sworn',
  'torn',
  'worn',
  'woken',
  'frozen',
  'spoken',
  'stolen',
  'driven',
  'ridden',
  'risen',
  'proven',
  'begun',
  'sung',
  'swum',
  'thrown',
  'grown',
  'flown',
  'blown',
  'fed',
  'led',
  'misled',
  'bled',
  'fled',
  'sped',
  'met',
  'won',
  'upheld',
  'withheld',
  'forbidden',
  'forgiven',
  'taught',
  'caught',
  'sought',
  'fought',
  'heard',
  'laid',
  'mislaid',
  'misheard',
  'misunderstood',
  'overpaid',
  'underpaid',
  'prepaid',
  'repaid',
  'slept',
  'swept',
  'wept',
  'felt',
  'dealt',
  'dreamt',
  'burnt',
  'learnt',
  'spelt',
  'misspelt',
  'spilt',
  'spoilt',
  'lit',
  'shot',
  'got',
  'forgot',
  'beaten',
  'bitten',
  'hidden',
  'eaten',
]);

const notGerunds = new Set([
  'thing',
  'something',
  'nothing',
  'anything',
  'everything',
  'morning',
  'evening',
  'during',
  'king',
  'string',
  'spring',
  'ceiling',
  'wedding',
  'pudding',
]);

/** Grammatical tags read off a word's shape: `<ing>` ("sending"), `<pp>` ("sent", "declined"). */
function shapeTags(norm: string): string[] {
  const tags: string[] = [];
  if (norm.length > 4 && norm.endsWith('ing') && !notGerunds.has(norm)) tags.push('<ing>');
  if ((norm.length > 3 && norm.endsWith('ed') && !norm.endsWith('eed')) || irregularPast.has(norm)) tags.push('<pp>');
  // "misconfigured", "mis-sold", "misread": something done wrongly.
  if (
    /^mis-?[a-z]{3,}/.test(norm) &&
    !['mission', 'missing', 'mist', 'misty', 'mister', 'miss', 'missed', 'misses', 'missus'].some((word) => norm.startsWith(word))
  )
    tags.push('<mis>');
  return tags;
}

const keyCache = new Map<string, readonly string[]>();

/**
 * The pattern keys a normalised token answers to: itself, its classes, its tags, and
 * `*` (any word) for words. Words repeat, so the answer is kept.
 */
export function keysOf(norm: string, isWord = true): readonly string[] {
  const cacheKey = isWord ? norm : `\u0000${norm}`;
  const cached = keyCache.get(cacheKey);
  if (cached) return cached;
  const keys = [norm];
  const classes = classIndex.get(norm);
  if (classes) keys.push(...classes);
  if (isWord) {
    if (numberValue(norm) !== undefined) keys.push('<num>');
    else if (isClockTime(norm)) keys.push('<clock>');
    keys.push(...shapeTags(norm), '*');
  }
  if (keyCache.size > 50_000) keyCache.clear();
  keyCache.set(cacheKey, keys);
  return keys;
}
