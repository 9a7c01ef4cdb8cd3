/**
 * A pool of worker threads (Node's own worker_threads), each with its own model, comparing events as they come
 * free; results are handed on in the order of the events, each as soon as it and every event before it are done.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { EventOptions, EventResult } from './event.js';
import { errorRecord } from './record.js';
import type { EventTask } from './worker.js';

/**
 * The worker's built module. From dist/ it sits next to this file; run from src/ (the tests), the build's copy:
 * a worker thread runs JavaScript only.
 */
function workerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('../../dist/batch/worker.js', here) : new URL('./worker.js', here);
}

/** Workers to start: --jobs, else one per core; never more than the events. */
export function workerCount(jobs: number | undefined, events: number): number {
  return Math.max(1, Math.min(jobs ?? os.availableParallelism(), events));
}

/**
 * Compares every event on `workers` threads; `onResult` is called in the order of `events`. Resolves when all
 * are done; a worker that dies fails its event and is replaced.
 */
export async function runPool(
  events: readonly string[],
  workers: number,
  options: EventOptions,
  onResult: (index: number, result: EventResult) => void,
): Promise<void> {
  if (events.length === 0) return;
  const pending = new Map<number, EventResult>();
  let nextTask = 0;
  let nextResult = 0;
  await new Promise<void>((resolve) => {
    const deliver = (id: number, result: EventResult) => {
      pending.set(id, result);
      while (pending.has(nextResult)) {
        const ready = pending.get(nextResult)!;
        pending.delete(nextResult);
        onResult(nextResult++, ready);
      }
      if (nextResult === events.length) resolve();
    };
    const start = () => {
      const worker = new Worker(workerUrl(), { workerData: { options } });
      let current: number | undefined;
      const feed = () => {
        if (nextTask >= events.length) {
          current = undefined;
          void worker.terminate();
          return;
        }
        current = nextTask++;
        worker.postMessage({ id: current, event: events[current]! } satisfies EventTask);
      };
      worker.on('message', (message: EventResult & { id: number }) => {
        const { id, ...result } = message;
        feed();
        deliver(id, result);
      });
      worker.on('error', (error) => {
        // The thread is gone (out of memory, say): its event fails, the others go on in a new one.
        if (current === undefined) return;
        const failed = current;
        current = undefined;
        const message = `internal error: ${error.message}`;
        deliver(failed, { record: errorRecord(events[failed]!, message), failing: false, error: message });
        if (nextTask < events.length) start();
      });
      feed();
    };
    for (let i = 0; i < workers; i++) start();
  });
}
