/**
 * `--concurrency`: inputs checked by worker threads, each running the CLI's own per-input step
 * (index.ts `prepare` → `processInput`) with the same arguments and configuration. Inputs go out
 * one at a time to whichever worker is free, and outcomes come back into the inputs' order, so the
 * output is the one a single thread makes. Every worker pays the import and the packs' first
 * checks again, so it pays only for large batches (docs/cli.md has the measurements).
 */
import { Worker } from 'node:worker_threads';

export interface PoolOptions {
  workers: number;
  /** The script each worker runs (the CLI's own file). */
  url: URL;
  /** What the script needs to prepare itself (arguments, working directory). */
  data: unknown;
}

/** A message from a worker: the outcome of input `i`, or the error that stopped it. */
export type WorkerReply<R> = { i: number; value: R } | { i: number; error: string };

/** The key under which a worker finds its data (`workerData[POOL_KEY]`). */
export const POOL_KEY = 'medadPoolWorker';

export function runInWorkers<I, R>(items: readonly I[], opts: PoolOptions, onDone?: (done: number, index: number) => void): Promise<R[]> {
  if (items.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const out = new Array<R>(items.length);
    const pool: Worker[] = [];
    let next = 0;
    let done = 0;
    let settled = false;
    const finish = (err?: Error) => {
      if (settled) return;
      settled = true;
      for (const w of pool) void w.terminate();
      if (err) reject(err);
      else resolve(out);
    };
    const feed = (w: Worker) => {
      if (next < items.length) {
        const i = next++;
        w.postMessage({ i, item: items[i] });
      }
    };
    for (let k = 0; k < Math.min(opts.workers, items.length); k++) {
      const w = new Worker(opts.url, { workerData: { [POOL_KEY]: opts.data } });
      pool.push(w);
      w.on('message', (m: WorkerReply<R>) => {
        if ('error' in m) return finish(new Error(m.error));
        out[m.i] = m.value;
        done++;
        onDone?.(done, m.i);
        if (done === items.length) finish();
        else feed(w);
      });
      w.on('error', (err) => finish(err));
      w.on('exit', (code) => {
        if (!settled) finish(new Error(`a worker of --concurrency stopped (exit code ${code}) before the inputs were checked`));
      });
      feed(w);
    }
  });
}
