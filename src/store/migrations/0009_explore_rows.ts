// One row per event with what the explore filter and views ask of it beyond the
// event itself: its review state, its case and that case's corroboration. Found
// per request these were a correlated review lookup and a join through the link's
// text key for every matching event; here they are one row read by the event's seq.
// Triggers keep the rows current, whoever writes (ingest, re-extraction, a link
// run, a review), and existing stores are filled once below.
import { sql, type Kysely } from 'kysely';
import { STATE_OF } from '../../core/review.js';
import type { SqlDialect } from './index.js';

/** the state a decision's action leaves its item in (core/review.ts), as SQL over `action` */
const stateOf = (action: string) =>
  `case ${action} ${Object.entries(STATE_OF).map(([a, s]) => `when '${a}' then '${s}'`).join(' ')} end`;

/**
 * The row of event `ev` (NEW, or every event when `ev` is a table alias): its latest
 * decision's state (notes change nothing), else proposed; its link's case and, while
 * that case exists, its corroboration.
 */
const rowOf = (ev: string, reports: string) => `select ${ev}.seq,
  coalesce((select ${stateOf('d.action')} from review_decisions d
    where d.report_id = r.id and d.item = 'event:' || ${ev}.event_id and d.action <> 'note'
    order by d.seq desc limit 1), 'proposed'),
  le.incident_id, i.corroboration
  from ${reports}
  left join link_events le on le.event_key = r.id || '#' || ${ev}.event_id
  left join incidents i on i.id = le.incident_id`;

/** the event a link row (NEW or OLD) names by its key "<report id>#<event id>" */
const eventOfLink = (l: string) =>
  `(select e.seq from events e where e.report_seq = ${l}.report_seq and e.event_id = substr(${l}.event_key, length(${l}.report_id) + 2))`;

/** [name, table, when the trigger fires, optional condition, statement] */
const TRIGGERS: [string, string, string, string | null, string][] = [
  ['explore_event_added', 'events', 'insert', null,
    `insert into explore_events (seq, review, incident_id, corroboration) ${rowOf('new', 'reports r')} where r.seq = new.report_seq`],
  ['explore_decided', 'review_decisions', 'insert', `new.action <> 'note' and new.item like 'event:%'`,
    `update explore_events set review = ${stateOf('new.action')}
      where seq = (select e.seq from events e join reports r on r.seq = e.report_seq where r.id = new.report_id and e.event_id = substr(new.item, 7))`],
  ['explore_linked', 'link_events', 'insert', null,
    `update explore_events set incident_id = new.incident_id, corroboration = (select i.corroboration from incidents i where i.id = new.incident_id)
      where seq = ${eventOfLink('new')}`],
  ['explore_moved', 'link_events', 'update of incident_id', null,
    `update explore_events set incident_id = new.incident_id, corroboration = (select i.corroboration from incidents i where i.id = new.incident_id)
      where seq = ${eventOfLink('new')}`],
  ['explore_unlinked', 'link_events', 'delete', null,
    `update explore_events set incident_id = null, corroboration = null where seq = ${eventOfLink('old')}`],
  ['explore_case_added', 'incidents', 'insert', null,
    'update explore_events set corroboration = new.corroboration where incident_id = new.id'],
  ['explore_case_changed', 'incidents', 'update of corroboration', null,
    'update explore_events set corroboration = new.corroboration where incident_id = new.id'],
  ['explore_case_removed', 'incidents', 'delete', null,
    'update explore_events set corroboration = null where incident_id = old.id'],
];

const exec = (db: Kysely<any>, text: string) => sql.raw(text).execute(db);

async function createTrigger(db: Kysely<any>, dialect: SqlDialect, [name, table, on, when, statement]: (typeof TRIGGERS)[number]): Promise<void> {
  if (dialect === 'sqlite') {
    await exec(db, `create trigger ${name} after ${on} on ${table} for each row ${when ? `when ${when}` : ''} begin ${statement}; end`);
    return;
  }
  await exec(db, `create function ${name}() returns trigger language plpgsql as $$ begin ${statement}; return null; end $$`);
  await exec(db, `create trigger ${name} after ${on} on ${table} for each row ${when ? `when (${when})` : ''} execute function ${name}()`);
}

export async function up(db: Kysely<any>, dialect: SqlDialect): Promise<void> {
  const pg = dialect === 'postgres';
  await db.schema.createTable('explore_events')
    .addColumn('seq', pg ? 'bigint' : 'integer', (c) => c.primaryKey().references('events.seq').onDelete('cascade'))
    /** proposed (machine-only), accepted, corrected, rejected, added */
    .addColumn('review', 'text', (c) => c.notNull())
    .addColumn('incident_id', 'text')
    /** the case's independent sources; null while the event is in no stored case */
    .addColumn('corroboration', 'integer')
    .execute();
  await db.schema.createIndex('explore_events_incident').on('explore_events').columns(['incident_id']).execute();
  await exec(db, `insert into explore_events (seq, review, incident_id, corroboration) ${rowOf('ev', 'events ev join reports r on r.seq = ev.report_seq')}`);
  for (const t of TRIGGERS) await createTrigger(db, dialect, t);
}
