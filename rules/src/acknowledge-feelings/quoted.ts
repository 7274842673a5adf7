import { cliticSuffixes, contractions, isContractionHosts, keysOf } from '../kit/lexicon.js';
import { normalise, type Token, type TokenStream, type Unit } from '../kit/tokens.js';

const pieces = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[!?]+|[.,;:]|\n[^\S\n]*\n/gu;

/**
 * Tokens and units of plain text that has no parse tree: the customer's quoted words.
 * Sentences end at `.`, `!`, `?` and blank lines; wrapped lines ("…told me it\n> would be
 * fixed") stay one sentence. Contractions expand as in the reply's own token stream.
 */
export function tokenizePlain(text: string): TokenStream {
  const tokens: Token[] = [];
  const units: Unit[] = [];
  let unitStart = 0;
  let paragraph = 0;
  const close = (): void => {
    if (tokens.length > unitStart) {
      const first = tokens[unitStart] as Token;
      const last = tokens[tokens.length - 1] as Token;
      units.push({
        index: units.length,
        start: first.start,
        end: last.end,
        tokenStart: unitStart,
        tokenEnd: tokens.length,
        paragraph,
      });
    }
    unitStart = tokens.length;
  };
  const push = (norm: string, kind: Token['kind'], start: number, end: number, word: string): void => {
    tokens.push({
      norm,
      keys: keysOf(norm, kind === 'word'),
      kind,
      start,
      end,
      unit: units.length,
      capitalised: /^\p{Lu}/u.test(word),
      word,
    });
  };
  for (const found of text.matchAll(pieces)) {
    const word = found[0];
    const start = found.index;
    const end = start + word.length;
    if (word.startsWith('\n')) {
      close();
      paragraph++;
      continue;
    }
    if (!/^[\p{L}\p{N}]/u.test(word)) {
      push(normalise(word), 'punct', start, end, word);
      if (/^[.!?]/.test(word)) close();
      continue;
    }
    const norm = normalise(word);
    const whole = contractions[norm];
    if (whole) {
      for (const part of whole) push(part, 'word', start, end, word);
      continue;
    }
    const apostrophe = norm.lastIndexOf("'");
    if (apostrophe > 0) {
      const suffix = norm.slice(norm.endsWith("n't") ? apostrophe - 1 : apostrophe);
      const host = norm.slice(0, norm.length - suffix.length);
      const expansion = cliticSuffixes[suffix] ?? (suffix === "'s" && isContractionHosts.has(host) ? 'is' : undefined);
      if (expansion && host) {
        push(host, 'word', start, end, word);
        push(expansion, 'word', start, end, word);
        continue;
      }
    }
    push(norm, 'word', start, end, word);
  }
  close();
  return { text, tokens, units };
}
