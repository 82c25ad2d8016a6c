// A worker process's loop: take a link job, a feed poll or a batch of file jobs,
// run it, mark it done or failed, and again. Any number of these share one queue
// (pg-boss fetches with SKIP LOCKED). A worker killed mid-job leaves its jobs
// active; pg-boss's maintenance expires them after CASEFILE_JOB_TIMEOUT and they
// are retried by whoever is running.
import type { Sealer } from '../store/crypto/sealer.js';
import { setTimeout as sleep } from 'node:timers/promises';
import type PgBoss from 'pg-boss';
import { linkStore, describeTotals } from '../link/link-store.js';
import type { Store } from '../store/port.js';
import type { FileJob } from './enqueue.js';
import { pollDueFeeds } from './feeds.js';
import { ingestJobs, sweepStaleFolders } from './ingest-jobs.js';
import { jobTimeoutSeconds, QUEUES } from './queue.js';
import { pendingJobs } from './status.js';

export interface WorkerOptions {
  boss: PgBoss;
  store: Store;
  /** opens files queued sealed with the store's key, and seals the files feeds bring */
  sealer?: Sealer | null;
  knowledgeDir?: string;
  /** extraction threads (default: every core) */
  workers?: number;
  /** stop once nothing is queued, waiting to retry or running anywhere */
  once?: boolean;
  /** file jobs taken at a time (default: two per extraction thread) */
  batchSize?: number;
  /** how long to wait before looking again when the queue is empty */
  idleMs?: number;
  /** aborted: finish the job in hand, then stop */
  signal?: AbortSignal;
  log: (line: string) => void;
}

export interface WorkerTotals {
  files: number;
  stored: number;
  present: number;
  refused: number;
  retried: number;
  links: number;
  polls: number;
}

export async function runWorker(opts: WorkerOptions): Promise<WorkerTotals> {
  const { boss } = opts;
  const totals: WorkerTotals = { files: 0, stored: 0, present: 0, refused: 0, retried: 0, links: 0, polls: 0 };
  await sweepStaleFolders();
  // Each batch starts its own extraction threads (loading the lexicons) and ends with a
  // link job: batches of a few files spent most of their time on those, not on the files.
  const batchSize = opts.batchSize ?? Math.max(16, (opts.workers ?? (await import('node:os')).availableParallelism()) * 16);
  while (!opts.signal?.aborted) {
    const [link] = await boss.fetch(QUEUES.link);
    if (link) {
      await settle(boss, QUEUES.link, link.id, async () => {
        const linked = await linkStore(opts.store, { knowledgeDir: opts.knowledgeDir });
        if (linked.reports > 0) opts.log(describeTotals(linked));
        totals.links++;
        return { ...linked };
      });
      continue;
    }
    const [poll] = await boss.fetch(QUEUES.feeds);
    if (poll) {
      await settle(boss, QUEUES.feeds, poll.id, async () => {
        const polled = await pollDueFeeds(boss, { sealer: opts.sealer });
        for (const p of polled) opts.log(`feed: ${p.url}: ${p.error ?? p.status}`);
        totals.polls++;
        return { polled };
      });
      continue;
    }
    const files = await boss.fetch<FileJob>(QUEUES.file, { batchSize });
    if (files.length > 0) {
      const done = await ingestJobs(boss, files, opts);
      totals.files += files.length;
      totals.stored += done.stored;
      totals.present += done.present;
      totals.refused += done.refused;
      totals.retried += done.retried;
      opts.log(`worker: ${files.length} files, ${done.stored} reports stored, ${done.present} already present, ${done.refused} refused`);
      // new reports join incidents through the one link job, which takes every pending report
      if (done.stored > 0) await boss.send(QUEUES.link, {}, { expireInSeconds: jobTimeoutSeconds() });
      continue;
    }
    if (opts.once && (await pendingJobs(boss)) === 0) break;
    await sleep(opts.idleMs ?? 1000, undefined, { signal: opts.signal }).catch(() => {});
  }
  return totals;
}

/** Runs one job: done with its output, or failed with the reason (pg-boss retries it while retries remain). */
async function settle(boss: PgBoss, queue: string, id: string, run: () => Promise<object>): Promise<void> {
  let output: object;
  try {
    output = await run();
  } catch (err) {
    await boss.fail(queue, id, { message: err instanceof Error ? err.message : String(err) });
    return;
  }
  await boss.complete(queue, id, output);
}
