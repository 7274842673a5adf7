/**
 * Where each character of a reply's text came from in the source file. Adapters that
 * decode (email bodies) or extract (helpdesk exports) hand one over with each reply so
 * that findings point into the file the user has open.
 */
export interface OffsetMap {
  /** Source offset of the reply character at `offset`. */
  start(offset: number): number;
  /** Source offset just past the reply character before `offset` (for range ends). */
  end(offset: number): number;
}

export const identity: OffsetMap = { start: (offset) => offset, end: (offset) => offset };

/** A reply that is a plain slice of the source, starting at `base`. */
export function shifted(base: number): OffsetMap {
  return { start: (offset) => base + offset, end: (offset) => base + offset };
}

/** A map from a table of source offsets, one per reply character (plus one for the end). */
export function fromTable(table: readonly number[], sourceLength: number): OffsetMap {
  const at = (offset: number): number => table[Math.max(0, Math.min(offset, table.length - 1))] ?? sourceLength;
  return {
    start: (offset) => at(offset),
    end: (offset) => (offset <= 0 ? at(0) : Math.min(sourceLength, at(offset - 1) + 1)),
  };
}

/**
 * Maps text derived from `source[from, to)` (decoded, unwrapped, with entities resolved)
 * back onto it: characters that survived are matched in order, and after a stretch that
 * changed, the walk resynchronises on the next few characters that did survive.
 */
export function align(source: string, from: number, to: number, derived: string): OffsetMap {
  const table: number[] = new Array(derived.length + 1);
  const lookahead = 512;
  const window = 6;
  let j = from;
  for (let i = 0; i < derived.length; i++) {
    const char = derived.charAt(i);
    if (j < to && source.charAt(j) === char) {
      table[i] = j++;
      continue;
    }
    if (char === '\n' && source.charAt(j) === '\r' && source.charAt(j + 1) === '\n') {
      table[i] = j + 1;
      j += 2;
      continue;
    }
    const probe = derived.slice(i, i + window);
    const found = source.slice(j, Math.min(to, j + lookahead)).indexOf(probe);
    if (probe.length > 0 && found !== -1) {
      j += found;
      table[i] = j++;
    } else {
      table[i] = Math.min(j, to - 1);
    }
  }
  table[derived.length] = Math.min(j, to);
  return fromTable(table, source.length);
}
