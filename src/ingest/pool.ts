// A fixed set of worker threads taking tasks from one queue. A worker that dies
// fails only its own task and is replaced.
import { Worker } from 'node:worker_threads';
import { CasefileError } from '../core/errors.js';
import { fromWire, type WireError } from './wire-error.js';

interface Pending<T> {
  task: T;
  where: string;
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
}

interface Slot<T> {
  worker: Worker;
  current: (Pending<T> & { id: number }) | null;
}

type Reply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: WireError };

export class WorkerPool<T, R> {
  private readonly slots: Slot<T>[] = [];
  private readonly queue: Pending<T>[] = [];
  private nextId = 0;
  private closed = false;

  constructor(private readonly file: URL, size: number, private readonly data: unknown) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  run(task: T, where: string): Promise<R> {
    if (this.closed) return Promise.reject(new CasefileError('E_INTERNAL', 'the worker pool is closed', { where }));
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ task, where, resolve: resolve as (v: unknown) => void, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot<T> {
    const slot: Slot<T> = { worker: startWorker(this.file, this.data), current: null };
    slot.worker.on('message', (reply: Reply) => {
      const pending = slot.current;
      if (!pending || pending.id !== reply.id) return;
      slot.current = null;
      if (reply.ok) pending.resolve(reply.result);
      else pending.reject(fromWire(reply.error));
      this.dispatch();
    });
    const fail = (err: Error) => {
      if (this.closed) return;
      const pending = slot.current;
      slot.current = null;
      pending?.reject(new CasefileError('E_INTERNAL', `a worker thread stopped: ${err.message}`, { where: pending.where, cause: err }));
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots[index] = this.spawn();
      this.dispatch();
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => fail(new Error(`exit code ${code}`)));
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.current) continue;
      const next = this.queue.shift()!;
      slot.current = { ...next, id: this.nextId++ };
      slot.worker.postMessage({ id: slot.current.id, task: next.task });
    }
  }
}

/**
 * Built code runs its worker file directly. Run from TypeScript sources (tests,
 * `tsx src/cli/main.ts`), a worker does not inherit tsx's loader on Node 20, so a
 * small bootstrap registers it before importing the worker file.
 */
function startWorker(file: URL, workerData: unknown): Worker {
  if (!file.pathname.endsWith('.ts')) return new Worker(file, { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(file.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}
