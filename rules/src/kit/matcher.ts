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

/** A pattern as a tree: words and word classes, and groups of alternative sequences. */
type PatternNode =
  | { readonly kind: 'atom'; readonly keys: ReadonlySet<string>; readonly optional: boolean }
  | { readonly kind: 'group'; readonly alternatives: readonly PatternNode[][]; readonly optional: boolean };

/** One compiled pattern; `stamp` lets a token wake it once even when several of its keys index it. */
interface Program {
  readonly sequence: readonly PatternNode[];
  readonly terminal: Terminal;
  stamp: number;
}

/** Where a partial match stands: the next token to read, the end of the last token taken, skips used. */
interface Cursor {
  readonly at: number;
  readonly end: number;
  readonly skips: number;
}

const maxSkips = 3;
const skippable = new Set([',', '<filler>']);

export class PatternError extends Error {
  override name = 'PatternError';
}

/** Splits at top-level occurrences of `separator` (outside parentheses), by index. */
function splitOutside(text: string, isSeparator: (char: string) => boolean, pattern: string, where: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (char === '(') depth++;
    else if (char === ')') {
      depth--;
      if (depth < 0) throw new PatternError(`Unbalanced ")" in pattern "${pattern}" (${where})`);
    } else if (depth === 0 && isSeparator(char)) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  if (depth !== 0) throw new PatternError(`Unbalanced "(" in pattern "${pattern}" (${where})`);
  parts.push(text.slice(from));
  return parts;
}

const isSpace = (char: string): boolean => char === ' ' || char === '\t' || char === '\n';
const isBar = (char: string): boolean => char === '|';

/**
 * Rules repeat the same long alternations (parties, fault words…) across many patterns;
 * each distinct source text is parsed once and its tree shared.
 */
const parsedSequences = new Map<string, PatternNode[]>();

function parseSequence(text: string, pattern: string, where: string): PatternNode[] {
  const cached = parsedSequences.get(text);
  if (cached) return cached;
  const sequence = splitOutside(text, isSpace, pattern, where)
    .filter((item) => item !== '')
    .map((item): PatternNode => {
      if (item.startsWith('(')) {
        const optional = item.endsWith(')?');
        if (!item.endsWith(')') && !optional) {
          throw new PatternError(`Malformed group "${item}" in pattern "${pattern}" (${where})`);
        }
        const inner = item.slice(1, optional ? -2 : -1);
        const alternatives = splitOutside(inner, isBar, pattern, where).map((alternative) =>
          parseSequence(alternative.trim(), pattern, where),
        );
        return { kind: 'group', alternatives, optional };
      }
      const optional = item.endsWith('?') && item.length > 1;
      const body = optional ? item.slice(0, -1) : item;
      const keys = body.split('|').filter((key) => key !== '');
      if (keys.length === 0) throw new PatternError(`Empty element in pattern "${pattern}" (${where})`);
      for (const key of keys) {
        if (key.startsWith('<') !== key.endsWith('>') || key.includes('(') || key.includes(')')) {
          throw new PatternError(`Malformed element "${key}" in pattern "${pattern}" (${where})`);
        }
      }
      return { kind: 'atom', keys: new Set(keys), optional };
    });
  parsedSequences.set(text, sequence);
  return sequence;
}

function nullable(sequence: readonly PatternNode[]): boolean {
  return sequence.every(
    (node) => node.optional || (node.kind === 'group' && node.alternatives.some((alternative) => nullable(alternative))),
  );
}

/** The keys a match of the sequence can start on. */
function firstKeys(sequence: readonly PatternNode[], into = new Set<string>()): Set<string> {
  for (const node of sequence) {
    if (node.kind === 'atom') for (const key of node.keys) into.add(key);
    else for (const alternative of node.alternatives) firstKeys(alternative, into);
    if (!nullable([node])) break;
  }
  return into;
}

