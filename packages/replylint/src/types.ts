import type { Severity } from '@replylint/rules/kit';

export type { Severity };

export interface Fix {
  /** Source offsets [start, end) to replace. */
  readonly range: readonly [number, number];
  readonly text: string;
}

export interface Suggestion {
  readonly desc: string;
  readonly fix: Fix;
}

/** One finding, in the coordinates of the text that was linted (the source file). */
export interface Finding {
  /** The rule's id, e.g. "no-flat-no". */
  readonly ruleId: string;
  readonly severity: Severity;
  /** One line: what was found and why it matters. */
  readonly message: string;
  /** 1-based line and column of the first character, and of the character after the last. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** 0-based UTF-16 offsets, end exclusive. */
  readonly offset: number;
  readonly endOffset: number;
  /** What to write instead, each with the edit that does it. */
  readonly suggestions: readonly Suggestion[];
  /** The one suggestion safe to apply without review (what `--fix` applies), when there is one. */
  readonly fix?: Fix;
  /** The rule's documentation page. */
  readonly url: string;
  /** A longer explanation, when the rule has one. */
  readonly note?: string;
  /** For sources holding several replies (helpdesk exports): which reply this is in. */
  readonly reply?: ReplyRef;
}

/** Identifies one reply in a source that holds several. */
export interface ReplyRef {
  readonly id?: string;
  readonly title?: string;
  /** 0-based position of the reply in the source. */
  readonly index: number;
}

export interface LintResult {
  readonly messages: Finding[];
}

export type Format = 'txt' | 'md' | 'html' | 'eml';
