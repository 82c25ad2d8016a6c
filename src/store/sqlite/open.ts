// The embedded adapter: one SQLite file in the data folder, in WAL mode so the
// server can read while an ingest writes.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, type KyselyPlugin } from 'kysely';
import { CasefileError } from '../../core/errors.js';
import { openMigratedStore } from '../kysely-store.js';
import type { Store } from '../port.js';
import type { Database } from '../schema.js';
import { sqliteSearch } from './search.js';
import { withStatementCache } from './statement-cache.js';

export async function openSqliteStore(file: string, plugins: KyselyPlugin[] = []): Promise<Store> {
  let sqlite: BetterSqlite3.Database;
  try {
    mkdirSync(dirname(file), { recursive: true });
    sqlite = new BetterSqlite3(file);
    sqlite.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a power cut may lose the last commits but never corrupts or half-writes one.
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('cache_size = -65536');
  } catch (e) {
    throw new CasefileError('E_STORE', `cannot open the database: ${e instanceof Error ? e.message : String(e)}`, { where: file, cause: e });
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }), plugins });
  return openMigratedStore(db, 'sqlite', sqliteSearch);
}
