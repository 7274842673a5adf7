import type { PhraseEntry, PhraseSet } from '../kit/matcher.js';

/**
 * `refusal`: a way of saying no that ends the conversation.
 * `exception`: a phrase that looks like a refusal but is not one (an idiom, a finding, a
 * kindness); it silences any refusal it overlaps.
 */
export interface FlatNoEntry extends PhraseEntry {
  readonly kind: 'refusal' | 'exception';
  /** Why the phrase hurts (refusals) or why it is fine (exceptions). */
  readonly reason: string;
  /** What to write instead (refusals). */
  readonly suggestion?: string;
}

const restrictedVerbs =
  'return|exchange|cancel|change|use|get|claim|request|transfer|apply|book|upgrade|downgrade|modify|amend|order|add|reuse|combine|redeem|refund|keep|extend|swap|switch|rebook|receive|have|buy|purchase|pay|split|send|ship|collect|pick|bring|reserve|reactivate|reopen|access|expect';

const agentOfferVerbs =
  'return|collect|bill|invoice|visit|attend|dispose|increase|lower|reduce|offer|provide|accept|allow|permit|support|sell|stock|carry|ship|deliver|do|give|issue|refund|exchange|cover|honour|honor|guarantee|process|take|handle|make|repair|replace|service|match|reimburse|compensate|authorise|authorize|approve|extend|waive|reverse|grant|arrange|change|cancel|book|reserve|post|send|reinstate|transfer|release|remove';

const restrictedParticiples =
  'returned|refunded|exchanged|cancelled|canceled|changed|modified|amended|processed|reversed|accepted|issued|granted|extended|waived|honoured|honored|reinstated|transferred|upgraded|downgraded|done|made|offered|guaranteed|applied|removed|reopened|restored|rescheduled|moved|combined|used|redeemed|shipped|delivered|sent|approved|authorised|authorized|reimbursed|compensated|replaced|repaired|covered|credited|allowed|permitted|split|altered|edited|deleted|undone|recovered|reissued|released|booked|reserved|arranged';

const offerNouns =
  'refund|refunds|return|returns|exchange|exchanges|replacement|replacements|compensation|credit|credits|discount|discounts|cancellation|cancellations|upgrade|upgrades|option|options|this|that|it|reimbursement|voucher|vouchers|repair|repairs|rebooking|transfer|transfers|extension|extensions|exception|exceptions';

const refusalSuggestion =
  'Lead with what you can do ("Here\'s what I can do…"), and keep any limit in the same sentence as the alternative.';

/** Past participles after "can't be" that are good news or a finding, not a refusal. */
const notRefusedWhenCannotBe =
  'seen|reached|beaten|happier|stressed|overstated|blamed|faulted|missed|found|located|traced|matched|identified|reproduced|verified|confirmed|charged|billed|held';

/** Past participles after "will not be" that are good news ("you won't be charged"). */
const goodNewsWhenWillNotBe =
  'charged|billed|affected|needed|required|lost|deleted|shared|sold|penalised|penalized|disappointed|disconnected|suspended|cut|interrupted|closed|cancelled|canceled|used|published|stored|kept|contacted|asked|expected|left|forgotten|ignored|sent|bothered|out|disturbed|delayed|impacted|billed|removed|passed|made|treated|judged';

const refusedParticiples =
  'reduced|lowered|discounted|prorated|excluded|accepted|supported|permitted|allowed|covered|offered|performed|provided|processed|refunded|returned|exchanged|honoured|honored|issued|granted|guaranteed|reimbursed|compensated|sold|stocked|serviced|repaired|replaced|fitted|installed|lifted|waived|reinstated|restored|unbanned|unlocked|reactivated|reopened|reconsidered|overturned|reversed|backdated|paid|approved|authorised|authorized|done|given|transferred|extended|changed|amended|modified|combined|redeemed|shipped|delivered|posted|booked|reserved|arranged|entertained|considered|tolerated|recognised|recognized|acknowledged|upheld|carried|cancelled|canceled|applied|credited|rebooked|rescheduled|refundable|returnable';

