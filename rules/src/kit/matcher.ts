import type { Token, TokenStream, Unit } from './tokens.js';

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

/**
 * A state of the automaton all patterns compile to (Thompson's construction): it reads one
 * token whose keys meet `keys`, branches without reading, or completes a phrase entry.
 */
type NfaState =
  | { readonly kind: 'read'; readonly keys: ReadonlySet<string>; readonly next: number }
  | { readonly kind: 'branch'; readonly to: readonly number[] }
  | { readonly kind: 'done'; readonly terminal: Terminal };

/** One pattern: where it starts in the automaton, and the keys its first token may have. */
interface Program {
  readonly entry: number;
  stamp: number;
}

/** A move on one token: the state after it, and the entries completed by reading it. */
interface Edge {
  readonly target: DfaState | undefined;
  readonly done: readonly Terminal[];
}

/**
 * A set of automaton positions, built on demand the first time the text leads there and
 * kept, so that replies that share wording share the work (a lazy DFA, as in RE2). A
 * position is a reading state and the fillers or commas skipped so far.
 */
interface DfaState {
  readonly positions: readonly number[];
  /** Moves by the keys of the token read; token key lists are shared per word, so identity is enough. */
  readonly edges: Map<readonly string[], Edge>;
  /** Positions by a key they read, built once the state has met a few different words. */
  byKey: Map<string, number[]> | undefined;
  /**
   * Moves by the keys that matter here (those some position reads) and whether the token
   * may be skipped: most words lead to the same move, and it is worked out once.
   */
  bySignature: Map<string, Edge> | undefined;
}

const skippableKeys = new Set([',', '<filler>']);

/** The part of a token's keys that decides a move: the keys `relevant` holds, and whether it may be skipped. */
function signatureOf(keys: readonly string[], relevant: { has(key: string): boolean }): string {
  let signature = '';
  let skippable = false;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] as string;
    if (relevant.has(key)) signature += `${key}\u0000`;
    if (skippableKeys.has(key)) skippable = true;
  }
  return skippable ? `${signature}\u0001` : signature;
}

const maxSkips = 3;
export class PatternError extends Error {
  override name = 'PatternError';
}

/** Pattern lexemes: parentheses, a closing `)?`, a bar, a run of spaces, or a run of word characters. */
const lexeme = /\(|\)\?|\)|\||\s+|[^\s()|]+/g;

/** Atoms repeat across patterns (long alternations of parties, fault words…): one node per source text. */
const atoms = new Map<string, PatternNode>();

/**
 * Reads a pattern into a tree, in one pass over its lexemes. Inside a group a bar separates
 * alternative sequences; elsewhere it separates the words of one element (`a|b`).
 */
class PatternReader {
  private readonly lexemes: string[];
  private at = 0;

  constructor(
    private readonly pattern: string,
    private readonly where: string,
  ) {
    this.lexemes = pattern.match(lexeme) ?? [];
  }

  private error(problem: string): PatternError {
    return new PatternError(`${problem} in pattern "${this.pattern}" (${this.where})`);
  }

  read(): PatternNode[] {
    const sequence = this.sequence(false);
    if (this.at < this.lexemes.length) throw this.error('Unbalanced ")"');
    return sequence;
  }

  private sequence(inGroup: boolean): PatternNode[] {
    const nodes: PatternNode[] = [];
    let words = '';
    const flush = (): void => {
      if (words !== '') nodes.push(this.atom(words));
      words = '';
    };
    while (this.at < this.lexemes.length) {
      const current = this.lexemes[this.at] as string;
      if (current === ')' || current === ')?') {
        if (!inGroup) throw this.error('Unbalanced ")"');
        break;
      }
      if (current === '|' && inGroup && words === '') break;
      if (current === '|' && inGroup) {
        flush();
        break;
      }
      this.at++;
      if (current === '(') {
        if (words !== '') throw this.error(`Malformed element "${words}("`);
        nodes.push(this.group());
        const next = this.lexemes[this.at];
        if (next !== undefined && next !== '|' && next !== ')' && next !== ')?' && next !== '(' && !/^\s/.test(next)) {
          throw this.error(`Malformed group followed by "${next}"`);
        }
      } else if (/^\s/.test(current)) {
        flush();
      } else {
        words += current;
      }
    }
    flush();
    return nodes;
  }

