import { type Finding, type Format, readReply } from 'replylint';
import { lintText, readReplies } from 'replylint/node';
import type { EffectiveConfig } from './configuration.js';

/** The findings for one version of a document, with what the code actions need to write fixes. */
export interface DocumentFindings {
  readonly findings: readonly Finding[];
  /**
   * How to write replacement text into the document at each finding (HTML escaping, for
   * example); absent when a fix cannot be written back safely (an encoded email part).
   */
  readonly encoders: ReadonlyMap<Finding, (text: string) => string>;
  /** Set when the library could not read the document (broken front matter, not an email…). */
  readonly inputError?: string;
  /** The customer name given to the library because the document names nobody, if any. */
  readonly customerName?: string;
}

const identity = (text: string): string => text;

/** An email whose text is written as it is stored (no quoted-printable or base64 part, no HTML-only body). */
function plainEmail(text: string): boolean {
  return (
    !/^content-transfer-encoding:\s*(?:quoted-printable|base64)/im.test(text) &&
    !(/^content-type:\s*text\/html/im.test(text) && !/^content-type:\s*text\/plain/im.test(text))
  );
}

/**
 * Whether the customer name from outside the document (the `setCustomerName` command, the
 * workspace setting) applies: only when the document names nobody itself (front matter,
 * `To:` header, quoted thread) and is not a canned response with a name placeholder.
 */
async function namesNobody(text: string, format: Format): Promise<boolean> {
  try {
    const read = await readReplies(text, format);
    return read.replies.some((reply) => {
      const { context } = readReply(reply.text, reply.hints);
      return context.customer === undefined && !context.template;
    });
  } catch {
    // The library reports input it cannot read when it lints.
    return false;
  }
}

/** Lints one document's text through the library, in the format it was opened as. */
export async function lintDocument(
  text: string,
  format: Format,
  filePath: string,
  config: EffectiveConfig,
  fallbackName: string | undefined,
): Promise<DocumentFindings> {
  const customerName = fallbackName && (await namesNobody(text, format)) ? fallbackName : undefined;
  const result = await lintText(
    filePath,
    { text, charset: 'utf-8', bom: false },
    {
      kind: format,
      preset: config.preset,
      rules: config.rules,
      allow: config.allow,
      reportUnusedDisableDirectives: config.reportUnusedDisableDirectives,
      ...(customerName ? { customerName } : {}),
    },
  );
  const encoders = new Map<Finding, (text: string) => string>();
  const emailWritable = format === 'eml' && plainEmail(text);
  for (const finding of result.findings) {
    const encode = result.replyOf?.get(finding)?.encode ?? (emailWritable ? identity : undefined);
    if (encode) encoders.set(finding, encode);
  }
  return {
    findings: result.findings,
    encoders,
    ...(result.error ? { inputError: result.error } : {}),
    ...(customerName ? { customerName } : {}),
  };
}
