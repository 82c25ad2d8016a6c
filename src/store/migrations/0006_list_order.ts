// Indexes in the order the report and event lists are read (newest first, undated
// last), so a page is read from the index instead of sorting every row. SQLite's
// indexes from 0001 already serve these orders (a DESC scan puts NULLs last and
// ends on the rowid); PostgreSQL's do not, since a backward scan puts NULLs first.
import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from './index.js';

export async function up(db: Kysely<any>, dialect: SqlDialect): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`create index reports_listed on reports (published desc nulls last, ingested_at desc, seq desc)`.execute(db);
  await sql`create index events_listed on events (date_from desc nulls last, date_to desc, seq desc)`.execute(db);
  await sql`create index events_type_listed on events (type, date_from desc nulls last, date_to desc, seq desc)`.execute(db);
}
