import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyEdits, type FormattingOptions, modify, type ParseError, parse as parseJsonc } from 'jsonc-parser';
import { configNames } from 'replylint/node';
import { CreateFile, type Position, TextDocumentEdit, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isDocument, isMap, isSeq, parseDocument, type YAMLSeq } from 'yaml';
import { isInside } from './configuration.js';

/** What the client can do with a workspace edit. */
export interface EditSupport {
  readonly documentChanges: boolean;
  readonly createFiles: boolean;
}

/** A change to a configuration file that the client applies (and saves, or not). */
export interface ConfigEdit {
  readonly edit: WorkspaceEdit;
  /** The configuration file the edit writes. */
  readonly configPath: string;
  /** True when the edit creates the file. */
  readonly creates: boolean;
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The configuration file to add to: the nearest one inside the workspace folder, or a new `.replylintrc.json`. */
async function target(
  configFiles: readonly string[],
  documentPath: string,
  workspaceFolder: string | undefined,
): Promise<{ path: string; text: string | undefined }> {
  const inside = configFiles.filter((file) => !workspaceFolder || isInside(workspaceFolder, file));
  const nearest = inside.at(-1);
  if (nearest) return { path: nearest, text: await readText(nearest) };
  const folder = workspaceFolder ?? dirname(documentPath);
  // A file there that the loader skipped (package.json without a "replylint" section aside) is still the folder's.
  for (const name of configNames.filter((name) => name !== 'package.json')) {
    const text = await readText(join(folder, name));
    if (text !== undefined) return { path: join(folder, name), text };
  }
  return { path: join(folder, '.replylintrc.json'), text: undefined };
}

function formatting(text: string): FormattingOptions {
  const indent = /^([ \t]+)\S/m.exec(text)?.[1] ?? '  ';
  return {
    insertSpaces: !indent.startsWith('\t'),
    tabSize: indent.startsWith('\t') ? 1 : indent.length,
    eol: /\r\n/.test(text) ? '\r\n' : '\n',
  };
}

const fold = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC`´]/g, "'");

/** The new text of a JSON configuration (or package.json) with `phrase` in its allow list; undefined when it cannot be edited. */
function jsonWithPhrase(
  text: string,
  phrase: string,
  inPackage: boolean,
): { offset: number; length: number; content: string }[] | undefined {
  const errors: ParseError[] = [];
  const data = parseJsonc(text.trim() === '' ? '{}' : text, errors, { allowTrailingComma: true }) as unknown;
  if (errors.length > 0 || typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const base = inPackage ? ['replylint'] : [];
  const section = inPackage ? (data as Record<string, unknown>).replylint : data;
  if (inPackage && (typeof section !== 'object' || section === null || Array.isArray(section))) return undefined;
  const allow = (section as Record<string, unknown>).allow;
  const options = { formattingOptions: formatting(text) };
  if (text.trim() === '') return [{ offset: 0, length: text.length, content: `{\n  "allow": [${JSON.stringify(phrase)}]\n}\n` }];
  if (Array.isArray(allow)) {
    if (allow.some((entry) => typeof entry === 'string' && fold(entry) === fold(phrase))) return undefined;
    return modify(text, [...base, 'allow', -1], phrase, { ...options, isArrayInsertion: true });
  }
  if (allow !== undefined) return undefined;
  return modify(text, [...base, 'allow'], [phrase], options);
}

/** The new text of a YAML configuration with `phrase` in its allow list; undefined when it cannot be edited. */
function yamlWithPhrase(text: string, phrase: string): string | undefined {
  const document = parseDocument(text);
  if (!isDocument(document) || document.errors.length > 0) return undefined;
  if (document.contents === null) return `allow:\n  - ${JSON.stringify(phrase)}\n`;
  if (!isMap(document.contents)) return undefined;
  const allow = document.get('allow', true);
  if (allow === undefined) {
    document.set('allow', document.createNode([phrase]));
  } else if (isSeq(allow)) {
    const entries = (allow as YAMLSeq).toJSON() as unknown[];
    if (entries.some((entry) => typeof entry === 'string' && fold(entry) === fold(phrase))) return undefined;
    (allow as YAMLSeq).add(document.createNode(phrase));
  } else {
    return undefined;
  }
  return document.toString();
}

function position(document: TextDocument, offset: number): Position {
  return document.positionAt(offset);
}

/**
 * The workspace edit that adds `phrase` to the allowed phrases of the configuration that
 * applies to a document: the nearest configuration file inside the workspace folder (JSON,
 * YAML or package.json's "replylint" section), or a new `.replylintrc.json` at the folder's
 * root. Undefined when the file cannot be edited safely (it does not parse) or the client
 * cannot create it.
 */
export async function allowPhraseEdit(
  phrase: string,
  configFiles: readonly string[],
  documentPath: string,
  workspaceFolder: string | undefined,
  support: EditSupport,
): Promise<ConfigEdit | undefined> {
  const found = await target(configFiles, documentPath, workspaceFolder);
  const uri = pathToFileURL(found.path).href;
  if (found.text === undefined) {
    const content = `{\n  "allow": [${JSON.stringify(phrase)}]\n}\n`;
    const insert: TextEdit = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: content };
    if (support.documentChanges && support.createFiles) {
      return {
        edit: {
          documentChanges: [
            CreateFile.create(uri, { ignoreIfExists: true }),
            TextDocumentEdit.create({ uri, version: null }, [insert]),
          ],
        },
        configPath: found.path,
        creates: true,
      };
    }
    return { edit: { changes: { [uri]: [insert] } }, configPath: found.path, creates: true };
  }
  const name = basename(found.path);
  const current = TextDocument.create(uri, 'json', 0, found.text);
  let edits: TextEdit[];
  if (name.endsWith('.json') || (name === '.replylintrc' && found.text.trimStart().startsWith('{'))) {
    const changes = jsonWithPhrase(found.text, phrase, name === 'package.json');
    if (!changes) return undefined;
    // Check that the result still parses before offering it.
    const after = applyEdits(found.text, changes);
    const errors: ParseError[] = [];
    parseJsonc(after, errors, { allowTrailingComma: true });
    if (errors.length > 0) return undefined;
    edits = changes.map((change) => ({
      range: { start: position(current, change.offset), end: position(current, change.offset + change.length) },
      newText: change.content,
    }));
  } else {
    const after = yamlWithPhrase(found.text, phrase);
    if (after === undefined) return undefined;
    edits = [{ range: { start: position(current, 0), end: position(current, found.text.length) }, newText: after }];
  }
  const edit: WorkspaceEdit = support.documentChanges
    ? { documentChanges: [TextDocumentEdit.create({ uri, version: null }, edits)] }
    : { changes: { [uri]: edits } };
  return { edit, configPath: found.path, creates: false };
}
