import type { Root } from 'nlcst';
import retextEnglish from 'retext-english';
import { type Processor, unified } from 'unified';
import type { PresetName, RulesConfig } from '../config/rules-config.js';
import replylint from './preset.js';

export type ReplylintProcessor = Processor<Root, Root, Root, undefined, undefined>;

const cache = new Map<string, ReplylintProcessor>();
const cacheLimit = 32;

/** A frozen retext-english + replylint processor for a rules configuration, built once. */
export function processorFor(rules: RulesConfig | undefined, preset: PresetName | undefined): ReplylintProcessor {
  const key = JSON.stringify([preset ?? 'recommended', rules ?? {}]);
  let processor = cache.get(key);
  if (!processor) {
    processor = unified()
      .use(retextEnglish)
      .use(replylint, { ...(rules ? { rules } : {}), ...(preset ? { preset } : {}) })
      .freeze() as unknown as ReplylintProcessor;
    if (cache.size >= cacheLimit) cache.delete(cache.keys().next().value as string);
    cache.set(key, processor);
  }
  return processor;
}