const notRefusingVerbs =
  'know|see|think|need|require|charge|bill|want|expect|mind|blame|believe|understand|recognise|recognize|remember|hold|keep|store|share|judge|ask|anticipate|foresee|like|wish|doubt|mean|hear|notice|find|worry|agree|disagree|track|log|record|monitor|retain|spam|sell|think|feel|appear|seem|look|sound|stop|forget|close|lose|penalise|penalize|recommend|advise|suggest|tell|say|send';

const notRestrictingVerbs =
  'log|login|sign|access|see|find|open|connect|hear|load|reach|download|upload|print|view|remember|locate|spot|tell|believe|imagine|wait|miss|go|beat|lose|be|help|sleep|work|thank|stress|fault|blame|seem|figure|understand';

export const refusals: readonly FlatNoEntry[] = [
  {
    id: 'agent-cannot',
    kind: 'refusal',
    patterns: [
      '<agent> can not',
      '<agent> will|would|shall not be able to',
      '<agent> <be> not able to',
      '<agent> <be> unable to',
      '<agent> will|would be unable to',
      '<agent> <be> not going to be able to',
      '<agent> <be> not in a position to',
      '<agent> am|are not allowed|permitted|authorised|authorized to',
      '<agent> do not have the ability|authority|option|power|means|facility|capability|permission to|of',
      '<agent> have|has no way to|of',
      'not within my|our power|remit|control to',
    ],
    reason: 'is a flat refusal that ends the conversation',
    suggestion: refusalSuggestion,
  },
  {
    id: 'agent-could-not',
    kind: 'refusal',
    patterns: [`<agent> could not ${agentOfferVerbs}|possibly`],
    reason: 'is a flat refusal that ends the conversation',
    suggestion: refusalSuggestion,
  },
  {
    id: 'agent-does-not-offer',
    kind: 'refusal',
    patterns: [
      '<agent> do|does not *',
      `<agent> no longer ${agentOfferVerbs}|offers|provides|accepts|allows|supports|sells|stocks|carries|ships`,
      `<agent> never ${agentOfferVerbs}`,
      `<agent> will|would not ${agentOfferVerbs}`,
      `<agent> <be> not going to ${agentOfferVerbs}`,
      '<agent> <be> not offering|accepting|taking|issuing|providing|allowing|doing|processing|honouring|honoring|approving|refunding|shipping|selling|stocking|supporting|making',
      '<agent> will|would not be <ing>',
      'do|does not offer|provide|accept|allow|permit|support|cover|include|refund|exchange|honour|honor|guarantee|ship|deliver|stock|sell|entertain|consider|extend|apply|tolerate|backdate',
      `can not ${agentOfferVerbs}|reverse|remove|backdate|entertain|consider`,
      '^ nor|neither can|will|do|does|could|would <agent>?',
      '<be> not in a position to',
      `<be> unable to ${agentOfferVerbs}`,
      '<this-that>|matter|case|complaint|decision <be> (now)? closed|final',
      'charge|fine|fee|penalty|pcn|decision|ban|suspension (will|can) not be cancelled|waived|removed|refunded|reversed|lifted|overturned|reduced',
      'no payment|refund|compensation|credit|reimbursement (will be|can be|is) (made|paid|issued|offered|given|due)',
      '<be> out of the question',
      '<agent> <be> not prepared|willing to',
      'there <be> no provision|allowance|facility|mechanism for|to',
      '^ (unfortunately|sadly|sorry|afraid) no .|!',
      'under|in no circumstances',
      'not a thing <agent> *',
      'not what <agent> do|offer|provide',
      '<agent> do not make exceptions',
    ],
    reason: 'tells the customer what you will not do instead of what you can',
    suggestion: refusalSuggestion,
  },
  {
    id: 'you-cannot',
    kind: 'refusal',
    patterns: [
      'you can not *',
      `you will not be able to ${restrictedVerbs}`,
      `you <be> not able to ${restrictedVerbs}`,
      `you <be> unable to ${restrictedVerbs}`,
      'you <be> not allowed|permitted|entitled to',
      'you <be> not eligible|entitled',
      'you <be> ineligible',
      'you do not qualify',
    ],
    reason: 'puts the limit on the customer and stops there',
    suggestion: 'Tell them what they can do ("You can…", "What I can do is…").',
  },
  {
    id: 'cannot-be-done',
    kind: 'refusal',
    patterns: [
      'can not be <pp>',
      'will|would not be <pp>',
      `will|would not be able to ${agentOfferVerbs}|continue|operate`,
      '<agent> do not have (any plans|plans|a plan|any plan) to',
      'there <be> no plans to',
      '<be> not liable for',
      `<be> not able to be ${restrictedParticiples}`,
      `is|are|am not ${refusedParticiples}`,
      '(has been|have been|had been|was|were|is|are) declined|denied|rejected|refused|unsuccessful',
      '(has been|have been|was|were|is|are) turned down',
    ],
    reason: 'states a refusal with nothing offered in its place',
    suggestion: refusalSuggestion,
  },
  {
    id: 'not-possible',
    kind: 'refusal',
    patterns: [
      '<be> not possible',
      '<be> impossible',
      'will|would not be possible',
      'not be possible to|for',
      'there <be> no way to|for|that|of',
      'there is|was no way <agent>',
      '<this-that> <be> not an option',
      '<this-that> <be> not doable|feasible',
      '^ (no|nope|sorry|unfortunately|afraid)? not (possible|doable|an option|allowed)',
      '^ (no|nope|nah|sorry|unfortunately|afraid)? can not *',
      'not something <agent> *',
      'not be in a position to',
      'no refund|refunds|compensation|credit|reimbursement <be> payable|due|available|possible|given|offered|issued',
      'not included (in|on|with) (the|your|this|our)? * plan|tier|package|subscription|licence|license|membership|bundle|contract',
      'not included (in|on|with) (the|your|this|our)? plan|tier|package|subscription|licence|license|membership|bundle|contract',
      '<this-that> <be> not something',
      'no can do',
    ],
    reason: 'closes the door without showing another one',
    suggestion: refusalSuggestion,
  },
  {
    id: 'policy',
    kind: 'refusal',
    patterns: [
      'against <det>? company|store|shop|our policy|policies|rules|terms',
      '<be-now> against <det>? company|store|shop|our|the? policy|policies|rules|terms',
      'policy|policies|rules|terms do|does not allow|permit|cover|let|support',
      'policy|policies <be> not to',
      'policy|policies|rules prohibit|prohibits|forbid|forbids',
      `not ${'covered|allowed|permitted|included'} under|by <det>? policy|terms|warranty|guarantee|plan|contract|subscription`,
      '<be> not covered',
      '<be> not allowed|permitted',
      '<be> strictly prohibited|forbidden',
    ],
    reason: 'hides behind policy instead of helping',
    suggestion: 'Explain what the policy makes possible, and offer the option that exists.',
  },
  {
    id: 'not-eligible',
    kind: 'refusal',
    patterns: [
      '<be> not eligible',
      '<be> ineligible',
      'do|does not qualify',
      '<be> not entitled',
      '<be> non-refundable|nonrefundable|non-returnable|non-exchangeable|non-transferable',
      '<be> not refundable|returnable|exchangeable|transferable',
      '<be> not (available|payable|claimable|offered|permitted|allowed|an option|permissible|allowable|feasible|viable|refundable|transferable|exchangeable)',
      `${offerNouns} <be> no longer available|offered|possible`,
      '^ no refund|refunds|returns|exchanges|cancellations|exceptions|compensation|replacement|credit|discount',
      'make|making no exceptions',
    ],
    reason: 'is a flat refusal that ends the conversation',
    suggestion: refusalSuggestion,
  },
  {
    id: 'decline',
    kind: 'refusal',
    patterns: [
      '<agent> must|have|has|need|needs to? decline|refuse|reject|deny',
      '<agent> will|would|am|are have to decline|refuse|reject|deny',
      '<agent> <be> going to have to decline|refuse|reject|deny',
      '<agent> <be> declining|rejecting|refusing|denying',
      '<agent> decline|refuse',
      'request|claim|application|appeal|refund|return|complaint|dispute|cancellation|exchange|order has|have been declined|denied|rejected|refused|unsuccessful|turned',
      'request|claim|application|appeal|refund|return|complaint|dispute|cancellation|exchange <be> declined|denied|rejected|refused|unsuccessful',
      'request|claim|application|appeal|refund|return|complaint|dispute|cancellation|exchange <be> not approved|accepted|granted|successful',
      'request|claim|application|appeal|refund|return|complaint|dispute|cancellation|exchange will|can not be approved|accepted|granted',
    ],
    reason: 'announces a refusal with nothing offered in its place',
    suggestion: 'Say what happens instead, or what would change the answer.',
  },
  {
    id: 'flat-no',
    kind: 'refusal',
    patterns: [
      '^ no <agent> can|do|will|<be>|could|would|have not',
      '^ no that|this|it <be>|will not',
      '^ no sorry',
      '^ sorry no',
      '^ no i am afraid',
      '^ i am afraid not',
      '^ no|nope|nah .|!',
    ],
    reason: 'opens with a flat "no"',
    suggestion: refusalSuggestion,
  },
];

