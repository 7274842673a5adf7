import type { PhraseEntry, PhraseSet } from '../kit/matcher.js';

/**
 * `condescension`: talks down to the customer, is sarcastic, or throws their anger back.
 * `obvious`: "obviously" / "clearly": condescending only when it is about the customer's
 * side ("Obviously you need to…"), not the agent's ("we obviously want to fix this").
 * `easy`: "simply" / "just": condescending when it tells the customer a step is easy.
 * `exception`: a phrase that looks like one of these but is not; it silences any match it overlaps.
 */
export interface CondescensionEntry extends PhraseEntry {
  readonly kind: 'condescension' | 'obvious' | 'easy' | 'exception';
  /** Why the phrase hurts. */
  readonly reason: string;
  /** What to write instead (shown with the finding). */
  readonly advice?: string;
  /** Words that can replace the phrase; "" removes it. */
  readonly replacement?: string;
  /**
   * Reported even where no-blame-deflection reports the same words. Pointing back at our
   * own earlier words ("as I said", "as previously mentioned") is talking down, not blame.
   */
  readonly beforeBlame?: boolean;
}

/** Steps a customer is told to take. */
const steps =
  'click|tap|press|go|head|log|sign|open|close|restart|reboot|reset|refresh|reload|clear|follow|read|check|enter|type|select|choose|pick|update|upgrade|download|install|reinstall|uninstall|visit|navigate|scroll|use|turn|switch|plug|unplug|hold|drag|copy|paste|change|add|remove|delete|fill|complete|attach|upload|print|forward|re-enter|retype|look|find|search|enable|disable|toggle|tick|untick|save|submit|wait|pop|put|take|pull|push|insert|charge|pair|connect|disconnect|power';

/** What the agent may point back to: "as I said", "as mentioned in my last email". */
const saidVerbs = 'said|mentioned|explained|stated|noted|pointed out|advised|outlined|indicated|set out|confirmed|discussed';
const earlierMessages =
  'email|emails|message|messages|reply|replies|response|responses|letter|letters|correspondence|note|call|chat';

