import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ReplylintInputError } from '../errors.js';

/** Where a report goes, a part at a time. */
export interface ReportOutput {
  write(part: string): Promise<void>;
  /** The report is complete. */
  close(): Promise<void>;
  /** The run failed: drop what was not yet delivered. */
  abort(): Promise<void>;
}

/** Parts are gathered into chunks of about this many characters before they are written. */
const chunkSize = 64 * 1024;

/** Writes to a stream as the report grows, waiting while the stream is full. */
export function streamOutput(stream: NodeJS.WritableStream): ReportOutput {
  let parts: string[] = [];
  let size = 0;
  const flush = async (): Promise<void> => {
    if (parts.length === 0) return;
    const text = parts.join('');
    parts = [];
    size = 0;
    if (stream.write(text) === false) await once(stream, 'drain');
  };
  return {
    async write(part) {
      if (part === '') return;
      parts.push(part);
      size += part.length;
      if (size >= chunkSize) await flush();
    },
    close: flush,
    async abort() {
      parts = [];
    },
  };
}

/** Holds the whole report and writes it at the end: for a terminal that a progress bar shares. */
export function bufferedOutput(stream: NodeJS.WritableStream): ReportOutput {
  let parts: string[] = [];
  return {
    async write(part) {
      parts.push(part);
    },
    async close() {
      stream.write(parts.join(''));
      parts = [];
    },
    async abort() {
      parts = [];
    },
  };
}

/**
 * Writes a report file: to a temporary file beside it while the run goes on, which takes the
 * file's place once the report is complete, so a failed run leaves no half-written report.
 */
export function fileOutput(path: string): ReportOutput {
  const temporary = join(dirname(path), `.${basename(path)}.replylint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const file = createWriteStream(temporary, { flags: 'wx' });
  const failed = (error: unknown): never => {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'its folder does not exist'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'it is a folder'
            : (error as Error).message;
    throw new ReplylintInputError(`cannot write the report here: ${reason}`, path);
  };
  const opened = new Promise<void>((resolve, reject) => {
    file.once('open', () => resolve());
    file.once('error', reject);
  }).catch(failed);
  const output = streamOutput(file);
  let finished: Promise<void> | undefined;
  const finish = (): Promise<void> => {
    finished ??= new Promise<void>((resolve) => {
      if (file.closed) return resolve();
      file.once('close', () => resolve());
      file.end();
    });
    return finished;
  };
  return {
    async write(part) {
      await opened;
      await output.write(part);
    },
    async close() {
      await opened;
      try {
        await output.close();
        await finish();
        await rename(temporary, path);
      } catch (error) {
        await unlink(temporary).catch(() => undefined);
        failed(error);
      }
    },
    async abort() {
      await output.abort();
      if (!(await opened.then(() => true).catch(() => false))) return;
      await finish().catch(() => undefined);
      await unlink(temporary).catch(() => undefined);
    },
  };
}
