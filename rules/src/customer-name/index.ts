import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { type Analysis, analyse } from '../kit/analysis.js';
import { type CustomerName, insideAny, type Placeholder } from '../kit/context.js';
import { addressForm, displayName, foldName, titles } from '../kit/names.js';
import { isRecord } from '../kit/options.js';
import { OptionsError, type Rule, type RuleMeta, report, ruleUrl, type Suggestion } from '../kit/rule.js';
import type { Token } from '../kit/tokens.js';
import { genericAddressees, greetingWords, impersonalOpenings } from './greetings.js';
import { placeholderFor } from './placeholders.js';

export const meta: RuleMeta = {
  id: 'customer-name',
  summary: 'The reply does not address the customer by name.',
  url: ruleUrl('customer-name'),
  severity: 'warning',
  presets: ['recommended', 'strict'],
  example: { bad: 'Hi there, thanks for getting in touch.', good: 'Hi Jane, thanks for getting in touch.' },
};

export interface CustomerNameOptions {
  /** The name placeholder to suggest in canned responses (default: the one matching the reply's other tags). */
  readonly placeholder?: string;
}

export function parseOptions(raw: unknown): CustomerNameOptions {
  if (raw === undefined || raw === null) return {};
  if (!isRecord(raw)) throw new OptionsError(meta.id, '(options)', 'an object', raw);
  for (const [key, value] of Object.entries(raw)) {
    if (key !== 'placeholder') throw new OptionsError(meta.id, key, 'one of: placeholder', value);
    if (typeof value !== 'string' || value.trim() === '') {
      throw new OptionsError(meta.id, key, 'a non-empty string such as "{{first_name}}"', value);
    }
  }
  return raw as CustomerNameOptions;
}

interface Greeting {
  /** The greeting word as written ("Hi", "Dear"). */
  readonly word: string;
  readonly start: number;
  readonly wordEnd: number;
  /** The addressee as written, trimmed ("Jane", "there", ""), and where it is. */
  readonly addressee: string;
  readonly addresseeStart: number;
  readonly addresseeEnd: number;
  /** "Hi ," / "Dear ,": a merge field that came out empty. */
  readonly emptyField: boolean;
  /** The end of the greeting line. */
  readonly lineEnd: number;
}

