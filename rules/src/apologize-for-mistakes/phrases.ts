import type { PhraseEntry, PhraseSet } from '../kit/matcher.js';

/**
 * `admission`: the reply says the organisation got something wrong.
 * `not-admission`: looks like one but is not (the customer's own entry, a reassurance);
 * it silences any admission it overlaps.
 */
export interface MistakeEntry extends PhraseEntry {
  readonly kind: 'admission' | 'not-admission';
  /** What the phrase admits, for the message ("admits a mistake"). */
  readonly reason: string;
  /** The apology to add after the sentence that admits it. */
  readonly apology?: string;
}

/** Things the organisation does for the customer; done wrongly, they are its mistake. */
const orgVerbs =
  'sent|shipped|posted|packed|dispatched|delivered|charged|billed|quoted|told|gave|given|booked|processed|applied|issued|emailed|printed|fitted|installed|added|cancelled|canceled|closed|suspended|deleted|removed|refunded|returned|credited|debited|set|updated|changed|entered|put|labelled|labeled|addressed|assigned|allocated|activated|deactivated|blocked|locked|renewed|upgraded|downgraded|scheduled|rescheduled|moved|transferred|paid|made|picked|used|listed|priced|advertised|ordered|filed|logged|recorded|marked|flagged';

/** Customer-side entries: "the postcode was entered incorrectly" is not the organisation's mistake. */
const customerEntryVerbs = 'entered|typed|selected|chosen|ordered|given|provided|submitted|spelled|spelt|filled|ticked|clicked';

/** Failures in delivery and handling. */
const mishaps =
  'lost|damaged|misplaced|mislaid|misrouted|misdelivered|missent|mis-sent|mislabelled|mislabeled|overlooked|mishandled|misdirected|misfiled|missed|forgotten|delayed|held up';

/** Things the organisation should have done and did not. */
const undoneVerbs =
  'sent|processed|delivered|dispatched|shipped|applied|actioned|updated|passed|logged|refunded|cancelled|canceled|booked|arranged|raised|escalated|recorded|added|issued|posted|credited|completed|fixed|resolved|followed|returned|removed|reinstated';

const sorry = "I'm sorry about that.";