export const condescension: readonly CondescensionEntry[] = [
  {
    id: 'as-i-said',
    kind: 'condescension',
    patterns: [
      'as <agent> <filler>? (already|previously|just)? (said|mentioned|explained|told you|stated|noted|pointed out|advised|wrote|outlined|indicated)',
      'as <agent> have <filler>? (already|previously)? (said|mentioned|explained|told you|stated|noted|pointed out|advised|written|outlined)',
      'like <agent> (already|previously|just)? (said|mentioned|explained|told you|wrote)',
      `as (already|previously) (${saidVerbs})`,
      `as (${saidVerbs}) (in|on) (my|our) (previous|last|earlier|prior|original|first|recent)? (${earlierMessages})`,
      'as per (my|our) (last|previous|earlier|prior) (email|message|reply|response|note|letter)',
    ],
    reason: 'implies the customer was not paying attention',
    advice: 'Give the information again, kindly, as if for the first time.',
    replacement: '',
    beforeBlame: true,
  },
  {
    id: 'already-said',
    kind: 'condescension',
    patterns: [
      '<agent> have <filler>? already (told|explained|said|mentioned|informed|advised|answered) (you|this|that|it)',
      '<agent> already (told|explained|said|mentioned|informed|advised|answered) (you|this|that)',
      '(please)? (read|re-read|reread|refer to|look at|check) (my|our) (previous|last|earlier|original|first|prior) (email|emails|message|messages|reply|replies|response|letter|note)',
      'please (read|re-read|reread) (it|this|that|the email|my email|my message|the message|the instructions|the terms) (again|properly|carefully|more carefully|in full)',
      'as you (can|will|would|should|must) (obviously|clearly|plainly|surely) (see|tell|know|understand)',
      'as (mentioned|stated|explained|noted|said|outlined|shown|described|detailed) (above|below|earlier|before)',
      '^ see above',
      'as (per)? the above',
      'did you (even|actually|not|ever) (read|check|look|try|bother|see|open)',
      '(do not|did not) you (read|see|check|look)',
      // Questions that are really reproaches: "did you read the instructions?!", "have you not tried…?"
      'did you (even|actually|ever)? read (the|our) (instructions|manual|guide|user guide|faq|faqs|terms|small print|documentation|docs|leaflet|booklet|help page|help article)',
      `did you (even|actually|ever)? read my (last|previous|earlier|first)? (${earlierMessages})`,
      '(did|have) you (even|actually|ever) read',
      'have you not (read|tried|checked|looked|seen|noticed|thought|considered|pressed|clicked|restarted|opened)',
      'have not you (read|tried|checked|looked|seen|noticed|thought|considered|pressed|clicked|restarted|opened)',
      'please (read|re-read|reread) (the|our|my) (reminder|reminders|reminder emails|reminder letters|notices|warning|warnings)',
      '(please)? (read|re-read|reread) *? *? *? *? (in future|in the future|next time|going forward|from now on)',
      '^ (please)? read the (manual|instructions|faq|faqs|terms|email|guide|small print|help page|help article)',
      '(please)? (take the time|pay attention|try to pay attention|make sure you read) to? (read)?',
      '^ for the (second|third|fourth|fifth|last|final|umpteenth) time',
      '(said|told|explained|say|tell|explain|repeat|repeating|saying|explaining) (it|this|that|you)? for the (second|third|fourth|fifth|last|final|umpteenth) time',
      '<agent> will|would (say|explain|repeat) (it|this|that) (again|one more time|once more)',
      '<agent> (will|shall|am going to|must|have to|need to|will have to) (once again|again)? repeat',
      '(repeat|repeating) myself',
      'let me (explain (this|it|that)? again|explain (this|it|that)? once more|spell (it|this) out|be clear|make (this|it|myself) (clear|very clear))',
      '(once again|again) , (as|like) <agent>',
      '<agent> (can not|could not|do not know how to) (make|put) (it|this|that) (any)? (clearer|simpler|more clearly|more simply)',
      '(hope|hopefully) (this|that|it) (is|makes it) (clear|clearer) (now|this time|enough)',
      'does that (finally)? make sense now',
      '<be> (that|this|it) clear (now|enough)',
    ],
    reason: 'implies the customer was not paying attention',
    advice: 'Give the information again, kindly, as if for the first time.',
    replacement: '',
  },
  {
    id: 'need-to-understand',
    kind: 'condescension',
    patterns: [
      'you (need|have|must|will need|will have|have got) to understand|realise|realize|appreciate|accept|recognise|recognize',
      'you (should|must|ought to) (already)? (know|understand|realise|realize|be aware|have known|have realised|have realized)',
      'please (try to)? understand (that)?',
      '<agent> (am|are) sure you (can|will|would)? (understand|appreciate|agree)',
      'surely you (<pp>|can|could|will|would|must|have|had|know|see|understand|realise|realize|remember|agree|appreciate|are aware|were aware|did|do)',
      'try to understand',
      '(as|like) (anyone|everyone|everybody|anybody) (can|could|would|will)? (see|tell|know|understand|knows)',
      // An appeal to what everyone knows: "as anyone who has sold a house knows".
      '(as|like) (anyone|everyone|everybody|anybody) (who|that) *? *? *? *? *? (knows|know|will know|would know|can tell you|will tell you|understands|will understand|would understand|can see|will see|would agree|will agree)',
      '(any|a) (reasonable|sensible|normal) (person|customer)',
      '(it is|that is) common (sense|knowledge)',
      'it (goes|should go) without saying',
      'needless to say',
      '<agent> would have thought',
      '(it|this|that) (should be|is|was|ought to be) (obvious|self-explanatory)',
      '(do not|no longer) know what else (to tell|to say|i can say|i can tell)',
      'not sure (what|how) else (to|i can) (say|explain|put|tell)',
      'as you (should|must|ought to) (know|be aware|have known|realise|realize)',
      'anyone (can|could) do (it|this|that)',
      '(a child|my nan|my gran) could',
      '(not|hardly) rocket science',
      'what (part|bit) of',
      '<agent> (am|are) not sure what (part|bit)? (of this)? you (do not|are not|can not)? (understand|getting|get)',
      'in (plain|simple) english',
      'let me (explain|put) (it|this) (simply|slowly|in simple terms)',
      '(i am|we are) not sure (why|how) (this|that|it) (is|was) (so)? (difficult|hard|confusing|complicated)',
    ],
    reason: 'talks down to the customer',
    advice: 'Explain the point plainly, without telling the customer what they ought to understand.',
  },
  {
    id: 'calm-down',
    kind: 'condescension',
    patterns: [
      // Said to the customer, not about things: "please calm down", not "things should calm down by Wednesday".
      '^ (please|just|now|okay|ok|alright|look|listen|so)? calm down',
      '(please|try to|ask you to|asking you to|want you to|need you to|would you|could you|will you) calm down',
      'you <filler>? (need to|have to|must|should|ought to|will need to|really need to)? calm down',
      'please relax',
      '(there is|there <be>)? no need (to|for) (shout|shouting|be rude|get upset|get angry|get worked up|get so worked up|use that tone|use such language|raise your voice|take that tone|the attitude|that tone|that language|capital letters|caps|rudeness|abuse|be abusive|swear|swearing|be aggressive|aggression|threats)',
      '(watch|mind) your (tone|language|words)',
      '(take|have) a deep breath',
      '<agent> (will|do|does) not (tolerate|accept|respond to) (abuse|rudeness|that tone|that language|this tone|this language|being spoken to)',
      '(speak|talk|write) to (me|us) (like that|in that way|in that tone)',
      '^ (please)? (settle down|chill|chill out|cool down|cool it)',
    ],
    reason: 'tells the customer how to feel, which reflects their anger back',
    advice: 'Acknowledge why they are upset ("I can see why this is frustrating"), then fix it.',
  },
  {
    id: 'due-respect',
    kind: 'condescension',
    patterns: [
      'with (all)? due respect',
      'with the greatest respect',
      '^ with respect ,',
      'no offence|offense (intended|meant)?',
      'sorry (that|if)? you feel (that way|like that|this way)',
      'sorry (that|if)? you (think|feel|felt) (that|this|it|we|our|you)',
      'sorry if (you|anyone) (was|were|got|feel|felt) (offended|upset|confused)',
      'good luck with that',
      'surprise , surprise',
      'believe it or not',
      'if you (had|would have) (bothered|taken the time|cared) to',
      'if you (had|would have) (read|listened|paid attention)',
      '(nice|good) try',
      '^ (honey|sweetie|sweetheart|hun|darling) ,',
      ', (honey|sweetie|sweetheart|hun|darling|sweetie-pie|young man|young lady)',
      '(okay|ok|alright|look|listen) , (honey|sweetie|sweetheart|hun|darling|dear|love|mate|pal|buddy)',
      '^ look ,',
      '^ listen ,',
    ],
    reason: 'is sarcastic or patronising',
    advice: 'Say it plainly and kindly, as you would to someone you respect.',
  },
  {
    id: 'obviously',
    kind: 'obvious',
    patterns: ['obviously|clearly|evidently|naturally'],
    reason: 'suggests the customer should have known',
    advice: 'Leave it out: what is obvious to you is not obvious to someone new to it.',
    replacement: '',
  },
  {
    id: 'easy',
    kind: 'easy',
    patterns: [
      'simply|just *',
      `you (can|could|need to|have to|only need to|just need to|simply need to|should|will need to|will just need to|will simply need to|must|only have to|just have to)? (simply|just|merely) (${steps})`,
      `all (that)? you (need|have|had|needed) to do (is|was)`,
      `all you (need|have) to do`,
      `(it is|that is|this is|it was) (just|simply|merely) a (matter|case|question) of`,
      '(as|so) (easy|simple) as',
      '(could not|can not) be (easier|simpler)',
      '(only|just) takes (a|two|a few|<num>) (second|seconds|minute|minutes|moment|click|clicks)',
      '(a|an) (very|really|quite|super)? (simple|easy|straightforward) (process|step|task|fix|job|thing|matter|procedure)',
      'simply (put|by|go|head|visit|follow|read)',
    ],
    reason: 'tells the customer a step is easy, which makes them feel slow if it was not',
    advice: 'Give the step without judging how hard it is ("Click Reset password").',
    replacement: '',
  },
  {
    id: 'easy-claim',
    kind: 'easy',
    patterns: [
      `(it is|that is|this is|it was|it should be|that should be) (really|very|quite|super|incredibly|pretty|dead)? (easy|simple|straightforward)`,
      `(it is|that is|this is) (really|very|quite)? not (that|very|at all)? (hard|difficult|complicated|complex|tricky)`,
      // "It's literally one button."
      '(it is|that is|this is|it was) (literally|only|simply|merely) (one|a single) (button|click|tap|setting|switch|tick|link|tickbox|checkbox)',
    ],
    reason: 'tells the customer a step is easy, which makes them feel slow if it was not',
    advice: 'Give the step without judging how hard it is ("Click Reset password").',
  },
];

