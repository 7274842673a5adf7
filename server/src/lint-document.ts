import type { Finding, Format } from 'replylint';
import { lintText } from 'replylint/node';
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
  /** The customer name offered to the library for when the document names nobody itself, if any. */
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

/** Lints one document's text through the library, in the format it was opened as. */
export async function lintDocument(
  text: string,
  format: Format,
  filePath: string,
  config: EffectiveConfig,
  fallbackName: string | undefined,
): Promise<DocumentFindings> {
  const result = await lintText(
    filePath,
    { text, charset: 'utf-8', bom: false },
    {
      kind: format,
      preset: config.preset,
      rules: config.rules,
      allow: config.allow,
      reportUnusedDisableDirectives: config.reportUnusedDisableDirectives,
      ...(fallbackName ? { fallbackCustomerName: fallbackName } : {}),
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
    ...(fallbackName ? { customerName: fallbackName } : {}),
  };
}
