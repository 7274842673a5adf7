import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { PatternError, PhraseMatcher, type PhraseSet } from '../src/kit/matcher.js';
import { sliceTokens, tokenize } from '../src/kit/tokens.js';

const parser = unified().use(retextEnglish);

function streamOf(text: string) {
  return tokenize(parser.parse(text), text);
}

/** The text each match of `patterns` covers in `text`, in order. */
function found(patterns: readonly string[], text: string, matcher?: PhraseMatcher): string[] {
  const set: PhraseSet = { name: 'test', entries: [{ id: 'entry', patterns }] };
  const stream = streamOf(text);
  const matches = (matcher ?? new PhraseMatcher([set])).match(stream).get('test') ?? [];
  return matches.sort((a, b) => a.start - b.start || a.end - b.end).map((match) => sliceTokens(stream, match.start, match.end));
}

describe('the phrase matcher', () => {
  it('matches words, alternatives and word classes', () => {
    expect(found(['we can not'], "Sorry, we can't do that.")).toEqual(["we can't"]);
    expect(found(['<agent> can not|cannot'], 'I cannot help. We can not help.')).toEqual(['I cannot', 'We can not']);
    expect(found(['<be> <pp>'], 'It was cancelled yesterday.')).toEqual(['was cancelled']);
  });

  it('takes optional elements and groups, reporting each way a phrase ends', () => {
    expect(found(['not able (to help)?'], 'We are not able to help.')).toEqual(['not able', 'not able to help']);
    expect(found(['really? sorry'], 'Really sorry about that. Sorry again.')).toEqual(['Really sorry', 'sorry', 'Sorry']);
    expect(found(['(out of|beyond) our control'], 'It is beyond our control, and out of our control.')).toEqual([
      'beyond our control',
      'out of our control',
    ]);
  });

  it('nests groups without expanding them', () => {
    const patterns = ['(a|the) ((big|small) (red|blue)|green) (car|bus)'];
    expect(found(patterns, 'I saw a big blue car and the green bus.')).toEqual(['a big blue car', 'the green bus']);
    expect(found(patterns, 'a big car')).toEqual([]);
  });

  it('lets fillers and commas sit between elements, at most three, never before the first', () => {
    expect(found(['we can not refund'], 'We, unfortunately, cannot refund it.')).toEqual(['We, unfortunately, cannot refund']);
    expect(found(['we can not refund'], 'We, unfortunately, currently, cannot refund it.')).toEqual([]);
    expect(found(['can not'], 'Unfortunately cannot.')).toEqual(['cannot']);
  });

  it('anchors patterns with ^ at the first word of a sentence', () => {
    expect(found(['^ no'], 'No. There is no way. "No, sorry."')).toEqual(['No', 'No']);
  });

  it('keeps every match inside its sentence', () => {
    expect(found(['help you'], 'We can help. You will see.')).toEqual([]);
  });

  it('gives the same answers once its cache is warm and after it is rebuilt', () => {
    const set: PhraseSet = { name: 'test', entries: [{ id: 'entry', patterns: ['<agent> will (call|email) you'] }] };
    const text = 'We will call you. I will email you today. They will call you.';
    for (const matcher of [new PhraseMatcher([set]), new PhraseMatcher([set], { maxStates: 1 })]) {
      for (let i = 0; i < 3; i++) expect(found([], text, matcher)).toEqual(['We will call you', 'I will email you']);
    }
  });

  it('rejects malformed patterns, naming the pattern and its entry', () => {
    const compile = (pattern: string) => () =>
      new PhraseMatcher([{ name: 'rule', entries: [{ id: 'entry', patterns: [pattern] }] }]);
    expect(compile('(a b')).toThrow(PatternError);
    expect(compile('a b)')).toThrow(/Unbalanced "\)"/);
    expect(compile('a? (b)?')).toThrow(/can match nothing \(rule\/entry\)/);
    expect(compile('<agent')).toThrow(/Malformed element/);
  });
});
