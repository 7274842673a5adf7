import type { PhraseEntry, PhraseSet } from '../kit/matcher.js';

/**
 * `admission`: the reply says the organisation got something wrong.
 * `not-admission`: looks like one but is not (the customer's own entry, a reassurance);
 * it silences any admission it overlaps.
 * `actor` and `failure`: someone acting for the organisation ("our driver", "we", "the
 * booking system") and, a few words later in the same clause, a failure ("missed",
 * "cancelled your transfer", "didn't load"); paired, they are an admission.
 * `customer-side`: the sentence puts the cause with the customer or their bank ("cancelled
 * from your bank's side"); it silences admissions in the same sentence.
 * `requested`: the sentence says the customer asked for it ("as you asked"); it silences
 * `wanted` admissions (changes, not failures) in the same sentence.
 */
export interface MistakeEntry extends PhraseEntry {
  readonly kind: 'admission' | 'not-admission' | 'actor' | 'failure' | 'customer-side' | 'requested';
  /** What the phrase admits, for the message ("admits a mistake"). */
  readonly reason: string;
  /** The apology to add after the sentence that admits it. */
  readonly apology?: string;
  /**
   * A change that is no mistake when the customer asked for it ("moved to the 21st instead
   * of the 12th, as you asked"): a `requested` phrase in the same sentence silences it.
   */
  readonly wanted?: boolean;
}

/** Things the organisation does for the customer; done wrongly, they are its mistake. */
const orgVerbs =
  'sent|shipped|posted|packed|dispatched|delivered|charged|billed|quoted|told|gave|given|booked|processed|applied|issued|emailed|printed|fitted|installed|added|cancelled|canceled|closed|suspended|deleted|removed|refunded|returned|credited|debited|set|updated|changed|entered|put|labelled|labeled|addressed|assigned|allocated|activated|deactivated|blocked|locked|renewed|upgraded|downgraded|scheduled|rescheduled|moved|transferred|paid|made|picked|used|listed|priced|advertised|ordered|filed|logged|recorded|marked|flagged|calculated|attached|linked|cut|disconnected|switched|turned|shut|taken|collected|deducted|declined|rejected|refused|denied|stopped|paused|frozen|held|withheld|invoiced|rated|assessed|graded|reported|sent out';

/** Customer-side entries: "the postcode was entered incorrectly" is not the organisation's mistake. */
const customerEntryVerbs = 'entered|typed|selected|chosen|ordered|given|provided|submitted|spelled|spelt|filled|ticked|clicked';

/** Failures in delivery and handling. */
const mishaps =
  'lost|damaged|misplaced|mislaid|misrouted|misdelivered|missent|mis-sent|mislabelled|mislabeled|overlooked|mishandled|misdirected|misfiled|missed|forgotten|delayed|held up|missing|overcharged|double-charged|overbooked|double-booked|unavailable|stuck|disappeared|vanished|left behind|left outside|left unattended|left in the rain|left on the doorstep';

/** Things the organisation should have done and did not. */
const undoneVerbs =
  'sent|processed|delivered|dispatched|shipped|applied|actioned|updated|passed|logged|refunded|cancelled|canceled|booked|arranged|raised|escalated|recorded|added|issued|posted|credited|completed|fixed|resolved|followed|returned|removed|reinstated|triggered|handed|activated|closed|marked|recorded|passed on|picked up|collected|fitted|installed|loaded|checked|cleaned|prepared|serviced|repaired|replaced|placed|submitted|created|honoured|honored|met|kept|answered|returned|told|informed|notified|warned|contacted|called|updated|scanned|forwarded|filed|saved|allocated|assigned|loaded|packed|put|acknowledged';

/** People and things that act for the organisation ("the engineer", "your trainer", "the booking system"). */
const staff =
  'engineer|engineers|technician|technicians|installer|installers|driver|drivers|courier|couriers|trainer|instructor|fitter|fitters|florist|decorator|team|crew|staff|agent|advisor|adviser|assessor|surveyor|reader|readers|chef|kitchen|consultant|stylist|therapist|receptionist|manager|rep|representative|colleague|cleaner|cleaners|plumber|electrician|builder|builders|contractor|contractors|warehouse|depot|store|shop|branch|system|systems|app|website|site|machine|charger|terminal|update|release|software|checkout|portal|platform|algorithm|bot|printer|scanner';

