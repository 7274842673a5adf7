import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { plainContext, type ReplyContext } from './context.js';
import { type Match, type PhraseEntry, PhraseMatcher, type PhraseSet } from './matcher.js';
import { type TokenStream, tokenize } from './tokens.js';

/** What every rule reads about one reply; computed once per parse and shared. */
export interface Analysis {
  readonly tree: Root;
  readonly context: ReplyContext;
  readonly stream: TokenStream;
  readonly matches: Map<string, Match[]>;
}

export interface ReplylintFileData {
  /** Set by the reply-structure layer before the rules run. */
  context?: ReplyContext;
  /** The matcher compiled from every enabled rule's phrases, set by the preset. */
  matcher?: PhraseMatcher;
  /**
   * The text's tokens, when the caller already has them (the library caches them per
   * paragraph, so that an edit re-parses only the paragraph that changed).
   */
  stream?: TokenStream;
  /**
   * The phrase matches of `stream` for a matcher, when the caller can give them for less
   * than a full pass (the library keeps them per paragraph, next to the tokens).
   */
  matchesFor?: (matcher: PhraseMatcher) => Map<string, Match[]>;
  analysis?: Analysis;
}

declare module 'vfile' {
  interface DataMap {
    replylint: ReplylintFileData;
  }
}

/** The shared analysis of `tree`, computing it on first use (a rule used on its own). */
export function analyse(tree: Root, file: VFile): Analysis {
  const data = file.data.replylint ?? {};
  file.data.replylint = data;
  if (data.analysis?.tree === tree) return data.analysis;
  const text = String(file.value ?? '');
  const stream = data.stream ?? tokenize(tree, text);
  const analysis: Analysis = {
    tree,
    context: data.context ?? plainContext(text),
    stream,
    matches: data.matcher ? (data.matchesFor?.(data.matcher) ?? data.matcher.match(stream)) : new Map(),
  };
  data.analysis = analysis;
  return analysis;
}

const ownMatchers = new WeakMap<PhraseSet, PhraseMatcher>();

/** Matches of one phrase set: from the shared pass when it ran, else from the set's own matcher. */
export function matchesOf<E extends PhraseEntry>(analysis: Analysis, set: PhraseSet<E>): Match<E>[] {
  let matches = analysis.matches.get(set.name);
  if (!matches) {
    let matcher = ownMatchers.get(set);
    if (!matcher) {
      matcher = new PhraseMatcher([set]);
      ownMatchers.set(set, matcher);
    }
    matches = matcher.match(analysis.stream).get(set.name) ?? [];
    analysis.matches.set(set.name, matches);
  }
  return matches as Match<E>[];
}
