import {
  type Match,
  movePart,
  type PhraseMatcher,
  type Placement,
  type Token,
  type TokenPart,
  tokenizePart,
  type Unit,
} from '@replylint/rules/kit';
import type { Root } from 'nlcst';
import retextEnglish from 'retext-english';
import { unified } from 'unified';

const parser = unified().use(retextEnglish).freeze();

/** A paragraph's phrase matches for one matcher, as placed where they were last used. */
interface PlacedMatches {
  readonly at: Placement;
  readonly byName: Map<string, Match[]>;
}

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
  const byName = new Map<string, Match[]>();
  for (const [name, matches] of placed.byName) {
    const moved: Match[] = [];
    for (const match of matches) {
      moved.push({ entry: match.entry, start: match.start + tokenBy, end: match.end + tokenBy, unit: match.unit + unitBy });
    }
    byName.set(name, moved);
  }
  return { at, byName };
}

const blankLine = /\n[^\S\n]*\n/g;

/** A text's tokens with a way to its phrase matches, both assembled from its paragraphs'. */
export interface CachedStream {
  readonly stream: { readonly text: string; readonly tokens: readonly Token[]; readonly units: readonly Unit[] };
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
    const all = new Map<string, Match[]>(matcher.sets.map((set) => [set.name, []]));
    for (const { parsed, part } of parts) {
      const own = placedMatches(parsed, part, matcher, text, tokens);
      for (const [name, matches] of own.byName) {
        const into = all.get(name) as Match[];
        for (const match of matches) into.push(match);
      }
    }
    return all;
  };
  return { stream: { text, tokens, units }, matchesFor };
}

/**
 * A paragraph's matches placed where `part` is in the text: kept from an earlier pass when
 * they were found at the same place, moved when elsewhere, else found over the part's units
 * of the whole text's `tokens`.
 */
function placedMatches(
  parsed: Parsed,
  part: TokenPart,
  matcher: PhraseMatcher,
  text: string,
  tokens: readonly Token[],
): PlacedMatches {
  const kept = parsed.matches.get(matcher);
  const at = part.at;
  if (kept && kept.at.tokenBase === at.tokenBase && kept.at.unitBase === at.unitBase) return kept;
  const placed = kept ? moveMatches(kept, at) : { at, byName: matcher.match({ text, tokens, units: part.units }) };
  parsed.matches.set(matcher, placed);
  return placed;
}
