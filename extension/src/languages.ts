/**
 * Which documents replylint lints (the `replylint.languages` setting), as a document
 * selector, and the language id each is announced to the server with. No `vscode` import:
 * unit-tested on its own.
 */

/** The languages linted when the setting is not set: plain text, Markdown, HTML and email (`.eml`). */
export const defaultLanguages: readonly string[] = Object.freeze(['plaintext', 'markdown', 'html', 'email']);

/**
 * The language ids the server reads in a format of their own (its `languageFormats`; a unit
 * test keeps the two lists equal). Any other language is announced to the server as
 * `plaintext`, which it reads by the file's extension (`.md`, `.html`, `.eml`), else as text.
 */
export const serverLanguages: readonly string[] = Object.freeze([
  'plaintext',
  'text',
  'txt',
  'markdown',
  'md',
  'gfm',
  'html',
  'mhtml',
  'email',
  'eml',
  'mail',
  'message',
]);

/** The URI schemes of documents worth linting: files on disk and new, unsaved drafts. */
export const schemes: readonly string[] = Object.freeze(['file', 'untitled']);

export interface LanguageFilter {
  readonly scheme: string;
  readonly language: string;
}

/** The `replylint.languages` setting as a clean list: strings only, trimmed, no duplicates; the default when unusable. */
export function languagesSetting(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [...defaultLanguages];
  const languages = raw.filter((item): item is string => typeof item === 'string').map((item) => item.trim());
  return [...new Set(languages.filter((item) => item !== ''))];
}

/** The document selector for the language client: each language, on disk and untitled. */
export function documentSelector(languages: readonly string[]): LanguageFilter[] {
  return languages.flatMap((language) => schemes.map((scheme) => ({ scheme, language })));
}

/** Whether a document is one replylint lints. */
export function isLinted(document: { languageId: string; uri: { scheme: string } }, languages: readonly string[]): boolean {
  return languages.includes(document.languageId) && schemes.includes(document.uri.scheme);
}

/** The language id to announce a document with, so that the server lints every language the user opted in. */
export function serverLanguageId(languageId: string): string {
  return serverLanguages.includes(languageId.toLowerCase()) ? languageId : 'plaintext';
}
