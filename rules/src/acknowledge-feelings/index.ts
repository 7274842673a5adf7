import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { apologises } from '../apologize-for-mistakes/index.js';
import { apologyPhrases } from '../apologize-for-mistakes/phrases.js';
import { type Analysis, analyse, matchesOf } from '../kit/analysis.js';
import { replyBody, sentenceSpan } from '../kit/body.js';
import { isReported, overlaps, unitOf } from '../kit/clauses.js';
import { insideAny } from '../kit/context.js';
import { type Match, PhraseMatcher } from '../kit/matcher.js';
import { foldName, nameParts } from '../kit/names.js';
import { noOptions } from '../kit/options.js';
import { type Rule, type RuleMeta, report, ruleUrl } from '../kit/rule.js';
import type { Token, TokenStream, Unit } from '../kit/tokens.js';
import { isShoutedWord } from '../no-shouting/index.js';
import { acknowledgementPhrases, type FrustrationEntry, frustrationPhrases } from './phrases.js';
import { tokenizePlain } from './quoted.js';

export const meta: RuleMeta = {
  id: 'acknowledge-feelings',
  summary: 'The customer is upset and the reply goes straight to the fix without acknowledging it.',
  url: ruleUrl('acknowledge-feelings'),
  severity: 'warning',
  presets: ['recommended', 'strict'],
};

/** A sign in the customer's message that they are upset. */
export interface Cue {
  readonly kind: FrustrationEntry['kind'] | 'shouting';
  /** The cue as the customer wrote it ("the third time", "YESTERDAY", "!!!"). */
  readonly text: string;
  readonly reason: string;
}

/** Words around a cue that make it someone else's feeling, or sympathy ("I understand it's frustrating"). */
const sympathy = new Set(['understand', 'appreciate', 'imagine', 'sorry', 'know', 'realise', 'realize']);

/** A sentence with one of these is pleased, not angry: its "!!" and capitals are enthusiasm ("THANK YOU!!"). */
const pleased =
  /\b(?:thanks?|thank you|great|love|loved|amazing|awesome|brilliant|perfect|excellent|wonderful|fantastic|happy|glad|cheers|delighted|lovely|appreciated?|congrat\w*|yay|woo+)\b|[:;]-?\)/i;