/** Plain failures, whoever the organisation's actor is. */
const failures =
  'missed|lost|damaged|broke|overbooked|double-booked|overcharged|double-charged|overbilled|forgot|misread|misplaced|mislaid|mislabelled|mislabeled|misrouted|misdelivered|misquoted|misunderstood|scratched|dented|smashed|cracked|ruined|crashed|failed|neglected|omitted|overlooked|misdelivered|misdirected|mixed|glitched|malfunctioned|went down|oversold';

/** Actions that are a failure when the organisation's system or staff did them unasked ("our system cancelled your transfer"). */
const unasked =
  'cancelled|canceled|locked|reset|deleted|wiped|suspended|blocked|closed|logged|removed|declined|rejected|skipped|dropped|charged|billed|debited|ignored';

/** Verbs the organisation "didn't" do: each is a failure to do its job. */
const notDone =
  'send|process|update|reply|respond|call|ship|dispatch|refund|apply|pass|log|action|follow|record|include|add|attach|issue|book|arrange|notify|inform|tell|let|cancel|post|meet|keep|hold|warn|register|credit|escalate|raise|fix|check|save|honour|honor|mark|load|show|catch|spot|flag|contact|deliver|collect|fit|install|turn|pick|pack|label|activate|remove|close|stop|trigger|register|print|load|submit|order|renew|transfer|upgrade|confirm|bring|supply';

/** Things that can be "the wrong" one. */
const wrongThings =
  'item|items|size|colour|color|part|parts|date|dates|time|times|address|postcode|zip|length|width|order|product|products|model|version|price|amount|room|seat|seats|booking|details|information|info|form|label|labels|parcel|one|ones|sheet|account|card|name|number|code|link|invoice|bill|charge|tariff|rate|plan|day|ticket|tickets|flight|bag|bags|batteries|boots|shoes|book|books|meter|reading|figure|total|quantity|variant|style|fabric|finish|key|keys|software|file|files|document|documents|instructions|advice|paperwork|box|case|package|dress|jacket|flowers|battery|screen|cable|charger|adapter|device|phone|unit|units|measurements|spec|specification|slot|appointment|postage|delivery|service|fee|fees|discount|price|prices|spelling|house|flat|door|building|street|town|branch|person|customer|patient|thing|things|way|figures|advice';

/**
 * What staff and systems do in the course of the job, in the simple past: done to the
 * wrong thing, or instead of what was asked, it is a mistake ("our fitter measured from the
 * wrong end", "our system took the deposit in USD instead of GBP"). Corrections
 * ("updated", "replaced", "refunded") are left out: "we replaced the wrong part" fixes it.
 */
const actingVerbs =
  'sent|shipped|posted|packed|dispatched|delivered|charged|billed|quoted|took|gave|booked|processed|applied|issued|emailed|printed|fitted|installed|added|set|entered|put|labelled|labeled|addressed|assigned|allocated|activated|scheduled|moved|transferred|paid|made|picked|selected|chose|used|listed|priced|ordered|filed|logged|recorded|marked|calculated|attached|linked|cut|measured|switched|raised|registered|loaded|keyed|typed|scanned|read|built|drilled|painted|wrote|programmed|configured|connected|wired|credited|debited|allocated|sent out|set up|drove|went';

/** Acting verbs less the decisions ("chose", "used", "switched"): "we switched to card instead of plastic" is a choice. */
const handlingVerbs = actingVerbs
  .split('|')
  .filter((verb) => !['chose', 'selected', 'used', 'made', 'switched', 'scheduled', 'set up'].includes(verb))
  .join('|');

