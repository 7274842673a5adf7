import { parse as parseCsv } from 'csv-parse/sync';
import { type Node as JsonNode, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { isMap, isScalar, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { ReplylintInputError } from '../errors.js';
import type { ReplyRef } from '../types.js';
import { readHtml } from './html.js';
import { alignTable, compose, fromRuns, fromTable, type OffsetMap } from './offset-map.js';
import type { ReadSource, Reply } from './types.js';

/**
 * Helpdesk exports that hold many canned responses (macros): each body is a reply, linted
 * as a canned response (the customer's name is only ever a placeholder), and named by its
 * id and title so that a finding can be found again.
 *
 * - Zendesk macros (`macros[].actions[]` with `comment_value` / `comment_value_html`;
 *   each macro's `id` and `title`; a single `{ macro }` or a bare array too).
 * - Gorgias macros (`actions[]` named `setResponseText` with `arguments.body_text` /
 *   `body_html`; each macro's `id` and `name`; `{ data: [...] }` or a bare array).
 * - Any collection of records with a body: `body`, `text`, `content`, `message`, `reply`,
 *   `response`, or `*_html` variants (Freshdesk canned responses' `content_html`, Help
 *   Scout saved replies' `text`, Front templates' `body`), named by `id` and `title`/`name`,
 *   as JSON, YAML or CSV.
 */

interface Body {
  /** The body as the helpdesk will send it, with the map from its characters to the source. */
  readonly text: string;
  readonly map: OffsetMap;
  readonly html: boolean;
  readonly encode?: ((text: string) => string) | undefined;
}

interface Record_ {
  readonly ref: ReplyRef;
  readonly bodies: readonly Body[];
}

const bodyKeys = ['body', 'text', 'content', 'message', 'reply', 'response', 'body_text', 'comment', 'comment_value'];
const htmlKeys = ['body_html', 'content_html', 'html', 'comment_value_html', 'html_body'];
const titleKeys = ['title', 'name', 'subject', 'label'];

function toReplies(records: readonly Record_[], namePlaceholder?: string): ReadSource {
  const hints = { template: true, frontMatter: false, ...(namePlaceholder ? { namePlaceholder } : {}) };
  const replies: Reply[] = [];
  for (const record of records) {
    for (const body of record.bodies) {
      const outer = body.map;
      if (body.html) {
        for (const reply of readHtml(body.text).replies) {
          const escapeHtml = reply.encode;
          const encode =
            body.encode && escapeHtml
              ? (text: string) => (body.encode as (value: string) => string)(escapeHtml(text))
              : undefined;
          replies.push({
            text: reply.text,
            map: compose(reply.map, outer),
            hints,
            ref: record.ref,
            ...(encode ? { encode } : {}),
          });
        }
      } else {
        replies.push({
          text: body.text,
          map: outer,
          hints,
          ref: record.ref,
          ...(body.encode ? { encode: body.encode } : {}),
        });
      }
    }
  }
  return { replies, comments: [] };
}

// ---- JSON ----------------------------------------------------------------------------

const jsonEscapes: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  '"': '"',
  '\\': '\\',
  '/': '/',
};

/** A JSON string literal's text, with where its characters are in the source: runs between escapes. */
function decodeJsonString(source: string, node: JsonNode): { text: string; map: OffsetMap } {
  const parts: string[] = [];
  const starts: number[] = [];
  const sources: number[] = [];
  const end = node.offset + node.length - 1;
  let length = 0;
  for (let i = node.offset + 1; i < end; ) {
    const backslash = source.indexOf('\\', i);
    const stop = backslash === -1 || backslash >= end ? end : backslash;
    if (stop > i) {
      starts.push(length);
      sources.push(i);
      parts.push(source.slice(i, stop));
      length += stop - i;
    }
    if (stop >= end) break;
    const escaped = source.charAt(stop + 1);
    const unicode = escaped === 'u';
    starts.push(length);
    sources.push(stop);
    parts.push(
      unicode ? String.fromCharCode(Number.parseInt(source.slice(stop + 2, stop + 6), 16)) : (jsonEscapes[escaped] ?? escaped),
    );
    length += 1;
    i = stop + (unicode ? 6 : 2);
  }
  starts.push(length);
  sources.push(end);
  return { text: parts.join(''), map: fromRuns(starts, sources, length, source.length) };
}

const jsonEncode = (text: string): string => JSON.stringify(text).slice(1, -1);

function property(node: JsonNode | undefined, key: string): JsonNode | undefined {
  if (node?.type !== 'object') return undefined;
  for (const pair of node.children ?? []) {
    if (pair.children?.[0]?.value === key) return pair.children[1];
  }
  return undefined;
}

function scalar(node: JsonNode | undefined): string | undefined {
  if (!node || (node.type !== 'string' && node.type !== 'number')) return undefined;
  return String(node.value);
}

function jsonBody(source: string, node: JsonNode | undefined, html: boolean): Body | undefined {
  if (node?.type === 'array') {
    // Zendesk: ["channel:all", "text"] for channel-specific comments.
    const last = node.children?.[node.children.length - 1];
    return jsonBody(source, last, html);
  }
  if (node?.type !== 'string') return undefined;
  const { text, map } = decodeJsonString(source, node);
  return { text, map, html, encode: jsonEncode };
}

function refOf(node: JsonNode, index: number): ReplyRef {
  const id = scalar(property(node, 'id'));
  const title = titleKeys.map((key) => scalar(property(node, key))).find((value) => value !== undefined);
  return { index, ...(id !== undefined ? { id } : {}), ...(title !== undefined ? { title } : {}) };
}

function listOf(root: JsonNode, keys: readonly string[]): JsonNode[] | undefined {
  if (root.type === 'array') return root.children ?? [];
  for (const key of keys) {
    const list = property(root, key);
    if (list?.type === 'array') return list.children ?? [];
    if (list?.type === 'object') return [list];
  }
  return undefined;
}

function zendeskMacro(source: string, macro: JsonNode, index: number): Record_ | undefined {
  const actions = property(macro, 'actions');
  if (actions?.type !== 'array') return undefined;
  const bodies: Body[] = [];
  for (const action of actions.children ?? []) {
    const field = scalar(property(action, 'field'));
    if (field !== 'comment_value' && field !== 'comment_value_html') continue;
    const body = jsonBody(source, property(action, 'value'), field === 'comment_value_html');
    if (body) bodies.push(body);
  }
  return { ref: refOf(macro, index), bodies };
}

function gorgiasMacro(source: string, macro: JsonNode, index: number): Record_ | undefined {
  const actions = property(macro, 'actions');
  if (actions?.type !== 'array') return undefined;
  const bodies: Body[] = [];
  for (const action of actions.children ?? []) {
    if (scalar(property(action, 'name')) !== 'setResponseText') continue;
    const args = property(action, 'arguments');
    const text = jsonBody(source, property(args, 'body_text'), false);
    const html = jsonBody(source, property(args, 'body_html'), true);
    // The plain text is what agents edit; the HTML is used only when there is no text.
    if (text && text.text.trim() !== '') bodies.push(text);
    else if (html) bodies.push(html);
  }
  return { ref: refOf(macro, index), bodies };
}

function collectionRecord(source: string, record: JsonNode, index: number): Record_ | undefined {
  if (record.type === 'string') {
    const body = jsonBody(source, record, false);
    return body ? { ref: { index }, bodies: [body] } : undefined;
  }
  const plain = bodyKeys
    .map((key) => jsonBody(source, property(record, key), false))
    .find((body) => body && body.text.trim() !== '');
  const html = htmlKeys
    .map((key) => jsonBody(source, property(record, key), true))
    .find((body) => body && body.text.trim() !== '');
  const body = plain ?? html;
  return body ? { ref: refOf(record, index), bodies: [body] } : undefined;
}

function isZendesk(list: readonly JsonNode[]): boolean {
  return list.some((macro) =>
    (property(macro, 'actions')?.children ?? []).some((action) =>
      /^comment_value(_html)?$/.test(scalar(property(action, 'field')) ?? ''),
    ),
  );
}

function isGorgias(list: readonly JsonNode[]): boolean {
  return list.some((macro) =>
    (property(macro, 'actions')?.children ?? []).some((action) => scalar(property(action, 'name')) === 'setResponseText'),
  );
}

function lineColumn(source: string, offset: number): string {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/** A JSON export: Zendesk macros, Gorgias macros, or a collection of records with bodies. */
export function readJsonExport(source: string): ReadSource {
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, { allowTrailingComma: false, disallowComments: true });
  const first = errors[0];
  if (first || !root) {
    const where = first ? ` at ${lineColumn(source, first.offset)}` : '';
    throw new ReplylintInputError(`not valid JSON${where}${first ? ` (${printParseErrorCode(first.error)})` : ''}`);
  }
  const list = listOf(root, [
    'macros',
    'macro',
    'data',
    'items',
    'replies',
    'responses',
    'canned_responses',
    'templates',
    'records',
  ]);
  if (!list) {
    throw new ReplylintInputError(
      'no replies found: expected an array of records, or an object with "macros" (Zendesk), "data" (Gorgias) or "items"',
    );
  }
  const platform = isZendesk(list)
    ? { read: zendeskMacro, placeholder: '{{ticket.requester.first_name}}' }
    : isGorgias(list)
      ? { read: gorgiasMacro, placeholder: '{{ticket.customer.firstname}}' }
      : { read: collectionRecord, placeholder: undefined };
  const records = list
    .map((node, index) => platform.read(source, node, index))
    .filter((record): record is Record_ => record !== undefined);
  return toReplies(records, platform.placeholder);
}

// ---- YAML ----------------------------------------------------------------------------

function yamlBody(source: string, map: YAMLMap, keys: readonly string[], html: boolean): Body | undefined {
  for (const key of keys) {
    const node = map.get(key, true);
    if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '' || !node.range) continue;
    const [from, to] = node.range;
    return { text: node.value, map: fromTable(alignTable(source, from, to, node.value), source.length), html };
  }
  return undefined;
}

