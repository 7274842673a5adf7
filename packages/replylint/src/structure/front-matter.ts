import { VFile } from 'vfile';
import { matter } from 'vfile-matter';
import { ReplylintInputError } from '../errors.js';

export interface FrontMatter {
  /** Length of the block, fences included, from the start of the text. */
  readonly length: number;
  readonly data: Readonly<Record<string, unknown>>;
}

/** The YAML front-matter block at the top of a draft (`---\ncustomer: Jane Smith\n---`), if any. */
export function readFrontMatter(text: string): FrontMatter | undefined {
  if (!text.startsWith('---')) return undefined;
  const file = new VFile(text);
  try {
    matter(file, { strip: true, yaml: { maxAliasCount: 10 } });
  } catch (error) {
    const line = (error as { linePos?: [{ line: number }] }).linePos?.[0]?.line;
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
    throw new ReplylintInputError(`front matter is not valid YAML${line ? ` (line ${line + 1})` : ''}: ${reason}`);
  }
  const length = text.length - String(file).length;
  if (length === 0) return undefined;
  const data = file.data.matter;
  return { length, data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {} };
}

const nameKeys = ['customer', 'customer_name', 'customerName', 'customer-name', 'name', 'to', 'recipient'];

/** The customer's name as front matter gives it (`customer: Jane Smith`, `customer: { name: … }`). */
export function frontMatterName(data: Readonly<Record<string, unknown>>): string | undefined {
  for (const key of nameKeys) {
    const value = data[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const nested = (value as Record<string, unknown>).name;
      if (typeof nested === 'string' && nested.trim() !== '') return nested;
    }
  }
  return undefined;
}

/** Front matter can mark a draft as a canned response (`template: true` or `macro: true`). */
export function frontMatterTemplate(data: Readonly<Record<string, unknown>>): boolean {
  return data.template === true || data.macro === true;
}
