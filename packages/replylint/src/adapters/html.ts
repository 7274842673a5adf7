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
        stopped = true;
        return;
      }
      if (skipped.has(node.tagName) || quotedClass.test(classes(node))) {
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
