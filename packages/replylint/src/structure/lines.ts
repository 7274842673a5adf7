export interface Line {
  readonly index: number;
  /** Offset of the first character. */
  readonly start: number;
  /** Offset just past the last character, before the line break. */
  readonly end: number;
  /** Offset just past the line break (or `end` on the last line). */
  readonly next: number;
  readonly text: string;
}

/** The lines of `text` from `from` on, with their offsets; `\r\n`, `\r` and `\n` all end a line. */
export function splitLines(text: string, from = 0): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\r|\n/g;
  breaks.lastIndex = from;
  let start = from;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    lines.push({
      index: lines.length,
      start,
      end: match.index,
      next: match.index + match[0].length,
      text: text.slice(start, match.index),
    });
    start = match.index + match[0].length;
  }
  if (start < text.length || lines.length === 0) {
    lines.push({ index: lines.length, start, end: text.length, next: text.length, text: text.slice(start) });
  }
  return lines;
}

export function isBlank(line: Line): boolean {
  return line.text.trim() === '';
}
