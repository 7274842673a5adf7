import type { PhraseEntry, PhraseSet } from '../kit/matcher.js';

/**
 * `step`: the reply says what happens next and who owns it — the agent's next action, a
 * specific outcome the customer can expect, or an invitation to reply.
 * `not-step`: looks like one but is not ("we won't charge you", "I'm writing to let you know").
 * `done`: the reply confirms something finished ("I've cancelled your class", "Fixed.").
 * `thanks`: the reply thanks the customer.
 * `handed-off`: the case goes to someone with no owner or date ("claims are assessed by the
 * claims team"): something is still pending.
 */
export interface NextStepEntry extends PhraseEntry {
  readonly kind: 'step' | 'not-step' | 'done' | 'thanks' | 'handed-off';
  /** What the phrase shows, for the docs and tests. */
  readonly note: string;
}

/** People and things that act for the organisation and can own a next step. */
const owners =
  'engineer|engineers|technician|installer|installers|driver|courier|team|crew|restorer|assessor|surveyor|adjuster|reader|fitter|fitters|agent|advisor|adviser|manager|specialist|colleague|department|warehouse|store|branch|shop|depot|lab|bank|insurer|carrier|system|partner|supplier|manufacturer|office|desk|hub|clinic|surgery|hotel|airline';

/** What will happen for the customer. */
const outcomes =
  'work|arrive|arrives|reach|show|appear|land|ship|follow|contact|call|ring|email|text|message|visit|collect|deliver|send|issue|process|review|assess|update|confirm|sort|fix|replace|refund|credit|repair|install|test|check|book|arrange|pick|drop|come|return|post|dispatch|release|reinstate|restore|reactivate|resume';

/** Days of the week, for scheduled outcomes ("ships on Monday"). */
const weekdays = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';

/** How money and services settle after an action: "drop off", "show", "come back". */
const settles =
  'drop|drops|show|shows|appear|appears|clear|clears|land|lands|arrive|arrives|reach|reaches|come back|comes back|come through|comes through|go through|goes through|reflect|reflects|be back|is back|update|updates|refresh|refreshes|reappear|reappears';

/** What an outcome "will be": "your refund will be back on your card", "the engineer will be with you". */
const outcomeStates =
  'back|with you|delivered|sent|refunded|credited|processed|ready|issued|fixed|restored|live|reviewed|assessed|dispatched|shipped|posted|returned|collected|replaced|repaired|reinstated|reactivated|updated|confirmed|in touch|there|on site|able|contacted|emailed|called|notified|released|back up|up and running|working|available|booked|done|completed|in your account|on your card|on its way|on their way';

