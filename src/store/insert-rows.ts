// Rows into a table as multi-row INSERT ... VALUES with bound values, SQL compiled by
// hand once per shape: building each row as a Kysely query tree cost more than the
// database's own work, and SQLite unpacking rows from a JSON parameter (json-rows.ts)
// cost it more than binding them.
import { CompiledQuery, PostgresAdapter, type Kysely } from 'kysely';

/** Whether the connection is PostgreSQL's: the two engines' placeholders and JSON functions differ. */
export const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

/** Rows per statement at most; under both engines' parameter limits for a table of up to 60 columns. */
const MAX_ROWS = 512;

/**
 * Inserts rows (values in `columns` order) in multi-row statements of at most
 * `maxRows`; `tail` follows the VALUES list (ON CONFLICT ..., RETURNING ...).
 * Returns the rows RETURNING gives.
 */
export function insertRows<R = unknown>(db: Kysely<any>, table: string, columns: readonly string[], rows: readonly unknown[][], tail = '', maxRows = MAX_ROWS): Promise<R[]> {
  return insertFlat<R>(db, table, columns, rows.flat(), tail, maxRows);
}

/** insertRows with the rows' values given one after another, `columns.length` a row. */
export async function insertFlat<R = unknown>(db: Kysely<any>, table: string, columns: readonly string[], values: readonly unknown[], tail = '', maxRows = MAX_ROWS): Promise<R[]> {
  const pg = isPostgres(db);
  const width = columns.length;
  const count = values.length / width;
  const out: R[] = [];
  const texts = new Map<number, string>();
  for (let i = 0; i < count;) {
    // Statements of a power-of-two size only: each distinct size is another prepared statement kept in the cache.
    let size = Math.min(MAX_ROWS, maxRows);
    while (size > count - i) size >>= 1;
    let text = texts.get(size);
    if (text === undefined) {
      let n = 0;
      const tuple = () => `(${columns.map(() => (pg ? `$${++n}` : '?')).join(',')})`;
      text = `insert into ${table} (${columns.map((c) => `"${c}"`).join(',')}) values ${Array.from({ length: size }, tuple).join(',')} ${tail}`;
      texts.set(size, text);
    }
    const result = await db.executeQuery<R>(CompiledQuery.raw(text, values.slice(i * width, (i += size) * width)));
    out.push(...result.rows);
  }
  return out;
}

/**
 * The most rows (a power of two) whose statement SQLite's statement cache still
 * keeps (sqlite/statement-cache.ts keeps SQL up to 4,096 characters): a statement
 * prepared afresh each time costs more than running several short ones.
 */
export function rowsCached(columns: readonly string[]): number {
  const room = (3600 - 3 * columns.join(',').length) / (2 * columns.length + 2);
  let size = 1;
  while (size * 2 <= room) size *= 2;
  return size;
}
