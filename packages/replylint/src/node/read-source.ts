import { readFile, stat } from 'node:fs/promises';
import { ReplylintInputError } from '../errors.js';

/**
 * The largest input read, in bytes: a reply or a helpdesk export is far smaller, a log opened
 * by mistake is not. Larger files are refused before they are read (memory stays bounded).
 */
export const maxSourceBytes = 32 * 1024 * 1024;

function tooLarge(bytes: number): ReplylintInputError {
  const mb = (count: number) => `${(count / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
  return new ReplylintInputError(
    `this file is too large to lint (${mb(bytes)}; replylint reads inputs of up to ${mb(maxSourceBytes)})`,
  );
}

/** Bytes that never occur in text; one in the first block means the file is binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return head.length > 0 && control / head.length > 0.1;
}

export type Charset = 'utf-8' | 'utf-16le' | 'utf-16be';

/** A file's text and how it was stored, so that a fix can be written back the same way. */
export interface DecodedText {
  readonly text: string;
  readonly charset: Charset;
  readonly bom: boolean;
}

/**
 * Decodes a file's bytes as text: UTF-8 (with or without a byte-order mark) or UTF-16
 * with a byte-order mark. Anything else is refused with a reason, never guessed at.
 */
export function decode(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), charset: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), charset: 'utf-16be', bom: true };
  if (looksBinary(bytes)) throw new ReplylintInputError('this is a binary file, not text');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8', bom };
  } catch {
    throw new ReplylintInputError('this file is not valid UTF-8 text (save it as UTF-8 and try again)');
  }
}

export function decodeText(bytes: Uint8Array): string {
  return decode(bytes).text;
}

/** Text as bytes in a file's own charset, with its byte-order mark if it had one. */
export function encode(text: string, charset: Charset, bom: boolean): Uint8Array {
  if (charset === 'utf-8') return Buffer.from(bom ? `\uFEFF${text}` : text, 'utf8');
  const body = Buffer.from(text, 'utf16le');
  if (charset === 'utf-16be') body.swap16();
  const mark = charset === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return Buffer.concat([Buffer.from(bom ? mark : []), body]);
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** Reads a file as text, with errors that say what is wrong with it. */
export async function readSourceFile(path: string): Promise<DecodedText> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    if (info.size > maxSourceBytes) throw tooLarge(info.size);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof ReplylintInputError) throw new ReplylintInputError(error.message, path);
    throw new ReplylintInputError(describe(error), path);
  }
  try {
    return decode(bytes);
  } catch (error) {
    if (error instanceof ReplylintInputError) throw new ReplylintInputError(error.message, path);
    throw error;
  }
}

export async function readSource(path: string): Promise<string> {
  return (await readSourceFile(path)).text;
}

/** Everything on standard input, as text. */
export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += bytes.length;
    // Keep reading (a writer must not get EPIPE), but keep nothing once it is too much.
    if (size <= maxSourceBytes) chunks.push(bytes);
  }
  if (size > maxSourceBytes) throw tooLarge(size);
  return decodeText(Buffer.concat(chunks));
}
