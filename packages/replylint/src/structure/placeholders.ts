import { isNameField } from '@replylint/rules';
import type { Placeholder, Range } from '@replylint/rules/kit';

/**
 * Template tags of the template languages helpdesks use. They are not prose: they are
 * masked out of the parsed text, and the ones that stand for the customer's name count
 * as using it. Each pattern is bounded so that a stray brace cannot swallow a reply.
 */
const tagPatterns: readonly RegExp[] = [
  /\{\{\{[^{}\n]{1,200}\}\}\}/g, // Handlebars raw: {{{customer.firstName}}}
  /\{\{[^{}]{0,300}\}\}/g, // Liquid, Handlebars, Mustache: {{ticket.requester.first_name}}
  /\{%[^%]{0,300}%\}/g, // Liquid tags, Help Scout: {%customer.firstName%}
  /\{![^{}\n]{1,100}\}/g, // Salesforce merge fields: {!Contact.FirstName}
  /\$\{[^{}\n]{1,100}\}/g, // ${first_name}
  /\{\$[^{}\n]{1,100}\}/g, // {$contact_firstname}
  /\*\|[A-Z0-9_:]{1,50}\|\*/g, // Mailchimp: *|FNAME|*
  /%[A-Z][A-Z0-9_]{1,50}%/g, // %FIRSTNAME%
  /\[\[[^[\]\n]{1,80}\]\]/g, // [[first_name|there]]
  /\{[A-Za-z_][\w.=-]{0,60}(?:\|[^{}\n]{0,40})?\}/g, // {customer_name}, {contactfield=firstname|there}
  /\[[A-Za-z][A-Za-z'’ _.-]{0,40}\]/g, // [Customer Name], [order number]
  /<[A-Za-z][A-Za-z'’ _-]{0,40}>/g, // <Customer's Name>
];

function isSlotLike(tag: string): boolean {
  // Square and angle brackets are prose or markup unless they hold a slot-like label.
  if (tag.startsWith('[') && !tag.startsWith('[['))
    return /^\[[A-Za-z][A-Za-z'’ _.-]*\]$/.test(tag) && !/^\[(?:sic|sic!|ed|emphasis added)\]$/i.test(tag);
  if (tag.startsWith('<')) return /\s|name|customer|client/i.test(tag) && !/^<\/?[a-z]+>$/.test(tag);
  return true;
}

/** Template tags in `text` within `ranges`, in order, not overlapping. */
export function findPlaceholders(text: string, ranges: readonly Range[]): Placeholder[] {
  const found: Placeholder[] = [];
  // Which characters are inside a tag found already: checking a new tag against it costs its
  // length, where comparing it with every tag found would make a text full of tags quadratic.
  let taken: Uint8Array | undefined;
  for (const range of ranges) {
    const slice = text.slice(range.start, range.end);
    if (!/[{[<%*$]/.test(slice)) continue;
    taken ??= new Uint8Array(text.length);
    for (const pattern of tagPatterns) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) {
        const expression = match[0];
        const start = range.start + match.index;
        const end = start + expression.length;
        if (!isSlotLike(expression)) continue;
        if (taken.subarray(start, end).includes(1)) continue;
        taken.fill(1, start, end);
        found.push({ start, end, expression, kind: isNameField(expression) ? 'customer-name' : 'other' });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
