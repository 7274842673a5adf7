import type { Nodes, Parents, PhrasingContent, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { ReplylintInputError } from '../errors.js';
import { TextBuilder } from './offset-map.js';
import { identityEncode, type ReadSource, type SourceComment } from './types.js';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

/** Blocks whose content is prose. */
const proseBlocks = new Set(['paragraph', 'heading', 'tableCell']);
/** Blocks that are not the agent's prose: code, quoted messages, link definitions. */
const skippedBlocks = new Set(['code', 'blockquote', 'definition', 'footnoteDefinition', 'math', 'thematicBreak']);

function offsets(node: Nodes): [number, number] | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : [start, end];
}

function comment(value: string, at: [number, number]): SourceComment | undefined {
  const match = /^<!--([\s\S]*?)-->$/.exec(value.trim());
  return match ? { start: at[0], end: at[1], text: (match[1] as string).trim() } : undefined;
}

function metadata(source: string, tree: Root): Record<string, unknown> | undefined {
  const front = tree.children[0];
  if (front?.type !== 'yaml') return undefined;
  try {
    const data = parseYaml(front.value, { maxAliasCount: 10 });
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch (error) {
    const line = source.slice(0, front.position?.start.offset ?? 0).split('\n').length;
    throw new ReplylintInputError(
      `front matter is not valid YAML (near line ${line + 1}): ${error instanceof Error ? error.message.split('\n')[0] : error}`,
    );
  }
}

/**
 * A Markdown draft: the prose of paragraphs, headings, lists and tables is linted; code,
 * quoted blocks, images and link targets are not. Inline code stays in the sentence as a
 * neutral word so that the sentence still reads as one.
 */
export function readMarkdown(source: string): ReadSource {
  const tree = parser.parse(source) as Root;
  const out = new TextBuilder(source);
  const comments: SourceComment[] = [];

  const inline = (node: PhrasingContent): void => {
    const at = offsets(node);
    if (!at) return;
    switch (node.type) {
      case 'text':
        out.derived(node.value, at[0], at[1]);
        break;
      case 'inlineCode':
        out.standIn('x'.repeat(Math.max(1, node.value.length)), at[0], at[1]);
        break;
      case 'break':
        out.standIn('\n', at[0], at[1]);
        break;
      case 'html': {
        const found = comment(node.value, at);
        if (found) comments.push(found);
        else if (/^<br\s*\/?>$/i.test(node.value.trim())) out.standIn('\n', at[0], at[1]);
        break;
      }
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        break;
      default:
        if ('children' in node) for (const child of node.children) inline(child as PhrasingContent);
    }
  };

  const block = (node: Nodes): void => {
    const at = offsets(node);
    if (node.type === 'yaml' || skippedBlocks.has(node.type)) {
      if (at) out.breakLines(2, at[0]);
      return;
    }
    if (node.type === 'html') {
      const found = at ? comment(node.value, at) : undefined;
      if (found) comments.push(found);
      return;
    }
    if (proseBlocks.has(node.type)) {
      if (at) out.breakLines(node.type === 'tableCell' ? 1 : 2, at[0]);
      for (const child of (node as Parents).children) inline(child as PhrasingContent);
      return;
    }
    if ('children' in node) for (const child of (node as Parents).children) block(child as Nodes);
  };

  block(tree);
  const { text, map } = out.build();
  return {
    replies: [{ text, map, hints: { frontMatter: false, metadata: metadata(source, tree) }, encode: identityEncode }],
    comments,
  };
}
