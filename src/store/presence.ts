// Which other casefile processes have a store open. Changing a store's key rewrites
// every sealed field, while each open process keeps the protection it opened the
// store with and would go on writing with the old key (or none), and its open reads
// keep old pages from being given back. So `key init` and `key rotate` ask first and
// refuse while others have the store open.
// SQLite: each open store leaves a file named after its process in the data folder's
// .open/ (one of a process that is gone is ignored and removed). PostgreSQL: each
// open store holds one connection named after its process (application_name) for as
// long as it is open; the pool's connections come and go with use.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processAlive } from '../core/process-alive.js';

export interface Presence {
  /** other live processes that have this store open */
  others(): Promise<number[]>;
  /** this store is closed */
  leave(): Promise<void>;
}

const APPLICATION_NAME = `casefile:${process.pid}`;

export function folderPresence(dataDir: string): Presence {
  const dir = join(dataDir, '.open');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const mine = join(dir, `${process.pid}-${randomBytes(4).toString('hex')}`);
  writeFileSync(mine, '', { mode: 0o600 });
  return {
    async others() {
      const pids = new Set<number>();
      for (const name of readdirSync(dir)) {
        const pid = Number(name.split('-')[0]);
        if (!(pid > 0) || pid === process.pid) continue;
        if (processAlive(pid)) pids.add(pid);
        else rmSync(join(dir, name), { force: true });
      }
      return [...pids].sort((a, b) => a - b);
    },
    leave: async () => rmSync(mine, { force: true }),
  };
}

export async function databasePresence(url: string): Promise<Presence> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, application_name: APPLICATION_NAME, connectionTimeoutMillis: 10_000 });
  await client.connect();
  // a lost connection is no crash: the next question reports it
  client.on('error', () => {});
  return {
    async others() {
      const { rows } = await client.query<{ name: string }>(`select distinct application_name as name from pg_stat_activity
        where datname = current_database() and application_name like 'casefile:%'`);
      return rows.map((r) => Number(r.name.slice('casefile:'.length))).filter((pid) => pid > 0 && pid !== process.pid).sort((a, b) => a - b);
    },
    leave: () => client.end().catch(() => {}),
  };
}
