// `casefile ingest --queue`: files into the team queue, returning once they are
// queued; with --wait, progress from the queue until every file is done or failed.
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '../core/config.js';
import { CasefileError } from '../core/errors.js';
import { enqueueFiles } from './enqueue.js';
import { queueSealer } from './seal.js';
import { closeQueue, openQueue } from './queue.js';
import { describeFailure, failures, jobCounts } from './status.js';

export interface SubmitOptions {
  maxBytes?: number;
  wait?: boolean;
  /** between looks at the queue while waiting */
  everyMs?: number;
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Enqueues the files; returns how many failed (refused at enqueue, or, when waiting, by the workers). */
export async function submitFiles(paths: readonly string[], opts: SubmitOptions): Promise<number> {
  const config = loadConfig();
  if (!config.databaseUrl) throw new CasefileError('E_CONFIG', 'ingest --queue needs the team queue on PostgreSQL: set DATABASE_URL (postgres://...), or leave out --queue to ingest here', { where: 'DATABASE_URL' });
  const boss = await openQueue(config.databaseUrl);
  try {
    const queued = await enqueueFiles(boss, paths, { maxBytes: opts.maxBytes, sealer: await queueSealer(config.keyFile), onError: (_path, e) => opts.err(`casefile: ${e.message}\n`) });
    const refused = queued.failures.length;
    opts.out(`ingest: ${queued.ids.length} files queued${refused > 0 ? `, ${refused} refused` : ''}; workers (casefile worker) take them\n`);
    if (!opts.wait || queued.ids.length === 0) return refused;
    let last = '';
    for (;;) {
      const c = await jobCounts(boss, queued.ids);
      const line = `queue: ${c.done + c.failed}/${queued.ids.length} files, ${c.done} done, ${c.failed} failed, ${c.running} running, ${c.queued} queued${c.retrying ? `, ${c.retrying} to retry` : ''}`;
      if (line !== last) opts.err(`${line}\n`);
      last = line;
      if (c.done + c.failed >= queued.ids.length) {
        for (const f of await failures(boss, { ids: queued.ids, limit: 1000 })) opts.err(`casefile: ${describeFailure(f)}\n`);
        opts.out(`ingest: ${c.done} files done, ${c.failed} failed\n`);
        return refused + c.failed;
      }
      await sleep(opts.everyMs ?? 1000);
    }
  } finally {
    await closeQueue(boss);
  }
}
