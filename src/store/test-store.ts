// A store for tests: embedded SQLite in a temporary data folder, or, when
// DATABASE_URL is set, a fresh database on that PostgreSQL server
// (casefile_test_<random>), dropped again by cleanup. An unreachable server fails loudly.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../core/config.js';
import { CasefileError } from '../core/errors.js';
import { openStore, sqliteFile, type OpenOptions } from './open.js';
import type { Store } from './port.js';

export interface TestStore {
  store: Store;
  /** closes the store and removes its folder or database */
  cleanup: () => Promise<void>;
  /** runs SQL on the store's database over a connection of its own (tests set up triggers with it) */
  exec: (statement: string) => Promise<void>;
}

export async function openTestStore(opts: OpenOptions = {}): Promise<TestStore> {
  const dataDir = await mkdtemp(join(tmpdir(), 'casefile-test-'));
  const removeDir = () => rm(dataDir, { recursive: true, force: true });
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const store = await openStore(loadConfig({ dataDir }, {}), opts).catch(async (e) => { await removeDir(); throw e; });
    const exec = async (statement: string) => {
      const { default: Sqlite } = await import('better-sqlite3');
      const db = new Sqlite(sqliteFile(dataDir));
      try { db.exec(statement); } finally { db.close(); }
    };
    return { store, cleanup: async () => { await store.close(); await removeDir(); }, exec };
  }
  const config = loadConfig({ dataDir }, { DATABASE_URL: serverUrl }); // validates the URL's form
  const name = `casefile_test_${randomBytes(6).toString('hex')}`;
  await admin(config.databaseUrl!, `create database ${name}`);
  const url = new URL(config.databaseUrl!);
  url.pathname = `/${name}`;
  const dropAll = async () => { await admin(config.databaseUrl!, `drop database if exists ${name} with (force)`); await removeDir(); };
  const store = await openStore({ dataDir, databaseUrl: url.toString() }, opts).catch(async (e) => { await dropAll(); throw e; });
  return { store, cleanup: async () => { await store.close(); await dropAll(); }, exec: (statement) => admin(url.toString(), statement) };
}

async function admin(serverUrl: string, statement: string): Promise<void> {
  const { default: pg } = await import('pg');
  const { redactUrl } = await import('./postgres/open.js');
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    await client.query(statement);
  } catch (e) {
    throw new CasefileError('E_STORE', `test database setup on ${redactUrl(serverUrl)} failed (is PostgreSQL running?): ${e instanceof Error ? e.message : String(e)}`, { where: 'DATABASE_URL', cause: e });
  } finally {
    await client.end().catch(() => {});
  }
}

/** A new empty database on the PostgreSQL server of `serverUrl`, for a test that runs its own processes on it. */
export async function freshTestDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `casefile_test_${randomBytes(6).toString('hex')}`;
  await admin(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(serverUrl, `drop database if exists ${name} with (force)`) };
}
