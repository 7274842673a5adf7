import { extname } from 'node:path';
import type { Format } from 'replylint';
import { kindsByExtension } from 'replylint/node';

/**
 * The document selectors: which documents the server lints, and how it reads them. The
 * language ids are those VS Code, Neovim (filetypes), Helix and Emacs (major modes without
 * `-mode`) give these documents.
 */
export const languageFormats: Readonly<Record<string, Format>> = Object.freeze({
  plaintext: 'txt',
  text: 'txt',
  txt: 'txt',
  markdown: 'md',
  md: 'md',
  gfm: 'md',
  html: 'html',
  mhtml: 'html',
  email: 'eml',
  eml: 'eml',
  mail: 'eml',
  message: 'eml',
});

const formats: readonly Format[] = ['txt', 'md', 'html', 'eml'];

/** The format of a path's extension, when it is one of the single-draft formats (not a helpdesk export). */
export function extensionFormat(path: string): Format | undefined {
  const kind = kindsByExtension[extname(path).toLowerCase()];
  return kind && (formats as readonly string[]).includes(kind) ? (kind as Format) : undefined;
}

/**
 * How to read a document, or `undefined` when the server does not lint it. A specific
 * language id (Markdown, HTML, email) wins; then the file's extension, so that a `.eml` or
 * `.md` file an editor opened as plain text is still read as what it is; then plain text.
 */
export function formatOf(languageId: string, uri: string): Format | undefined {
  const byLanguage = languageFormats[languageId.toLowerCase()];
  if (byLanguage && byLanguage !== 'txt') return byLanguage;
  let path = uri;
  try {
    path = decodeURIComponent(new URL(uri).pathname);
  } catch {
    // Not a URL: use it as it is.
  }
  return extensionFormat(path) ?? byLanguage;
}

/** Whether inline `<!-- replylint-… -->` comments exist in a format. */
export function hasComments(format: Format): boolean {
  return format === 'md' || format === 'html';
}