/** What can be filed against the wrong person: "attached to another patient's slot". */
const someoneElses =
  'patient|patients|customer|customers|client|clients|member|members|person|guest|guests|user|users|account|accounts|booking|bookings|order|orders|address|household|property|policy|card|name|record|records|file|slot|reservation|flight|room|passenger|student|tenant|driver|vehicle|car|job|case|claim|parcel|delivery|invoice';

/** What gets filed against someone else by mistake; not "booked" or "paid", which customers do themselves. */
const misfiled =
  'attached|assigned|allocated|applied|sent|credited|posted|matched|added|delivered|charged|billed|saved|filed|recorded|logged|put|refunded|issued';

/** Out-of-date things the organisation gave out: "quoted you last year's price". */
const staleThings =
  'price|prices|rate|rates|fee|fees|tariff|figure|figures|amount|quote|address|details|information|info|terms|timetable|schedule|version|form|link|code|menu';

/** People the organisation needed enough of: "short by two cabin staff". */
const workforce =
  'staff|crew|drivers|driver|engineers|engineer|people|hands|technicians|cover|pilots|nurses|doctors|cleaners|pickers|packers|agents|advisers|advisors|instructors|trainers|team';

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
      `<agent> <have>? (${orgVerbs}) (you|it|them|your order|your parcel|your booking)? (the|a|an|your|some) wrong|incorrect`,
      `<agent> <have>? (${orgVerbs}) * to the|a|an|your wrong|incorrect|old`,
      `<agent> <have>? (${orgVerbs}) * * to the|a|an|your wrong|incorrect|old`,
      `<agent> <have>? (${orgVerbs}) (you|it|them)? wrong|incorrect|outdated|inaccurate|misleading information|info|details|advice|instructions|dates|prices`,
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
      '<be> <filler>? (charged|billed|debited|taken|collected|processed|deducted|applied|sent|issued) (twice|double|two times|more than once|too much|the wrong amount)',
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
      `<be> <filler>? (${orgVerbs}) (in error|by mistake|by accident|incorrectly|wrongly|mistakenly|erroneously)`,
      `<be> <filler>? (mistakenly|wrongly|incorrectly|accidentally|inadvertently|erroneously) (${orgVerbs})`,
      `<agent> <have>? <filler>? (mistakenly|wrongly|incorrectly|accidentally|inadvertently|erroneously) (${orgVerbs})`,
      `<agent> <have>? (${orgVerbs}) (in error|by mistake|by accident|incorrectly|wrongly|mistakenly|erroneously)`,
      `<agent> <have>? (${orgVerbs}) * (in error|by mistake|by accident|incorrectly|wrongly|mistakenly|erroneously)`,
      `<agent> <have>? (${orgVerbs}) * * (in error|by mistake|by accident|incorrectly|wrongly|mistakenly|erroneously)`,
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
      '<agent> (did not|never) send|process|update|reply|respond|call|ship|dispatch|refund|apply|pass|log|action|follow|record|include|add|attach|issue|book|arrange|notify|inform|tell|let|cancel|post|meet|keep|hold|warn|register|credit|escalate|raise|fix|check|save|honour|honor',
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
      `(was|were|been|had been|has been|have been) <filler>? not (${undoneVerbs})`,
      `(has|have|had) not been (${undoneVerbs}) (when|after|before|as|even|despite|although|though)`,
      `(was|were|been|has|have|had) never (been)? (${undoneVerbs})`,
      '(arrived|came|turned up|got to you|reached you) (damaged|broken|faulty|smashed|cracked|dented|torn|incomplete|late|wet|defective|opened|crushed|leaking)',
      '(arrived|came|turned up|was delivered|got to you) (so|very|really|much|far)? late',
      '(arrived|came|turned up|was delivered) <num> (day|days|week|weeks|hours) late',
      '(slow|late|delayed) (reply|response|delivery|refund|dispatch|answer)',
      '(did not|never) (arrive|turn up|show up|get to you|reach you)',
      // Late by a stated time: "went out four days late", "a day later than it should have been".
      '(went out|was sent|were sent|was shipped|were shipped|was dispatched|were dispatched|was posted|were posted|was processed|was issued|was refunded|was collected|left us|shipped|dispatched) (a|an|<num>) (minute|minutes|hour|hours|day|days|week|weeks|month|months) late',
      '(later|longer|slower) than (it|they|we|this|that|he|she) should (have)?',
      // Lost or damaged in our hands: "scanned into our depot, then lost during sorting".
      'then (got)? (lost|damaged|misplaced|mislaid|misrouted|mishandled|misdelivered|dropped|broken|left behind)',
    ],
    reason: 'admits that something went wrong',
    apology: sorry,
  },
  {
    id: 'instead-of',
    kind: 'admission',
    patterns: [
      `<agent> <have>? (${orgVerbs}|used|supplied|gave) *? *? *? *? *? *? instead of`,
      'instead of (the|a|an|your)? *? *? *? *? *? *? (you|on your|in your|that you|which you) (had|have)? (ordered|booked|asked|chose|chosen|selected|requested|paid|wanted|picked|order|booking|basket)',
    ],
    reason: 'admits a mistake',
    apology: "I'm sorry for the mix-up.",
    wanted: true,
  },
  {
    id: 'mix-up',
    kind: 'admission',
    patterns: [
      // A mix-up of data: "the figures were swapped when your order was entered".
      '(figures|digits|numbers|labels|names|sizes|measurements|addresses|details|records|letters) (were|got|had been|have been|had got) <filler>? (swapped|transposed|mixed up|muddled|muddled up|switched|crossed|reversed)',
      '<be> <filler>? transposed',
      // Filed against someone else: "your details were attached to another patient's slot".
      `(${misfiled}) (to|on|onto|into|against|under|with|in) (another|a different) (${someoneElses})`,
      `(${misfiled}) (to|on|onto|into|against|under|with|in) (someone|somebody) else`,
    ],
    reason: 'admits a mix-up',
    apology: "I'm sorry for the mix-up.",
    wanted: true,
  },
  {
    id: 'our-side',
    kind: 'admission',
    patterns: [
      '<agent> <have>? (still)? (lost track|double-booked|overbooked|overcharged|double-charged|misread|misunderstood|misquoted|mislabelled|mislabeled|misrouted|overlooked)',
      '<agent> (<have>|<be>)? (missed|lost|damaged|broke|broken|scratched|dented|smashed|ruined|overlooked) (the|your|a|an|it|this|that|them|our|track)',
      '(no one|nobody|noone) (from|at|in|on)? (our|the)? (team|side|end|office|store|here)? (called|rang|contacted|replied|responded|came|turned up|showed up|got back|followed up|updated)',
      // Not enough people on the job: "we were short-staffed", "the roster was short by two cabin staff".
      'short-staffed|understaffed|under-staffed|short-handed|shorthanded',
      `(was|were|been|are|is|running|ran) short (of|by) *? *? (${workforce})`,
      `<agent> (did not|never) have enough (${workforce}|stock|capacity|space|room|seats|places)`,
      // Fell short of what they should have done: "should have been able to tell you more than they did".
      'should have (been able to|<pp>) *? *? *? *? *? (more|better|sooner|earlier|faster) *? than (they|he|she|we|i|it) (did|was|were|had)',
    ],
    reason: 'admits a failure on our side',
    apology: "I'm sorry we let you down.",
  },
  {
    id: 'wrong-thing-named',
    kind: 'admission',
    patterns: [`(the|a|an) (wrong|incorrect) (${wrongThings})`, `(the|a|an) (wrong|incorrect) * (${wrongThings})`],
    reason: 'admits that the wrong thing went out',
    apology: "I'm sorry for the mix-up.",
  },
  {
    id: 'fault-of-ours',
    kind: 'admission',
    patterns: [
      '(fault|faults|error|errors|glitch|glitches|bug|bugs|problem|problems|issue|issues|outage|outages|mistake|mix-up|failure|breakdown) (on|at|in|with|from) (one of)? our',
      '(fault|error|glitch|bug|problem|issue|mistake|mix-up) on|at our|my (end|side|part)',
      '(the|this|an|a) outage',
      'outage (was|has|on|in|at|affected|caused)',
      `(was|were|been|got) <filler>? <pp> *? *? *? (in error|by mistake|by accident|incorrectly|wrongly|mistakenly|erroneously|without (an|a|any|warning|notice|telling|checking|asking|inspection|permission|consent|authorisation|authorization|your permission|your consent|your agreement|your authorisation))`,
      '(was|were|been|got) <filler>? <pp> because (our|we|of our|of an error|of a fault|of a glitch|of a bug|of a mistake|of a problem|of a system)',
      '(should not|should never) have (<pp>|been|happened)',
      'should have (been|arrived|reached) (cancelled|canceled|sent|processed|closed|applied|refunded|marked|updated|delivered|dispatched|shipped|done|fixed|removed|stopped|flagged|caught|told|included|added|credited|with you|yesterday|last|on|by)',
      'not the (standard|room|service|level|quality|car|seat|seats|table|product|item|colour|color|size|cabin|view|experience) (that)? (you|we) (booked|paid|ordered|expected|chose|reserved|asked|should|deserve|expect|want|aim)',
      '(something|it|things|that|this) went wrong (on|at|with|in) our',
      'what went wrong on|at our',
      '(there was|there has been|we had|we have had) (a|an) (mix-up|mistake|error|glitch|mixup|bug|fault|problem) (with|on|in)',
      '(a|an|the) (technical|system|software|it|billing|booking|website|payment|server|network|systems) (issue|problem|glitch|error|fault|bug|outage|failure)',
      '(website|site|app|system|systems|service|network|line|server|servers|portal|checkout|platform) (was|were|has been|have been|went|had been) (down|offline|unavailable|not working)',
      'longer than (it|they|we|this|that) should',
      '(was|were|arrived|came|turned up|got to you|was delivered) (faulty|defective|broken|damaged|incomplete|late)',
      '(ran|running|turned up|arrived|showed up) <filler>? late',
      '(got|went|gone|has gone|have gone) (lost|missing|stuck|astray|wrong|mixed up|missed|delayed|damaged|broken)',
      '(slipped|fell|fallen|falling) through the (cracks|net)',
      '(never|did not) (go out|went out|come through|came through|get sent|got sent|go through|went through|get through|got through)',
      `(but|yet) (not|never) (${undoneVerbs})`,
      '(went|was sent|got sent|was paid|was refunded|was posted|was delivered|were sent|were delivered) to (an|the|your)? (old|wrong|previous|expired|closed|incorrect|former)',
      '(code|link|app|website|site|voucher|button|system|form|checkout|page|portal|reader|machine|charger|update|feature|discount|promotion|offer) (did not|was not|were not|never) (work|working|load|apply|go through|register)',
      'stopped working',
      '(there is|there was|there has been|there have been|there were) (a|an|some)? (delay|delays|problem|problems|issue|issues|error|errors|mix-up|mixup|mistake|glitch|fault|faults|hold-up|backlog) (with|on|in|at|affecting|when|while|processing|and)',
      '<agent> (<be>|have been) (running)? (behind|late|slow)',
      `for *? *? *? *? *? *? *? (that|which)? you (did not|never|had not|have not) (have|order|use|receive|book|attend|request|make|buy|take|get|ask|want|agree)`,
      'for *? *? *? *? (that|which)? you (had|have)? (already)? (cancelled|canceled|returned|paid for|sent back)',
      '(has|have|had) been (crashing|failing|freezing|glitching|down|broken|faulty|not working|playing up|unavailable|offline)',
      '(even though|despite|although) (we|you|it|the|your|they) (had|have)? (received|asked|cancelled|canceled|told|paid|returned|sent|confirmed|booked|requested|called|emailed)',
      '(was|were|had been|has been|have been) (wrong|incorrect|inaccurate|out of date|outdated|misleading|not correct|not right|not accurate)',
      'when (it|they|this|that) (was not|were not|had not|did not)',
      '(that|which|but it|and it|but this|but that) never (happened|came|arrived|materialised|materialized|showed|turned up|went out|got sent)',
      '(took|taken) (us|me) *? *? (weeks|days|months|week|month|ages|long|hours) to',
      'sat (in|on) (our|the) (queue|inbox|system|desk|pile|shelf)',
      '(had|contained|showed|included|has) (a|an) (error|mistake|typo|wrong|incorrect)',
      '(has|had|contains|contained|introduced|caused) (a|an) (bug|glitch)',
      // Something of ours put right implies it was wrong: "the class limit has now been fixed".
      '(the|our) *? (limit|cap|setting|settings|bug|glitch|error|errors|typo|listing|link|page|template|record|records|configuration|config|pricing|label|description) (has|have) <filler>? been (fixed|corrected)',
      '<agent> (sent|shipped|dispatched|posted|delivered|processed|replied|responded|refunded|answered) *? *? *? (late|too late)',
      '<agent> still (have|has) not',
      `(still|yet) (has|have|had) not been (${undoneVerbs})`,
      `(has|have|had) still not been (${undoneVerbs})`,
      '(was|were) a no-show',
      'you (have not|had not|never) heard (back)? from (us|me|anyone|our team|the team)',
      'you (have|had) (had)? to (chase|call|contact|ring|email|write|wait|come back|ask|remind|follow up)',
      'you have been (waiting|left waiting|kept waiting|chasing)',
      '(that|this|it) (is|was) (not good enough|unacceptable|not acceptable|not ok|not okay|not right)',
      'you were (told|promised|assured|advised|informed) *? *? *? *? *? *? (and|but) (it|they|this|that|we|nobody|no one) (did not|was not|were not|never|has not|have not)',
    ],
    reason: 'admits a mistake',
    apology: sorry,
  },
];