function yamlString(map: YAMLMap, key: string): string | undefined {
  const value = map.get(key);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** A YAML list of records (`- id: …\n  title: …\n  body: |`), or `{ replies: [...] }`. */
export function readYamlExport(source: string): ReadSource {
  const document = parseDocument(source);
  const error = document.errors[0];
  if (error) {
    throw new ReplylintInputError(`not valid YAML (line ${error.linePos?.[0].line ?? '?'}): ${error.message.split('\n')[0]}`);
  }
  const top: unknown = document.contents;
  const list = isMap(top)
    ? ['replies', 'macros', 'items', 'responses', 'templates'].map((key) => top.get(key, true)).find(isSeq)
    : top;
  if (!isSeq(list)) throw new ReplylintInputError('no replies found: expected a list of records with a "body"');
  const records: Record_[] = [];
  list.items.forEach((item, index) => {
    if (!isMap(item)) return;
    const body = yamlBody(source, item, bodyKeys, false) ?? yamlBody(source, item, htmlKeys, true);
    if (!body) return;
    const id = yamlString(item, 'id');
    const title = titleKeys.map((key) => yamlString(item, key)).find((value) => value !== undefined);
    records.push({ ref: { index, ...(id ? { id } : {}), ...(title ? { title } : {}) }, bodies: [body] });
  });
  return toReplies(records);
}

// ---- CSV -----------------------------------------------------------------------------

/** A CSV export with a header row naming an id, a title and a body column. */
export function readCsvExport(source: string): ReadSource {
  let rows: { record: Record<string, string>; raw: string }[];
  try {
    rows = parseCsv(source, {
      columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
      raw: true,
      bom: true,
      skip_empty_lines: true,
    });
  } catch (error) {
    throw new ReplylintInputError(`not valid CSV: ${error instanceof Error ? error.message : String(error)}`);
  }
  const records: Record_[] = [];
  let cursor = 0;
  rows.forEach((row, index) => {
    const rawAt = source.indexOf(row.raw, cursor);
    const rowStart = rawAt === -1 ? cursor : rawAt;
    cursor = rowStart + row.raw.length;
    const column = [...bodyKeys, ...htmlKeys].find((key) => (row.record[key] ?? '').trim() !== '');
    if (!column) return;
    const text = row.record[column] as string;
    const within = source.slice(rowStart, cursor).indexOf(text.slice(0, 12));
    const from = within === -1 ? rowStart : rowStart + within;
    const quoted = source.charAt(from - 1) === '"';
    const body: Body = {
      text,
      map: fromTable(alignTable(source, from, cursor, text), source.length),
      html: htmlKeys.includes(column),
      ...(quoted ? { encode: (value: string) => value.replace(/"/g, '""') } : {}),
    };
    const id = row.record.id;
    const title = titleKeys.map((key) => row.record[key]).find((value) => value !== undefined && value !== '');
    records.push({ ref: { index, ...(id ? { id } : {}), ...(title ? { title } : {}) }, bodies: [body] });
  });
  return toReplies(records);
}
