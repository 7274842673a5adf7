import { rules } from '@replylint/rules';
import { PhraseMatcher, tokenize } from '@replylint/rules/kit';
import type { Root } from 'nlcst';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { cachedStream, clearParseCache } from '../src/engine/stream-cache.js';

const parser = unified().use(retextEnglish).freeze();

const first = "Hi Jane,\nI'm sorry, we can't refund opened items.";
const second = 'Unfortunately that is not possible. The courier lost your parcel.';
const third = "I'll call you back within the hour.\nThanks,\nTom";

/** The tokens and units of the whole text, tokenised in one go. */
function wholeStream(text: string) {
  const { tokens, units } = tokenize(parser.parse(text) as Root, text);
  return { tokens, units };
}

describe('cachedStream', () => {
  // Paragraphs kept from one text are reused in place, moved, or met twice in another.
  const texts = [
    `${first}\n\n${second}\n\n${third}`,
    `${first}\n\n${second}\n\n${third}`,
    `Hello,\n\n${first}\n\n${second}\n\n${third}`,
    `${second}\n\n${second}\n\n${first}`,
    `${first}\n\n${second}\n\n${third}`,
  ];

  it('gives the tokens and units of the whole text, however its paragraphs were cached', () => {
    clearParseCache();
    for (const text of texts) {
      const { stream } = cachedStream(text);
      const whole = wholeStream(text);
      expect(stream.tokens).toEqual(whole.tokens);
      expect(stream.units).toEqual(whole.units);
    }
  });

  it('gives the phrase matches of the whole text, however its paragraphs were cached', () => {
    const matcher = new PhraseMatcher(Object.values(rules).flatMap((rule) => rule.phraseSets));
    clearParseCache();
    for (const text of texts) {
      const cached = cachedStream(text);
      const fresh = matcher.match({ text, ...wholeStream(text) });
      expect(cached.matchesFor(matcher)).toEqual(fresh);
      // Asked again (another rule), the same.
      expect(cached.matchesFor(matcher)).toEqual(fresh);
    }
  });

  it('splits CRLF and CR text into the same paragraphs, words and units as LF', () => {
    // A paragraph ending "…e." reads differently when a stray "\r" follows it.
    const lf = "Hi Jane,\n\nWe can't refund it. e.\n\nYours sincerely,\nTom\n";
    const shape = (text: string) => {
      const { tokens, units } = cachedStream(text).stream;
      return {
        tokens: tokens.map((token) => `${token.norm}/${token.kind}/${token.unit}`),
        units: units.map((unit) => `${unit.tokenStart}-${unit.tokenEnd}/${unit.paragraph}`),
      };
    };
    clearParseCache();
    expect(shape(lf).tokens.filter((token) => token.startsWith('e.'))).toEqual(['e./word/2']);
    for (const text of [lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r')]) expect(shape(text)).toEqual(shape(lf));
  });
});
