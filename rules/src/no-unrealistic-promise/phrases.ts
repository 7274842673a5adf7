import type { PhraseEntry, PhraseSet } from '../kit/matcher.js';

/**
 * `deadline`: a time the reply commits to. `minutes` is how far away it is; when absent,
 * it is read from the number and unit in the phrase ("within 2 hours").
 * `absolute`: an outcome promised with no room for error.
 * `exception`: looks like one of those but is not ("money-back guarantee").
 */
export interface PromiseEntry extends PhraseEntry {
  readonly kind: 'deadline' | 'absolute' | 'exception';
  readonly minutes?: number;
  /** Only an outcome by this time is a promise; an agent acting by then is a plan. */
  readonly outcomeOnly?: boolean;
  /** Why it hurts (absolutes). */
  readonly reason?: string;
  /** Replacement for the matched words, where a direct rewrite exists; `''` removes them. */
  readonly replacement?: string;
  /** Only this token of the match is replaced or removed (an adverb such as "definitely"). */
  readonly replaceToken?: string;
}

const hour = 60;
const workingDay = 8 * hour;
const day = 24 * hour;

const units = 'seconds|second|secs|sec|minutes|minute|mins|min|hours|hour|hrs|hr|h|days|day|weeks|week';

export const deadlines: readonly PromiseEntry[] = [
  {
    id: 'immediately',
    kind: 'deadline',
    minutes: 0,
    patterns: [
      'immediately',
      'instantly',
      'straight away|straightaway',
      'straightaway',
      'right away|now',
      'right this minute|second|instant',
      'this minute|instant',
      'at once',
      'as we speak',
      'asap',
      'in no time',
      'in a jiffy|flash|tick|sec|second|moment|minute|mo|trice',
      'in seconds|minutes|moments',
      'within seconds|minutes|moments',
      'any minute|moment|second now?',
      'in next to no time',
      'in two shakes',
    ],
  },
  {
    // "Your room will be ready the minute you walk in"; but "I'll reply the moment it's live" is a plan.
    id: 'the-minute',
    kind: 'deadline',
    minutes: 0,
    outcomeOnly: true,
    patterns: ['the minute|moment|second|instant (you|it|we|they|your)'],
  },
  {
    id: 'within-the-hour',
    kind: 'deadline',
    minutes: hour,
    patterns: [
      'within|in|inside the|an|one|a hour',
      'within|in the next hour',
      'within|inside the hour',
      "in an hour 's time",
      'in half an hour',
      'within half an hour',
      'in|within an hour or two',
      'within a couple of hours',
    ],
  },
  {
    id: 'within-n',
    kind: 'deadline',
    patterns: [
      `within|in|inside|under the? next? <num> of? ${units}`,
      `in|within (no more than|less than|under) (a|an|one|<num>) of? ${units}`,
      `within|in|inside|under the? next? a|an <num> of? ${units}`,
      `<num> ${units} tops|max|maximum|at most`,
      `in <num> ${units} time`,
      `within <num> business|working ${units}`,
      `in <num> business|working ${units}`,
    ],
  },
  {
    id: 'today',
    kind: 'deadline',
    minutes: workingDay,
    patterns: [
      '(by|before)? today|tonight',
      'this morning|afternoon|evening|arvo',
      'later today|tonight',
      'by|before|at the? end of today|day|play|business|shift',
      'by|before|at the end of (the day|the business day|the working day|my shift|today|play|business)',
      'by|before eod|cob|lunchtime|lunch|noon|midday|teatime|close',
      'by|before close of business|play',
      'by|before (tea time|tea-time)',
      'by|before <clock>',
      'by|before <num> .|,|!|;|and|today|tonight|to|so|for|with',
      'by|before|at half|quarter <num>|past|to',
      'by|before midnight|lunch-time|dinnertime|dinner|close',
      'before you get|finish|wake|head',
      'before your <clock>? meeting|flight|appointment|shift|call|train|lunch',
      'before|by your <clock>',
      "by|before <num> pm|am|o'clock",
    ],
  },
  {
    id: 'tomorrow',
    kind: 'deadline',
    minutes: day,
    patterns: ['tomorrow', 'by|before tomorrow', 'first thing (tomorrow|in the morning)', 'overnight'],
  },
];

