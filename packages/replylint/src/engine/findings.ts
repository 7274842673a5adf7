import type { Suggestion as RuleSuggestion } from '@replylint/rules/kit';
import { location } from 'vfile-location';
import type { VFileMessage } from 'vfile-message';
import type { OffsetMap } from '../adapters/offset-map.js';
import type { Finding, ReplyRef, Severity, Suggestion } from '../types.js';

type Locate = ReturnType<typeof location>;

/**
 * A finding in the coordinates of one reply's text. Plain data, so that it can cross from
 * a worker thread; `toSourceFinding` places it in the source file.
 */
export interface ReplyFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly start: number;
  readonly end: number;
  readonly suggestions: readonly RuleSuggestion[];
  readonly url: string;
  readonly note?: string;
}

function severityOf(message: VFileMessage): Severity {
  if (message.fatal === true) return 'error';
  if (message.fatal === false) return 'warning';
  return 'info';
}

export function fromMessage(message: VFileMessage): ReplyFinding {
  const place = message.place;
  const start = (place && 'start' in place ? place.start.offset : place?.offset) ?? 0;
  const end = (place && 'end' in place ? place.end.offset : start) ?? start;
  return {
    ruleId: message.ruleId ?? 'unknown',
    severity: severityOf(message),
    message: message.reason,
    start,
    end,
    suggestions: (message.suggestions ?? []).map((suggestion) => ({ ...suggestion, fix: { ...suggestion.fix } })),
    url: message.url ?? '',
    ...(message.note ? { note: message.note } : {}),
  };
}

export interface Placement {
  readonly map: OffsetMap;
  readonly ref?: ReplyRef | undefined;
  /** Present when fixes can be written back into the source at this reply. */
  readonly encode?: ((text: string) => string) | undefined;
}

/** A reply's finding at its place in the source: offsets mapped back, lines and columns computed. */
export function toSourceFinding(found: ReplyFinding, reply: Placement, source: Locate): Finding {
  const offset = reply.map.start(found.start);
  const end = Math.max(offset, reply.map.end(found.end));
  const from = source.toPoint(offset) ?? { line: 1, column: 1 };
  const to = source.toPoint(end) ?? from;
  const place = (suggestion: RuleSuggestion): Suggestion => {
    const at = reply.map.start(suggestion.fix.range[0]);
    return {
      desc: suggestion.desc,
      fix: { range: [at, Math.max(at, reply.map.end(suggestion.fix.range[1]))], text: suggestion.fix.text },
    };
  };
  const safe = reply.encode ? found.suggestions.find((suggestion) => suggestion.safe) : undefined;
  return {
    ruleId: found.ruleId,
    severity: found.severity,
    message: found.message,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    offset,
    endOffset: end,
    suggestions: found.suggestions.map(place),
    ...(safe ? { fix: place(safe).fix } : {}),
    url: found.url,
    ...(found.note ? { note: found.note } : {}),
    ...(reply.ref ? { reply: reply.ref } : {}),
  };
}

export function byPosition(a: Finding, b: Finding): number {
  return a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId);
}

export function sourceLocator(source: string): Locate {
  return location(source);
}
