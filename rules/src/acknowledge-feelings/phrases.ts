import type { PhraseEntry, PhraseSet } from '../kit/matcher.js';

/**
 * What in the customer's message shows they are upset.
 * `anger`: words of anger or distress; `repeat`: they have had to get in touch again.
 */
export interface FrustrationEntry extends PhraseEntry {
  readonly kind: 'anger' | 'repeat';
  /** What the cue shows, for the message ("the customer is angry"). */
  readonly reason: string;
}

export const frustrationCues: readonly FrustrationEntry[] = [
  {
    id: 'anger-words',
    kind: 'anger',
    patterns: [
      'unacceptable|ridiculous|disgraceful|appalling|appalled|outrageous|outraged|shocking|pathetic|disgusting|disgusted|furious|livid|fuming|infuriating|infuriated|incompetent|incompetence|useless|shambles|shambolic|laughable|unbelievable|absurd|insulting|diabolical|atrocious|abysmal|dreadful|horrendous|horrified|ludicrous|scandalous|inexcusable|unforgivable|unprofessional|fiasco',
      'angry|annoyed|annoying|frustrated|frustrating|frustration|upset|upsetting|exasperated|irritated|aggravated|distressed|distressing|gutted|devastated|stressed|stressful|disappointed|disappointing|disappointment|unhappy|miserable',
      'fed up',
      'rubbish|extortion|robbery|rip-off|ripoff|disgraceful|shameful|shocking|scandalous',
      'ripped off',
      '(are you|you must be|you have got to be|you are) (serious|joking|kidding|having a laugh)',
      'sick (and tired)? of',
      '(had|have had) enough',
      'wits end',
      'not (happy|impressed|good enough|acceptable|okay|ok|on)',
      'let down',
      'worst (service|experience|company|customer service|support|ever)',
      'terrible|awful|horrible|rubbish|poor|shoddy|appalling (service|experience|communication|customer service|support|treatment)',
      'a|an|absolute|complete|total joke|farce|nightmare|scam|con|disgrace|shambles|mess',
      'waste of (my)? time|money',
      'sort (it|this|this mess) out',
      'get your act together',
      'how hard (can it be|is it)',
      'is anyone (even|actually)? (reading|listening|there)',
      'does anyone (even|actually)? (read|care|listen)',
      'take my business elsewhere',
      'never (use|order|buy|shop|book|fly|stay) (from|with|at)? (you|your company)? again',
      'leave|write|post a (bad|negative|one-star|1-star|terrible) review',
      '(legal action|trading standards|ombudsman|solicitor|solicitors|lawyer|lawyers|small claims)',
      'formal complaint',
      '<agent> want to (complain|make a complaint)',
      'report you',
      'what (on earth|the hell|the heck) is going on',
      'beyond (frustrated|annoyed|angry|a joke)',
      '(demand|demanding) (a|my|an|to)',
    ],
    reason: 'is upset',
  },
  {
    id: 'repeat-contact',
    kind: 'repeat',
    patterns: [
      '(second|third|fourth|fifth|sixth|seventh|2nd|3rd|4th|5th|6th|umpteenth|nth|tenth|hundredth|millionth) time|email|message|call|request|attempt|chaser|reminder|letter|complaint|ticket',
      '(called|emailed|phoned|rang|rung|contacted|written|wrote|chased|asked|messaged|reported|raised|explained|told|complained|tried|sent|been in touch|spoken|spoke) (you|your team|support|this|it|you guys|you lot|about this|about it)? (twice|<num> times|several times|multiple times|many times|numerous times|countless times|repeatedly|again and again|over and over|already|before|again)',
      'how many (more)? times',
      'yet again',
      'once again',
      'again !|!!',
      'still (not|no|nothing|waiting|broken|missing|charging|have not|has not|do not|does not|can not|is not|are not|am not|had not|did not|without)',
      'keep (being told|getting|having to|chasing|asking|waiting|calling|emailing)',
      '(no one|nobody|noone) (has|have)? (replied|responded|got back|gotten back|called|bothered|helped|answered|contacted|come back|fixed|done)',
      'no (reply|response|answer|update|word|call back|callback) (yet|at all|since|from)',
      '(been|am|was) waiting (for)? (days|weeks|months|ages|hours|over|since|nearly|almost|more than|<num>)',
      '(for|over) (days|weeks|months|ages) now',
      '<num> (days|weeks|months) (later|on|and still)',
      '<agent> have already (told|explained|sent|called|emailed|contacted|asked|given|provided|done|tried|rung|phoned|written|reported|chased)',
      'as <agent> (already|previously)? (said|told you|explained|mentioned)',
      'chasing (this|you|it|up)',
      'promised (me|to)',
      '<num> (emails|calls|messages|times|letters|chats|attempts|phone calls|visits|weeks|days) (now|later|and|of|on)?',
      'every (single)? time',
      '(actual|real|proper|straight) answer',
      '(you|someone|your colleague|your team|the agent) (said|told me|promised) (you|they|it|someone|that)',
    ],
    reason: 'has had to get in touch again',
  },
];

