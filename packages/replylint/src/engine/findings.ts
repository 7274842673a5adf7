import type { Suggestion as RuleSuggestion } from '@replylint/rules/kit';
import { location } from 'vfile-location';
import type { VFileMessage } from 'vfile-message';
import type { Reply } from '../adapters/types.js';
import type { Finding, Severity, Suggestion } from '../types.js';

type Locate = ReturnType<typeof location>;

function severityOf(message: VFileMessage): Severity {
  if (message.fatal === true) return 'error';
  if (message.fatal === false) return 'warning';
  return 'info';
}

/** A vfile message about `reply` as a Finding in the coordinates of the whole source. */
export function toFinding(message: VFileMessage, reply: Reply, source: Locate): Finding {
  const startOffset = message.place && 'start' in message.place ? message.place.start.offset : message.place?.offset;
  const endOffset = message.place && 'end' in message.place ? message.place.end.offset : startOffset;
  const offset = reply.map.start(startOffset ?? 0);
  const end = Math.max(offset, reply.map.end(endOffset ?? startOffset ?? 0));
  const from = source.toPoint(offset) ?? { line: 1, column: 1 };
  const to = source.toPoint(end) ?? from;
  const suggestions: Suggestion[] = (message.suggestions ?? []).map((suggestion: RuleSuggestion) => ({
    desc: suggestion.desc,
    fix: {
      range: [
        reply.map.start(suggestion.fix.range[0]),
        Math.max(reply.map.start(suggestion.fix.range[0]), reply.map.end(suggestion.fix.range[1])),
      ],
      text: suggestion.fix.text,
    },
  }));
  return {
    ruleId: message.ruleId ?? 'unknown',
    severity: severityOf(message),
    message: message.reason,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    offset,
    endOffset: end,
    suggestions,
    url: message.url ?? '',
    ...(message.note ? { note: message.note } : {}),
    ...(reply.ref ? { reply: reply.ref } : {}),
  };
}

export function byPosition(a: Finding, b: Finding): number {
  return a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId);
}

export function sourceLocator(source: string): Locate {
  return location(source);
}
