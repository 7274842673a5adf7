import type { TokenStream } from './tokens.js';

/**
 * One entry of a rule's phrase data: the patterns that find it, and why it matters.
 *
 * Pattern syntax, over lower-cased words with contractions expanded ("can't" is `can not`):
 * - `word` a literal word; `a|b|c` one of several words;
 * - `<class>` any word of a class from the lexicon (`<be>`, `<agent>`, `<num>`…);
 * - `*` any one word; `<ing>`, `<pp>` a word shaped like a gerund or a past participle;
 * - `(a b|c d)` one of several word sequences;
 * - a trailing `?` makes an element or a group optional (`really?`, `a|an?`, `(at all)?`);
 * - a leading `^` anchors the pattern at the start of a sentence.
 * Filler words ("unfortunately", "currently"…) and commas may sit between elements.
 */
export interface PhraseEntry {
  readonly id: string;
  readonly patterns: readonly string[];
}

export interface PhraseSet<E extends PhraseEntry = PhraseEntry> {
  /** Identifies the set in the shared matcher; a rule id, or `rule-id/part`. */
  readonly name: string;
  readonly entries: readonly E[];
}

export interface Match<E extends PhraseEntry = PhraseEntry> {
  readonly entry: E;
  /** Token range [start, end) in the stream. */
  readonly start: number;
  readonly end: number;
  readonly unit: number;
}

interface Terminal {
  readonly set: number;
  readonly entry: number;
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  readonly ends: Terminal[];
}

interface Element {
  readonly keys: readonly string[];
  readonly optional: boolean;
}

const maxSkips = 3;
const skippable = new Set([',', '<filler>']);

function node(): TrieNode {
  return { next: new Map(), ends: [] };
}

export class PatternError extends Error {
  override name = 'PatternError';
}

/** Splits a pattern into items at top-level spaces: words, `a|b` alternatives and `( … )` groups. */
function items(pattern: string, where: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of pattern.trim()) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (depth < 0) throw new PatternError(`Unbalanced ")" in pattern "${pattern}" (${where})`);
    if (/\s/.test(char) && depth === 0) {
      if (current) found.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  if (depth !== 0) throw new PatternError(`Unbalanced "(" in pattern "${pattern}" (${where})`);
  if (current) found.push(current);
  return found;
}

function splitTop(inner: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of inner) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === '|' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

/** Every plain element sequence a pattern stands for (groups expanded). */
function sequences(pattern: string, where: string): Element[][] {
  let result: Element[][] = [[]];
  for (const item of items(pattern, where)) {
    let options: Element[][];
    if (item.startsWith('(')) {
      const optional = item.endsWith(')?');
      const inner = item.slice(1, optional ? -2 : -1);
      if (!item.endsWith(')') && !optional)
        throw new PatternError(`Malformed group "${item}" in pattern "${pattern}" (${where})`);
      options = splitTop(inner).flatMap((alternative) => sequences(alternative, where));
      if (optional) options.push([]);
    } else {
      const optional = item.endsWith('?') && item.length > 1;
      const body = optional ? item.slice(0, -1) : item;
      const keys = body.split('|').filter((key) => key !== '');
      if (keys.length === 0) throw new PatternError(`Empty element in pattern "${pattern}" (${where})`);
      for (const key of keys) {
        if (key.startsWith('<') !== key.endsWith('>') || /[()]/.test(key)) {
          throw new PatternError(`Malformed element "${key}" in pattern "${pattern}" (${where})`);
        }
      }
      options = [[{ keys, optional }]];
    }
    result = result.flatMap((prefix) => options.map((option) => [...prefix, ...option]));
  }
  return result;
}

function parsePattern(pattern: string, where: string): { anchored: boolean; sequences: Element[][] } {
  const trimmed = pattern.trim();
  const anchored = trimmed.startsWith('^ ');
  const all = sequences(anchored ? trimmed.slice(2) : trimmed, where).filter((sequence) => sequence.length > 0);
  if (all.length === 0 || all.some((sequence) => sequence.every((element) => element.optional))) {
    throw new PatternError(`Pattern "${pattern}" can match nothing (${where})`);
  }
  return { anchored, sequences: all };
}

function insert(at: TrieNode, elements: readonly Element[], index: number, terminal: Terminal): void {
  const element = elements[index];
  if (!element) {
    if (!at.ends.some((end) => end.set === terminal.set && end.entry === terminal.entry)) at.ends.push(terminal);
    return;
  }
  if (element.optional && index > 0) insert(at, elements, index + 1, terminal);
  for (const key of element.keys) {
    let child = at.next.get(key);
    if (!child) {
      child = node();
      at.next.set(key, child);
    }
    insert(child, elements, index + 1, terminal);
  }
  // An optional first element: the pattern may also start at the next element.
  if (element.optional && index === 0) insert(at, elements, 1, terminal);
}

/**
 * All phrase patterns of all rules compiled into one token trie, matched in one pass
 * over a reply's tokens: the cost does not grow with the number of phrases.
 */
export class PhraseMatcher {
  readonly sets: readonly PhraseSet[];
  private readonly root = node();
  private readonly anchoredRoot = node();

  constructor(sets: readonly PhraseSet[]) {
    this.sets = sets;
    sets.forEach((set, setIndex) => {
      set.entries.forEach((entry, entryIndex) => {
        for (const pattern of entry.patterns) {
          const parsed = parsePattern(pattern, `${set.name}/${entry.id}`);
          for (const elements of parsed.sequences) {
            insert(parsed.anchored ? this.anchoredRoot : this.root, elements, 0, { set: setIndex, entry: entryIndex });
          }
        }
      });
    });
  }

  /** Matches per set name. Every match lies inside one unit. */
  match(stream: TokenStream): Map<string, Match[]> {
    const found: Match[][] = this.sets.map(() => []);
    const seen = new Set<string>();
    const { tokens, units } = stream;
    const record = (terminal: Terminal, start: number, end: number, unit: number): void => {
      const key = `${terminal.set}:${terminal.entry}:${start}:${end}`;
      if (seen.has(key)) return;
      seen.add(key);
      const set = this.sets[terminal.set] as PhraseSet;
      (found[terminal.set] as Match[]).push({ entry: set.entries[terminal.entry] as PhraseEntry, start, end, unit });
    };
    const walk = (at: TrieNode, index: number, unitEnd: number, start: number, skips: number, unit: number): void => {
      if (index >= unitEnd) return;
      const token = tokens[index];
      if (!token) return;
      for (const key of token.keys) {
        const child = at.next.get(key);
        if (!child) continue;
        for (const terminal of child.ends) record(terminal, start, index + 1, unit);
        if (child.next.size > 0) walk(child, index + 1, unitEnd, start, skips, unit);
      }
      if (skips < maxSkips && at !== this.root && at !== this.anchoredRoot) {
        if (token.keys.some((key) => skippable.has(key))) walk(at, index + 1, unitEnd, start, skips + 1, unit);
      }
    };
    for (const unit of units) {
      let first = unit.tokenStart;
      while (first < unit.tokenEnd && tokens[first]?.kind !== 'word') first++;
      for (let start = unit.tokenStart; start < unit.tokenEnd; start++) {
        if (start === first) walk(this.anchoredRoot, start, unit.tokenEnd, start, 0, unit.index);
        walk(this.root, start, unit.tokenEnd, start, 0, unit.index);
      }
    }
    const result = new Map<string, Match[]>();
    this.sets.forEach((set, index) => {
      result.set(set.name, found[index] as Match[]);
    });
    return result;
  }
}
