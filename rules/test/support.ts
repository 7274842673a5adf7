import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { expect } from 'vitest';
import { parseCustomerName, plainContext } from '../src/kit/index.js';
import type { Rule } from '../src/kit/rule.js';

export interface Span {
  readonly text: string;
  readonly start: number;
}

const open = '⟦';
const close = '⟧';

/** A reply with its expected findings marked ⟦like this⟧, split into text and spans. */
export function unmark(marked: string): { text: string; spans: Span[] } {
  let text = '';
  const spans: Span[] = [];
  let start = -1;
  for (const char of marked) {
    if (char === open) start = text.length;
    else if (char === close) {
      spans.push({ text: text.slice(start, text.length), start });
      start = -1;
    } else text += char;
  }
  return { text, spans };
}

export interface RunOptions {
  /** The customer's name, as the structure layer would have found it. */
  readonly customer?: string;
  /** Rule options. */
  readonly options?: unknown;
}

/** Runs one rule on its own, as a unified attacher, over a plain reply. */
export function run(rule: Rule, text: string, settings: RunOptions = {}) {
  const processor = unified().use(retextEnglish);
  const file = new VFile(text);
  const customer = settings.customer ? parseCustomerName(settings.customer, 'option') : undefined;
  file.data.replylint = { context: plainContext(text, customer) };
  const transform = rule.attacher(settings.options as never);
  transform(processor.parse(file), file);
  return file.messages;
}

/** The rule flags exactly the ⟦marked⟧ spans, and nothing else. */
export function expectFindings(rule: Rule, marked: string, settings: RunOptions = {}): void {
  const { text, spans } = unmark(marked);
  const actual = run(rule, text, settings).map((message) => {
    const start = message.place && 'start' in message.place ? (message.place.start.offset ?? 0) : 0;
    const end = message.place && 'end' in message.place ? (message.place.end.offset ?? 0) : 0;
    return { text: text.slice(start, end), start };
  });
  expect(actual).toEqual(spans);
}

/** The text after applying the first suggestion of the only finding. */
export function applyFirstSuggestion(rule: Rule, text: string, settings: RunOptions = {}, which = 0): string {
  const messages = run(rule, text, settings);
  expect(messages).toHaveLength(1);
  const suggestion = messages[0]?.suggestions?.[which];
  if (!suggestion) throw new Error(`no suggestion #${which}`);
  const [from, to] = suggestion.fix.range;
  return text.slice(0, from) + suggestion.fix.text + text.slice(to);
}