export const admissions: readonly MistakeEntry[] = [
  {
    id: 'our-mistake',
    kind: 'admission',
    patterns: [
      '<agent> <have>? made|make a|an <filler>? mistake|error|typo|blunder|oversight|mess|hash|mix-up',
      '<agent> <have>? messed|mucked|screwed|slipped|cocked up',
      '<agent> <have>? got|gotten it|this|that|things|them wrong',
      '<agent> <have>? got|gotten (your|the) * wrong',
      '<agent> <have>? mixed (it|things|them|this|that|your order|the orders|the order)? up',
      '<agent> <have>? dropped the ball',
      '<agent> <have>? let you down',
      '<agent> <have>? fallen|fell short',
      '<agent> <be> at fault|to blame',
      '(that|this) one? <be> (entirely|completely|totally|all|squarely)? on us|me',
      '^ our|my mistake|error|fault|oversight|bad|mix-up|slip|blunder',
      '<be> (entirely|completely|totally|all)? our|my mistake|error|fault|oversight|mix-up|slip|blunder',
      'a|an|the mistake|error|mix-up|mixup|oversight|slip-up|glitch|bug|fault|problem|issue|muddle on|at our|my end|side|part',
      'an? (error|mistake|oversight|glitch|bug) (in|with|from) our',
      'due to an? (error|mistake|oversight|glitch|bug|fault|problem|issue) on|at our end|side|part',
      '<agent> <have>? <mis>',
    ],
    reason: 'admits a mistake',
    apology: sorry,
  },
  {
    id: 'wrong-thing',
    kind: 'admission',
    patterns: [
      `<agent> <have>? ${orgVerbs} (you|it|them|your order|your parcel|your booking)? (the|a|an|your|some) wrong|incorrect`,
      `<agent> <have>? ${orgVerbs} * to the|a|an|your wrong|incorrect|old|previous|former`,
      `<agent> <have>? ${orgVerbs} * * to the|a|an|your wrong|incorrect|old|previous|former`,
      `<agent> <have>? ${orgVerbs} (you|it|them)? wrong|incorrect|outdated|inaccurate|misleading information|info|details|advice|instructions|dates|prices`,
      'the|a|an wrong|incorrect * <be> (sent|shipped|packed|delivered|dispatched|posted|charged|applied|quoted|printed|fitted|installed|issued|processed|picked|labelled|labeled|added|used)',
      'the|a|an wrong|incorrect * * <be> (sent|shipped|packed|delivered|dispatched|posted|charged|applied|quoted|printed|fitted|installed|issued|processed|picked|labelled|labeled|added|used)',
      'you (were|have been|had been|got|was) (sent|given|quoted|told|shipped|charged|billed|issued|delivered|posted|emailed|booked|allocated|assigned) (the|a|an|some)? wrong|incorrect|outdated|inaccurate|misleading',
      'you received|got the|a|an wrong|incorrect',
      '<be> <filler>? (sent|shipped|posted|delivered|dispatched) to the|a|an|your wrong|old|previous|incorrect',
    ],
    reason: 'admits that the wrong thing went out',
    apology: "I'm sorry for the mix-up.",
  },
  {
    id: 'charged',
    kind: 'admission',
    patterns: [
      '<agent> <have>? charged|billed (you|your card|your account)? (twice|double|two times|more than once|too much|the wrong amount)',
      '<agent> <have>? charged|billed (you|your card|your account)? for * twice',
      '<agent> <have>? overcharged|double-charged|double-billed|overbilled',
      '<agent> <have>? took|taken (the|your|a)? payment twice',
      '<be> <filler>? (charged|billed|debited) (twice|double|two times|more than once|too much|the wrong amount)',
      '<be> <filler>? overcharged|double-charged|double-billed|overbilled',
      'payment|charge|transaction|debit (went|gone|came|has gone) through twice',
    ],
    reason: 'admits a wrong charge',
    apology: "I'm sorry for the extra charge.",
  },
  {
    id: 'in-error',
    kind: 'admission',
    patterns: [
      `<be> <filler>? ${orgVerbs} (in error|by mistake|by accident|incorrectly|wrongly|mistakenly|erroneously)`,
      `<be> <filler>? (mistakenly|wrongly|incorrectly|accidentally|inadvertently|erroneously) ${orgVerbs}`,
      `<agent> <have>? <filler>? (mistakenly|wrongly|incorrectly|accidentally|inadvertently|erroneously) ${orgVerbs}`,
      `<agent> <have>? ${orgVerbs} (in error|by mistake|by accident|incorrectly|wrongly|mistakenly|erroneously)`,
      `<agent> <have>? ${orgVerbs} * (in error|by mistake|by accident|incorrectly|wrongly|mistakenly|erroneously)`,
      `<agent> <have>? ${orgVerbs} * * (in error|by mistake|by accident|incorrectly|wrongly|mistakenly|erroneously)`,
    ],
    reason: 'admits a mistake',
    apology: sorry,
  },
  {
    id: 'failed',
    kind: 'admission',
    patterns: [
      '<agent> <have>? forgot|forgotten|failed|neglected|omitted to',
      '<agent> <have>? (forgot|forgotten|missed|overlooked|lost|misplaced|mislaid|damaged|broke|broken|ignored) (your|the|a|an|it|this|that|them|our)',
      '<agent> (did not|never) send|process|update|reply|respond|call|ship|dispatch|refund|apply|pass|log|action|follow|record|include|add|attach|issue|book|arrange|notify|inform|tell|let|cancel|post|credit|escalate|raise|fix|check|save|honour|honor',
      '<agent> (did not|never) get back',
      '<agent> (did not|never) get (it|this|that|your|the) * (out|sent|done|right)',
      '<agent> should (have|not have|never have) <pp>',
      '<agent> should (have|not have|never have) (let|told|called|replied|sent|checked|caught|spotted|flagged)',
      '<agent> <have>? (been|was|were) slow to',
      '<agent> <have>? kept you waiting',
      '<agent> <have>? taken (far|much|way)? too long',
      '<agent> took (far|much|way)? too long',
      'it <have> taken (us|me) (far|much|way)? too|so long',
      'it took (us|me) (far|much|way)? too|so long',
      '<agent> <have>? not (been)? kept you (updated|informed|posted|in the loop)',
    ],
    reason: 'admits a failure',
    apology: "I'm sorry we let you down.",
  },
  {
    id: 'went-wrong',
    kind: 'admission',
    patterns: [
      `<be> <filler>? (${mishaps})`,
      `<be> <filler>? not ${undoneVerbs}`,
      `<be> never ${undoneVerbs}`,
      '(arrived|came|turned up|got to you|reached you) (damaged|broken|faulty|smashed|cracked|dented|torn|incomplete|late|wet|defective|opened|crushed|leaking)',
      '(arrived|came|turned up|was delivered|got to you) (so|very|really|much|far)? late',
      '(arrived|came|turned up|was delivered) <num> (day|days|week|weeks|hours) late',
      '(slow|late|delayed) (reply|response|delivery|refund|dispatch|answer)',
      '(did not|never) (arrive|turn up|show up|get to you|reach you)',
    ],
    reason: 'admits that something went wrong',
    apology: sorry,
  },
];