  private group(): PatternNode {
    const alternatives: PatternNode[][] = [];
    for (;;) {
      alternatives.push(this.sequence(true));
      const current = this.lexemes[this.at++];
      if (current === '|') continue;
      if (current === ')' || current === ')?') return this.merged(alternatives, current === ')?');
      throw this.error('Unbalanced "("');
    }
  }

  /** A group of single words (`(can|could)`) is one element with all their keys: a smaller automaton. */
  private merged(alternatives: PatternNode[][], optional: boolean): PatternNode {
    const single = alternatives.every(
      (alternative) => alternative.length === 1 && alternative[0]?.kind === 'atom' && !alternative[0].optional,
    );
    if (!single) return { kind: 'group', alternatives, optional };
    const keys = new Set<string>();
    for (const alternative of alternatives)
      for (const key of (alternative[0] as { keys: ReadonlySet<string> }).keys) keys.add(key);
    return { kind: 'atom', keys, optional };
  }

  private atom(item: string): PatternNode {
    const cached = atoms.get(item);
    if (cached) return cached;
    const optional = item.endsWith('?') && item.length > 1;
    const body = optional ? item.slice(0, -1) : item;
    const keys = body.split('|').filter((key) => key !== '');
    if (keys.length === 0) throw this.error('Empty element');
    for (const key of keys) {
      if (key.startsWith('<') !== key.endsWith('>')) throw this.error(`Malformed element "${key}"`);
    }
    const node: PatternNode = { kind: 'atom', keys: new Set(keys), optional };
    atoms.set(item, node);
    return node;
  }
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
  const sequence = new PatternReader(anchored ? trimmed.slice(2).trim() : trimmed, where).read();
  if (nullable(sequence)) throw new PatternError(`Pattern "${pattern}" can match nothing (${where})`);
  return { anchored, sequence };
}

/** The start moves of one index (anchored or not): by token keys, and shared by signature. */
interface StartCache {
  readonly index: Map<string, Program[]>;
  readonly byKeys: Map<readonly string[], Edge>;
  readonly bySignature: Map<string, Edge>;
}

function startCache(index: Map<string, Program[]>): StartCache {
  return { index, byKeys: new Map(), bySignature: new Map() };
}

/** Positions pack a reading state and a skip count (0–3) into one number. */
const skipBits = 2;
const skipMask = (1 << skipBits) - 1;

/**
 * All phrase patterns of all rules compiled into one automaton over tokens and run in one
 * pass over a reply. Each token wakes only the patterns that can start on it (an index by
 * first keys); from there the automaton is determinised lazily, so the common case — a
 * word seen before after the same prefix — costs one map lookup per token, however many
 * patterns share that prefix. Optional elements, groups, and fillers or commas between
 * elements are all handled in the automaton.
 */
export class PhraseMatcher {
  readonly sets: readonly PhraseSet[];
  private readonly nfa: NfaState[] = [];
  private readonly index = new Map<string, Program[]>();
  private readonly anchoredIndex = new Map<string, Program[]>();
  private stamp = 0;
  private dfa = new Map<string, DfaState>();
  /** Start moves by token keys, for unanchored and anchored patterns: one lookup per token. */
  private starts = startCache(this.index);
  private anchoredStarts = startCache(this.anchoredIndex);

  private readonly maxStates: number;

  /** `maxStates` bounds the cached automaton states (the cache starts afresh beyond it). */
  constructor(sets: readonly PhraseSet[], options: { readonly maxStates?: number } = {}) {
    this.sets = sets;
    this.maxStates = options.maxStates ?? 50_000;
    sets.forEach((set, setIndex) => {
      set.entries.forEach((entry, entryIndex) => {
        for (const pattern of entry.patterns) {
          const { anchored, sequence } = parsePattern(pattern, `${set.name}/${entry.id}`);
          const index = anchored ? this.anchoredIndex : this.index;
          const done = this.add({ kind: 'done', terminal: { set: setIndex, entry: entryIndex } });
          const program: Program = { entry: this.build(sequence, done), stamp: -1 };
          for (const key of firstKeys(sequence)) {
            const list = index.get(key);
            if (list) list.push(program);
            else index.set(key, [program]);
          }
        }
      });
    });
  }

