// A fixed set of worker threads taking tasks from one queue. Each task runs under a
// time limit and each thread under a memory limit: a thread that overruns either,
// or dies, is ended and replaced, failing only its own task with a reason a person
// understands; the queue goes on. Each thread is handed several tasks ahead, so it
// goes on working while this thread is busy (a store commit, say) and cannot answer.
import { Worker } from 'node:worker_threads';
import { CasefileError, type ErrorCode } from '../core/errors.js';
import { fromWire, type WireError } from './wire-error.js';

export interface PoolLimits {
  /** milliseconds a task may run before its thread is ended */
  timeMs: number;
  /** megabytes of JavaScript heap a thread may use */
  memoryMb: number;
}

// generous for a busy machine: the hostile inputs known are refused by the readers' own
// checks in well under a second; the time limit is the backstop for the unknown ones
export const DEFAULT_LIMITS: PoolLimits = { timeMs: 15_000, memoryMb: 1024 };

interface Pending<T> {
  task: T;
  where: string;
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
}

interface Posted<T> extends Pending<T> {
  id: number;
  /** set while the task is the thread's first: only that one is running */
  timer?: NodeJS.Timeout;
}

interface Slot<T> {
  worker: Worker;
  /** tasks posted to the thread, in the order it runs them; the first is running */
  posted: Posted<T>[];
  /** the thread has loaded what it needs; a task's time runs from then */
  ready: boolean;
  /** set once the slot is being replaced, so its late events are ignored */
  retired: boolean;
  /** why the thread failed, kept until it has exited */
  failure?: { code: ErrorCode; reason: string };
}

type Reply = { ready: true } | { id: number; ok: true; result: unknown } | { id: number; ok: false; error: WireError };

export class WorkerPool<T, R> {
  private readonly slots: Slot<T>[] = [];
  private readonly queue: Pending<T>[] = [];
  private nextId = 0;
  private closed = false;

  /**
   * `ahead`: tasks posted to a thread beyond the one it runs. A task's time limit
   * starts when the one before it is answered, so a task never waits out another's time.
   */
  constructor(private readonly file: URL, size: number, private readonly data: unknown, private readonly limits: PoolLimits = DEFAULT_LIMITS, private readonly ahead = AHEAD) {
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
    for (const slot of this.slots) clearTimeout(slot.posted[0]?.timer);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot<T> {
    const slot: Slot<T> = { worker: startWorker(this.file, this.data, this.limits.memoryMb), posted: [], ready: false, retired: false };
    slot.worker.on('message', (reply: Reply) => {
      if ('ready' in reply) {
        slot.ready = true;
        this.dispatch();
        return;
      }
      const pending = slot.posted[0];
      if (slot.retired || !pending || pending.id !== reply.id) return;
      clearTimeout(pending.timer);
      slot.posted.shift();
      this.startClock(slot);
      if (reply.ok) pending.resolve(reply.result);
      else pending.reject(fromWire(reply.error));
      this.dispatch();
    });
    // a thread that fails is replaced once it has exited: Node delivers every answer the thread sent
    // before 'exit', so a task answered just before the failure is not blamed for it
    slot.worker.on('error', (err: Error & { code?: string }) => {
      slot.failure = err.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? { code: 'E_READ_LIMIT', reason: `it needed more than the memory limit of ${this.limits.memoryMb} MB` }
        : { code: 'E_INTERNAL', reason: `a worker thread stopped: ${err.message}` };
    });
    slot.worker.on('exit', (code) => {
      const { code: error, reason } = slot.failure ?? { code: 'E_INTERNAL' as const, reason: `a worker thread stopped: exit code ${code}` };
      this.replace(slot, error, reason);
    });
    return slot;
  }

  /**
   * Ends a slot's thread, fails its running task with the reason, puts the tasks
   * posted behind it back at the head of the queue, and starts a fresh thread in its place.
   */
  private replace(slot: Slot<T>, code: ErrorCode, reason: string): void {
    if (slot.retired || this.closed) return;
    slot.retired = true;
    const [pending, ...waiting] = slot.posted;
    slot.posted = [];
    if (pending) {
      clearTimeout(pending.timer);
      pending.reject(new CasefileError(code, reason, { where: pending.where }));
    }
    this.queue.unshift(...waiting.map(({ task, where, resolve, reject }) => ({ task, where, resolve, reject })));
    void slot.worker.terminate();
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots[index] = this.spawn();
    this.dispatch();
  }

  /** Tops each ready thread up to its running task and `ahead` more, the emptiest first, so the work stays even. */
  private dispatch(): void {
    const open = this.slots.filter((s) => s.ready && !s.retired);
    while (this.queue.length > 0) {
      const slot = open.reduce<Slot<T> | null>((best, s) => (s.posted.length <= this.ahead && (!best || s.posted.length < best.posted.length) ? s : best), null);
      if (!slot) return;
      const posted: Posted<T> = { ...this.queue.shift()!, id: this.nextId++ };
      slot.posted.push(posted);
      slot.worker.postMessage({ id: posted.id, task: posted.task });
      if (slot.posted.length === 1) this.startClock(slot);
    }
  }

  /** Starts the time limit of the thread's running task. */
  private startClock(slot: Slot<T>): void {
    const running = slot.posted[0];
    if (!running) return;
    running.timer = setTimeout(() => this.replace(slot, 'E_READ_LIMIT', `it took longer than the time limit of ${this.limits.timeMs / 1000} s`), this.limits.timeMs);
  }
}

/** tasks posted ahead to each thread: enough to outlast a store commit of the main thread */
const AHEAD = 32;

/**
 * A thread keeps the pages of its young generation: at 64 MB, two threads extracting
 * held some 100 MB more than at 16 MB, for about 3% less CPU spent collecting.
 */
const YOUNG_GENERATION_MB = 16;

/**
 * Built code runs its worker file directly. Run from TypeScript sources (tests,
 * `tsx src/cli/main.ts`), a worker does not inherit tsx's loader on Node 20, so a
 * small bootstrap registers it before importing the worker file.
 */
function startWorker(file: URL, workerData: unknown, memoryMb: number): Worker {
  // the young generation is capped too, or a burst of short-lived objects escapes the limit
  const resourceLimits = { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
  if (!file.pathname.endsWith('.ts')) return new Worker(file, { workerData, resourceLimits });
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(file.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData, resourceLimits });
}