/** Phrases that look like an admission but are not one. */
export const notAdmissions: readonly MistakeEntry[] = [
  {
    id: 'customer-entry',
    kind: 'not-admission',
    patterns: [
      `<be> ${customerEntryVerbs} (in)? (in error|by mistake|by accident|incorrectly|wrongly|mistakenly)`,
      `the|a|an wrong|incorrect * <be> ${customerEntryVerbs}`,
      `the|a|an wrong|incorrect * * <be> ${customerEntryVerbs}`,
    ],
    reason: "the customer's own entry",
  },
  {
    id: 'not-a-mistake',
    kind: 'not-admission',
    patterns: [
      'our|my error|errors message|messages|log|logs|code|codes|page|pages|report|reports|rate|handling',
      'nothing (was|has been|got|is) lost|missed|damaged',
      'no data|information|messages|emails|files|details <be> <filler>? lost|missed',
      'lost (power|signal|connection|contact|coverage)',
    ],
    reason: 'not an admission',
  },
];

export const mistakePhrases: PhraseSet<MistakeEntry> = {
  name: 'apologize-for-mistakes',
  entries: [...admissions, ...notAdmissions],
};

/** `apology`: the reply says sorry. `not-apology`: "no need to apologise", "I regret to inform you". */
export interface ApologyEntry extends PhraseEntry {
  readonly kind: 'apology' | 'not-apology';
}

export const apologies: readonly ApologyEntry[] = [
  {
    id: 'sorry',
    kind: 'apology',
    patterns: [
      'sorry',
      'apologise|apologize|apologised|apologized|apologising|apologizing|apologies|apology|apologising|apologetic',
      'my|our bad',
      '<agent> <filler>? regret',
      'forgive (me|us)',
      'excuse|pardon (the|our|my) (delay|mix-up|error|confusion|mistake|oversight|slip)',
    ],
  },
  {
    id: 'not-sorry',
    kind: 'not-apology',
    patterns: [
      '(no|not) need to (be)? (apologise|apologize|sorry)',
      '(do not|never) (apologise|apologize)',
      '(do not|never) be sorry',
      '<agent> <filler>? regret to (inform|tell|say|advise|let|confirm)',
      'your apology|apologies',
    ],
  },
];

export const apologyPhrases: PhraseSet<ApologyEntry> = {
  name: 'apologize-for-mistakes/apology',
  entries: apologies,
};