/** Who acts for the organisation, as the subject of a failure. */
export const actors: readonly MistakeEntry[] = [
  {
    id: 'agent',
    kind: 'actor',
    patterns: ['<agent>'],
    reason: '',
  },
  {
    id: 'ours',
    kind: 'actor',
    patterns: ['our', `(the|your|a|an|my) (${staff})`, `(the|your|a|an|my) * (${staff})`, `(the|your|a|an|my) * * (${staff})`],
    reason: '',
  },
];

/** What actors do wrong. `unasked` verbs count only for the organisation's staff and systems, not "we"/"I". */
export const failuresDone: readonly MistakeEntry[] = [
  {
    id: 'failure',
    kind: 'failure',
    patterns: [
      `(${failures})`,
      `(did not|never) (${notDone})`,
      '(gave|given|sent|told|quoted|promised|showed|shown|emailed|provided|issued|supplied) (you)? (the|a|an|some)? (wrong|incorrect|outdated|inaccurate|misleading|false|bad)',
      '(did not|never) get back',
      '(did not|never) (turn|show) up',
      'let (you|us) down',
      'kept (trying|going|sending|charging|calling)',
    ],
    reason: 'admits a failure on our side',
    apology: "I'm sorry we let you down.",
  },
  {
    id: 'stale',
    kind: 'failure',
    patterns: [
      `(quoted|gave|given|told|showed|shown|sent|advertised|listed|printed) (you)? (last year 's|last years|the old|an old|the previous|an outdated|the outdated|an out-of-date|the out-of-date|an expired|the expired|the former) (${staleThings})`,
    ],
    reason: 'admits a failure on our side',
    apology: "I'm sorry for the mix-up.",
  },
  {
    id: 'wrong-pick',
    kind: 'failure',
    patterns: [`(${actingVerbs}) *? *? *? *? *? (the|a|an) (wrong|incorrect)`],
    reason: 'admits a mistake',
    apology: "I'm sorry for the mix-up.",
  },
  {
    id: 'instead',
    kind: 'failure',
    patterns: [`(${handlingVerbs}) *? *? *? *? *? *? *? *? *? *? instead of`],
    reason: 'admits a mistake',
    apology: "I'm sorry for the mix-up.",
    wanted: true,
  },
  {
    id: 'unasked',
    kind: 'failure',
    patterns: [`(${unasked})`],
    reason: 'admits a failure on our side',
    apology: "I'm sorry we let you down.",
  },
];

