// A linking run upserts every case it touched, naming corroboration in the SET list,
// so migration 0009's trigger rewrote the explore row of every event of each such case
// whether the count changed or not: an incremental run, which touches a few events
// of long-standing cases, rewrote all of theirs (on PostgreSQL a new row version and
// index entries each). Now only a changed count is written; the rows hold it already
// otherwise (an event's row takes its case's count when it is linked).
import { sql, type Kysely } from 'kysely';
import { createTrigger } from './0009_explore_rows.js';
import type { SqlDialect } from './index.js';

export async function up(db: Kysely<any>, dialect: SqlDialect): Promise<void> {
  if (dialect === 'sqlite') await sql`drop trigger explore_case_changed`.execute(db);
  else {
    await sql`drop trigger explore_case_changed on incidents`.execute(db);
    await sql`drop function explore_case_changed()`.execute(db);
  }
  await createTrigger(db, dialect, ['explore_case_changed', 'incidents', 'update of corroboration', 'old.corroboration is distinct from new.corroboration',
    'update explore_events set corroboration = new.corroboration where incident_id = new.id']);
}
