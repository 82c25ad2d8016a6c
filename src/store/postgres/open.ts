// The server adapter: a pg pool on DATABASE_URL. An unreachable server stops the
// program with the address (password hidden) and the reason.
import { Kysely, PostgresDialect, type KyselyPlugin } from 'kysely';
import pg from 'pg';
import { CasefileError } from '../../core/errors.js';
import { openMigratedStore } from '../kysely-store.js';
import { withAdvisoryLock } from '../lock.js';
import type { Store } from '../port.js';
import { databasePresence, type Presence } from '../presence.js';
import type { Database } from '../schema.js';
import { postgresSearch } from './search.js';

/** The URL with its password masked, safe for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'an invalid DATABASE_URL';
  }
}

export async function openPostgresStore(url: string, plugins: KyselyPlugin[] = [], key: Uint8Array | null = null): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 10_000 });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', (e) => process.stderr.write(`casefile: PostgreSQL connection lost: ${e.message}\n`));
  let presence: Presence;
  try {
    await pool.query('select 1');
    presence = await databasePresence(url);
  } catch (e) {
    await pool.end();
    throw new CasefileError('E_STORE', `cannot reach PostgreSQL at ${redactUrl(url)}: ${e instanceof Error ? e.message : String(e)}`, { where: 'DATABASE_URL', cause: e });
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins });
  // several workers or ingests starting on a new database must not both run its migrations
  return withAdvisoryLock(url, 'migrate', () => openMigratedStore(db, 'postgres', postgresSearch, key, redactUrl(url), presence));
}