  private add(state: NfaState): number {
    this.nfa.push(state);
    return this.nfa.length - 1;
  }

  /** The automaton for a sequence that continues at `next`; returns its entry state. */
  private build(sequence: readonly PatternNode[], next: number): number {
    let at = next;
    for (let i = sequence.length - 1; i >= 0; i--) {
      const node = sequence[i] as PatternNode;
      const after = at;
      const entry =
        node.kind === 'atom'
          ? this.add({ kind: 'read', keys: node.keys, next: after })
          : this.add({ kind: 'branch', to: node.alternatives.map((alternative) => this.build(alternative, after)) });
      at = node.optional ? this.add({ kind: 'branch', to: [entry, after] }) : entry;
    }
    return at;
  }

  /** Follows branches from `state`, collecting reading positions (with `skips`) and completed entries. */
  private close(state: number, skips: number, positions: Set<number>, done: Set<Terminal>): void {
    const current = this.nfa[state] as NfaState;
    if (current.kind === 'read') positions.add((state << skipBits) | skips);
    else if (current.kind === 'done') done.add(current.terminal);
    else for (const to of current.to) this.close(to, skips, positions, done);
  }

  private intern(positions: Set<number>): DfaState | undefined {
    if (positions.size === 0) return undefined;
    const sorted = [...positions].sort((a, b) => a - b);
    const key = sorted.join(',');
    let state = this.dfa.get(key);
    if (!state) {
      // Every field from the start: one object shape for all states keeps `step` monomorphic.
      state = { positions: sorted, edges: new Map(), byKey: undefined, bySignature: undefined };
      this.dfa.set(key, state);
    }
    return state;
  }

  private reads(state: number, keys: readonly string[]): boolean {
    const wanted = (this.nfa[state] as { keys: ReadonlySet<string> }).keys;
    for (let k = 0; k < keys.length; k++) if (wanted.has(keys[k] as string)) return true;
    return false;
  }

  /** The move from the patterns a token can start, on that token. */
  private start(cache: StartCache, keys: readonly string[]): Edge {
    const cached = cache.byKeys.get(keys);
    if (cached) return cached;
    // Only the keys some pattern starts with matter: most words share the answer.
    const signature = signatureOf(keys, cache.index);
    const shared = cache.bySignature.get(signature);
    if (shared) {
      cache.byKeys.set(keys, shared);
      return shared;
    }
    const stamp = ++this.stamp;
    const entries = new Set<number>();
    const ignored = new Set<Terminal>();
    for (const key of keys) {
      for (const program of cache.index.get(key) ?? []) {
        if (program.stamp === stamp) continue;
        program.stamp = stamp;
        this.close(program.entry, 0, entries, ignored);
      }
    }
    const edge = this.move([...entries], keys, false);
    cache.byKeys.set(keys, edge);
    cache.bySignature.set(signature, edge);
    return edge;
  }

  /** Reads one token from a set of positions: every reading state it satisfies moves on, and after the first token fillers and commas may be skipped. */
  private move(positions: readonly number[], keys: readonly string[], mayskip: boolean, byKey?: Map<string, number[]>): Edge {
    const next = new Set<number>();
    const done = new Set<Terminal>();
    const advance = (position: number): void => {
      const state = position >> skipBits;
      this.close((this.nfa[state] as { next: number }).next, position & skipMask, next, done);
    };
    if (byKey) {
      const moved = new Set<number>();
      for (const key of keys) for (const position of byKey.get(key) ?? []) moved.add(position);
      for (const position of moved) advance(position);
    } else {
      for (const position of positions) if (this.reads(position >> skipBits, keys)) advance(position);
    }
    if (mayskip && keys.some((key) => skippableKeys.has(key))) {
      for (const position of positions) if ((position & skipMask) < maxSkips) next.add(position + 1);
    }
    return { target: this.intern(next), done: [...done] };
  }

