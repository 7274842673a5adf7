import type { PhraseEntry, PhraseSet } from '../kit/matcher.js';

/**
 * `request`: the reply asks the customer for information without a question mark
 * ("Please send me your order number.").
 * `not-request`: a question that asks for nothing the customer must look up — an offer, a
 * check-in, a courtesy or a rhetorical question ("Would you like me to…?", "Does that help?").
 * `reason`: says why the information is needed ("so I can look it up").
 */
export interface QuestionEntry extends PhraseEntry {
  readonly kind: 'request' | 'not-request' | 'reason';
  readonly note: string;
  /** A reason that also explains the question just before it ("We need the move-in date to check…"). */
  readonly explainsPrevious?: boolean;
}

const giveVerbs =
  'send|provide|confirm|share|forward|attach|upload|email|tell|advise|supply|include|list|describe|explain|clarify|specify|text|reply with|let me know|let us know';

const infoObjects =
  'your|the|a|an|some|which|what|when|where|who|how|photos|photo|pictures|picture|screenshots|screenshot|details|more|copies|a copy|proof|evidence|receipts|exactly|roughly|approximately|both';

/** Verbs a purpose clause opens with ("…to locate your parcel"). */
export const purposeVerbs =
  'help|locate|find|check|look|trace|track|process|verify|confirm|speed|arrange|book|send|issue|get|make|ensure|sort|fix|investigate|raise|file|submit|update|match|identify|complete|pass|escalate|chase|refund|replace|reissue|pull|narrow|work|figure|rule|start|open|log|claim|correct|amend|change|apply|add|transfer|set|reset|unlock|reactivate|restore|recover|compare|review|see|understand|avoid|prevent|protect|keep|secure|search|dig|pinpoint|diagnose|troubleshoot|reproduce|test|contact|reach|call|deliver|collect|return|cancel|approve|authorise|authorize|validate|release|reinstate|prioritise|prioritize|progress|finalise|finalize|pay|credit|reimburse|quote|order|print|prepare|create|link|merge|move';

export const requests: readonly QuestionEntry[] = [
  {
    id: 'please-send',
    kind: 'request',
    patterns: [
      `please (could you|can you|kindly)? (${giveVerbs}) (me|us|over|back)? (${infoObjects})`,
      `(could|can|would|will) you (please|kindly|also|just)? (${giveVerbs}) (me|us|over|back)? (${infoObjects})`,
      `^ (just|also|and)? (${giveVerbs}) (me|us|over|back)? (${infoObjects})`,
      'let (me|us) know (your|the|which|what|when|where|how|who|roughly|exactly|approximately)',
      '<agent> (will|would|also)? need (your|a few|some|more|one more|a little more|a bit more|a copy|a photo|a picture|a screenshot|to know|to see|to check|you to (send|confirm|provide|tell|share|check|let|reply))',
      '<agent> (will|would)? need to (know|see|check|confirm|verify|get|have|take)',
      'i <be> (going to)? need (your|the|a|an|some|you to)',
      'it (would|will) (help|be helpful|be useful|be great|be handy) (if|to)',
      'if you (could|can) (please|kindly|also|just)? (send|provide|confirm|share|forward|attach|upload|email|give|tell|let me know|let us know|reply with|check|describe)',
      'i <be> (just)? (after|looking for)',
    ],
    note: 'asks the customer for information',
  },
];

