import type { location } from 'vfile-location';
import type { SourceComment } from './adapters/types.js';
import type { Finding } from './types.js';

type Locate = ReturnType<typeof location>;

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

/** An inline control in a comment: `<!-- replylint-disable no-flat-no -->`. */
export interface Directive {
  readonly kind: DirectiveKind;
  /** The rules it names; empty means every rule. */
  readonly rules: readonly string[];
  readonly start: number;
  readonly end: number;
}

const directivePattern = /^replylint-(disable-next-line|disable-line|disable|enable)\b([\s\S]*)$/;

/** The inline controls among a source's comments. Text after `--` is a reason, as in ESLint. */
export function parseDirectives(comments: readonly SourceComment[]): Directive[] {
  const found: Directive[] = [];
  for (const comment of comments) {
    const match = directivePattern.exec(comment.text);
    if (!match) continue;
    const list = (match[2] ?? '').split('--')[0] ?? '';
    const rules = list
      .split(/[\s,]+/)
      .map((rule) => rule.trim())
      .filter(Boolean);
    found.push({ kind: match[1] as DirectiveKind, rules, start: comment.start, end: comment.end });
  }
  return found.sort((a, b) => a.start - b.start);
}

interface Silence {
  readonly directive: Directive;
  readonly start: number;
  readonly end: number;
  used: boolean;
}

function lineSpan(source: string, offset: number): { start: number; end: number } {
  const start = source.lastIndexOf('\n', offset - 1) + 1;
  const next = source.indexOf('\n', offset);
  return { start, end: next === -1 ? source.length : next };
}

/** Where each directive silences findings. */
function silences(directives: readonly Directive[], source: string): Silence[] {
  const ranges: Silence[] = [];
  for (const [index, directive] of directives.entries()) {
    if (directive.kind === 'enable') continue;
    if (directive.kind === 'disable-line') {
      ranges.push({ directive, ...lineSpan(source, directive.start), used: false });
    } else if (directive.kind === 'disable-next-line') {
      // The next line with something on it: a comment above a paragraph, in Markdown or HTML.
      let at = lineSpan(source, directive.end).end + 1;
      while (
        at < source.length &&
        lineSpan(source, at).start === at &&
        source.slice(at, lineSpan(source, at).end).trim() === ''
      ) {
        at = lineSpan(source, at).end + 1;
      }
      ranges.push({ directive, ...lineSpan(source, Math.min(at, source.length)), used: false });
    } else {
      const covers = (other: Directive): boolean =>
        directive.rules.length === 0 || other.rules.length === 0 || other.rules.some((rule) => directive.rules.includes(rule));
      const enable = directives.slice(index + 1).find((other) => other.kind === 'enable' && covers(other));
      ranges.push({ directive, start: directive.end, end: enable ? enable.start : source.length, used: false });
    }
  }
  return ranges;
}

export interface FilterOptions {
  /** Phrases the team allows: findings on them are dropped. */
  readonly allow?: readonly string[] | undefined;
  /** Report disable directives that silenced nothing. */
  readonly reportUnusedDisableDirectives?: boolean | undefined;
}

function fold(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019\u02BC`´]/g, "'");
}

/** Where the allowed phrases occur in the source. */
function allowedRanges(source: string, allow: readonly string[]): { start: number; end: number }[] {
  const folded = fold(source);
  const ranges: { start: number; end: number }[] = [];
  for (const phrase of allow) {
    const needle = fold(phrase.trim());
    if (needle === '') continue;
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) {
      ranges.push({ start: at, end: at + needle.length });
    }
  }
  return ranges;
}

/** Findings after inline controls and allowed phrases, plus any unused-directive reports. */
export function filterFindings(
  findings: readonly Finding[],
  source: string,
  directives: readonly Directive[],
  options: FilterOptions,
  locate: Locate,
): Finding[] {
  const quiet = silences(directives, source);
  const allowed = allowedRanges(source, options.allow ?? []);
  const kept = findings.filter((finding) => {
    if (allowed.some((range) => finding.offset < range.end && range.start < finding.endOffset)) return false;
    const silence = quiet.find(
      (range) =>
        finding.offset >= range.start &&
        finding.offset < range.end &&
        (range.directive.rules.length === 0 || range.directive.rules.includes(finding.ruleId)),
    );
    if (silence) silence.used = true;
    return !silence;
  });
  if (!options.reportUnusedDisableDirectives) return kept;
  const unused = quiet
    .filter((range) => !range.used)
    .map((range): Finding => {
      const from = locate.toPoint(range.directive.start) ?? { line: 1, column: 1 };
      const to = locate.toPoint(range.directive.end) ?? from;
      const named = range.directive.rules.length > 0 ? ` for ${range.directive.rules.join(', ')}` : '';
      return {
        ruleId: 'unused-disable-directive',
        severity: 'warning',
        message: `Unused replylint-${range.directive.kind} directive: no findings${named} were silenced here.`,
        line: from.line,
        column: from.column,
        endLine: to.line,
        endColumn: to.column,
        offset: range.directive.start,
        endOffset: range.directive.end,
        suggestions: [{ desc: 'Remove the directive', fix: { range: [range.directive.start, range.directive.end], text: '' } }],
        url: 'https://github.com/replylint/replylint/blob/main/README.md#inline-controls',
      };
    });
  return [...kept, ...unused];
}
