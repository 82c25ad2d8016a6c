// What the queue holds, for `casefile jobs` and `ingest --queue --wait`: counts by
// queue and state (done jobs stay countable in pg-boss's archive), and the reasons
// of failed jobs and refused files.
import type PgBoss from 'pg-boss';
import { QUEUES, SCHEMA } from './queue.js';

export interface StateCounts {
  queued: number;
  /** waiting to be tried again after a failure or a dead worker */
  retrying: number;
  running: number;
  /** failed after every retry, or refused (a file that cannot be read) */
  failed: number;
  done: number;
}

export interface Failure {
  queue: string;
  /** the file's name, or the job id */
  what: string;
  reason: string;
  on: Date;
}

const ALL = Object.values(QUEUES);

/** completed jobs whose output records a refusal count as failed */
const STATE = `case
    when state = 'created' then 'queued'
    when state = 'retry' then 'retrying'
    when state = 'active' then 'running'
    when state = 'failed' or (state = 'completed' and output ? 'refused') then 'failed'
    when state = 'completed' then 'done'
  end`;

const REASON = `coalesce(output->'refused'->>'message', output->>'message', output->'value'->>'message', 'no reason recorded')`;

const BOTH = (columns: string, where: string) =>
  `select ${columns} from ${SCHEMA}.job where ${where} union all select ${columns} from ${SCHEMA}.archive where ${where}`;

const empty = (): StateCounts => ({ queued: 0, retrying: 0, running: 0, failed: 0, done: 0 });

/** Counts per queue, every queue present. */
export async function queueCounts(boss: PgBoss): Promise<Record<string, StateCounts>> {
  const { rows } = await boss.getDb().executeSql(`select name, st, count(*)::int as n from (${BOTH(`name, ${STATE} as st`, 'name = any($1)')}) t where st is not null group by name, st`, [ALL]);
  const out: Record<string, StateCounts> = Object.fromEntries(ALL.map((q) => [q, empty()]));
  for (const r of rows) out[r.name][r.st as keyof StateCounts] = r.n;
  return out;
}

/** Counts over the given jobs (one ingest's files). */
export async function jobCounts(boss: PgBoss, ids: readonly string[]): Promise<StateCounts> {
  const { rows } = await boss.getDb().executeSql(`select st, count(*)::int as n from (${BOTH(`${STATE} as st`, 'id = any($1::uuid[])')}) t where st is not null group by st`, [ids]);
  const out = empty();
  for (const r of rows) out[r.st as keyof StateCounts] = r.n;
  return out;
}

/** The latest failures, newest first; `ids` limits them to those jobs. */
export async function failures(boss: PgBoss, opts: { ids?: readonly string[]; limit?: number } = {}): Promise<Failure[]> {
  const where = `name = any($1) and (state = 'failed' or (state = 'completed' and output ? 'refused'))${opts.ids ? ' and id = any($3::uuid[])' : ''}`;
  const columns = `name, id, data->>'name' as file, data->>'feed' as feed, ${REASON} as reason, completed_on`;
  const params: unknown[] = [ALL, opts.limit ?? 20];
  if (opts.ids) params.push(opts.ids);
  const { rows } = await boss.getDb().executeSql(`select * from (${BOTH(columns, where)}) t order by completed_on desc limit $2`, params);
  return rows.map((r) => ({ queue: r.name, what: r.feed ? `${r.feed} (${r.file})` : (r.file ?? r.id), reason: r.reason, on: r.completed_on }));
}

/** One line for a failure; the reason usually names the file already. */
export const describeFailure = (f: Failure): string => (f.reason.startsWith(`${f.what}:`) ? f.reason : `${f.what}: ${f.reason}`);

/** Jobs still to do in every queue: queued, waiting to retry, or running. */
export async function pendingJobs(boss: PgBoss): Promise<number> {
  const { rows } = await boss.getDb().executeSql(`select count(*)::int as n from ${SCHEMA}.job where name = any($1) and state < 'completed'`, [ALL]);
  return rows[0].n;
}
