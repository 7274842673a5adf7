import { identity } from './offset-map.js';
import { identityEncode, type ReadSource } from './types.js';

/** A plain-text draft: the whole source is one reply, which may open with front matter. */
export function readText(source: string): ReadSource {
  return { replies: [{ text: source, map: identity, hints: { frontMatter: true }, encode: identityEncode }], comments: [] };
}
