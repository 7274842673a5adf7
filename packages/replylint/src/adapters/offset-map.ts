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

/**
 * A map kept as runs of consecutive offsets: reply character `starts[k] + n` comes from
 * source offset `sources[k] + n`, up to the next run. `last` is the index of the end entry
 * (the reply's length). A reply is mostly copied as is, with an escape or an entity here
 * and there, so this holds a few numbers per reply rather than one per character.
 */
export function fromRuns(starts: readonly number[], sources: readonly number[], last: number, sourceLength: number): OffsetMap {
  const runStarts = Int32Array.from(starts);
  const runSources = Int32Array.from(sources);
  const at = (offset: number): number => {
    if (last < 0 || runStarts.length === 0) return sourceLength;
    const index = Math.max(0, Math.min(offset, last));
    let low = 0;
    let high = runStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((runStarts[middle] as number) <= index) low = middle;
      else high = middle - 1;
    }
    return (runSources[low] as number) + index - (runStarts[low] as number);
  };
  return {
    start: (offset) => at(offset),
    end: (offset) => (offset <= 0 ? at(0) : Math.min(sourceLength, at(offset - 1) + 1)),
  };
}

/** A map from a table of source offsets, one per reply character (plus one for the end). */
export function fromTable(table: readonly number[], sourceLength: number): OffsetMap {
  const starts: number[] = [];
  const sources: number[] = [];
  for (let i = 0; i < table.length; i++) {
    const value = table[i] ?? sourceLength;
    const previous = i > 0 ? (table[i - 1] ?? sourceLength) : undefined;
    if (previous === undefined || value !== previous + 1) {
      starts.push(i);
      sources.push(value);
    }
  }
  return fromRuns(starts, sources, table.length - 1, sourceLength);
}

/**
 * Source offsets for text derived from `source[from, to)` (decoded, unwrapped, with entities
 * resolved): characters that survived are matched in order, and after a stretch that
 * changed, the walk resynchronises on the next few characters that did survive. The table
 * has one entry per derived character, plus one for the end.
 */
export function alignTable(source: string, from: number, to: number, derived: string): number[] {
  const table: number[] = new Array(derived.length + 1);
  const lookahead = 512;
  // Long probes resynchronise safely; short ones get past an entity or an escape nearby.
  const windows = [6, 3, 2];
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
    const ahead = source.slice(j, Math.min(to, j + lookahead));
    let found = -1;
    for (const window of windows) {
      const probe = derived.slice(i, i + window);
      if (probe.length < Math.min(window, derived.length - i)) continue;
      found = ahead.indexOf(probe);
      if (found !== -1 && (window > 2 || found < 16)) break;
      found = -1;
    }
    if (found !== -1) {
      j += found;
      table[i] = j++;
    } else {
      table[i] = Math.max(from, Math.min(j, to - 1));
    }
  }
  table[derived.length] = Math.min(j, to);
  return table;
}

export function align(source: string, from: number, to: number, derived: string): OffsetMap {
  return fromTable(alignTable(source, from, to, derived), source.length);
}

/** `inner` maps a reply into an intermediate text, `outer` that text into the source. */
export function compose(inner: OffsetMap, outer: OffsetMap): OffsetMap {
  return {
    start: (offset) => outer.start(inner.start(offset)),
    end: (offset) => outer.end(inner.end(offset)),
  };
}

/**
 * Builds a reply's text piece by piece, remembering where each character came from.
 * Adapters that extract prose from markup use it.
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  private readonly table: number[] = [];
  private length = 0;
  private tail = '';

  constructor(private readonly source: string) {}

  /** Text that came from `source[from, to)`, possibly decoded. */
  derived(text: string, from: number, to: number): void {
    if (text === '') return;
    const positions =
      this.source.slice(from, to) === text
        ? Array.from({ length: text.length }, (_, i) => from + i)
        : alignTable(this.source, from, to, text);
    for (let i = 0; i < text.length; i++) this.table.push(positions[i] ?? from);
    this.push(text);
  }

  /** Text that stands in for `source[from, to)` as a whole (masked code, a separator). */
  standIn(text: string, from: number, to: number): void {
    for (let i = 0; i < text.length; i++) this.table.push(Math.min(from + i, Math.max(from, to - 1)));
    this.push(text);
  }

  /** Ensures the text ends with at least `count` line breaks (between blocks). */
  breakLines(count: number, at: number): void {
    if (this.length === 0) return;
    const missing = count - (/\n*$/.exec(this.tail.slice(-count))?.[0].length ?? 0);
    if (missing > 0) this.standIn('\n'.repeat(missing), at, at + 1);
  }

  private push(text: string): void {
    this.parts.push(text);
    this.length += text.length;
    this.tail = (this.tail + text).slice(-8);
  }

  build(): { text: string; map: OffsetMap } {
    const text = this.parts.join('');
    const table = [...this.table, this.table.length > 0 ? (this.table[this.table.length - 1] as number) + 1 : 0];
    return { text, map: fromTable(table, this.source.length) };
  }
}
