import type { ReplyHints } from '../structure/index.js';
import type { ReplyRef } from '../types.js';
import type { OffsetMap } from './offset-map.js';

/** One reply read out of a source, with the way back to the source's offsets. */
export interface Reply {
  readonly text: string;
  readonly map: OffsetMap;
  readonly hints: ReplyHints;
  /** Set when the source holds several replies. */
  readonly ref?: ReplyRef;
}
