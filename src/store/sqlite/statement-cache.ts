// Kysely's SQLite driver prepares every query anew; compiling SQL took a third of
// the time of saving a report in profiles. Reusing the statement for the same SQL
// text (bounded, least recently used dropped) removes that. Long SQL is not kept:
// multi-row inserts differ in their number of rows, so they seldom repeat, and each
// compiled one holds memory in proportion to its length (500 of them held hundreds
// of megabytes). Statements are never used concurrently: Kysely holds SQLite's one
// connection behind a mutex.
import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** SQL longer than this is prepared each time it runs */
const LONGEST_CACHED = 4096;

export function withStatementCache(db: BetterSqlite3.Database, size = 500): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => db.close(),
    prepare(sql) {
      if (sql.length > LONGEST_CACHED) return db.prepare(sql);
      let stmt = cache.get(sql);
      if (stmt) cache.delete(sql);
      else stmt = db.prepare(sql);
      cache.set(sql, stmt);
      if (cache.size > size) cache.delete(cache.keys().next().value!);
      return stmt;
    },
  };
}