const greetingPattern = new RegExp(
  `^(${greetingWords.map((word) => word.replace(' ', '\\s+')).join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);

const addresseePattern = /^(,?(?:[^\S\r\n]|\p{Cf})*)((?:(?:mrs?|ms|mx|dr|prof|st)\.|[^,!:;.?\n—–()])*)/iu;

function parseGreeting(text: string, start: number): Greeting | undefined {
  const newline = text.indexOf('\n', start);
  // A Windows line end's "\r" belongs to the break, not the line.
  const lineEnd = newline === -1 ? text.length : text.charAt(newline - 1) === '\r' ? newline - 1 : newline;
  const line = text.slice(start, Math.max(start, lineEnd));
  const opening = greetingPattern.exec(line);
  if (!opening) return undefined;
  const word = opening[1] as string;
  const wordEnd = start + word.length;
  const rest = line.slice(word.length);
  const emptyField = /^[^\S\r\n]+[,!:;]/.test(rest) || (/^dear$/i.test(word) && /^[^\S\r\n]*(?:[,!:;.]|$)/.test(rest));
  const shape = addresseePattern.exec(rest);
  const lead = shape?.[1] ?? '';
  let raw = shape?.[2] ?? '';
  // "Hi, thanks for…": a comma after the greeting word and then no name.
  if (lead.startsWith(',') && !/^\s*[\p{Lu}\p{Lt}]/u.test(raw)) raw = '';
  const terminated = /^[,!:;.?—–]/.test(rest.slice(lead.length + raw.length));
  const offset = raw.length - raw.replace(/^[\s\p{Cf}]+/u, '').length;
  let addressee = raw.replace(/^[\s\p{Cf}]+|(?<![\s\p{Cf}])[\s\p{Cf}]+$/gu, '');
  const words = addressee.split(/\s+/).filter(Boolean);
  if (!terminated || words.length > 4) {
    // "Hi Jane thanks for getting in touch": keep the leading capitalised words only.
    const kept: string[] = [];
    for (const candidate of words) {
      if (kept.length === 3 || !(/^[\p{Lu}\p{Lt}]/u.test(candidate) || (kept.length === 0 && genericOf(candidate)))) break;
      kept.push(candidate);
    }
    const lastKept = kept[kept.length - 1];
    addressee = lastKept
      ? addressee.slice(0, addressee.indexOf(lastKept, kept.slice(0, -1).join(' ').length) + lastKept.length)
      : '';
  }
  const addresseeStart = wordEnd + lead.length + offset;
  return {
    word,
    start,
    wordEnd,
    addressee,
    addresseeStart,
    addresseeEnd: addresseeStart + addressee.length,
    emptyField,
    lineEnd,
  };
}

function genericOf(addressee: string): { impersonal: boolean } | undefined {
  const folded = foldName(addressee).replace(/\s+/g, ' ');
  if (folded === '') return { impersonal: false };
  return genericAddressees.find((generic) => generic.words === folded);
}

/** The whitespace-delimited run around a token holds an email address or a link. */
function insideAddress(text: string, token: Token): boolean {
  let from = token.start;
  let to = token.end;
  while (from > 0 && !/\s/.test(text.charAt(from - 1))) from--;
  while (to < text.length && !/\s/.test(text.charAt(to))) to++;
  return /@|:\/\/|^www\./i.test(text.slice(from, to));
}

const leadIns = new Set([
  'hi',
  'hello',
  'hey',
  'dear',
  'thanks',
  'thank',
  'you',
  'cheers',
  'sorry',
  'again',
  'bye',
  'welcome',
  'congratulations',
  'congrats',
  'morning',
  'afternoon',
  'evening',
  'night',
  'day',
  'weekend',
  'please',
  'ok',
  'okay',
  'so',
  'well',
  'yes',
  'no',
  'sure',
  'absolutely',
  'great',
  'now',
]);

const notVocativeBefore = new Set([
  'to',
  'for',
  'from',
  'with',
  'by',
  'at',
  'of',
  'about',
  'asked',
  'told',
  'cc',
  'and',
  'or',
  'named',
  'called',
]);

/** The customer is addressed by name: in the greeting, or as a vocative ("Thanks, Jane!"). */
function addressed(analysis: Analysis, name: CustomerName, greeting: Greeting | undefined): boolean {
  const { tokens, text } = analysis.stream;
  const first = name.first ? foldName(name.first) : undefined;
  const last = name.last ? foldName(name.last) : undefined;
  const firstParts = first?.split(/[\s-]+/) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== 'word') continue;
    const folded = foldName(token.norm);
    let end = -1;
    if (first && (folded === first || folded === firstParts[0])) end = i + 1;
    else if (last && titles.has(folded)) {
      let next = i + 1;
      if (tokens[next]?.norm === '.') next++;
      const surname = last.split(/\s+/);
      if (surname.every((part, k) => tokens[next + k] && foldName((tokens[next + k] as Token).norm) === part))
        end = next + surname.length;
    }
    if (end === -1 || insideAddress(text, token)) continue;
    if (greeting && token.start >= greeting.start && token.start < greeting.lineEnd) return true;
    const before = tokens[i - 1];
    const after = tokens[end];
    const sameUnitBefore = before && before.unit === token.unit ? before : undefined;
    const sameUnitAfter = after && after.unit === token.unit ? after : undefined;
    const openBefore =
      !sameUnitBefore ||
      (sameUnitBefore.kind !== 'word' && /^[,;:(—–-]+$/.test(sameUnitBefore.norm)) ||
      leadIns.has(sameUnitBefore.norm);
    const closeAfter = !sameUnitAfter || (sameUnitAfter.kind !== 'word' && /^[,.!?;:—–)-]/.test(sameUnitAfter.norm));
    if (openBefore && closeAfter) return true;
    if (sameUnitBefore && leadIns.has(sameUnitBefore.norm) && sameUnitBefore.kind === 'word') return true;
    if (
      closeAfter &&
      sameUnitAfter &&
      /^[.!?]/.test(sameUnitAfter.norm) &&
      sameUnitBefore &&
      !notVocativeBefore.has(sameUnitBefore.norm)
    ) {
      return true;
    }
  }
  return false;
}

/**
 * The greeting: on the first line, or under a short title line or two ("Your refund",
 * "Re: order 4471") that a Markdown or HTML draft may open with.
 */
function findGreeting(analysis: Analysis): Greeting | undefined {
  const { stream } = analysis;
  for (const unit of stream.units.slice(0, 3)) {
    const first = stream.tokens[unit.tokenStart];
    if (!first) continue;
    const greeting = parseGreeting(stream.text, first.start);
    if (greeting) return greeting;
    const words = stream.tokens.slice(unit.tokenStart, unit.tokenEnd).filter((token) => token.kind === 'word').length;
    const last = stream.tokens[unit.tokenEnd - 1];
    if (words > 6 || (last?.kind === 'punct' && /[.!?]/.test(last.norm))) return undefined;
  }
  return undefined;
}

/** Replacement text that keeps a space after the greeting word, whatever stood between them. */
function spaced(text: string, at: number, replacement: string): string {
  return /\s/.test(text.charAt(at - 1)) ? replacement : ` ${replacement}`;
}

function firstDraftToken(analysis: Analysis): Token | undefined {
  return analysis.stream.tokens.find((token) => token.kind === 'word' || token.kind === 'symbol');
}

function lineEndAt(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  const line = text.slice(offset, end === -1 ? undefined : end);
  return (end === -1 ? text.length : end) - (line.length - line.trimEnd().length);
}

interface Verdict {
  readonly start: number;
  readonly end: number;
  readonly reason: string;
  readonly suggestions: Suggestion[];
}

interface Reading {
  readonly analysis: Analysis;
  readonly text: string;
  /** The first word of the agent's draft. */
  readonly opening: Token;
  readonly greeting: Greeting | undefined;
  /** Template tags in the draft, and the name placeholder to suggest. */
  readonly tags: readonly Placeholder[];
  readonly placeholder: string;
}

const greetingSpan = (greeting: Greeting): [number, number] => [
  greeting.start,
  greeting.addressee ? greeting.addresseeEnd : greeting.wordEnd,
];

function isTagAt(reading: Reading, from: number, to: number): boolean {
  return reading.tags.some((tag) => tag.start < to && from < tag.end);
}

/** "Hi ," / "Dear ,": the helpdesk had no name to fill in. */
function emptyField(reading: Reading, greeting: Greeting): Verdict {
  const { text, analysis } = reading;
  const { customer, template } = analysis.context;
  const gap = /^[^\S\r\n]*/.exec(text.slice(greeting.wordEnd))?.[0].length ?? 0;
  const end = greeting.wordEnd + (/^[^\S\r\n]*[,!:;.]?/.exec(text.slice(greeting.wordEnd))?.[0].length ?? 0);
  const fill = template ? reading.placeholder : customer ? addressForm(customer, greeting.word) : undefined;
  return {
    start: greeting.start,
    end,
    reason: 'The greeting has an empty name: the merge field did not fill in.',
    suggestions: [
      fill
        ? {
            desc: `Greet them as ${fill}`,
            safe: true,
            fix: { range: [greeting.start, greeting.wordEnd + gap], text: `${greeting.word} ${fill}` },
          }
        : { desc: 'Greet them without the empty field', fix: { range: [greeting.wordEnd, greeting.wordEnd + gap], text: '' } },
    ],
  };
}

/** A canned response: only a placeholder can address the customer. */
function cannedResponse(reading: Reading): Verdict | undefined {
  const { greeting, placeholder, text, opening } = reading;
  if (reading.tags.some((tag) => tag.kind === 'customer-name')) return undefined;
  if (
    greeting?.addressee &&
    !genericOf(greeting.addressee) &&
    !isTagAt(reading, greeting.addresseeStart, greeting.addresseeEnd)
  ) {
    return {
      start: greeting.addresseeStart,
      end: greeting.addresseeEnd,
      reason: `A canned response can't know the customer is “${greeting.addressee}”: use a name placeholder.`,
      suggestions: [
        {
          desc: `Use ${placeholder}`,
          fix: { range: [greeting.addresseeStart, greeting.addresseeEnd], text: placeholder },
          safe: true,
        },
      ],
    };
  }
  const [start, end] = greeting ? greetingSpan(greeting) : [opening.start, lineEndAt(text, opening.start)];
  return {
    start,
    end,
    reason: 'This canned response never addresses the customer by name: add a name placeholder.',
    suggestions: [
      greeting
        ? {
            desc: `Greet them with ${placeholder}`,
            fix: { range: [start, end], text: `${greeting.word} ${placeholder}` },
            safe: true,
          }
        : {
            desc: `Open with a greeting using ${placeholder}`,
            fix: { range: [start, start], text: `Hi ${placeholder},\n\n` },
            safe: true,
          },
    ],
  };
}