/** The cause is on the customer's side, or their bank's. */
export const customerSide: readonly MistakeEntry[] = [
  {
    id: 'customer-side',
    kind: 'customer-side',
    patterns: [
      "(from|on|at) your (bank|bank's|side|end|card issuer|provider|provider's)",
      'your (bank|card issuer) (cancelled|canceled|declined|blocked|stopped|rejected|returned|reversed)',
    ],
    reason: '',
  },
];

/** Phrases that look like an admission but are not one. */
export const notAdmissions: readonly MistakeEntry[] = [
  {
    id: 'customer-entry',
    kind: 'not-admission',
    patterns: [
      `<be> (${customerEntryVerbs}) (in)? (in error|by mistake|by accident|incorrectly|wrongly|mistakenly)`,
      `the|a|an wrong|incorrect * <be> (${customerEntryVerbs})`,
      `the|a|an wrong|incorrect * * <be> (${customerEntryVerbs})`,
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
      '(error|errors) (message|messages|code|codes|page|screen|log|logs|you|that you|which)',
      'your (payment|card|transfer|bank|direct debit|cheque|application|code) (did not|was not|were not|never|has not|had not) (go through|work|clear|arrive|come through|get through|succeed)',
      '(planned|scheduled|routine) (outage|outages|maintenance)',
      '(raised|reported|logged|opened|lodged) (a|the) (fault|ticket|problem|issue)',
      'you <filler>? (entered|typed|selected|chose|chosen|ordered|picked|booked|used|gave|provided|submitted|put|clicked|tapped|bought|supplied|added|uploaded|wrote|spelled|spelt|input|registered|paid|sent|have) (us|me)? (the|a|an|your) (wrong|incorrect)',
      'you <filler>? (entered|typed|selected|chose|chosen|ordered|picked|booked|used|gave|provided|submitted|put|clicked|tapped|bought|supplied|added|uploaded|wrote|spelled|spelt|input|registered|paid|sent) * (the|a|an|your) (wrong|incorrect)',
      'you should (not|never)? have',
      'our (fault|error|mistake) (finder|code|codes|message|messages|log|logs|page|reporting|reports|rate)',
      '(the|our) (system|app|website|site|team) (failed|declined|rejected|blocked|locked|suspended|closed) (your|the) (payment|card|transaction|login|attempt|sign-in)',
      '(no|any) (fault|faults|error|errors|problem|problems|issue|issues) (on|at|in|with) our',
      'as (requested|you asked|agreed|instructed|discussed)',
      'you (entered|gave|typed|provided|supplied|selected|chose|sent|put|used|ordered|booked) (us|me)? *? *? *? (was|were) (wrong|incorrect|out of date|outdated)',
      'you (were|are) (wrong|incorrect|mistaken)',
      'at your request',
      // "…in your safe place instead of at the door, as you asked."
      'instead of *? *? *? *? *? as (requested|you asked|you requested|you wanted|you preferred|agreed|discussed)',
      '(not|never) (short-staffed|understaffed|under-staffed|short-handed|shorthanded|short of staff)',
      '(bug|glitch) (tracker|trackers|report|reports|reporting|bounty|fix|fixes|list|board|form|portal|hunt|hunting)',
      // "The price has been fixed for 12 months": settled, not repaired.
      'been fixed (at|until|till)',
      'been fixed for (<num>|a|another|the next|the rest|the length|the term|the duration|the life)',
    ],
    reason: 'not an admission',
  },
];

/** The customer asked for the change. */
export const requested: readonly MistakeEntry[] = [
  {
    id: 'requested',
    kind: 'requested',
    patterns: [
      '(as|like) (requested|instructed|you (asked|requested|wanted|preferred|instructed))',
      'you asked (us|me) to',
      '(at|on|following) your request',
      'because you asked',
    ],
    reason: '',
  },
];

export const mistakePhrases: PhraseSet<MistakeEntry> = {
  name: 'apologize-for-mistakes',
  entries: [...admissions, ...notAdmissions, ...actors, ...failuresDone, ...customerSide, ...requested],
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
