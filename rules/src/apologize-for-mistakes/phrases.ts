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
  'sent|shipped|posted|packed|dispatched|delivered|charged|billed|quoted|told|gave|given|booked|processed|applied|issued|emailed|printed|fitted|installed|added|cancelled|canceled|closed|suspended|deleted|removed|refunded|returned|credited|debited|set|updated|changed|entered|put|labelled|labeled|addressed|assigned|allocated|activated|deactivated|blocked|locked|renewed|upgraded|downgraded|scheduled|rescheduled|moved|transferred|paid|made|picked|used|listed|priced|advertised|ordered|filed|logged|recorded|marked|flagged|calculated|allocated|attached|linked|assigned|entered';

/** Customer-side entries: "the postcode was entered incorrectly" is not the organisation's mistake. */
const customerEntryVerbs = 'entered|typed|selected|chosen|ordered|given|provided|submitted|spelled|spelt|filled|ticked|clicked';

/** Failures in delivery and handling. */
const mishaps =
  'lost|damaged|misplaced|mislaid|misrouted|misdelivered|missent|mis-sent|mislabelled|mislabeled|overlooked|mishandled|misdirected|misfiled|missed|forgotten|delayed|held up|missing|overcharged|double-charged|overbooked|double-booked|unavailable';

/** Things the organisation should have done and did not. */
const undoneVerbs =
  'sent|processed|delivered|dispatched|shipped|applied|actioned|updated|passed|logged|refunded|cancelled|canceled|booked|arranged|raised|escalated|recorded|added|issued|posted|credited|completed|fixed|resolved|followed|returned|removed|reinstated|triggered|handed|activated|closed|marked|recorded|passed on|picked up|collected|fitted|installed|loaded|checked';

/** People and things that act for the organisation ("the engineer", "your trainer", "the booking system"). */
const staff =
  'engineer|engineers|technician|technicians|installer|installers|driver|drivers|courier|couriers|trainer|instructor|fitter|fitters|florist|decorator|team|crew|staff|agent|advisor|adviser|assessor|surveyor|reader|readers|chef|kitchen|consultant|stylist|therapist|receptionist|manager|rep|representative|colleague|cleaner|cleaners|plumber|electrician|builder|builders|contractor|contractors|warehouse|depot|store|shop|branch|system|systems|app|website|site|machine|charger|terminal|update|release|software|checkout|portal|platform|algorithm|bot|printer|scanner';

/** Plain failures, whoever the organisation's actor is. */
const failures =
  'missed|lost|damaged|broke|overbooked|double-booked|overcharged|double-charged|overbilled|forgot|misread|misplaced|mislaid|mislabelled|mislabeled|misrouted|misdelivered|misquoted|misunderstood|scratched|dented|smashed|cracked|ruined|crashed|failed|neglected|omitted';

/** Actions that are a failure when the organisation's system or staff did them unasked ("our system cancelled your transfer"). */
const unasked = 'cancelled|canceled|locked|reset|deleted|wiped|suspended|blocked|closed|logged|removed|declined|rejected|skipped|dropped|charged|billed|debited|ignored';

/** Verbs the organisation "didn't" do: each is a failure to do its job. */
const notDone =
  'send|process|update|reply|respond|call|ship|dispatch|refund|apply|pass|log|action|follow|record|include|add|attach|issue|book|arrange|notify|inform|tell|let|cancel|post|credit|escalate|raise|fix|check|save|honour|honor|mark|load|show|catch|spot|flag|contact|deliver|collect|fit|install|turn|pick|pack|label|activate|remove|close|stop|trigger|register|print|load|submit|order|renew|transfer|upgrade|confirm';

