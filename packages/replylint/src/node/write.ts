import { randomBytes } from 'node:crypto';
import { chmod, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces a file's contents all at once: the new bytes go to a temporary file beside it,
 * which then takes the original's place. A crash or a full disk leaves the original
 * untouched; the file keeps its permissions, and a symbolic link stays a link (its target
 * is what changes).
 */
export async function writeFileAtomic(given: string, bytes: Uint8Array): Promise<void> {
  const path = await realpath(given).catch(() => given);
  const temporary = join(dirname(path), `.${basename(path)}.replylint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const mode = (await stat(path).catch(() => undefined))?.mode;
  const handle = await open(temporary, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    if (mode !== undefined) await chmod(temporary, mode & 0o7777);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