/** No name is known: only an impersonal opening is a miss. */
function nameUnknown(reading: Reading): Verdict | undefined {
  const { text, opening, greeting } = reading;
  const line = text.slice(opening.start, lineEndAt(text, opening.start));
  const impersonal = impersonalOpenings.find((words) => foldName(line).startsWith(words));
  if (impersonal) {
    const end = opening.start + impersonal.length;
    return {
      start: opening.start,
      end,
      reason: `“${text.slice(opening.start, end)}” is impersonal: address the customer by name.`,
      suggestions: [{ desc: 'Use their name', fix: { range: [opening.start, end], text: "Dear [customer's name]" } }],
    };
  }
  if (!greeting?.addressee || !genericOf(greeting.addressee)?.impersonal) return undefined;
  const [start, end] = greetingSpan(greeting);
  return {
    start,
    end,
    reason: `“${text.slice(start, end)}” is impersonal: address the customer by name.`,
    suggestions: [
      { desc: 'Use their name', fix: { range: [greeting.addresseeStart, greeting.addresseeEnd], text: "[customer's name]" } },
    ],
  };
}

/** The name is known: the reply must address them by it. */
function nameKnown(reading: Reading, customer: CustomerName): Verdict | undefined {
  const { greeting, opening, text } = reading;
  if (reading.tags.some((tag) => tag.kind === 'customer-name') || addressed(reading.analysis, customer, greeting))
    return undefined;
  const who = displayName(customer);
  if (
    greeting?.addressee &&
    !genericOf(greeting.addressee) &&
    !isTagAt(reading, greeting.addresseeStart, greeting.addresseeEnd)
  ) {
    const form = addressForm(customer, greeting.word);
    return {
      start: greeting.addresseeStart,
      end: greeting.addresseeEnd,
      reason: `“${greeting.addressee}” is not the customer's name: this reply is to ${who}.`,
      suggestions: [
        {
          desc: `Greet them as ${form}`,
          fix: {
            range: [greeting.addresseeStart, greeting.addresseeEnd],
            text: spaced(reading.text, greeting.addresseeStart, form),
          },
          safe: true,
        },
      ],
    };
  }
  const reason = `The reply never addresses ${who} by name: greet them personally.`;
  if (greeting) {
    const [start, end] = greetingSpan(greeting);
    const form = addressForm(customer, greeting.word);
    return {
      start,
      end,
      reason,
      suggestions: [
        { desc: `Greet them as ${form}`, fix: { range: [start, end], text: `${greeting.word} ${form}` }, safe: true },
      ],
    };
  }
  const form = addressForm(customer, 'Hi');
  return {
    start: opening.start,
    end: lineEndAt(text, opening.start),
    reason,
    suggestions: [
      { desc: `Open with "Hi ${form},"`, fix: { range: [opening.start, opening.start], text: `Hi ${form},\n\n` }, safe: true },
    ],
  };
}

