// A lock across processes on one store, for work that must not run twice at once
// (linking new reports: two linkers would both claim the same pending reports).
// PostgreSQL: a session advisory lock, released when its connection ends, so a
// killed holder frees it. SQLite: a lock file in the data folder naming its holder's
// process; a file left by a process that is gone is taken over.
import { link, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../core/config.js';
import { CasefileError } from '../core/errors.js';
import { processAlive } from '../core/process-alive.js';

const WAIT_MS = 200;

/** Told once when the lock is held by another process and this one waits for it. */
export type OnWait = (holder: string) => void;

export async function withStoreLock<T>(config: Pick<Config, 'dataDir' | 'databaseUrl'>, name: string, fn: () => Promise<T>, onWait?: OnWait): Promise<T> {
  return config.databaseUrl ? withAdvisoryLock(config.databaseUrl, name, fn, onWait) : withLockFile(join(config.dataDir, `.${name}.lock`), fn, onWait);
}

/** For commands: says on stderr which lock it waits for, so a wait is never a silent hang. */
export const waitNotice = (what: string): OnWait => (holder) =>
  process.stderr.write(`casefile: waiting for ${holder}, which is ${what} this store\n`);

export async function withAdvisoryLock<T>(url: string, name: string, fn: () => Promise<T>, onWait?: OnWait): Promise<T> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ got: boolean }>('select pg_try_advisory_lock(hashtext($1)) as got', [`casefile:${name}`]);
    if (!rows[0].got) {
      onWait?.('another casefile process');
      await client.query('select pg_advisory_lock(hashtext($1))', [`casefile:${name}`]);
    }
    return await fn();
  } finally {
    // ending the session releases the lock
    await client.end();
  }
}

/**
 * Takes the lock file with this process's id already in it: written under a name of
 * its own, then linked to the lock's name, which fails if the lock exists. A file
 * created first and written after could be left empty by a kill between the two, and
 * an empty lock names no holder whose death would free it.
 */
async function claim(file: string): Promise<void> {
  const mine = `${file}.${process.pid}`;
  await writeFile(mine, String(process.pid), { mode: 0o600 });
  try {
    await link(mine, file);
  } finally {
    await rm(mine, { force: true });
  }
}

export async function withLockFile<T>(file: string, fn: () => Promise<T>, onWait?: OnWait): Promise<T> {
  let told = false;
  for (;;) {
    try {
      await claim(file);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new CasefileError('E_STORE', `cannot take the lock: ${(e as Error).message}`, { where: file, cause: e });
      const text = await readFile(file, 'utf8').catch(() => null);
      if (text === null) continue; // released meanwhile
      const holder = Number(text);
      // (a lock naming no one was left by an earlier version killed between creating and writing it)
      if (!(holder > 0) || !processAlive(holder)) await rm(file, { force: true });
      else {
        if (!told) onWait?.(`casefile process ${holder}`);
        told = true;
        await new Promise((r) => setTimeout(r, WAIT_MS));
      }
    }
  }
  try {
    return await fn();
  } finally {
    await rm(file, { force: true });
  }
}