/** Cues that say the opposite ("not angry", "no rush", "I understand it's frustrating"). */
export const notFrustration: readonly FrustrationEntry[] = [
  {
    id: 'calm',
    kind: 'anger',
    patterns: [
      'not (angry|annoyed|upset|frustrated|cross|mad|a complaint|complaining|disappointed|unhappy)',
      'no (rush|hurry|worries|problem|stress|pressure)',
      'do not (worry|rush|stress)',
      'still (love|like|happy|enjoying|keen|interested|want|would like|need|fine|okay|ok|good|great|valid|works|working|on|available|there|the same|waiting to hear back)',
      'still under (warranty|guarantee)',
      'not (a big deal|the end of the world|urgent)',
      '(understand|appreciate|imagine|know) (that|how|this|it)? (is|must be|can be)? (frustrating|annoying|upsetting|stressful)',
    ],
    reason: '',
  },
];

export const frustrationPhrases: PhraseSet<FrustrationEntry> = {
  name: 'acknowledge-feelings/frustration',
  entries: [...frustrationCues, ...notFrustration],
};

/** How a reply acknowledges feelings: understanding, empathy, an apology, ownership. */
export const acknowledgements: readonly PhraseEntry[] = [
  {
    id: 'understanding',
    patterns: [
      '<agent> <filler>? (completely|totally|fully|absolutely|really|truly|entirely)? understand',
      '<agent> can|could (completely|totally|fully|absolutely|really|only|easily|well|certainly|definitely)? (understand|imagine|appreciate)',
      '<agent> can|could (completely|totally|fully|absolutely|really|only|easily|well|certainly|definitely)? (see|tell|hear|sense) how|why',
      '<agent> <filler>? know (how|this|it|what)',
      '<agent> hear you',
      '^ <agent> (totally|completely|really|absolutely)? get it|that',
      '<agent> (totally|completely|really|absolutely)? get why|how',
      '<agent> (completely|totally|really|truly|fully|genuinely)? appreciate (how|that|this|your frustration|you|why|what)',
      'understandably|understandable',
      'must (be|have been|feel|have felt) (so|really|very|incredibly|extremely|such|quite|absolutely)? (hard|difficult|tough|awful|horrible|a pain|a worry|worrying|a shock|a blow|maddening|exhausting|a nightmare|a hassle|miserable|dreadful|terrible|scary|frightening|horrid|grim|rubbish|no fun|unpleasant|stressful)',
      '(that|this|it) (is|was|has been|sounds|sounded) (so|really|very|incredibly|extremely|deeply|genuinely)? (frustrating|annoying|stressful|upsetting|disappointing|worrying|exhausting|maddening|infuriating|tiring|a hassle|a pain)',
      'you <be> (absolutely|completely|quite|totally|entirely|perfectly)? right',
      'you have every right',
      'rightly so',
      '<agent> would (be|feel) (just as|as|the same|exactly the same)? (frustrated|annoyed|upset|angry|disappointed|cross|worried|fuming|livid|furious|gutted|devastated|mad)',
      '<agent> would (be|feel|have been|have felt) *? *? *? *? *? * (too|as well)',
      'last thing (you|anyone) (needed|wanted|need|want|expected)',
      '<agent> (know|knew) (that is|that was|that must|this is|this was|this must|it is|it was|it must)',
      'in your (shoes|position)',
      '(not|never) (the|an|a) experience',
      '(not good enough|unacceptable|not acceptable|not okay|not ok|inexcusable)',
      '<have>? let you down',
      'fell|fallen short',
      'you (should not|should never) have (had)? to',
      'you deserve|deserved better',
      'no one|nobody should have to',
      'frustrated|frustrating|frustration|frustrations|annoyed|annoying|annoyance|upset|upsetting|stressful|stressed|disappointed|disappointing|disappointment|inconvenience|inconvenient|inconvenienced|exasperating|exasperated|infuriating|aggravating|irritating|maddening|hassle|nightmare|ordeal|headache|anxious|anxiety|angry|distress|distressing|miserable|disheartening|galling|gutting|heartbreaking|worrying|alarming|frightening|scary|fuming|livid|furious|gutted|devastated',
      'fed up',
      'taken (this|it) seriously',
      '(weighing|playing|preying) on (you|your mind)',
      '(keeping|kept) you (up|awake)',
      'clear (this|that|how much) (has|is|must|was)',
      'done the right thing',
    ],
  },
];

export const acknowledgementPhrases: PhraseSet = {
  name: 'acknowledge-feelings/acknowledgement',
  entries: acknowledgements,
};
