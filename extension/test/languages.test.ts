import { languageFormats } from 'replylint-language-server';
import { describe, expect, it } from 'vitest';
import {
  defaultLanguages,
  documentSelector,
  isLinted,
  languagesSetting,
  serverLanguageId,
  serverLanguages,
} from '../src/languages.js';

describe('replylint.languages → document selector', () => {
  it('lints plain text, Markdown, HTML and email by default, on disk and untitled', () => {
    expect(languagesSetting(undefined)).toEqual(['plaintext', 'markdown', 'html', 'email']);
    expect(documentSelector(defaultLanguages)).toEqual([
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'plaintext' },
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'file', language: 'html' },
      { scheme: 'untitled', language: 'html' },
      { scheme: 'file', language: 'email' },
      { scheme: 'untitled', language: 'email' },
    ]);
  });

  it('cleans the setting: strings only, trimmed, once each; not a list means the default', () => {
    expect(languagesSetting(['markdown', ' handlebars ', 'markdown', '', 3, null])).toEqual(['markdown', 'handlebars']);
    expect(languagesSetting('markdown')).toEqual([...defaultLanguages]);
    expect(languagesSetting([])).toEqual([]);
  });

  it('matches documents by language and scheme (never output channels or git views)', () => {
    const doc = (languageId: string, scheme: string) => ({ languageId, uri: { scheme } });
    expect(isLinted(doc('plaintext', 'file'), defaultLanguages)).toBe(true);
    expect(isLinted(doc('email', 'untitled'), defaultLanguages)).toBe(true);
    expect(isLinted(doc('plaintext', 'output'), defaultLanguages)).toBe(false);
    expect(isLinted(doc('markdown', 'git'), defaultLanguages)).toBe(false);
    expect(isLinted(doc('typescript', 'file'), defaultLanguages)).toBe(false);
    expect(isLinted(doc('handlebars', 'file'), ['handlebars'])).toBe(true);
  });

  it('announces languages the server does not know as plain text', () => {
    expect(serverLanguageId('markdown')).toBe('markdown');
    expect(serverLanguageId('email')).toBe('email');
    expect(serverLanguageId('handlebars')).toBe('plaintext');
    expect(serverLanguageId('git-commit')).toBe('plaintext');
  });

  it("knows exactly the server's language ids", () => {
    expect([...serverLanguages].sort()).toEqual(Object.keys(languageFormats).sort());
    for (const language of defaultLanguages) expect(serverLanguages).toContain(language);
  });
});
