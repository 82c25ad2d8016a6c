// A worker thread of the ingest pool: prepares files and runs the extractor (and
// makes the rows to store from its result), and
// answers each task with its result or its error as data. It loads the extractor
// before it says it is ready, so a task's time limit counts only the task.
import { parentPort, workerData } from 'node:worker_threads';
import type { Report } from '../core/model.js';
import type { Extractor } from '../extract/extractor.js';
import { extractReport } from './extract-report.js';
import { loadExtractor, type ExtractorFactory } from './extractor-factory.js';
import { prepareFile, type FieldDefaults } from './prepare-file.js';
import { toWire } from './wire-error.js';

export type WorkerTask =
  | { kind: 'prepare'; path: string; maxBytes?: number; fill?: FieldDefaults }
  | { kind: 'extract'; report: Report; asRows: boolean; origin: string };

if (parentPort) {
  const port = parentPort;
  const { factory } = workerData as { factory: ExtractorFactory };
  const extractor: Promise<Extractor> = loadExtractor(factory);
  // a failed load fails each extract task with its reason, not the thread
  extractor.catch(() => {}).finally(() => port.postMessage({ ready: true }));

  // one task at a time, in the order posted: the pool times the first it has not been answered for
  let done: Promise<void> = Promise.resolve();
  port.on('message', (message: { id: number; task: WorkerTask }) => {
    done = done.then(() => run(message));
  });

  async function run({ id, task }: { id: number; task: WorkerTask }): Promise<void> {
    try {
      let result: unknown;
      if (task.kind === 'prepare') {
        result = await prepareFile(task.path, { maxBytes: task.maxBytes, fill: task.fill });
      } else {
        result = await extractReport(await extractor, task.report, task.asRows, factory.own === true);
      }
      port.postMessage({ id, ok: true, result });
    } catch (err) {
      const where = task.kind === 'prepare' ? task.path : task.origin;
      port.postMessage({ id, ok: false, error: toWire(err, { code: task.kind === 'prepare' ? 'E_READ_UNREADABLE' : 'E_STAGE', where }) });
    }
  }
}
