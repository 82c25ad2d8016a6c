// A queued file job carries a report's raw bytes until a worker takes it, in a table
// as readable as any other: with a key set (CASEFILE_KEY_FILE) the bytes wait sealed
// with it, tied to their job, and every worker that opens them needs the same key.
import { CasefileError } from '../core/errors.js';
import { readKeyFile } from '../store/crypto/key-file.js';
import { createSealer, type Sealer } from '../store/crypto/sealer.js';
import type { FileJob } from './enqueue.js';

/** The sealer for queued files: the key of CASEFILE_KEY_FILE, or none. */
export async function queueSealer(keyFile: string | null | undefined): Promise<Sealer | null> {
  return keyFile ? createSealer(await readKeyFile(keyFile)) : null;
}

const contextOf = (jobId: string) => `queue-file:${jobId}`;

/** The job as it waits in the queue: its bytes sealed when there is a key. */
export function sealFileJob(job: FileJob, jobId: string, sealer: Sealer | null): FileJob {
  if (!sealer) return job;
  const sealed = sealer.sealBytes(Buffer.from(job.bytes, 'base64'), contextOf(jobId));
  return { ...job, bytes: Buffer.from(sealed).toString('base64'), sealed: true };
}

/** The file's bytes as the worker reads them; a sealed job without the key is refused by name. */
export function fileBytes(job: FileJob, jobId: string, sealer: Sealer | null): Buffer {
  const bytes = Buffer.from(job.bytes, 'base64');
  if (!job.sealed) return bytes;
  if (!sealer) throw new CasefileError('E_LOCKED', 'the queued file is sealed with the store\'s key: start the worker with CASEFILE_KEY_FILE', { where: job.name });
  return Buffer.from(sealer.openBytes(bytes, contextOf(jobId)));
}
