/**
 * A worker thread of `claimdiff batch`: loads the pipeline (and the language model) once, then compares each
 * event the main thread sends, answering with its record. See ./pool.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runEvent, type EventOptions } from './event.js';

export interface EventTask {
  id: number;
  event: string;
}

const options = (workerData as { options: EventOptions }).options;
parentPort!.on('message', (task: EventTask) => {
  void runEvent(task.event, options).then((result) => parentPort!.postMessage({ id: task.id, ...result }));
});