export const absolutes: readonly PromiseEntry[] = [
  {
    id: 'never-again',
    kind: 'absolute',
    patterns: [
      '<this-that> will never happen|occur again',
      '<this-that> will not happen|occur again',
      '<this-that> will not ever happen|occur again',
      'never happen|occur|recur again',
      '<this-that> will not|never * again',
      'will not|never repeat|recur|reoccur (again)?',
      'will (never|not) (ever)? happen|occur * * again',
      'will (never|not) (ever)? happen|occur * * * again',
      'never (ever)? happen|occur (to|with) * again',
      'make sure|ensure (the|this|that|it|your) * * (never|does not|will not) happen|happens|occur|occurs',
      'make sure|ensure (the|this|that|it|your) * (never|does not|will not) happen|happens|occur|occurs',
      '<this-that> will not|never be * again',
      'never be repeated',
      'will not be repeated',
      'will not happen|occur|recur again',
      'make sure|certain <this-that> (does not|never|will not|will never|can not) happen|occur|recur again',
      'ensure <this-that> (does not|never|will not|will never|can not) happen|occur|recur again',
      'never have|experience|see (this|that|it|these problems|this problem|this issue|these issues) again',
    ],
    reason: 'promises something nobody can guarantee',
    replacement: "we're taking steps to stop this happening again",
  },
  {
    id: 'guarantee',
    kind: 'absolute',
    patterns: [
      '<agent> can? guarantee',
      '<agent> will guarantee',
      '<be> guaranteed',
      'guaranteed to|by|within|delivery|arrival|fix|resolution|success|approval',
      'guarantee that|it|this|you|your|the|we|everything',
      ', guaranteed',
      'zero downtime|risk|disruption|issues|problems|errors|chance',
    ],
    reason: 'guarantees an outcome you do not control',
  },
  {
    id: 'hundred-percent',
    kind: 'absolute',
    patterns: [
      '100 %|percent sure|certain|confident|guaranteed|fixed|resolved|sorted|working|positive|definite|true',
      '<agent> <be> 100 %|percent',
      'will|<be> 100 %|percent',
      '100 %|percent guarantee',
      'a hundred (percent|per cent)',
      'one hundred (percent|per cent)',
    ],
    reason: 'claims a certainty no one has',
  },
  {
    id: 'promise',
    kind: 'absolute',
    patterns: [
      '<agent> promise|swear',
      '<agent> can promise',
      'you have my|our word',
      '<agent> give you my|our word',
      '<agent> personally promise|guarantee',
      'rest assured that? it|this|your|the|we|everything|you will',
      '<agent> can? assure you that? it|this|your|the|everything|we|you will',
      'without fail',
      'zero|no chance of it|that|this|your',
      'absolutely no chance|risk|way',
      'no doubt about it',
    ],
    reason: 'makes a promise the outcome may not keep',
    replacement: 'I expect',
  },
  {
    id: 'definitely',
    kind: 'absolute',
    patterns: [
      'will definitely|certainly|absolutely|surely|undoubtedly be|arrive|work|get|have|receive|happen|fix|resolve|sort|hear|reach|see|come|go|ship|reply|call',
      'definitely|certainly will be|arrive|work|get|have|receive|happen|fix|resolve|sort|hear|reach|come|ship',
    ],
    reason: 'states an outcome as certain',
    replacement: '',
    replaceToken: 'definitely|certainly|absolutely|surely|undoubtedly',
  },
];

export const exceptions: readonly PromiseEntry[] = [
  {
    id: 'guarantee-product',
    kind: 'exception',
    patterns: [
      "money-back|money|price|satisfaction|lifetime|year|month|day|price-match|best-price|quality|delivery-date|manufacturer|manufacturer's|extended guarantee|guarantees",
      'back guarantee',
      'our|the|a|your guarantee',
      'under guarantee|warranty',
      'guarantee period|policy|terms|scheme|card',
      '(can not|could not|do not|does not|unable to|not able to) guarantee',
      '<be> not guaranteed',
      'not a guarantee',
      'no guarantee',
      'guaranteed late-arrival|minimum|income|returns',
    ],
  },
  {
    id: 'hundred-percent-amount',
    kind: 'exception',
    patterns: [
      '100 %|percent of|refund|refunded|money-back|off|discount|cashback|cotton|wool|recyclable|recycled|natural|organic|renewable|satisfaction|reimbursement|compensation|credit|covered|coverage|free',
      'a 100 %|percent',
    ],
  },
  {
    id: 'promise-noun',
    kind: 'exception',
    patterns: ['as promised', 'our promise', 'the promise', 'a promise', 'promise to you', '<agent> promised'],
  },
  {
    id: 'not-now',
    kind: 'exception',
    patterns: [
      'until now',
      'by now',
      'for now',
      'from now',
      'just now',
      'now that',
      'from|since|until|till today|tonight|tomorrow',
      'from|since this morning|afternoon|evening',
      // "by 9 am on the morning of your arrival": a time on another day.
      '<clock> on|tomorrow|next',
      '<num> am|pm on|tomorrow|next',
    ],
  },
  {
    id: 'security',
    kind: 'exception',
    patterns: ['never ask|asks for|you for'],
  },
];

/** Words and phrases that make a timeline an estimate rather than a promise. */
export const hedges: readonly PhraseEntry[] = [
  {
    id: 'hedge',
    patterns: [
      'usually|typically|normally|generally|often|mostly|ordinarily|commonly|hopefully|likely|probably|possibly|ideally|approximately|approx|roughly|around|estimated|estimate|anticipate|expect|expected|expecting|aim|aims|aiming|try|tries|trying|hope|hoping|endeavour|endeavor|target|targets|tend|tends|should|may|might|could',
      'up to',
      'do|doing our|my best',
      'as soon as (possible|we can|i can|we are able|i am able|practical|practicable)',
      'if all goes well',
      'all being well',
      'fingers crossed',
      'subject to',
      'depending on',
      'it depends',
      'in most cases',
      'can take',
      'or so',
      'give or take',
      'plan|planning|intend|intending to',
      '<agent> think|believe',
      'if possible',
      'where possible',
      'not guarantee|promise|confirm|certain|sure',
      '(can not|could not|unable to|not able to) say|confirm|be sure|be certain|commit',
    ],
  },
];

export const promisePhrases: PhraseSet<PromiseEntry> = {
  name: 'no-unrealistic-promise',
  entries: [...deadlines, ...absolutes, ...exceptions],
};

export const hedgePhrases: PhraseSet = {
  name: 'no-unrealistic-promise/hedge',
  entries: hedges,
};
