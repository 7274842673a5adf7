import type { ReplyFinding } from '../engine/findings.js';
import { hintsFor, type LintOptions, lintReplyText } from '../engine/lint-reply.js';
import type { ReplyHints } from '../structure/index.js';

export interface WorkerTask {
  readonly replies: readonly { readonly text: string; readonly hints: ReplyHints }[];
  readonly options: Pick<LintOptions, 'rules' | 'preset' | 'customerName' | 'fallbackCustomerName'>;
}

/** Runs in a worker thread: lints a batch of replies, returns their findings as plain data. */
export default function lintBatch(task: WorkerTask): ReplyFinding[][] {
  return task.replies.map((reply) => lintReplyText(reply.text, hintsFor(reply.hints, task.options), task.options));
}
