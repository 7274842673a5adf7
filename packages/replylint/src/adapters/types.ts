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
  /**
   * How to write replacement text into the source at this reply (escaping for a JSON
   * string, a CSV field, HTML). Absent when fixes cannot be written back safely.
   */
  readonly encode?: (text: string) => string;
}

/** A comment in the source (`<!-- … -->`), where inline controls live. */
export interface SourceComment {
  readonly start: number;
  readonly end: number;
  /** The comment's text, without the comment markers. */
  readonly text: string;
}

/** Everything an adapter reads out of one source. */
export interface ReadSource {
  readonly replies: Reply[];
  readonly comments: SourceComment[];
}

export const identityEncode = (text: string): string => text;
