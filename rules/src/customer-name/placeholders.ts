/**
 * Merge fields that a helpdesk fills with the customer's name at send time. A reply that
 * greets the customer with one of these does use the name.
 *
 * Known platforms are listed with the exact fields they document; anything else is
 * judged by `isNameField` on the field's path, so new platforms mostly just work.
 */
export interface PlatformPlaceholder {
  readonly platform: string;
  /** The tag as an agent types it. */
  readonly expression: string;
  readonly part: 'first' | 'full' | 'last';
}

export const platformPlaceholders: readonly PlatformPlaceholder[] = [
  { platform: 'Zendesk', expression: '{{ticket.requester.first_name}}', part: 'first' },
  { platform: 'Zendesk', expression: '{{ticket.requester.name}}', part: 'full' },
  { platform: 'Zendesk', expression: '{{ticket.requester.last_name}}', part: 'last' },
  { platform: 'Zendesk (Engage)', expression: '{{customer.FirstName}}', part: 'first' },
  { platform: 'Freshdesk', expression: '{{ticket.requester.name}}', part: 'full' },
  { platform: 'Freshdesk', expression: '{{ticket.requester.firstname}}', part: 'first' },
  { platform: 'Freshdesk', expression: '{{ticket.contact.name}}', part: 'full' },
  { platform: 'Help Scout', expression: '{%customer.firstName%}', part: 'first' },
  { platform: 'Help Scout', expression: '{%customer.fullName%}', part: 'full' },
  { platform: 'Help Scout', expression: '{%customer.lastName%}', part: 'last' },
  { platform: 'Intercom', expression: '{{first_name}}', part: 'first' },
  { platform: 'Intercom', expression: '{{name}}', part: 'full' },
  { platform: 'Front', expression: '{{recipient.first_name}}', part: 'first' },
  { platform: 'Front', expression: '{{recipient.name}}', part: 'full' },
  { platform: 'Front', expression: '{{recipient.last_name}}', part: 'last' },
  { platform: 'Gorgias', expression: '{{ticket.customer.firstname}}', part: 'first' },
  { platform: 'Gorgias', expression: '{{ticket.customer.name}}', part: 'full' },
  { platform: 'Gorgias', expression: '{{ticket.customer.lastname}}', part: 'last' },
  { platform: 'HubSpot', expression: '{{contact.firstname}}', part: 'first' },
  { platform: 'Re:amaze', expression: '{{customer.name}}', part: 'full' },
  { platform: 'Kustomer', expression: '{{{customer.firstName}}}', part: 'first' },
  { platform: 'Salesforce', expression: '{!Contact.FirstName}', part: 'first' },
  { platform: 'Mailchimp', expression: '*|FNAME|*', part: 'first' },
  { platform: 'Mautic', expression: '{contactfield=firstname}', part: 'first' },
];

/** Paths that name someone other than the customer: the agent, the company, a group. */
const notTheCustomer =
  /(?:^|[._\s-])(?:agent|assignee|current_?user|user\.(?:first|last|full)|sender|author|organi[sz]ation|org|brand|company|business|team|group|staff|signature|owner|ownerfield|account_?manager|me|site|store|shop|product|plan|account)(?:$|[._\s-])/i;

/** The field is about a person's name ("first_name", "requester.name", "Customer Name"). */
const nameWords =
  /(?:^|[._\s=-])(?:(?:first|last|full|given|family|sur|fore|nick|display|customer|client|contact|recipient|requester|user)[\s_-]?name|firstname|lastname|fullname|fname|lname|name|customer|client|recipient|requester)(?:$|[._\s-])/i;

/** The field's path inside a template tag, without braces, filters or fallbacks. */
export function fieldOf(expression: string): string {
  return (
    expression
      .replace(/^\s*(?:\{\{\{|\{\{|\{%|\{!|\{\$|\$\{|\{|\[\[|\[|<|\*\||%)\s*/, '')
      .trimEnd()
      .replace(/(?:\}\}\}|\}\}|%\}|\}|\]\]|\]|>|\|\*|%)$/, '')
      // The field ends at its first filter or fallback ("|", "||", ", fallback", ",").
      .split(/[|,]/)[0]
      ?.replace(/^(?:contactfield=)/i, 'contact.')
      .trim() ?? ''
  );
}

/** Whether a template tag stands for the customer's name. */
export function isNameField(expression: string): boolean {
  const field = fieldOf(expression);
  if (field === '') return false;
  const known = platformPlaceholders.some((placeholder) => fieldOf(placeholder.expression).toLowerCase() === field.toLowerCase());
  if (known) return true;
  if (notTheCustomer.test(field)) return false;
  return nameWords.test(field.replace(/'s\b/gi, '').replace(/\s+/g, ' '));
}

/** The first-name placeholder of the platform whose syntax the reply already uses. */
export function placeholderFor(expressions: readonly string[]): string {
  for (const expression of expressions) {
    const field = fieldOf(expression).toLowerCase();
    const root = field.split('.').slice(0, -1).join('.');
    const sameFamily = platformPlaceholders.find(
      (placeholder) =>
        placeholder.part === 'first' && root !== '' && fieldOf(placeholder.expression).toLowerCase().startsWith(`${root}.`),
    );
    if (sameFamily) return sameFamily.expression;
    if (expression.startsWith('{%')) return '{%customer.firstName%}';
  }
  return '{{first_name}}';
}
