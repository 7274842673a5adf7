import Tinypool from 'tinypool';
import type { ReplyFinding } from '../engine/findings.js';
import type { LintBatch } from './lint-files.js';
import type { WorkerTask } from './worker.js';

/** Replies per task: large enough to amortise the hop to a thread, small enough to balance. */
const batchSize = 32;

export { defaultConcurrency } from './concurrency.js';

/**
 * A pool of worker threads that lint replies in parallel. The main thread reads files and
 * maps findings back into them; workers only parse and run the rules.
 */
export class LintPool {
  private readonly pool: Tinypool;

  constructor(threads: number) {
    this.pool = new Tinypool({
      filename: new URL('./worker.js', import.meta.url).href,
      minThreads: 1,
      maxThreads: threads,
      idleTimeout: 1000,
    });
  }

  readonly batch: LintBatch = async (replies, options) => {
    const shared = {
      ...(options.rules ? { rules: options.rules } : {}),
      ...(options.preset ? { preset: options.preset } : {}),
      ...(options.customerName ? { customerName: options.customerName } : {}),
      ...(options.fallbackCustomerName ? { fallbackCustomerName: options.fallbackCustomerName } : {}),
    };
    const tasks: Promise<ReplyFinding[][]>[] = [];
    for (let at = 0; at < replies.length; at += batchSize) {
      const task: WorkerTask = {
        replies: replies.slice(at, at + batchSize).map((reply) => ({ text: reply.text, hints: reply.hints })),
        options: shared,
      };
      tasks.push(this.pool.run(task) as Promise<ReplyFinding[][]>);
    }
    return (await Promise.all(tasks)).flat();
  };

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