export const exceptions: readonly FlatNoEntry[] = [
  {
    id: 'idiom-cannot',
    kind: 'exception',
    patterns: [
      'can|could not wait|thank|stress|emphasise|emphasize|overstate|express|imagine|believe|recommend|praise|apologise|apologize|fault',
      'can|could not help but|feeling|thinking|wondering|noticing',
      `can|could not be ${notRefusedWhenCannotBe}`,
      `will|would not be ${goodNewsWhenWillNotBe}`,
      `<agent> do|does not ${notRefusingVerbs}`,
      `you can not ${notRestrictingVerbs}`,
      'you can not get through|in',
      'do|does not make (it|this|that|things)',
      'will not happen|occur again',
      'card|payment|transaction|purchase|bank (has been|have been|was|were|is|got) declined',
      'not something <agent> could have',
      '<agent> do not have (any|a)? record|records|trace|note|notes|evidence|information|details|visibility|sight|knowledge|way of knowing',
      '(can not|could not|unable to|not able to) (promise|guarantee) (that|it|this|when|how|exactly|an exact|the exact|you|we|a|an|the time|the day)',
      '(can not|could not|unable to|not able to) (say for sure|say exactly|confirm exactly|be sure|be certain)',
      'can not say (for certain|for sure|exactly|when|how|whether|yet)',
      '(system|computer|software|app) (does|will|did|do) not (allow|let)',
      'can not get to|round to|through',
      'card|payment|transaction|purchase|bank|payments|transactions|cards (are|has been|have been|was|were|is|got) declined',
      'not something <agent> have (any)? say|control|influence',
      'not something <agent> (decide|decides|control|controls|choose|chooses|set|sets)',
      '^ (please)? do not *',
      'please do not *',
      '<agent> do not make the rules|policy|policies',
      'do|does not make (it|this|that) any',
      '<agent> can|could not read|see|access|view them|your|it|those|these|message|messages',
      'can not say enough',
      'can not tell you how',
      'could not be happier|prouder|more|better|pleased|gladder',
      'could not agree|have',
      'can not go wrong|miss|beat|lose',
      'will not regret',
    ],
    reason: 'an idiom, not a refusal',
  },
  {
    id: 'finding',
    kind: 'exception',
    patterns: [
      '<agent> can|could not see|find|locate|spot|identify|trace|detect|reproduce|replicate|recreate|tell|work|figure|seem|hear|understand',
      '<agent> do|did not see|find|notice|think|know|expect|need|mind|want|anticipate',
      '<agent> <be> not able to see|find|locate|spot|identify|trace|detect|reproduce|replicate|recreate|tell|reach|contact|hear',
      '<agent> <be> unable to see|find|locate|spot|identify|trace|detect|reproduce|replicate|recreate|reach|contact|hear',
      '<agent> can|could not reach|contact',
    ],
    reason: 'reports what you found or could not find, not a refusal',
  },
  {
    id: 'good-news',
    kind: 'exception',
    patterns: [
      '<agent> do|will|would not (charge|bill|need|require|expect|ask|mind|hold|penalise|penalize|judge|blame|let|leave|keep|forget|stop|give up|close|want)',
      '<agent> will|would not be charging|billing|needing|asking|closing|leaving',
      '<agent> <be> not (charging|billing|going anywhere|closing|leaving|giving up)',
      'not be (charged|billed|penalised|penalized|affected|out of pocket)',
      'will not be (a problem|an issue)',
      'not a problem',
      'not at all',
      'can not be happier|more|better',
    ],
    reason: 'good news or reassurance, not a refusal',
  },
];

export const flatNoPhrases: PhraseSet<FlatNoEntry> = {
  name: 'no-flat-no',
  entries: [...refusals, ...exceptions],
};
