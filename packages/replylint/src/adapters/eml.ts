import PostalMime from 'postal-mime';
import { ReplylintInputError } from '../errors.js';
import { readHtml } from './html.js';
import { align, compose } from './offset-map.js';
import type { ReadSource } from './types.js';

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

/** Where a decoded part's text begins in the raw message, found by its first words. */
function partStart(source: string, from: number, decoded: string): number {
  const lead = decoded.length - decoded.trimStart().length;
  const probe = decoded.trimStart().slice(0, 24);
  const found = probe === '' ? -1 : source.indexOf(probe, from);
  return found === -1 ? from : Math.max(from, found - lead);
}

/**
 * An email draft (`.eml`): the `To:` header names the customer, and the text part (or,
 * failing that, the HTML part) is the reply. Positions map back into the raw message,
 * through quoted-printable and HTML entities.
 */
export async function readEmail(source: string): Promise<ReadSource> {
  if (!/^[\w-]+:/.test(source.trimStart())) {
    throw new ReplylintInputError('not an email message: it does not start with a header such as "To:" or "Subject:"');
  }
  let email: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    email = await PostalMime.parse(source);
  } catch (error) {
    throw new ReplylintInputError(`could not read the email: ${error instanceof Error ? error.message : String(error)}`);
  }
  const headerName = firstName(email.to as Recipient[] | undefined);
  const from = bodyStart(source);
  const text = email.text ?? '';
  if (text.trim() === '' && email.html) {
    const html = readHtml(email.html);
    const outer = align(source, partStart(source, from, email.html), source.length, email.html);
    return {
      replies: html.replies.map((reply) => ({
        text: reply.text,
        map: compose(reply.map, outer),
        hints: { frontMatter: false, headerName },
      })),
      comments: [],
    };
  }
  return {
    replies: [
      { text, map: align(source, partStart(source, from, text), source.length, text), hints: { frontMatter: false, headerName } },
    ],
    comments: [],
  };
}
