import { readFile, stat } from 'node:fs/promises';
import { ReplylintInputError } from '../errors.js';

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

/**
 * Decodes a file's bytes as text: UTF-8 (with or without a byte-order mark) or UTF-16
 * with a byte-order mark. Anything else is refused with a reason, never guessed at.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (looksBinary(bytes)) throw new ReplylintInputError('this is a binary file, not text');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ReplylintInputError('this file is not valid UTF-8 text (save it as UTF-8 and try again)');
  }
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
export async function readSource(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    bytes = await readFile(path);
  } catch (error) {
    throw new ReplylintInputError(describe(error), path);
  }
  try {
    return decodeText(bytes);
  } catch (error) {
    if (error instanceof ReplylintInputError) throw new ReplylintInputError(error.message, path);
    throw error;
  }
}

/** Everything on standard input, as text. */
export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return decodeText(Buffer.concat(chunks));
}