function parsePattern(pattern: string, where: string): { anchored: boolean; sequence: PatternNode[] } {
  const trimmed = pattern.trim();
  const anchored = trimmed.startsWith('^ ');
  const sequence = parseSequence(anchored ? trimmed.slice(2).trim() : trimmed, pattern, where);
  if (nullable(sequence)) throw new PatternError(`Pattern "${pattern}" can match nothing (${where})`);
  return { anchored, sequence };
}

/**
 * All phrase patterns of all rules compiled into one automaton over tokens, run in one
 * pass over a reply: each pattern is indexed by the keys its first element accepts, so a
 * token only wakes the patterns that can start on it, and each of those steps through its
 * remaining elements (optional ones, and fillers or commas in between, allowed).
 */
export class PhraseMatcher {
  readonly sets: readonly PhraseSet[];
  private readonly index = new Map<string, Program[]>();
  private readonly anchoredIndex = new Map<string, Program[]>();
  private stamp = 0;

  constructor(sets: readonly PhraseSet[]) {
    this.sets = sets;
    sets.forEach((set, setIndex) => {
      set.entries.forEach((entry, entryIndex) => {
        for (const pattern of entry.patterns) {
          const { anchored, sequence } = parsePattern(pattern, `${set.name}/${entry.id}`);
          const index = anchored ? this.anchoredIndex : this.index;
          const program: Program = { sequence, terminal: { set: setIndex, entry: entryIndex }, stamp: -1 };
          for (const key of firstKeys(sequence)) {
            const list = index.get(key);
            if (list) list.push(program);
            else index.set(key, [program]);
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
    let unitEnd = 0;
    let start = 0;
    // Continuation-passing over the pattern tree: each node hands every way it can end to `next`.
    const node = (current: PatternNode, cursor: Cursor, next: (cursor: Cursor) => void): void => {
      if (current.optional) next(cursor);
      if (current.kind === 'group') {
        for (const alternative of current.alternatives) sequence(alternative, 0, cursor, next);
        return;
      }
      take(current.keys, cursor, next);
    };
    const take = (wanted: ReadonlySet<string>, cursor: Cursor, next: (cursor: Cursor) => void): void => {
      const { at, end, skips } = cursor;
      if (at >= unitEnd) return;
      const keys = (tokens[at] as TokenStream['tokens'][number]).keys;
      if (keys.some((key) => wanted.has(key))) next({ at: at + 1, end: at + 1, skips });
      // Fillers and commas may sit between elements, never before the first.
      if (end > start && skips < maxSkips && keys.some((key) => skippable.has(key))) {
        take(wanted, { at: at + 1, end, skips: skips + 1 }, next);
      }
    };
    const sequence = (nodes: readonly PatternNode[], from: number, cursor: Cursor, next: (cursor: Cursor) => void): void => {
      const current = nodes[from];
      if (!current) {
        next(cursor);
        return;
      }
      node(current, cursor, (after) => sequence(nodes, from + 1, after, next));
    };
    const run = (index: Map<string, Program[]>, unit: number): void => {
      const token = tokens[start];
      if (!token) return;
      const stamp = ++this.stamp;
      for (const key of token.keys) {
        const programs = index.get(key);
        if (!programs) continue;
        for (const program of programs) {
          if (program.stamp === stamp) continue;
          program.stamp = stamp;
          sequence(program.sequence, 0, { at: start, end: start, skips: 0 }, (cursor) => {
            if (cursor.end > start) record(program.terminal, start, cursor.end, unit);
          });
        }
      }
    };
    for (const unit of units) {
      unitEnd = unit.tokenEnd;
      let first = unit.tokenStart;
      while (first < unit.tokenEnd && tokens[first]?.kind !== 'word') first++;
      for (start = unit.tokenStart; start < unit.tokenEnd; start++) {
        if (start === first) run(this.anchoredIndex, unit.index);
        run(this.index, unit.index);
      }
    }
    const result = new Map<string, Match[]>();
    this.sets.forEach((set, index) => {
      result.set(set.name, found[index] as Match[]);
    });
    return result;
  }
}
