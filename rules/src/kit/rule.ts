import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { VFileMessage } from 'vfile-message';
import type { Analysis } from './analysis.js';
import { insideAny } from './context.js';
import type { PhraseSet } from './matcher.js';

export type Severity = 'error' | 'warning' | 'info';
export type PresetName = 'recommended' | 'strict';

/** Where rule pages are published: the `rules/` folder of the repository. */
export const docsBase = 'https://github.com/replylint/replylint/blob/main/rules/';

export function ruleUrl(id: string): string {
  return `${docsBase}${id}.md`;
}

export interface RuleMeta {
  readonly id: string;
  /** One line: the habit the rule catches. */
  readonly summary: string;
  readonly url: string;
  readonly severity: Severity;
  readonly presets: readonly PresetName[];
  /** A reply that breaks the rule and one that keeps it, for hovers and help. */
  readonly example?: { readonly bad: string; readonly good: string };
}

/** A change to the linted text: replace [range[0], range[1]) with `text`. */
export interface Fix {
  readonly range: readonly [number, number];
  readonly text: string;
}

export interface Suggestion {
  readonly desc: string;
  readonly fix: Fix;
  /**
   * Safe to apply without review: it keeps the meaning and leaves nothing to fill in
   * ("Hi there" → "Hi Jane"). `--fix` applies only these.
   */
  readonly safe?: boolean;
}

declare module 'vfile-message' {
  interface VFileMessage {
    /** What to write instead, with the edit that does it. */
    suggestions?: Suggestion[];
  }
}

export class OptionsError extends Error {
  override name = 'OptionsError';
  constructor(
    readonly ruleId: string,
    readonly key: string,
    readonly expected: string,
    readonly actual: unknown,
  ) {
    super(`Rule "${ruleId}": option "${key}" must be ${expected}, got ${JSON.stringify(actual)}`);
  }
}

/** Runs over one parsed reply and reports findings on its file. */
export type RuleTransformer = (tree: Root, file: VFile) => void;

export interface Rule<Options = unknown> {
  readonly meta: RuleMeta;
  /** Phrase data the rule matches; compiled together with every other enabled rule's. */
  readonly phraseSets: readonly PhraseSet[];
  /** Validates raw configuration; throws `OptionsError` naming the key and what was expected. */
  parseOptions(raw: unknown): Options;
  /** JSON Schema of the options object, for the configuration schema editors use. */
  readonly optionsSchema?: Readonly<Record<string, unknown>>;
  /** The unified attacher: reports the rule's findings as vfile messages. */
  attacher(options?: Options): RuleTransformer;
}

export interface Report {
  readonly start: number;
  readonly end: number;
  readonly reason: string;
  readonly suggestions?: readonly Suggestion[];
  /** Longer explanation (shown on hover). */
  readonly note?: string;
}

const locations = new WeakMap<VFile, ReturnType<typeof location>>();

function locate(file: VFile): ReturnType<typeof location> {
  let found = locations.get(file);
  if (!found) {
    found = location(file);
    locations.set(file, found);
  }
  return found;
}

/**
 * Reports a finding as a vfile message. Findings outside the agent's draft are dropped:
 * nothing may ever point into quoted text, a signature or front matter.
 */
export function report(file: VFile, analysis: Analysis, meta: RuleMeta, found: Report): VFileMessage | undefined {
  if (!insideAny(analysis.context.draft, found.start, found.end)) return undefined;
  const where = locate(file);
  const start = where.toPoint(found.start);
  const end = where.toPoint(found.end);
  if (!start || !end) return undefined;
  // A vfile message is an Error, and capturing a stack trace for each finding is most of
  // its cost; a lint finding has no use for one.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let message: VFileMessage;
  try {
    message = file.message(found.reason, { place: { start, end }, ruleId: meta.id, source: 'replylint' });
  } finally {
    Error.stackTraceLimit = limit;
  }
  message.url = meta.url;
  message.actual = analysis.stream.text.slice(found.start, found.end);
  message.suggestions = [...(found.suggestions ?? [])];
  message.expected = message.suggestions.map((suggestion) => suggestion.fix.text);
  if (found.note) message.note = found.note;
  return message;
}
