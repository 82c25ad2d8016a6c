// A batch of file jobs through ingest's own per-file path (read, normalise,
// extract, save): each job's bytes become a file in a private temporary folder and
// one ingestPaths call takes them all, so the batch shares the extraction threads.
// Storing is atomic and idempotent by content hash, so a job retried after its
// worker died stores only what the dead worker had not.
import type { Sealer } from '../store/crypto/sealer.js';
import { fileBytes } from './seal.js';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type PgBoss from 'pg-boss';
import type { CasefileError } from '../core/errors.js';
import { ingestPaths } from '../ingest/ingest.js';
import type { Store } from '../store/port.js';
import type { FileJob } from './enqueue.js';
import { QUEUES, SCHEMA } from './queue.js';
import { processAlive } from '../core/process-alive.js';

export interface IngestJobsOptions {
  store: Store;
  knowledgeDir?: string;
  /** extraction threads (default: every core) */
  workers?: number;
  log: (line: string) => void;
  /** opens files queued sealed with the store's key */
  sealer?: Sealer | null;
}

export interface IngestJobsResult {
  stored: number;
  present: number;
  refused: number;
  /** jobs handed back to the queue to retry */
  retried: number;
}

/** Errors of the machine, not of the file: the job is retried rather than the file refused. */
const TRANSIENT = new Set(['E_STORE', 'E_INTERNAL']);

export async function ingestJobs(boss: PgBoss, jobs: PgBoss.Job<FileJob>[], opts: IngestJobsOptions): Promise<IngestJobsResult> {
  // mkdtemp makes the folder readable by its owner only: the bytes may be sensitive
  const dir = await mkdtemp(join(tmpdir(), `${FOLDER_PREFIX}${process.pid}-`));
  const result: IngestJobsResult = { stored: 0, present: 0, refused: 0, retried: 0 };
  try {
    const byPath = new Map<string, PgBoss.Job<FileJob>>();
    for (const job of jobs) {
      let bytes: Buffer;
      try {
        bytes = fileBytes(job.data, job.id, opts.sealer ?? null);
      } catch (err) {
        // a file sealed with a key this worker lacks: handed back, for a worker that holds it
        const message = `${job.data.name}: ${err instanceof Error ? err.message : String(err)}`;
        await boss.fail(QUEUES.file, job.id, { message });
        opts.log(`worker: will retry: ${message}`);
        result.retried++;
        continue;
      }
      await mkdir(join(dir, job.id));
      // basename: a job's name cannot point outside its folder
      const path = join(dir, job.id, basename(job.data.name) || 'file');
      await writeFile(path, bytes, { mode: 0o600 });
      byPath.set(path, job);
    }
    if (byPath.size === 0) return result;
    const errors = new Map<string, CasefileError>();
    // the jobs' own limit: the size refused at enqueue is the size refused here
    const maxBytes = Math.max(...jobs.map((j) => j.data.maxBytes ?? 0)) || undefined;
    let summary;
    try {
      summary = await ingestPaths([...byPath.keys()], { store: opts.store, knowledgeDir: opts.knowledgeDir, workers: opts.workers, maxBytes, onError: (path, e) => errors.set(path, e) });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      for (const job of byPath.values()) await boss.fail(QUEUES.file, job.id, { message });
      opts.log(`worker: ${byPath.size} jobs handed back to retry: ${message}`);
      return { ...result, retried: result.retried + byPath.size };
    }
    result.stored = summary.stored;
    result.present = summary.present;
    for (const [path, job] of byPath) {
      const error = errors.get(path);
      // refusals name the file as it was enqueued, not the temporary copy
      const message = error?.message.replaceAll(join(dir, job.id) + '/', '');
      const label = job.data.feed ? `${job.data.feed} (${job.data.name})` : job.data.name;
      if (!error) {
        await boss.complete(QUEUES.file, job.id, {});
      } else if (TRANSIENT.has(error.code)) {
        result.retried++;
        await boss.fail(QUEUES.file, job.id, { message });
        opts.log(`worker: ${label}: will retry: ${message}`);
      } else {
        // a file that cannot be read fails the same way every time: no retry
        result.refused++;
        await boss.complete(QUEUES.file, job.id, { refused: { code: error.code, message } });
        opts.log(`casefile: ${message}`);
      }
    }
    return result;
  } finally {
    await rm(dir, { recursive: true, force: true });
    await scrubFinished(boss);
  }
}

const FOLDER_PREFIX = 'casefile-jobs-';

/**
 * Removes the temporary folders of workers on this machine that were killed
 * before they could (a folder's name holds its process id), so no report's bytes
 * stay behind in the temporary folder.
 */
export async function sweepStaleFolders(): Promise<void> {
  for (const name of await readdir(tmpdir())) {
    const pid = Number(new RegExp(`^${FOLDER_PREFIX}(\\d+)-`).exec(name)?.[1]);
    if (!pid || pid === process.pid || processAlive(pid)) continue;
    await rm(join(tmpdir(), name), { recursive: true, force: true }).catch(() => {});
  }
}


/** A finished job keeps its name and outcome, not the file: the bytes live in the store (protected there) or nowhere. */
async function scrubFinished(boss: PgBoss): Promise<void> {
  await boss.getDb().executeSql(`update ${SCHEMA}.job set data = data - 'bytes' where name = $1 and state >= 'completed' and data ? 'bytes'`, [QUEUES.file]);
}
