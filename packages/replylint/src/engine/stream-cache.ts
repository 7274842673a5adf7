import { type Match, type PhraseMatcher, type Token, type TokenStream, tokenize, type Unit } from '@replylint/rules/kit';
import type { Root } from 'nlcst';
import retextEnglish from 'retext-english';
import { unified } from 'unified';

const parser = unified().use(retextEnglish).freeze();

/** A paragraph's tokens, and its phrase matches per matcher once asked for. */
interface Parsed {
  readonly stream: TokenStream;
  readonly matches: WeakMap<PhraseMatcher, Map<string, Match[]>>;
}

/** Paragraphs parsed before, by their text: an edit re-parses and re-matches only the paragraph it touched. */
const cache = new Map<string, Parsed>();
const cacheLimit = 4096;

function parsedOf(paragraph: string): Parsed {
  const hit = cache.get(paragraph);
  if (hit) {
    // Most recently used last, so the oldest go first when the cache is full.
    cache.delete(paragraph);
    cache.set(paragraph, hit);
    return hit;
  }
  const parsed: Parsed = { stream: tokenize(parser.parse(paragraph) as Root, paragraph), matches: new WeakMap() };
  if (cache.size >= cacheLimit) cache.delete(cache.keys().next().value as string);
  cache.set(paragraph, parsed);
  return parsed;
}

/** Forgets every cached paragraph (for benchmarks that must measure parsing, and for tests). */
export function clearParseCache(): void {
  cache.clear();
}

const blankLine = /\n[^\S\n]*\n/g;

/** A text's tokens with a way to its phrase matches, both assembled from its paragraphs'. */
export interface CachedStream {
  readonly stream: TokenStream;
  /** Matches for `matcher`, from each paragraph's matches (kept), moved to the text's token indices. */
  readonly matchesFor: (matcher: PhraseMatcher) => Map<string, Match[]>;
}

/**
 * The tokens of a text, assembled from its paragraphs' cached tokens. Paragraphs (runs of
 * text between blank lines) are parsed on their own, which gives the same sentences as
 * parsing the whole text, since no sentence crosses a blank line; and since no phrase match
 * crosses a sentence, matching paragraph by paragraph gives the same matches too.
 */
export function cachedStream(text: string): CachedStream {
  const tokens: Token[] = [];
  const units: Unit[] = [];
  const parts: { parsed: Parsed; tokenBase: number; unitBase: number }[] = [];
  let paragraphs = 0;
  let from = 0;
  const add = (start: number, end: number): void => {
    const paragraph = text.slice(start, end);
    if (paragraph.trim() === '') return;
    const parsed = parsedOf(paragraph);
    const part = parsed.stream;
    const tokenBase = tokens.length;
    const unitBase = units.length;
    parts.push({ parsed, tokenBase, unitBase });
    let lastParagraph = -1;
    for (const token of part.tokens)
      tokens.push({ ...token, start: token.start + start, end: token.end + start, unit: token.unit + unitBase });
    for (const unit of part.units) {
      units.push({
        index: unit.index + unitBase,
        start: unit.start + start,
        end: unit.end + start,
        tokenStart: unit.tokenStart + tokenBase,
        tokenEnd: unit.tokenEnd + tokenBase,
        paragraph: unit.paragraph + paragraphs,
      });
      lastParagraph = Math.max(lastParagraph, unit.paragraph);
    }
    paragraphs += lastParagraph + 1;
  };
  blankLine.lastIndex = 0;
  for (let match = blankLine.exec(text); match; match = blankLine.exec(text)) {
    add(from, match.index);
    from = match.index + match[0].length;
    blankLine.lastIndex = from - 1;
  }
  add(from, text.length);
  const matchesFor = (matcher: PhraseMatcher): Map<string, Match[]> => {
    const all = new Map<string, Match[]>(matcher.sets.map((set) => [set.name, []]));
    for (const { parsed, tokenBase, unitBase } of parts) {
      let own = parsed.matches.get(matcher);
      if (!own) {
        own = matcher.match(parsed.stream);
        parsed.matches.set(matcher, own);
      }
      for (const [name, matches] of own) {
        const into = all.get(name) as Match[];
        for (const match of matches) {
          into.push({ ...match, start: match.start + tokenBase, end: match.end + tokenBase, unit: match.unit + unitBase });
        }
      }
    }
    return all;
  };
  return { stream: { text, tokens, units }, matchesFor };
}
