// An event's report and the days its date can mean, kept on its narrow row
// (migration 0009) too: the explore filter then tests every field on that row,
// and a table page is chosen by date from it. Read from the wide events rows, the
// matching events were a lookup into pages of evidence and JSON per event, which
// cost more than the counts made from them.
import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from './index.js';
import { COLUMNS, createTrigger, rowOf } from './0009_explore_rows.js';

const exec = (db: Kysely<any>, text: string) => sql.raw(text).execute(db);

export async function up(db: Kysely<any>, dialect: SqlDialect): Promise<void> {
  const pg = dialect === 'postgres';
  for (const [column, type] of [['report_seq', pg ? 'bigint' : 'integer'], ['date_from', 'text'], ['date_to', 'text']] as const) {
    await db.schema.alterTable('explore_events').addColumn(column, type).execute();
  }
  await exec(db, 'update explore_events set (report_seq, date_from, date_to) = (select e.report_seq, e.date_from, e.date_to from events e where e.seq = explore_events.seq)');
  await db.schema.createIndex('explore_events_report').on('explore_events').columns(['report_seq']).execute();
  // newest first, undated last (a backward scan on SQLite; PostgreSQL's puts NULLs first, see migration 0006)
  await exec(db, pg ? 'create index explore_events_listed on explore_events (date_from desc nulls last, date_to desc, seq desc)'
    : 'create index explore_events_listed on explore_events (date_from, date_to)');
  // the trigger that adds an event's row writes the new columns too
  if (pg) {
    await exec(db, 'drop trigger explore_event_added on events');
    await exec(db, 'drop function explore_event_added()');
  } else await exec(db, 'drop trigger explore_event_added');
  await createTrigger(db, dialect, ['explore_event_added', 'events', 'insert', null,
    `insert into explore_events (${COLUMNS}, report_seq, date_from, date_to) ${rowOf('new', 'reports r', ', new.report_seq, new.date_from, new.date_to')} where r.seq = new.report_seq`]);
}
