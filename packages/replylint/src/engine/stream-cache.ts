import {
  type Match,
  movePart,
  type PhraseMatcher,
  type Placement,
  type Token,
  type TokenPart,
  type TokenStream,
  tokenizePart,
  type Unit,
} from '@replylint/rules/kit';
import type { Root } from 'nlcst';
import retextEnglish from 'retext-english';
import { unified } from 'unified';

const parser = unified().use(retextEnglish).freeze();

/** A paragraph's phrase matches for one matcher, per set in the matcher's order, as placed where they were last used. */
interface PlacedMatches {
  readonly at: Placement;
  readonly bySet: readonly (readonly Match[])[];
}

/** The matches of a set that has none in a paragraph (most sets, in most paragraphs). */
const none: readonly Match[] = Object.freeze([]);

/**
 * A paragraph's tokens and its phrase matches per matcher once asked for, kept as placed
 * where the paragraph was last used: when it sits at the same place again (the same reply
 * linted again, an edit further down), they are used as they are.
 */
interface Parsed {
  part: TokenPart;
  readonly matches: WeakMap<PhraseMatcher, PlacedMatches>;
}

/** Paragraphs parsed before, by their text: an edit re-parses and re-matches only the paragraph it touched. */
const cache = new Map<string, Parsed>();
const cacheLimit = 4096;

function samePlace(a: Placement, b: Placement): boolean {
  return a.offset === b.offset && a.tokenBase === b.tokenBase && a.unitBase === b.unitBase && a.paragraphBase === b.paragraphBase;
}

/** The paragraph, its tokens placed `at`: parsed there when new, reused or moved there when cached. */
function parsedAt(paragraph: string, at: Placement): Parsed {
  const hit = cache.get(paragraph);
  if (hit) {
    // Most recently used last, so the oldest go first when the cache is full.
    cache.delete(paragraph);
    cache.set(paragraph, hit);
    if (!samePlace(hit.part.at, at)) hit.part = movePart(hit.part, at);
    return hit;
  }
  const parsed: Parsed = { part: tokenizePart(parser.parse(paragraph) as Root, paragraph, at), matches: new WeakMap() };
  if (cache.size >= cacheLimit) cache.delete(cache.keys().next().value as string);
  cache.set(paragraph, parsed);
  return parsed;
}

/** Forgets every cached paragraph (for benchmarks that must measure parsing, and for tests). */
export function clearParseCache(): void {
  cache.clear();
}

/** Matches moved from where they were found to `at`; only token and unit indices change. */
function moveMatches(placed: PlacedMatches, at: Placement): PlacedMatches {
  const tokenBy = at.tokenBase - placed.at.tokenBase;
  const unitBy = at.unitBase - placed.at.unitBase;
  const bySet = placed.bySet.map((matches) => {
    if (matches.length === 0) return none;
    const moved: Match[] = [];
    for (const match of matches) {
      moved.push({ entry: match.entry, start: match.start + tokenBy, end: match.end + tokenBy, unit: match.unit + unitBy });
    }
    return moved;
  });
  return { at, bySet };
}

/** Two line breaks with only spaces between; a break is CRLF, LF or CR, so every line-end style splits alike. */
const blankLine = /(?:\r\n|\r(?!\n)|\n)[^\S\r\n]*(?:\r\n|\r(?!\n)|\n)/g;

/** A text's tokens with a way to its phrase matches, both assembled from its paragraphs'. */
export interface CachedStream {
  readonly stream: TokenStream;
  /** Matches for `matcher`, from each paragraph's matches (kept), in the text's token indices. */
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
  // The part as placed in this text: a paragraph met twice is moved, and its entry keeps the second place.
  const parts: { parsed: Parsed; part: TokenPart }[] = [];
  let paragraphs = 0;
  let from = 0;
  const add = (start: number, end: number): void => {
    const paragraph = text.slice(start, end);
    if (paragraph.trim() === '') return;
    const at: Placement = { offset: start, tokenBase: tokens.length, unitBase: units.length, paragraphBase: paragraphs };
    const parsed = parsedAt(paragraph, at);
    const part = parsed.part;
    parts.push({ parsed, part });
    for (const token of part.tokens) tokens.push(token);
    for (const unit of part.units) units.push(unit);
    paragraphs += part.paragraphs;
  };
  blankLine.lastIndex = 0;
  for (let match = blankLine.exec(text); match; match = blankLine.exec(text)) {
    add(from, match.index);
    from = match.index + match[0].length;
    blankLine.lastIndex = from - 1;
  }
  add(from, text.length);
  const matchesFor = (matcher: PhraseMatcher): Map<string, Match[]> => {
    const found: Match[][] = matcher.sets.map(() => []);
    for (const { parsed, part } of parts) addMatches(parsed, part, matcher, tokens, found);
    return new Map(matcher.sets.map((set, index) => [set.name, found[index] as Match[]]));
  };
  return { stream: { text, tokens, units }, matchesFor };
}

/**
 * Adds a paragraph's matches, placed where `part` is in the text, to `found`: kept from an
 * earlier pass when they were found at the same place, moved when elsewhere, else found
 * over the part's units of the whole text's `tokens` (and kept).
 */
function addMatches(parsed: Parsed, part: TokenPart, matcher: PhraseMatcher, tokens: readonly Token[], found: Match[][]): void {
  const kept = parsed.matches.get(matcher);
  const at = part.at;
  if (kept && kept.at.tokenBase === at.tokenBase && kept.at.unitBase === at.unitBase) {
    append(found, kept.bySet);
    return;
  }
  if (kept) {
    const moved = moveMatches(kept, at);
    parsed.matches.set(matcher, moved);
    append(found, moved.bySet);
    return;
  }
  const before = found.map((matches) => matches.length);
  matcher.matchInto(tokens, part.units, found);
  const bySet = found.map((matches, index) => {
    const from = before[index] as number;
    return matches.length > from ? matches.slice(from) : none;
  });
  parsed.matches.set(matcher, { at, bySet });
}

function append(found: Match[][], bySet: readonly (readonly Match[])[]): void {
  for (let index = 0; index < bySet.length; index++) {
    const into = found[index] as Match[];
    for (const match of bySet[index] as readonly Match[]) into.push(match);
  }
}
