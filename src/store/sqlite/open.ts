// The embedded adapter: one SQLite file in the data folder, in WAL mode so the
// server can read while an ingest writes. Several processes may write the folder at
// once (two ingests, an ingest while serving): every transaction takes the write
// lock when it begins (BEGIN IMMEDIATE), so none can fail half-way upgrading a read
// lock, and waits for the lock up to the busy timeout. The folder and the database
// are readable by their owner only.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, Kysely, SqliteAdapter, SqliteDriver, SqliteIntrospector, SqliteQueryCompiler, type DatabaseConnection, type Dialect, type KyselyPlugin, type SqliteDialectConfig } from 'kysely';
import { CasefileError } from '../../core/errors.js';
import { openMigratedStore } from '../kysely-store.js';
import { withLockFile } from '../lock.js';
import type { Store } from '../port.js';
import { folderPresence } from '../presence.js';
import type { Database } from '../schema.js';
import { sqliteSearch } from './search.js';
import { withStatementCache } from './statement-cache.js';

/** how long a writer waits for another process's transaction before giving up */
export const BUSY_TIMEOUT_MS = 120_000;

export async function openSqliteStore(file: string, plugins: KyselyPlugin[] = [], key: Uint8Array | null = null): Promise<Store> {
  let sqlite: BetterSqlite3.Database;
  try {
    const folder = dirname(file);
    if (!existsSync(folder)) mkdirSync(folder, { recursive: true, mode: 0o700 });
    // created owner-only before SQLite opens it; SQLite gives its WAL and shared-memory files the same mode
    closeSync(openSync(file, 'a', 0o600));
    chmodSync(file, 0o600);
    sqlite = new BetterSqlite3(file, { timeout: BUSY_TIMEOUT_MS });
    sqlite.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a power cut may lose the last commits but never corrupts or half-writes one.
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    sqlite.pragma('cache_size = -65536');
    // with a key, pages freed by a rewrite (key init, rotation, re-extraction) are zeroed, not left behind
    if (key !== null) sqlite.pragma('secure_delete = ON');
  } catch (e) {
    throw new CasefileError('E_STORE', `cannot open the database: ${e instanceof Error ? e.message : String(e)}`, { where: file, cause: e });
  }
  const db = new Kysely<Database>({ dialect: immediateSqliteDialect({ database: withStatementCache(sqlite) }), plugins });
  // two processes opening a new folder at once must not both run its migrations
  return withLockFile(join(dirname(file), '.migrate.lock'), () => openMigratedStore(db, 'sqlite', sqliteSearch, key, file, folderPresence(dirname(file))));
}

/**
 * Kysely's SQLite driver begins transactions DEFERRED; this one takes the write lock at
 * BEGIN. Inside a transaction it lets the event loop run before each statement:
 * better-sqlite3 is synchronous, and a batch of reports written without a pause would
 * keep this thread from answering the ingest's worker threads (they would sit idle)
 * or a server's requests for its whole length. The connection stays the transaction's
 * alone meanwhile (Kysely holds it behind its mutex).
 */
class ImmediateSqliteDriver extends SqliteDriver {
  private inTransaction = false;
  private yielding: DatabaseConnection | null = null;

  override async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await super.acquireConnection();
    this.yielding ??= {
      executeQuery: async (query) => {
        if (this.inTransaction) await new Promise((resolve) => setImmediate(resolve));
        return connection.executeQuery(query);
      },
      streamQuery: (query, chunkSize) => connection.streamQuery(query, chunkSize),
    };
    return this.yielding;
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
    this.inTransaction = true;
  }

  override async commitTransaction(connection: DatabaseConnection): Promise<void> {
    this.inTransaction = false;
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    this.inTransaction = false;
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }
}

function immediateSqliteDialect(config: SqliteDialectConfig): Dialect {
  return {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new ImmediateSqliteDriver(config),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  };
}
