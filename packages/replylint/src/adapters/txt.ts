import { identity } from './offset-map.js';
import type { Reply } from './types.js';

/** A plain-text draft: the whole source is one reply, which may open with front matter. */
export function readText(source: string): Reply[] {
  return [{ text: source, map: identity, hints: { frontMatter: true } }];
}
