import type { Element, Nodes, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { TextBuilder } from './offset-map.js';
import type { ReadSource, SourceComment } from './types.js';

const parser = unified().use(rehypeParse).freeze();

/** Elements with no prose in them, or whose prose is not the agent's (a quoted message). */
const skipped = new Set([
  'head',
  'script',
  'style',
  'template',
  'noscript',
  'title',
  'meta',
  'link',
  'svg',
  'math',
  'blockquote',
  'img',
]);
/** Elements that start a new line or paragraph. */
const paragraphs = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'ul',
  'ol',
  'pre',
  'hr',
  'main',
  'aside',
  'address',
  'form',
  'fieldset',
]);
const lines = new Set(['li', 'tr', 'dt', 'dd', 'td', 'th', 'caption', 'figcaption']);
/** Mail clients' markers for the quoted thread and the signature. */
const quotedClass =
  /\b(?:gmail_quote|gmail_extra|gmail_attr|moz-cite-prefix|yahoo_quoted|OutlookMessageHeader|gmail_signature|moz-signature)\b/;
/** Outlook puts the earlier message after one of these, as a sibling: everything after it is quoted. */
const threadStartIds = new Set(['divRplyFwdMsg', 'appendonsend', 'x_divRplyFwdMsg']);

const blockTags = new Set([...paragraphs, ...lines, 'br', 'blockquote']);

/** The text of a subtree, one line per block, for the parts that are read but not linted. */
function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element' && node.tagName === 'br') return '\n';
  const inner = node.children.map((child) => textOf(child as Nodes)).join('');
  return node.type === 'element' && blockTags.has(node.tagName) ? `\n${inner}\n` : inner;
}

/** A quote container as an email client shows it in plain text: the attribution, then "> " lines. */
function quoted(node: Element): string {
  const parts: string[] = [];
  for (const child of node.children) {
    if (child.type === 'element' && (child.tagName === 'blockquote' || /\bgmail_quote\b/.test(classes(child)))) {
      parts.push(
        quoted(child)
          .split('\n')
          .map((line) => `> ${line}`)
          .join('\n'),
      );
    } else {
      parts.push(textOf(child as Nodes));
    }
  }
  const text = parts
    .join('')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return node.tagName === 'blockquote'
    ? text
        .split('\n')
        .map((line) => line.trim())
        .join('\n')
    : text;
}

/** The text of everything in the document from `offset` on (Outlook's quoted message). */
function plainText(tree: Root, offset: number): string {
  const parts: string[] = [];
  const walk = (node: Nodes): void => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? 0;
    if (end <= offset) return;
    if (start >= offset) {
      parts.push(textOf(node));
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return parts
    .join('')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function classes(node: Element): string {
  const value = node.properties?.className;
  return Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
}

/**
 * An HTML draft or the HTML part of an email: the text is linted, not the markup. The
 * quoted thread (blockquotes, Gmail's and Outlook's quote containers) and signatures marked
 * up as such are left out.
 */
export function readHtml(source: string): ReadSource {
  const tree = parser.parse(source) as Root;
  const out = new TextBuilder(source);
  const comments: SourceComment[] = [];
  let stopped = false;

  const visit = (node: Nodes): void => {
    if (stopped) return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'comment') {
      if (start !== undefined && end !== undefined) comments.push({ start, end, text: node.value.trim() });
      return;
    }
    if (node.type === 'text') {
      if (start !== undefined && end !== undefined) out.derived(node.value, start, end);
      return;
    }
    if (node.type === 'element') {
      const id = typeof node.properties?.id === 'string' ? node.properties.id : '';
      if (threadStartIds.has(id)) {
        // Outlook: this header and everything after it is the earlier message.
        if (start !== undefined) {
          out.breakLines(2, start);
          out.standIn(`-----Original Message-----\n${plainText(tree, start)}\n`, start, source.length);
        }
        stopped = true;
        return;
      }
      if (node.tagName === 'blockquote' || quotedClass.test(classes(node))) {
        // Kept as "> " lines, so that the thread still names the customer and carries their words.
        if (start !== undefined && end !== undefined) {
          out.breakLines(2, start);
          out.standIn(`${quoted(node)}\n`, start, end);
        }
        return;
      }
      if (skipped.has(node.tagName)) {
        if (start !== undefined) out.breakLines(2, start);
        return;
      }
      if (node.tagName === 'br' && start !== undefined) {
        out.standIn('\n', start, end ?? start + 1);
        return;
      }
      if (node.tagName === 'code' && start !== undefined && end !== undefined) {
        out.standIn('xxxx', start, end);
        return;
      }
      const block = paragraphs.has(node.tagName) ? 2 : lines.has(node.tagName) ? 1 : 0;
      if (block && start !== undefined) out.breakLines(block, start);
      for (const child of node.children) visit(child);
      if (block && end !== undefined) out.breakLines(block, end - 1);
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };

  visit(tree);
  const { text, map } = out.build();
  const escapeHtml = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return { replies: [{ text, map, hints: { frontMatter: false }, encode: escapeHtml }], comments };
}