export function customerName(options: CustomerNameOptions = {}): (tree: Root, file: VFile) => void {
  return (tree, file) => {
    const analysis = analyse(tree, file);
    const { context, stream } = analysis;
    const opening = firstDraftToken(analysis);
    if (!opening) return;
    const tags = context.placeholders.filter((placeholder) => insideAny(context.draft, placeholder.start, placeholder.end));
    const reading: Reading = {
      analysis,
      text: stream.text,
      opening,
      greeting: findGreeting(analysis),
      tags,
      placeholder: options.placeholder ?? context.namePlaceholder ?? placeholderFor(tags.map((tag) => tag.expression)),
    };
    const verdict = reading.greeting?.emptyField
      ? emptyField(reading, reading.greeting)
      : context.template
        ? cannedResponse(reading)
        : context.customer
          ? nameKnown(reading, context.customer)
          : nameUnknown(reading);
    if (verdict) report(file, analysis, meta, verdict);
  };
}

export const rule: Rule<CustomerNameOptions> = {
  meta,
  phraseSets: [],
  parseOptions,
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      placeholder: {
        type: 'string',
        minLength: 1,
        description:
          'The name placeholder suggested in canned responses (default: the first-name field of the platform whose tags the reply already uses, else {{first_name}}).',
      },
    },
  },
  attacher: customerName,
};

export default rule;
