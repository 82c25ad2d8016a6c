// Files into the queue: one job per file, carrying the file's bytes, so a worker on
// another machine needs no shared folder. Files over the size limit are refused
// here, named, before they reach the database.
import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type PgBoss from 'pg-boss';
import { CasefileError } from '../core/errors.js';
import { DEFAULT_MAX_BYTES, listInputFiles, toCasefileError } from '../read/index.js';
import type { Sealer } from '../store/crypto/sealer.js';
import { jobTimeoutSeconds, QUEUES } from './queue.js';
import { sealFileJob } from './seal.js';

export interface FileJob {
  /** the file's name: readers pick the format by it; refusals name it */
  name: string;
  /** the file's bytes, base64 */
  bytes: string;
  /** the bytes are sealed with the store's key (see seal.ts) */
  sealed?: boolean;
  /** the feed the bytes came from */
  feed?: string;
  /** the worker's size limit for this file, in bytes */
  maxBytes?: number;
}

export interface EnqueueResult {
  /** ids of the jobs made, one per file */
  ids: string[];
  failures: { path: string; error: CasefileError }[];
}

/** bytes of file content per insert: a batch of big files is not held in memory at once */
const INSERT_BYTES = 16 * 1024 * 1024;

export async function enqueueFiles(boss: PgBoss, paths: readonly string[], opts: { maxBytes?: number; sealer?: Sealer | null; onError?: (path: string, e: CasefileError) => void } = {}): Promise<EnqueueResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const result: EnqueueResult = { ids: [], failures: [] };
  const fail = (path: string, error: CasefileError) => {
    result.failures.push({ path, error });
    opts.onError?.(path, error);
  };
  let batch: FileJob[] = [];
  let batchBytes = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    result.ids.push(...(await insertFileJobs(boss, batch, opts.sealer ?? null)));
    batch = [];
    batchBytes = 0;
  };
  for (const path of paths) {
    let files: string[];
    try {
      files = await listInputFiles([path]);
    } catch (err) {
      fail(path, toCasefileError(err, path));
      continue;
    }
    for (const file of files) {
      try {
        const size = (await stat(file)).size;
        if (size > maxBytes) throw new CasefileError('E_READ_TOO_LARGE', `${(size / 1024 / 1024).toFixed(1)} MB exceeds the limit of ${(maxBytes / 1024 / 1024).toFixed(1)} MB`, { where: file });
        const bytes = await readFile(file);
        batch.push({ name: basename(file), bytes: bytes.toString('base64'), maxBytes });
        batchBytes += bytes.length;
      } catch (err) {
        fail(file, toCasefileError(err, file));
      }
      if (batchBytes >= INSERT_BYTES) await flush();
    }
  }
  await flush();
  return result;
}

/** Inserts file jobs in one statement; returns their ids. */
export async function insertFileJobs(boss: PgBoss, jobs: FileJob[], sealer: Sealer | null): Promise<string[]> {
  const expireInSeconds = jobTimeoutSeconds();
  const rows = jobs.map((job) => {
    const id = randomUUID();
    return { id, name: QUEUES.file, data: sealFileJob(job, id, sealer), expireInSeconds };
  });
  await boss.insert(rows);
  return rows.map((r) => r.id);
}