/** Uses of the same words that are not condescending. */
export const notCondescension: readonly CondescensionEntry[] = [
  {
    id: 'just-meaning-only-or-recently',
    kind: 'exception',
    patterns: [
      '<agent> <have>? just',
      'just (to|in case|now|a|an|one|the one|once|for|wanted|want|so|about|under|over|after|before|in time|checked|sent|spoke|spoken|heard|let|reply|ask|get in touch|drop|give|say|shout|pop me|ping|message|call me|email me|text me|let me|let us|give me|give us|checking|confirming|following|touching|writing|letting|received|arrived|been|gone|missed|like|as|because|how|what|that)',
      '<agent> (just|simply) (want|wanted|need|needed|checked|check|sent|spoke|asked|noticed|tried|got|received|saw|looked|had|forgot|missed|wish|hope|hoped)',
      'simply (to|because|put|not|the|a|an|too|no|unacceptable|wrong|the best|cannot|can not)',
      '<agent> (can|could|will|would) (simply|just)',
      '(me|us) (just|simply)',
      'is just (one|a|an|the|what|how|as|because|about|around|under|over|in)',
      'not just',
      'just (enjoy|relax|mention|not|still|really|very|quite|slightly|some|started|stopped|went|came|is|are|was|were|has|have|had|seems|looks|feels|wants|reply|let|ask|say|shout|ping|fyi|checking|confirming|letting|following|wanted|want|need|needs|one|a|an|the|to|in|now|so|for|as|like|because|about|under|over|after|before|once|how|what|that|this|here|there|right|fine|enough|perfect|great|received|arrived|been|gone|missed|checked|sent|spoke|heard|noticed|got|had|saw|looked|tried|happened|started|finished|updated|done|made)',
      'just (give|drop|pop|send|message|email|call|ring|text|contact|get back to|write to) (me|us|the team|our team)',
      'just (get|be|keep) in touch',
      'easy to (miss|overlook|forget|lose|confuse|mix|get wrong|mistake|misread|do|make)',
      'easy to (see|understand|tell) (why|how)',
      'simply (means|meant|moves|in|let|reply|is|was|are|were|has|have|had|does|did|can|could|would|will|wanted|want|need|needed|ask|asked|put|because|not|the|a|an|too|no|unacceptable|wrong|cannot|can|to)',
      'just as',
      '<be> (simply|just) (not|unacceptable|wrong)',
    ],
    reason: '"just" meaning only or recently, or the agent\'s own action',
  },
  {
    id: 'obviously-ours',
    kind: 'exception',
    patterns: [
      '<agent> (obviously|clearly|naturally)',
      '(obviously|clearly|naturally) <agent>',
      '(obviously|clearly|naturally) (our|my)',
      '(obviously|clearly|naturally) not (good enough|the experience|acceptable|what)',
      '(obviously|clearly|naturally) you (would|will|had) (want|expect|be|have wanted|have expected)',
      '(obviously|clearly|naturally) you (want|wanted|expect|expected|deserve|deserved|were expecting|were hoping|were looking|had hoped|had planned|planned|need it|needed it)',
      '(clearly|obviously) (frustrating|upsetting|disappointing|annoying|stressful|wrong|unacceptable|a mistake|an error|our)',
      'clearly (marked|labelled|labeled|visible|written|explained|and|set out|laid out|explains|shows)',
      'naturally (occurring|curly)',
      'speak clearly',
      'see clearly',
    ],
    reason: "about the agent's own side, or a plain description",
  },
  {
    id: 'repeat-for-reference',
    kind: 'exception',
    patterns: [
      'repeat *? *? *? *? (here|below|back|for (you|your convenience|your reference|your records|convenience|reference|clarity))',
    ],
    reason: 'repeating something for the reader\'s convenience: "I\'ll repeat the steps below"',
  },
];

export const condescensionPhrases: PhraseSet<CondescensionEntry> = {
  name: 'no-condescension',
  entries: [...condescension, ...notCondescension],
};