export const nextSteps: readonly NextStepEntry[] = [
  {
    id: 'agent-will',
    kind: 'step',
    patterns: [
      '<agent> will|shall <filler>? *',
      '<agent> <be> going|about to',
      '<agent> <be> <filler>? (chasing|checking|looking|sending|arranging|booking|processing|monitoring|keeping|following|passing|escalating|working|investigating|contacting|calling|testing|reviewing|preparing|organising|organizing|sorting|watching|tracking|raising)',
      'let me (check|look|find|see|get|chase|ask|confirm|speak|follow|know|dig|investigate|sort|arrange|take|pass|have)',
      '<agent> would (be happy|be glad) to',
      '<agent> would (like|love) to (offer|arrange|send|call|book|invite|help|refund|replace|make)',
      '<agent> (can|could) (also|then|arrange|send|offer|book|set|change|issue|refund|replace|call|look|check|swap|move|add|help)',
      '<agent> have|has <filler>? (asked|arranged|booked|scheduled|instructed|lined up|set up)',
      '(follow up|follow-up|keep you (posted|updated|informed|in the loop)|be in touch|get back to you|hear from (me|us)|check in)',
    ],
    note: "the agent's next action",
  },
  {
    id: 'outcome',
    kind: 'step',
    patterns: [
      `(the|our|your|a|an) (${owners}) will|should|shall (${outcomes})`,
      `(the|our|your|a|an) * (${owners}) will|should|shall (${outcomes})`,
      `(${owners}) * will|shall (${outcomes})`,
      `<proper> will|shall (${outcomes})`,
      'will|should (be with you|arrive|reach you|be delivered|be back|be there)',
      '(it|this|that|everything|things) will|should (now)? (work|be fine|be ok|be okay|be sorted|be working)',
      `(your|the|a|an) *? *? * will|should be <pp> (by|on|within|in|before|tomorrow|today|tonight|this|next|shortly|soon|over)`,
      '<agent> have <filler>? (moved|rebooked|booked|rescheduled|scheduled|put) *? *? *? (to|for|into|onto|on) (next|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
      '(has been|have been|is|are) (assigned|allocated|scheduled|booked|rebooked|rescheduled|arranged) (to|for|on)',
      '(please)? allow (up to)? * (days|working days|business days|hours|weeks)',
      '(delivery|parcel|order|package|engineer|visit|refund|replacement|appointment) (is|are) due',
      `(it|this|they|that|these|those) will|should (${outcomes}) *? (${outcomeStates}|by|within|in|on|before|tomorrow|today|tonight|shortly|soon|next)`,
      `(it|this|they|that|these|those) will|should be (${outcomeStates})`,
      `(your|the) * will|should (be)? (${outcomeStates}|${outcomes})`,
      `(your|the) * * will|should (be)? (${outcomeStates}|${outcomes})`,
      `(your|the) * * * will|should (be)? (${outcomeStates}|${outcomes})`,
      'you will|should|shall (receive|get|hear|be (contacted|sent|emailed|called|refunded|credited|notified|able))',
      'you will|should|shall (see|have|notice) (it|them|this|that|the *|your *) *? *? (back|in|on|by|within|today|tomorrow|tonight|shortly|soon)',
      'you can expect',
      'expect (to hear|a call|an email|a text|a visit|delivery|it|them|the|your)',
      '(is|are) (now)? (booked|scheduled|confirmed|arranged|lined up|on (its|their) way) (for|on|in|at|to|by|with|tomorrow|today)',
      '(is|are) (now)? on (its|their) way',
      '(the|your) next step|steps',
      'next steps',
      'in the meantime|meanwhile',
      'see you (then|soon|there|on|at|next)',
      'waiting for you',
      // Scheduled in the present tense: "it goes out in tomorrow's post", "your box ships on Monday".
      `(goes|go|ships|ship|leaves|leave|departs|arrives|arrive|lands|land|is dispatched|are dispatched|is posted|are posted|is collected|are collected|is delivered|are delivered) (out)? (in|on|by|from|at)? (tomorrow|today|tonight|${weekdays}|next|this|first thing|the next)`,
      `<be-now> (going out|heading out|leaving|shipping|arriving|being dispatched|being delivered|being posted|being collected) (in|on|by|from|at)? (tomorrow|today|tonight|${weekdays}|next|this|first thing|the next)`,
      `(it|this|that|they|these|those) will|should be <pp> (out)? (by|before|on|within|in|tomorrow|today|tonight|this|next|shortly|soon|over)`,
      // A window for the customer to act in: "the new code is valid until 8pm on Monday".
      '(valid|available) (for you)? (until|till)',
    ],
    note: 'what the customer can expect, and from whom',
  },
  {
    id: 'lands',
    kind: 'step',
    patterns: [
      // When the effect of what was done lands: "holds drop off your balance within 3–5 working days".
      `(${settles}) *? *? *? *? *? (within|in) (a|an|the next)? <num>`,
      `<num> (working|business)? (minutes|hours|days|weeks) to (${settles})`,
    ],
    note: 'when the effect of something done will show; a next step only after the reply reports an action',
  },
  {
    id: 'customer-next',
    kind: 'step',
    patterns: ['(you can|you should be able to|you will be able to) (now)? try (it|that|this|the *|your *|again) (again)?'],
    note: "the customer's own next step, now that it will work",
  },
  {
    id: 'invitation',
    kind: 'step',
    patterns: [
      'let (me|us) know',
      'reply (to this|here|back|with|and)',
      '^ (just|simply)? reply',
      '(just|simply|please|hit|press) reply',
      '(get|be|keep|stay) in touch',
      'reach out',
      'feel free to (contact|reach|get|reply|call|email|ask|message|drop|give|ring|pop|let|write|come back|shout)',
      'do not hesitate',
      '(give|drop|send|shoot|ping) (me|us) a|an (call|line|message|note|shout|email|text|ring|reply)',
      '(contact|call|ring|email|message|phone|text|write to) (me|us|our team|the team)',
      '<agent> (am|are) (always)? (here|around|available|on hand|happy to help|glad to help)',
      '(happy|glad|pleased) to help',
      '<agent> <be> (more than|always)? (happy|glad) to (help|arrange|send|call|talk|look|check|book|go|explain|answer|offer|assist|chat|discuss|sort|change|swap)',
      'any (other|more|further)? questions',
      '(need|want|help (you)? with|can (i|we) (do|help)|else (i|we) can|if there is|there is) anything else',
      '^ anything else',
      'is there anything',
      'ping me',
      'give (me|us) a (shout|call|ring)',
      'shout if',
      'say the word',
      'look|looking forward to (hearing|your reply|your response|speaking|helping)',
      'keen to hear',
      'hear (back)? from you',
      'here (for you|if you need|to help|whenever)',
      'if you (have|run into|hit|get) (any)? (trouble|problems|questions|issues|difficulty|difficulties|queries)',
      '<agent> can (take it|go) from there',
      '(please|kindly) (send|reply|call|ring|contact|confirm|let|email|get)',
    ],
    note: 'an invitation to reply',
  },
];