export const notRequests: readonly QuestionEntry[] = [
  {
    id: 'offer-or-courtesy',
    kind: 'not-request',
    patterns: [
      '^ (and|also|or|so)? would you (like|prefer|rather|be happy|be okay|be ok|be interested|want)',
      'would you like (me|us) to',
      'which (you|you would|would you) (prefer|rather)',
      'do you (want|need) (me|us|to|a|an|any|anything|more|another|help|a hand)',
      '^ (shall|should) (i|we)',
      '(can|may|could|shall) (i|we) (help|offer|send|call|arrange|book|do|get you|assist|suggest|recommend|set|pop|put|go ahead|switch|swap|change|refund|cancel|add|upgrade|reserve|hold|extend)',
      'want me to',
      'would it help',
      'how|what about',
      'are you happy (for|with|to|if)',
      'would (that|this|it|either|both|one) (of those)? (work|be okay|be ok|be alright|be all right|suit|help|be helpful|be useful|be easier|be better|do)',
      'does (that|this|it) (work|sound|help|suit|make sense|answer|cover|clear)',
      'do (those|these) (work|sound|help|suit)',
      'did (that|this|it) (help|work|fix|solve|sort|resolve|answer|do the trick)',
      'has (that|this|it) (helped|worked|fixed|solved|sorted|resolved)',
      'how (does|do) (that|this|these|those) sound',
      'is (that|this) (ok|okay|alright|all right|what you|helpful|useful|any help|clear)',
      'is there anything',
      'anything else',
      'any (other|more|further)? questions',
      'how (can|may|could) (i|we) help',
      'what else can (i|we)',
      'did you know',
      'why not (try|give|take|pop|have)',
      'still nothing',
      'no luck',
      'who (does not|would not|can not)',
      'how (cool|great|exciting|good|nice) is (that|this)',
      'need (a|any|more|some)? (hand|help)',
      'sound|sounds (good|ok|okay|alright|fair|like a plan)',
      'make|makes sense',
      'not sure (where|how|what|which|if)',
      'how are you',
      'how (has|have|is|was) your (day|week|weekend|morning|holiday)',
      'hope (you|all|everything)',
      'fancy',
      'need anything else',
      '(have|did) (i|we) miss (anything|something)',
      'what do you think',
      'which (would|do) you prefer',
      "when (would|is|'s) (a|it|the) (good|convenient|best|better)? (time|day)",
      'or would you',
      'or shall (i|we)',
      'is (it|that|this) okay (if|for|with)',
      'do you mind (if|me)',
      'would you mind if',
      'is that (right|correct)',
      '(is|are) (it|that|this|everything|things|the *) (now)? (working|ok|okay|better|sorted|fixed|resolved|back|behaving)',
      'are you still (having|seeing|getting|experiencing|stuck|unable|locked)',
      '(let (me|us) know|tell me|confirm) (if|whether) you (would like|want|prefer|are happy|would prefer|would rather|are okay|are ok|agree)',
      '(do|did) you (still)? (want|need) (me|us) to',
      'let (me|us) know (what|how) (you see|happens|it says|you find|it goes|you get on|that goes|things go|it looks)',
    ],
    note: 'an offer, a check-in or a courtesy, not a request for information',
  },
];

export const reasons: readonly QuestionEntry[] = [
  {
    id: 'purpose',
    kind: 'reason',
    patterns: [
      'so (i|we) (can|could|will|may|am|are|have|know|do|get)',
      'so that',
      `(and|then) (i|we) (will|can|could|shall) (then|quickly|straight away|also)? (${purposeVerbs}|get|send|book|sort|pass|put|take|have|arrange)`,
      '(do|try) (our|my) best',
      'so (it|the|your|they|this|that|our) (can|will|goes|arrives|reaches|gets|could)',
      'so (the|your|our|a|an|his|her|their|any|we|i|you) * *? (can|could|will|would|may|might|has|have|is|are|gets|goes|does|knows)',
      'in order to|for',
      '(that|this) way',
      '(this|that|it|which|these|those) (will|would|should|could|might) (help|let|allow|enable|mean|speed|make|give|tell|show)',
      '(this|that|it|which|these|those) (helps|lets|allows|means|tells|shows)',
      'help (me|us) (to)? *',
      'because|otherwise',
      'since (i|we)',
      'as (i|we) (need|can not|could not|have|want|will|must|do not|am|are|was|were)',
      '<agent> (will|would)? need (it|this|that|them|these|those) (to|for|so|before|in)',
      '<agent> need (this|that|it|them|these|those) (to|for|so|before|in)',
      '<agent> (will|would)? need (your|the) * (to|for|so|before|in)',
      '<agent> (will|would)? need (your|the) * * (to|for|so|before|in)',
      'for (security|verification|safety|our records|the claim|the courier|the insurer|the insurance|the report|the warranty|the return|the refund|the replacement|the engineer|the team|your protection|data protection|identification|id|the booking|the investigation|our investigation|the form|the application|the dispute|the chargeback) (reasons|purposes|check|checks)?',
      `to (${purposeVerbs})`,
      '<agent> (can not|could not|have not been able|was not able|were not able|am unable|are unable|was unable|were unable|am not able|are not able) (to)? (find|locate|see|match|trace|identify|access|open|verify|confirm|pull up|spot|link)',
      '(there is|there <be>|there was) (no|not) (order|account|booking|record|match|payment|reservation|trace|sign)',
      '<agent> (want|would like|need) to (make sure|be sure|check|confirm|ensure|rule out|get|narrow|understand|see)',
      'just to (make sure|confirm|check|be sure|double-check|clarify|rule out|narrow|be safe)',
      '(to make sure|to be sure|to be safe)',
      '(the|our|your|their) * (needs|need|will need|requires|require|asks for|ask for|would need) (it|this|that|them|these|a|an|the|your|to)',
      '(it|this|that|they|these) <be> (needed|required|necessary|essential|mandatory) (for|to|so|before|by)',
      'required|needed for',
      'the reason (i|we) (ask|need|am asking|are asking)',
      '<agent> (am|are) asking (because|as|so|since)',
      'reason (being|is)',
    ],
    note: 'says why the information is needed',
  },
];

