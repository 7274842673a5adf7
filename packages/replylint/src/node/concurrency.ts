import { availableParallelism } from 'node:os';

/** Worker threads to use when asked for "auto": one per core. */
export function defaultConcurrency(): number {
  return Math.max(1, availableParallelism());
}
