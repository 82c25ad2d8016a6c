// The team's job queue: pg-boss tables in the casefile_queue schema of the
// PostgreSQL database the store uses. pg-boss (not hand-written SQL) gives
// SKIP LOCKED fetching for any number of workers, retries with back-off, expiry of
// jobs whose worker died, cron schedules, and singleton queues for linking.
import PgBoss from 'pg-boss';
import { CasefileError } from '../core/errors.js';
import { redactUrl } from '../store/postgres/open.js';

export const SCHEMA = 'casefile_queue';

/** The queues Casefile uses. */
export const QUEUES = {
  /** one file's bytes: read, normalise, extract, store */
  file: 'ingest-file',
  /** link every stored report not linked yet; one at a time, one waiting */
  link: 'link',
  /** fetch the feeds that are due and enqueue what changed; one at a time */
  feeds: 'poll-feeds',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/**
 * Seconds a job may stay active before it counts as dead (its worker killed or
 * cut off) and is retried. CASEFILE_JOB_TIMEOUT overrides the default 15 minutes.
 */
export function jobTimeoutSeconds(env = process.env): number {
  const raw = env.CASEFILE_JOB_TIMEOUT;
  if (raw === undefined || raw === '') return 15 * 60;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 23 * 3600) throw new CasefileError('E_CONFIG', `CASEFILE_JOB_TIMEOUT must be a whole number of seconds from 1 to 82800, got "${raw.slice(0, 20)}"`, { where: 'CASEFILE_JOB_TIMEOUT' });
  return n;
}

export interface OpenQueueOptions {
  /** run pg-boss's maintenance (expiring dead jobs, archiving) and cron schedules here */
  supervise?: boolean;
}

/** Connects to the queue, creating its schema and queues on first use. */
export async function openQueue(databaseUrl: string | null, opts: OpenQueueOptions = {}): Promise<PgBoss> {
  if (!databaseUrl) throw new CasefileError('E_CONFIG', 'team mode needs PostgreSQL: set DATABASE_URL to the server the team shares (postgres://...)', { where: 'DATABASE_URL' });
  const timeout = jobTimeoutSeconds();
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: SCHEMA,
    max: 4,
    application_name: 'casefile',
    supervise: opts.supervise ?? false,
    schedule: opts.supervise ?? false,
    // a dead worker's job is noticed within half its timeout (at most a minute)
    maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.ceil(timeout / 2))),
    // done and failed jobs stay countable by `casefile jobs` for a week
    archiveCompletedAfterSeconds: 7 * 24 * 3600,
  });
  // pg-boss reports background errors (a lost connection) as events; an unhandled one would end the process
  boss.on('error', (e) => process.stderr.write(`casefile: queue: ${e.message}\n`));
  try {
    await boss.start();
  } catch (e) {
    await boss.stop({ graceful: false, wait: false }).catch(() => {});
    throw new CasefileError('E_STORE', `cannot open the job queue at ${redactUrl(databaseUrl)}: ${e instanceof Error ? e.message : String(e)}`, { where: 'DATABASE_URL', cause: e });
  }
  await ensureQueues(boss, timeout);
  return boss;
}

async function ensureQueues(boss: PgBoss, expireInSeconds: number): Promise<void> {
  const settings: Record<QueueName, Omit<PgBoss.Queue, 'name'>> = {
    [QUEUES.file]: { policy: 'standard', retryLimit: 3, retryDelay: 10, retryBackoff: true, expireInSeconds },
    // stately: one link job waiting and one running at most, so stores that finish together share one link run
    [QUEUES.link]: { policy: 'stately', retryLimit: 5, retryDelay: 10, retryBackoff: true, expireInSeconds },
    [QUEUES.feeds]: { policy: 'stately', retryLimit: 2, retryDelay: 30, expireInSeconds },
  };
  for (const [name, options] of Object.entries(settings)) {
    if (await boss.getQueue(name)) continue;
    // two processes may create the same queue at once: the loser finds it made
    await boss.createQueue(name, { name, ...options }).catch(async (e) => { if (!(await boss.getQueue(name))) throw e; });
  }
}

export const closeQueue = (boss: PgBoss) => boss.stop({ graceful: false, wait: true, close: true });