export const notSteps: readonly NextStepEntry[] = [
  {
    id: 'not-a-step',
    kind: 'not-step',
    patterns: [
      'will|shall (not|never)',
      // "Your flowers didn't arrive on Saturday" is what went wrong, not what happens next.
      '(did not|does not|do not|never) (go|ship|leave|depart|arrive|land) (out)? (in|on|by|from|at)?',
      '<agent> <be> (writing|emailing|contacting|reaching|messaging|replying|responding|getting in touch|sorry|afraid|thinking|hoping|wondering|feeling|struggling|going through)',
      '<agent> will (be honest|admit|say|add|point out|repeat|explain|reiterate)',
      'will (stay|remain|continue|still) (the same|invested|in place|as|unchanged)',
    ],
    note: 'not a next step',
  },
  {
    id: 'not-thanks',
    kind: 'not-step',
    patterns: [
      '<agent> <filler>? (fully|do)? appreciate (your|the|this) (view|views|point|points|concern|concerns|frustration|position|feelings|situation|perspective|difficulty|upset|annoyance|disappointment|worry|worries|strength of feeling)',
      '<agent> <filler>? (fully|do)? appreciate (how|why)',
    ],
    note: 'acknowledging a view or a feeling, not thanks',
  },
];

export const closures: readonly NextStepEntry[] = [
  {
    id: 'done',
    kind: 'done',
    patterns: [
      '<agent> (have|has) <filler>? (already)? (cancelled|canceled|refunded|waived|booked|moved|sent|updated|changed|added|removed|fixed|sorted|reset|unlocked|paused|credited|upgraded|swapped|processed|released|reinstated|restored|arranged|issued|applied|corrected|rebooked|replaced|dispatched|posted|reactivated|approved|extended|renewed|activated|confirmed|passed)',
      '<agent> (booked|moved|cancelled|canceled|refunded|sent|updated|changed|added|removed|waived|fixed|sorted|reset|unlocked|paused|credited|passed|upgraded|swapped)',
      '^ (done|fixed|sorted|all sorted|all done|all set|that is done|that is sorted)',
      "(is|are|'s|has been|have been) (now)? (all)? (confirmed|booked|sorted|fixed|updated|cancelled|canceled|paused|done|processed|refunded|sent|unlocked|reactivated|restored|resolved|waived|cleared|moved|changed|added|removed|applied|clear|live|active|ready|back|working)",
      '(went|has gone|have gone) out',
      '(was|were|has been|have been) (sent|shipped|dispatched|posted|delivered|refunded|credited|returned|released)',
      'tracking (number|link|code)',
      'booked (you)? in',
      '<agent> (have|has)? <filler>? (put|set|turned|switched|changed) (it|them|this|that|your *|the *) back',
      'you (can|should be able to) (now|try (it|that|this)? again)',
    ],
    note: 'something finished',
  },
  {
    id: 'thank-you',
    kind: 'thanks',
    patterns: [
      'thank|thanks|thx',
      '<agent> (really|truly|so|very|much)? appreciate',
      'grateful',
      'kind (words|message|note|feedback|review)',
      '(lovely|wonderful|great|glowing|kind|generous) (feedback|review|message|note|words|comments)',
      '(glad|great|pleased|delighted|happy|lovely|good) to hear',
      '(glad|great|pleased|delighted|happy) (it|that|this|everything|you|the) (is|are|has|have|worked|works|arrived|got|sorted)',
      'just a (reminder|quick note)',
    ],
    note: 'a thank-you or a courtesy note',
  },
  {
    id: 'handed-off',
    kind: 'handed-off',
    patterns: [
      '(is|are|will be|gets|get) (handled|assessed|reviewed|investigated|escalated|processed|dealt with|looked at|decided|considered|managed|prioritised|prioritized|reinstated|traced|resolved) (by|through|via|with) (the|our|a|your)',
      '(is|are) (passed|referred|sent|forwarded|escalated) (on)? to (the|our|a)',
      '(handled|dealt with|managed) by (the|our) * (team|department|desk)',
    ],
    note: 'handed to someone with no owner or date: something is still pending',
  },
];

/** Thanks that open most replies; they do not make a reply a thank-you note. */
export const formulaicThanks: readonly NextStepEntry[] = [
  {
    id: 'formulaic-thanks',
    kind: 'not-step',
    patterns: [
      '(thank you|thanks|many thanks) (so much|very much)? for (getting in touch|contacting|reaching out|writing|asking|waiting|your patience|bearing with|holding|getting back|the (email|message|enquiry|inquiry|query|question|call|update|report|info|information))',
      '(thank you|thanks|many thanks) (so much|very much)? for your (email|message|enquiry|inquiry|query|question|letter|call|interest|application|order|request|report|feedback on|time)',
    ],
    note: 'a formulaic thank-you, not a thank-you note',
  },
];

export const nextStepPhrases: PhraseSet<NextStepEntry> = {
  name: 'state-next-step',
  entries: [...nextSteps, ...notSteps, ...closures, ...formulaicThanks],
};