/** Things that can be "the wrong" one. */
const wrongThings =
  'item|items|size|colour|color|part|parts|date|dates|time|times|address|postcode|zip|length|width|order|product|products|model|version|price|amount|room|seat|seats|booking|details|information|info|form|label|labels|parcel|one|ones|sheet|account|card|name|number|code|link|invoice|bill|charge|tariff|rate|plan|day|ticket|tickets|flight|bag|bags|batteries|boots|shoes|book|books|meter|reading|figure|total|quantity|variant|style|fabric|finish|key|keys|software|file|files|document|documents|instructions|advice|paperwork|box|case|package|dress|jacket|flowers|battery|screen|cable|charger|adapter|device|phone|unit|units|measurements|spec|specification|slot|appointment|postage|delivery|service|fee|fees|discount|price|prices|spelling';

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
  {
    id: 'our-side',
    kind: 'admission',
    patterns: [
      `our *? *? *? *? (${failures})`,
      `our *? *? *? *? (${unasked})`,
      `(the|your) (${staff}) *? *? *? (${failures}|${unasked})`,
      `(the|your) * (${staff}) *? *? (${failures}|${unasked})`,
      `(our|the|your) *? *? *? (${staff}|records|record|systems|system|update|release|team) (did not|never) (${notDone}|*)`,
      `<agent> (did not|never) (${notDone})`,
      '<agent> <have>? (lost track|double-booked|overbooked|overcharged|double-charged|misread|misunderstood|misquoted|mislabelled|mislabeled|misrouted)',
      '<agent> (<have>|<be>)? (missed|lost|damaged|broke|broken|scratched|dented|smashed|ruined) (the|your|a|an|it|this|that|them|our|track)',
    ],
    reason: 'admits a failure on our side',
    apology: "I'm sorry we let you down.",
  },
  {
    id: 'fault-of-ours',
    kind: 'admission',
    patterns: [
      '(fault|faults|error|errors|glitch|glitches|bug|bugs|problem|problems|issue|issues|outage|outages|mistake|mix-up|failure|breakdown) (on|at|in|with|from) (one of)? our',
      '(fault|error|glitch|bug|problem|issue|mistake|mix-up) on|at our|my (end|side|part)',
      '(the|this|an|a) outage',
      'outage (was|has|on|in|at|affected|caused)',
      `(was|were|been|got) <filler>? <pp> *? *? *? (in error|by mistake|by accident|incorrectly|wrongly|mistakenly|erroneously|without (an|a|any|the|your|warning|notice|telling|checking|asking|inspection|permission|consent|authorisation|authorization))`,
      '(was|were|been|got) <filler>? <pp> because (our|we|of our|of an error|of a fault|of a glitch|of a bug|of a mistake|of a problem|of a system)',
      '(should not|should never) have (happened|left|been|gone|charged|sent|closed|cancelled|canceled|done|let|told|said|shipped|dispatched|taken|applied|added|billed)',
      'should have (been|arrived|reached) (cancelled|canceled|sent|processed|closed|applied|refunded|marked|updated|delivered|dispatched|shipped|done|fixed|removed|stopped|flagged|caught|told|included|added|credited|with you|yesterday|last|on|by)',
      'not the (standard|room|service|level|quality|car|seat|seats|table|product|item|colour|color|size|cabin|view|experience) (that)? you (booked|paid|ordered|expected|chose|reserved|asked|should)',
      'instead of (the|a|an|your)? *? *? *? (you|on your|in your|that you) (ordered|booked|asked|chose|selected|requested|paid|wanted|order|booking|basket)',
      `<agent> <have>? (${orgVerbs}|used|supplied|gave) *? *? *? *? *? *? instead of`,
      `(the|a|an) (wrong|incorrect) (${wrongThings})`,
      `(the|a|an) (wrong|incorrect) * (${wrongThings})`,
      '(something|it|things|that|this) went wrong (on|at|with|in) our',
      'what went wrong on|at our',
      '(there was|there has been|we had|we have had) (a|an) (mix-up|mistake|error|glitch|mixup|bug|fault|problem) (with|on|in)',
    ],
    reason: 'admits a mistake',
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
      '(planned|scheduled|routine) (outage|outages|maintenance)',
      '(raised|reported|logged|opened|lodged) (a|the) (fault|ticket|problem|issue)',
      'you <filler>? (entered|typed|selected|chose|chosen|ordered|picked|booked|used|gave|provided|submitted|put|clicked|tapped|bought|supplied|added|uploaded|wrote|spelled|spelt|input|registered|paid|sent|have) (us|me)? (the|a|an|your) (wrong|incorrect)',
      'you <filler>? (entered|typed|selected|chose|chosen|ordered|picked|booked|used|gave|provided|submitted|put|clicked|tapped|bought|supplied|added|uploaded|wrote|spelled|spelt|input|registered|paid|sent) * (the|a|an|your) (wrong|incorrect)',
      'you should (not|never)? have (done|opened|used|sent|bought|ordered|paid|tried|clicked|entered|chosen|selected|thrown|put|left|washed|dropped|read|checked|contacted|called|kept)',
      'our (fault|error|mistake) (finder|code|codes|message|messages|log|logs|page|reporting|reports|rate)',
      '(the|our) (system|app|website|site|team) (failed|declined|rejected|blocked|locked|suspended|closed) (your|the) (payment|card|transaction|login|attempt|sign-in)',
      '(no|any) (fault|faults|error|errors|problem|problems|issue|issues) (on|at|in|with) our',
      'as (requested|you asked|agreed|instructed|discussed)',
      'at your request',
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
