import { type Token, type TokenStream, tokenize, type Unit } from '@replylint/rules/kit';
import type { Root } from 'nlcst';
import retextEnglish from 'retext-english';
import { unified } from 'unified';

const parser = unified().use(retextEnglish).freeze();

/** Paragraphs parsed before, by their text: an edit re-parses only the paragraph it touched. */
const cache = new Map<string, TokenStream>();
const cacheLimit = 4096;

function tokensOf(paragraph: string): TokenStream {
  const hit = cache.get(paragraph);
  if (hit) {
    // Most recently used last, so the oldest go first when the cache is full.
    cache.delete(paragraph);
    cache.set(paragraph, hit);
    return hit;
  }
  const stream = tokenize(parser.parse(paragraph) as Root, paragraph);
  if (cache.size >= cacheLimit) cache.delete(cache.keys().next().value as string);
  cache.set(paragraph, stream);
  return stream;
}

/** Forgets every cached paragraph (for benchmarks that must measure parsing, and for tests). */
export function clearParseCache(): void {
  cache.clear();
}

const blankLine = /\n[^\S\n]*\n/g;

/**
 * The tokens of a text, assembled from its paragraphs' cached tokens. Paragraphs (runs of
 * text between blank lines) are parsed on their own, which gives the same sentences as
 * parsing the whole text, since no sentence crosses a blank line.
 */
export function cachedStream(text: string): TokenStream {
  const tokens: Token[] = [];
  const units: Unit[] = [];
  let paragraphs = 0;
  let from = 0;
  const add = (start: number, end: number): void => {
    const paragraph = text.slice(start, end);
    if (paragraph.trim() === '') return;
    const part = tokensOf(paragraph);
    const tokenBase = tokens.length;
    const unitBase = units.length;
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
  return { text, tokens, units };
}
