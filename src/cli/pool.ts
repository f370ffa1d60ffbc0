/**
 * `--concurrency`: inputs checked by worker threads, each running the CLI's own per-input step
 * (check.ts `prepare` → `processInput`) with the same arguments and configuration. Inputs go out
 * one at a time to whichever worker is free, and outcomes are handed on in the inputs' order as
 * soon as every earlier one is in, so the CLI writes the output a single thread writes, as it
 * goes. Every worker pays the import and the packs' first checks again, so it pays only for large
 * batches (docs/cli.md has the measurements).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { UsageError } from './errors.js';

export interface PoolOptions {
  workers: number;
  /** The script each worker runs (the CLI's own file). */
  url: URL;
  /** What the script needs to prepare itself (arguments, working directory). */
  data: unknown;
  /**
   * How far past the oldest unfinished input the workers may go (default 16 a worker). Outcomes
   * that wait for an earlier, slower input are held, so this bounds what is held; a worker left
   * without an input waits for the slow one instead.
   */
  ahead?: number;
}

/** A message from a worker: the outcome of input `i`, or the error that stopped it. */
export type WorkerReply<R> = { i: number; value: R } | { i: number; error: string };

/** The key under which a worker finds its data (`workerData[POOL_KEY]`). */
export const POOL_KEY = 'medadPoolWorker';

/**
 * The outcomes of `items`, in their order. Workers are sent inputs only while the consumer keeps
 * up: at most `ahead` inputs past the next outcome to hand on. Stopping the loop early (or an
 * error) terminates the workers.
 */
export async function* runInWorkers<I, R>(items: readonly I[], opts: PoolOptions, onDone?: (done: number, index: number) => void): AsyncGenerator<R> {
  const ahead = Math.max(1, opts.ahead ?? opts.workers * 16);
  const finished = new Map<number, R>(); // outcomes in, not yet handed on
  const idle: Worker[] = [];
  const pool: Worker[] = [];
  let next = 0; // the next input to send
  let given = 0; // the next outcome to hand on
  let done = 0;
  let failure: Error | undefined;
  let wake = () => {};
  const feed = () => {
    while (idle.length > 0 && next < items.length && next < given + ahead) {
      const i = next++;
      idle.pop()!.postMessage({ i, item: items[i] });
    }
  };
  const fail = (err: Error) => {
    failure ??= err;
    wake();
  };
  try {
    for (let k = 0; k < Math.min(opts.workers, items.length); k++) {
      const w = new Worker(opts.url, { workerData: { [POOL_KEY]: opts.data } });
      pool.push(w);
      w.on('message', (m: WorkerReply<R>) => {
        if ('error' in m) return fail(new Error(m.error));
        finished.set(m.i, m.value);
        onDone?.(++done, m.i);
        idle.push(w);
        feed();
        wake();
      });
      w.on('error', fail);
      w.on('exit', (code) => fail(new Error(`a worker of --concurrency stopped (exit code ${code}) before the inputs were checked`)));
      idle.push(w);
    }
    feed();
    while (given < items.length) {
      if (failure) throw failure;
      if (!finished.has(given)) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      const value = finished.get(given)!;
      finished.delete(given++);
      feed();
      yield value;
    }
  } finally {
    // Workers wait for messages forever: end them (their exit events come after `failure` is read).
    for (const w of pool) void w.terminate();
  }
}

/**
 * `--concurrency auto`: one worker per this many files, and one CPU left to this thread (which
 * reads, orders and writes). Each worker imports medad and pays each pack's first checks again, so
 * on 2 cores (measured 2026-12-03, posts of bench/posts.mjs, JSON output) two workers were 1.60×
 * slower than one thread on 150 files, 1.29× on 600 and even on 2,400: auto stays in this thread
 * there and on small batches (docs/cli.md, "Large directories").
 */
const FILES_PER_WORKER = 1000;

/** `--concurrency off|auto|N`: 1 (this thread), 'auto', or a number of workers. */
export function parseConcurrency(value: string | undefined): number | 'auto' {
  if (value === undefined || value === 'off') return 1;
  if (value === 'auto') return 'auto';
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--concurrency needs off, auto or a whole number of workers (1 or more), got "${value}".`);
  return Number(value);
}

/** How many workers check `files` inputs (1: this thread). Exported for the tests. */
export function workerCount(concurrency: number | 'auto', files: number): number {
  const wanted = concurrency === 'auto' ? Math.min(availableParallelism() - 1, Math.floor(files / FILES_PER_WORKER)) : concurrency;
  return Math.max(1, Math.min(wanted, files));
}
