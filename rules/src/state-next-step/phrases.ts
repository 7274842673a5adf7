import type { PhraseEntry, PhraseSet } from '../kit/matcher.js';

/**
 * `step`: the reply says what happens next and who owns it — the agent's next action, an
 * outcome the customer can expect, what the customer can do now, or an invitation to reply.
 * `not-step`: looks like one but is not ("we won't charge you", "I'm writing to let you know").
 * `thanks`: the reply is a thank-you note.
 */
export interface NextStepEntry extends PhraseEntry {
  readonly kind: 'step' | 'not-step' | 'thanks';
  /** What kind of next step the phrase states, for the docs and tests. */
  readonly note: string;
}

const customerSteps =
  'click|tap|follow|visit|go|head|log|sign|open|reply|call|ring|check|try|pop|use|take|return|send|fill|complete|download|install|book|keep|bring|contact|email|message|text|choose|select|enter|update|restart|reset|print|drop|post|attach|upload|forward|confirm|look|pick|collect|allow|expect|watch|keep|give|get|feel|head|reach|add|remove|turn|switch|plug|unplug|wait|let|settle|pay';

export const nextSteps: readonly NextStepEntry[] = [
  {
    id: 'agent-will',
    kind: 'step',
    patterns: [
      '<agent> will|shall <filler>? *',
      '<agent> <be> going|about to',
      '<agent> <be> <filler>? <ing>',
      '<agent> have|has <filler>? (asked|arranged|booked|scheduled|requested|escalated|raised|passed|set up|put in|placed|flagged|submitted|logged|created|opened|instructed|told|notified|alerted|contacted|emailed|messaged|chased|ordered|organised|organized|lined up|sent|started|begun|kicked off|added|issued|processed|initiated)',
      'let me (check|look|find|see|get|chase|ask|confirm|speak|follow|know|dig|investigate|sort|arrange|take|pass|have)',
      '<agent> would (be happy|be glad|love|like) to',
      '<agent> can (also|then|arrange|send|offer|book|set|change|issue|refund|replace|call|look|check)',
      '(follow up|follow-up|keep you (posted|updated|informed|in the loop)|be in touch|get back to you|hear from (me|us))',
    ],
    note: "the agent's next action",
  },
  {
    id: 'expected',
    kind: 'step',
    patterns: [
      'will|shall <filler>? *',
      'should <filler>? (arrive|be|reach|show|appear|land|go|ship|update|get|come|take|follow|start|begin|happen|clear|process|expire|renew|reactivate|reset|work|contact|call|email|collect|deliver|visit|send|need|have|see|receive|hear|find|notice|drop|pop|stay|remain|continue|run|apply|refresh|sync|resume|let|give|ring|text)',
      'you (will|should|may) (receive|get|see|be able|hear|need|have|find|notice|be|want|like)',
      'expect (to|it|a|an|the|your|delivery|them|this|an|our|their)',
      '(within|in) (the next)? * (day|days|hour|hours|minutes|working|business|week|weeks)',
      '(within|in) (the next)? (a|an|one|two|three|few|couple|<num>) (day|days|hour|hours|minutes|working|business|week|weeks)',
      '(by|on|before|until|from|next) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the end|end of|next|this afternoon|this evening|the weekend|lunchtime|<clock>|<num>)',
      '(tomorrow|shortly|soon|later today|next week|this afternoon|this evening|tonight|overnight)',
      '(in|within|over|during) the next (hour|day|week|month|few|couple|<num>|business|working)',
      '(usually|normally|typically|generally|should)? (take|takes) (about|around|up to|roughly|approximately)? * (minutes|hours|day|days|working|business|week|weeks)',
      '(take|takes|within|in) (about|around|up to|roughly|approximately)? <num> - <num> (minutes|hours|day|days|working|business|week|weeks)',
      'waiting for you',
      '(the|your) next step|steps',
      'next steps',
      '(once|when|as soon as) (that|this|it|we|i|you|the|your|they)',
      'in the meantime|meanwhile',
      '(is|are) (now)? (on (its|their) way|in transit|booked|scheduled|arranged|due|being)',
      'on its|their way',
      '<be> due (to|on|by|back)',
      '(tracking|reference|case|ticket) (number|link|details|code)',
    ],
    note: 'what the customer can expect',
  },
  {
    id: 'invitation',
    kind: 'step',
    patterns: [
      'let (me|us) know',
      'reply (to this|here|back|with|and)',
      '(just|simply)? (hit|press)? reply',
      '(get|be|keep|stay) in touch',
      'reach out',
      'feel free',
      'do not hesitate',
      '(give|drop|send|shoot|ping) (me|us) a|an (call|line|message|note|shout|email|text|ring|reply)',
      'contact (me|us|our team|the team)',
      '(email|call|ring|message|phone|text|write to) (me|us)',
      '<agent> (am|are) (always)? (here|around|available|on hand|happy to help|glad to help)',
      '(happy|glad|pleased) to help',
      '<agent> <be> (more than)? (happy|glad|pleased|delighted) to',
      'any (other|more|further)? questions',
      'anything else',
      'is there anything',
      'if you (need|have|would like|want|run into|notice|see|spot|get|still|find|are|do|can|prefer|change|decide|think|hit|come)',
      'if (there is|there are|anything|that does not|it does not|this does not|the problem|the issue|it|that|this|things)',
      'ping me',
      'give (me|us) a (shout|call|ring)',
      'say the word',
      'look|looking forward to',
      'keen to hear',
      'hear (back)? from you',
      'speak|talk soon',
      'here (for you|if you need|to help|whenever)',
      'we can (take it|go) from there',
    ],
    note: 'an invitation to reply',
  },
  {
    id: 'customer-step',
    kind: 'step',
    patterns: [
      `please (${customerSteps})`,
      `^ (just|simply)? (${customerSteps})`,
      `—|–|-|;|:|,|and|then (just|simply)? (pop|click|tap|head|go|visit|follow|open|log|sign|use|reply|call|check|try|enter|select|choose|add|update|restart|reset)`,
      `kindly (${customerSteps})`,
      'you may|might (also|now)? (reapply|request|apply|want|wish|like|need|use|return|cancel|contact|call|email|book|order|log|sign|find|receive|get|prefer|choose|opt|claim|submit|try)',
      '(recommend|suggest|advise) (that)? you',
      'you can|could (now|also|still|then|simply|just)? *',
      'you (will|may|might)? need to',
      'you (may|might) (want|wish|like) to',
      'all you need to do',
      'the (link|button|form|steps|instructions) below',
      '(here is|here are) (the|a|an|your|how|what)',
      'how to',
      'you <be> (all)? (set|good to go|ready to go|able to)',
      'ready (for you)? to (use|go|collect|download)',
    ],
    note: 'what the customer can do now',
  },
];

export const notSteps: readonly NextStepEntry[] = [
  {
    id: 'not-a-step',
    kind: 'not-step',
    patterns: [
      'will|shall (not|never)',
      '<agent> <be> (writing|emailing|contacting|reaching|messaging|replying|responding|getting|sorry|afraid|thinking|hoping|wondering|feeling|struggling|going through)',
      '<agent> <be> (not|never) <ing>',
      'will (not|never) (be|happen|arrive|work)',
      'you can not',
      'you could not',
    ],
    note: 'not a next step',
  },
];

export const thanks: readonly NextStepEntry[] = [
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
    ],
    note: 'a thank-you note',
  },
];

export const nextStepPhrases: PhraseSet<NextStepEntry> = {
  name: 'state-next-step',
  entries: [...nextSteps, ...notSteps, ...thanks],
};