/** "!!" is anger in a sentence that complains: a "not", a "why", a problem word ("?!" always is). */
const displeased =
  /\b(?:not|no|never|nothing|nobody|still|again|where|why|wrong|broken|missing|late|waiting|charged|cancel\w*|refund|lost|damaged|useless|ridiculous|joke|disgrace\w*|unacceptable|seriously|terrible|awful|worst|rubbish)\b|n['’]t\b/i;

const headerLine = /^\s*(?:from|sent|to|cc|date|subject|re|fw|fwd)\s*:/i;

const quotedMatcher = new PhraseMatcher([frustrationPhrases]);

function unitTextOf(stream: TokenStream, unit: Unit): string {
  return stream.text.slice(unit.start, unit.end);
}

/** Capitals in the customer's words that are not acronyms, codes or their own name: "that was YESTERDAY". */
function shoutedWords(quoted: string, names: ReadonlySet<string>): string | undefined {
  const lines = quoted.split('\n');
  const content = lines.map((line, index) => ({ line, index })).filter(({ line }) => line.trim() !== '');
  const signOff = new Set(content.slice(-2).map(({ index }) => index));
  for (const [index, line] of lines.entries()) {
    if (headerLine.test(line) || pleased.test(line)) continue;
    const words = line.trim().split(/\s+/).filter(Boolean);
    if (signOff.has(index) && words.length <= 3 && !/!/.test(line)) continue;
    for (const raw of words) {
      const word = raw.replace(/^[^\p{L}\p{N}]+|(?<![^\p{L}\p{N}])[^\p{L}\p{N}]+$/gu, '');
      if (/\d/.test(raw) || !isShoutedWord(word) || names.has(foldName(word))) continue;
      return word;
    }
  }
  return undefined;
}

const readings = new Map<string, Cue | undefined>();

/** Why the customer seems upset, read from their quoted message; undefined when they seem calm. */
export function frustrationIn(quoted: string, names: ReadonlySet<string> = new Set()): Cue | undefined {
  if (quoted.trim() === '') return undefined;
  // The quoted thread stays the same while the agent types above it: read it once.
  const key = `${[...names].join('\u0000')}\u0001${quoted}`;
  if (readings.has(key)) return readings.get(key);
  const cue = readFrustration(quoted, names);
  if (readings.size >= 256) readings.delete(readings.keys().next().value as string);
  readings.set(key, cue);
  return cue;
}

function readFrustration(quoted: string, names: ReadonlySet<string>): Cue | undefined {
  const stream = tokenizePlain(quoted);
  const matches = (quotedMatcher.match(stream).get(frustrationPhrases.name) ?? []) as Match<FrustrationEntry>[];
  const calm = matches.filter((match) => match.entry.id === 'calm');
  for (const match of matches) {
    if (match.entry.id === 'calm' || calm.some((other) => overlaps(other, match))) continue;
    if (isReported(stream, match, 4, sympathy)) continue;
    const unit = unitOf(stream, match);
    const text = stream.text.slice((stream.tokens[match.start] as Token).start, (stream.tokens[match.end - 1] as Token).end);
    if (/again|!/i.test(text) && pleased.test(unitTextOf(stream, unit))) continue;
    if (headerLine.test(stream.text.slice(stream.text.lastIndexOf('\n', unit.start) + 1, unit.end))) continue;
    return { kind: match.entry.kind, text, reason: match.entry.reason };
  }
  for (const token of stream.tokens) {
    const sentence = unitTextOf(stream, unitOf(stream, token));
    if (token.kind !== 'punct' || pleased.test(sentence)) continue;
    // "£35 for being £2 over?!" is indignant on its own; "!!" needs something to complain about.
    if (/\?!|!\?/.test(token.norm) || (/!!/.test(token.norm) && displeased.test(sentence))) {
      return { kind: 'shouting', text: token.word, reason: 'is upset' };
    }
  }
  const shouted = shoutedWords(quoted, names);
  if (shouted) return { kind: 'shouting', text: shouted, reason: 'is shouting' };
  return undefined;
}

/** The reply acknowledges how the customer feels: understanding, empathy or an apology. */
export function acknowledges(analysis: Analysis): boolean {
  const { stream, context } = analysis;
  const inDraft = (match: Match): boolean => {
    const first = stream.tokens[match.start] as Token;
    return insideAny(context.draft, first.start, first.end);
  };
  return matchesOf(analysis, acknowledgementPhrases).some(inDraft) || apologises(analysis);
}

const acknowledgementFor: Readonly<Record<Cue['kind'], string>> = {
  repeat: "I'm sorry you've had to get in touch about this again; I understand how frustrating that is.",
  anger: "I can see how frustrating this has been, and I'm sorry.",
  shouting: "I can see how frustrating this has been, and I'm sorry.",
};

export function acknowledgeFeelings(): (tree: Root, file: VFile) => void {
  return (tree, file) => {
    const analysis = analyse(tree, file);
    const { stream, context } = analysis;
    if (context.template) return;
    const cue = frustrationIn(context.quotedText, nameParts(analysis.context.customer));
    if (!cue || acknowledges(analysis)) return;
    // The first sentence of the message, past any "Reference: CV-2026-031877" line.
    const first = replyBody(analysis).units.find((unit) => !/^[\p{L} ]{1,24}:\s*\S+$/u.test(unitTextOf(stream, unit).trim()));
    if (!first) return;
    const { start, end } = sentenceSpan(stream, first);
    const sentence = acknowledgementFor[cue.kind];
    report(file, analysis, meta, {
      start,
      end,
      reason: `The customer ${cue.reason} (“${cue.text}”), but the reply goes straight to the fix: acknowledge how they feel first.`,
      note: 'Say that you understand why they are upset before the fix; it shows the problem was taken seriously.',
      suggestions: [{ desc: `Open with “${sentence}”`, fix: { range: [start, start], text: `${sentence} ` } }],
    });
  };
}

export const rule: Rule<undefined> = {
  meta,
  phraseSets: [acknowledgementPhrases, apologyPhrases],
  parseOptions: noOptions(meta.id),
  attacher: acknowledgeFeelings,
};

export default rule;