  private keyIndex(state: DfaState): Map<string, number[]> {
    const byKey = new Map<string, number[]>();
    for (const position of state.positions) {
      for (const key of (this.nfa[position >> skipBits] as { keys: ReadonlySet<string> }).keys) {
        const list = byKey.get(key);
        if (list) list.push(position);
        else byKey.set(key, [position]);
      }
    }
    return byKey;
  }

  private step(state: DfaState, keys: readonly string[]): Edge {
    let edge = state.edges.get(keys);
    if (edge) return edge;
    // Once a state has met a few different words, index its positions by key and share moves by signature.
    if (!state.byKey && state.edges.size > 4) state.byKey = this.keyIndex(state);
    if (state.byKey) {
      const signature = signatureOf(keys, state.byKey);
      state.bySignature ??= new Map();
      edge = state.bySignature.get(signature);
      if (!edge) {
        edge = this.move(state.positions, keys, true, state.byKey);
        state.bySignature.set(signature, edge);
      }
    } else {
      edge = this.move(state.positions, keys, true);
    }
    state.edges.set(keys, edge);
    return edge;
  }

  /** Matches per set name. Every match lies inside one unit. */
  match(stream: TokenStream): Map<string, Match[]> {
    const found: Match[][] = this.sets.map(() => []);
    this.matchInto(stream.tokens, stream.units, found);
    const result = new Map<string, Match[]>();
    for (let index = 0; index < this.sets.length; index++) {
      result.set((this.sets[index] as PhraseSet).name, found[index] as Match[]);
    }
    return result;
  }

  /**
   * Adds the matches inside `units` (of `tokens`) to `found`, one array per set in the order
   * of `sets`: for a caller that gathers a text's matches part by part without a map per part.
   * Parts must come in the order of their tokens.
   */
  matchInto(tokens: readonly Token[], units: readonly Unit[], found: Match[][]): void {
    // Text unlike anything seen before can grow the cache without bound: start it afresh.
    if (this.dfa.size > this.maxStates) {
      this.dfa = new Map();
      this.starts = startCache(this.index);
      this.anchoredStarts = startCache(this.anchoredIndex);
    }
    for (const unit of units) {
      let first = unit.tokenStart;
      while (first < unit.tokenEnd && tokens[first]?.kind !== 'word') first++;
      for (let start = unit.tokenStart; start < unit.tokenEnd; start++) {
        if (start === first) this.run(this.anchoredStarts, tokens, start, unit, found);
        this.run(this.starts, tokens, start, unit, found);
      }
    }
  }

  /** Runs the automaton from token `start` to the end of its unit, adding what it completes to `found`. */
  private run(cache: StartCache, tokens: readonly Token[], start: number, unit: Unit, found: Match[][]): void {
    let edge = this.start(cache, (tokens[start] as Token).keys);
    for (let at = start; ; ) {
      const done = edge.done;
      for (let d = 0; d < done.length; d++) {
        const terminal = done[d] as Terminal;
        const entry = (this.sets[terminal.set] as PhraseSet).entries[terminal.entry] as PhraseEntry;
        const into = found[terminal.set] as Match[];
        if (!repeats(into, entry, start, at + 1)) into.push({ entry, start, end: at + 1, unit: unit.index });
      }
      const state = edge.target;
      at++;
      if (!state || at >= unit.tokenEnd) return;
      edge = this.step(state, (tokens[at] as Token).keys);
    }
  }
}

/**
 * Whether `matches` already hold `entry` over [start, end): two patterns of one entry (one
 * of them anchored, say) may match the same words. Matches are found in order of their
 * start, so only the last few can share it.
 */
function repeats(matches: readonly Match[], entry: PhraseEntry, start: number, end: number): boolean {
  for (let i = matches.length - 1; i >= 0; i--) {
    const match = matches[i] as Match;
    if (match.start !== start) return false;
    if (match.end === end && match.entry === entry) return true;
  }
  return false;
}