/** Reasons that can stand in the sentence after the question: "Have you reported it? We need the crime reference to approve the claim." */
export const reasonsAfter: readonly QuestionEntry[] = [
  {
    id: 'reason-after',
    kind: 'reason',
    explainsPrevious: true,
    patterns: [
      '^ (<agent>) (will|would|also|do)? need (the|this|that|it|your|a|an|these|those|them|to|some|both|all)',
      '^ (this|that|it|these|those|which) (will|would|should|could|might)? (help|helps|lets|allows|means|tells|shows|enables) (me|us)',
      '(that|this) way (i|we|you)',
      'the reason (i|we) (ask|need|am asking|are asking)',
      '(i|we) (am|are) asking (because|as|so|since)',
      '(that|this|it) (is|was) the (only)? reason',
      '(it|this|that|they|these|those) <be> (needed|required|necessary|essential|mandatory) (for|to|so|before|by|because)',
      '<agent> can not * (it|this|that|them|anything) without',
      '<agent> can not *? *? *? without (it|this|that|them|these|those|your)',
      'without (it|this|that|them|these|those) ,? (i|we) (can not|will not|would not)',
    ],
    note: 'says, in the next sentence, why the question before it was asked',
  },
];

export const questionPhrases: PhraseSet<QuestionEntry> = {
  name: 'explain-questions',
  entries: [...requests, ...notRequests, ...reasons, ...reasonsAfter],
};

/** Words before "to" that make it part of the question, not its purpose ("the email you used to sign up"). */
export const notPurposeBefore: ReadonlySet<string> = new Set([
  'used',
  'want',
  'wanted',
  'wants',
  'like',
  'tried',
  'trying',
  'try',
  'need',
  'needed',
  'needs',
  'going',
  'have',
  'has',
  'had',
  'able',
  'unable',
  'supposed',
  'asked',
  'agreed',
  'chose',
  'decided',
  'planning',
  'plan',
  'hoping',
  'hope',
  'meant',
  'allowed',
  'managed',
  'get',
  'got',
  'started',
  'began',
  'prefer',
  'due',
  'easy',
  'hard',
  'difficult',
  'how',
  'where',
  'what',
  'when',
  'which',
  'whether',
  'time',
  'number',
  'address',
  'way',
  'best',
  'ready',
  'happy',
  'sent',
  'send',
  'it',
  'them',
  'back',
  'over',
  'up',
  'go',
  'went',
  'gone',
  'moved',
  'move',
  'come',
  'came',
  'delivered',
  'posted',
  'shipped',
  'returned',
  'forwarded',
  'expecting',
  'expect',
  'continue',
  'unable',
  'failed',
  'fail',
  'forgot',
  'remember',
  'attempted',
  'intend',
  'intended',
  'wish',
  'wished',
  'would',
]);
