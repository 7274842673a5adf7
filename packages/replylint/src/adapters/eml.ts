import PostalMime from 'postal-mime';
import { ReplylintInputError } from '../errors.js';
import { align } from './offset-map.js';
import type { Reply } from './types.js';

type Recipient = { name?: string; address?: string; group?: Recipient[] };

function firstName(recipients: readonly Recipient[] | undefined): string | undefined {
  for (const recipient of recipients ?? []) {
    if (recipient.group) {
      const inGroup = firstName(recipient.group);
      if (inGroup) return inGroup;
    } else if (recipient.name && recipient.name.trim() !== '') {
      return recipient.name;
    }
  }
  return undefined;
}

/** Where the body starts: after the first blank line that ends the header block. */
function bodyStart(source: string): number {
  const blank = /\r?\n\r?\n/.exec(source);
  return blank ? blank.index + blank[0].length : source.length;
}

/**
 * An email draft (`.eml`): the headers give the customer's name (`To:`), the text part
 * is the reply. Positions map back into the raw message, through any quoted-printable.
 */
export async function readEmail(source: string): Promise<Reply[]> {
  if (!/^[\w-]+:/.test(source.trimStart())) {
    throw new ReplylintInputError('not an email message: it does not start with a header such as "To:" or "Subject:"');
  }
  let email: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    email = await PostalMime.parse(source);
  } catch (error) {
    throw new ReplylintInputError(`could not read the email: ${error instanceof Error ? error.message : String(error)}`);
  }
  const text = email.text ?? '';
  if (text.trim() === '' && email.html) {
    throw new ReplylintInputError('this email has only an HTML body, which needs the HTML reader');
  }
  const from = bodyStart(source);
  const probe = text.trimStart().slice(0, 24);
  const found = probe === '' ? -1 : source.indexOf(probe, from);
  const start = found === -1 ? from : Math.max(from, found - (text.length - text.trimStart().length));
  return [
    {
      text,
      map: align(source, start, source.length, text),
      hints: { headerName: firstName(email.to as Recipient[] | undefined), frontMatter: false },
    },
  ];
}
