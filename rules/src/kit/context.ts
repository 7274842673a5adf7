/**
 * What the reply-structure layer tells the rules about a reply, beyond its words.
 * Offsets are in the linted text (the text the tree was parsed from).
 */

export interface Range {
  readonly start: number;
  readonly end: number;
}

export type NameSource = 'option' | 'front-matter' | 'header' | 'thread' | 'sign-off';

export interface CustomerName {
  /** The name as it was given ("Jane Smith", "Mrs Smith", "Smith, Jane"). */
  readonly full: string;
  readonly first?: string;
  readonly last?: string;
  /** A courtesy title that came with the name ("Mrs", "Dr"). */
  readonly title?: string;
  readonly source: NameSource;
}

export type PlaceholderKind = 'customer-name' | 'other';

export interface Placeholder extends Range {
  /** The template tag as written: `{{ticket.requester.first_name}}`, `[Customer Name]`. */
  readonly expression: string;
  readonly kind: PlaceholderKind;
}

export interface ReplyContext {
  /** The customer's name when it is known. */
  readonly customer?: CustomerName | undefined;
  /** The agent's own words; rules report only inside these ranges. */
  readonly draft: readonly Range[];
  /** Quoted thread (earlier messages), never linted. */
  readonly quoted: readonly Range[];
  /** The quoted messages' text with quote markers removed: the customer's own words. */
  readonly quotedText: string;
  /** Signature blocks (after `-- `, or the lines under a sign-off), never linted. */
  readonly signature: readonly Range[];
  /** Template tags in the draft; they are masked out of the parsed text. */
  readonly placeholders: readonly Placeholder[];
  /**
   * A canned response (macro): the customer's name is filled in by the helpdesk at send
   * time, so only a placeholder can address them.
   */
  readonly template: boolean;
  /** The name placeholder of the helpdesk the reply comes from, when the source says. */
  readonly namePlaceholder?: string | undefined;
}

/** The context of a plain text with no structure: all of it is the agent's draft. */
export function plainContext(text: string, customer?: CustomerName): ReplyContext {
  return {
    customer,
    draft: [{ start: 0, end: text.length }],
    quoted: [],
    quotedText: '',
    signature: [],
    placeholders: [],
    template: false,
  };
}

export function insideAny(ranges: readonly Range[], start: number, end: number): boolean {
  return ranges.some((range) => start >= range.start && end <= range.end);
}
