// One narrow row per event with what the explore views count it by: type, date as
// given, review state, case and that case's corroboration, its finest place with
// coordinates (the map) and its province. Found per request these were a scan of
// the wide events rows, a correlated review lookup, a join through the link's text
// key and joins of event_places with places for every matching event; here they
// are one short row read by the event's seq.
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
 * that case exists, its corroboration; then the columns `more` names (later migrations').
 */
export const rowOf = (ev: string, reports: string, more = '') => `select ${ev}.seq, ${ev}.type, ${ev}.date_value, ${ev}.date_precision,
  coalesce((select ${stateOf('d.action')} from review_decisions d
    where d.report_id = r.id and d.item = 'event:' || ${ev}.event_id and d.action <> 'note'
    order by d.seq desc limit 1), 'proposed'),
  le.incident_id, i.corroboration${more}
  from ${reports}
  left join link_events le on le.event_key = r.id || '#' || ${ev}.event_id
  left join incidents i on i.id = le.incident_id`;

/** how fine a place is (export/record.ts's order): the map shows an event at its finest */
const depthOf = (level: string) => `case ${level} when 'site' then 4 when 'city' then 3 when 'county' then 2 when 'province' then 1 else 0 end`;

/** the event a place, link or decision row names in its report */
const eventOf = (report: string, eventId: string) => `(select e.seq from events e where e.report_seq = ${report} and e.event_id = ${eventId})`;

/** the place row of an event_places row (NEW, or `ep`) */
const placeOf = (ep: string, test: string) =>
  `(select ${test} from places p where p.report_seq = ${ep}.report_seq and p.place_id = ${ep}.place_id and p.lat is not null and p.lon is not null)`;

/** the event a link row (NEW or OLD) names by its key "<report id>#<event id>" */
const eventOfLink = (l: string) => eventOf(`${l}.report_seq`, `substr(${l}.event_key, length(${l}.report_id) + 2)`);

export const COLUMNS = 'seq, type, date_value, date_precision, review, incident_id, corroboration';

/** the places of the explore_events row being updated */
const OF_EVENT = 'from events e join event_places ep on ep.report_seq = e.report_seq and ep.event_id = e.event_id join places p on p.report_seq = ep.report_seq and p.place_id = ep.place_id where e.seq = explore_events.seq';
/** the places an event is shown at on the map: named directly, with coordinates */
const LOCATED = 'ep.direct = 1 and p.lat is not null and p.lon is not null';
/** (map_place, map_depth) of that row: its finest located place (ties: the least id) */
const MAP_PLACE = `(select ep.place_id, ${depthOf('p.level')} ${OF_EVENT}
  and ${LOCATED} order by ${depthOf('p.level')} desc, ep.place_id limit 1)`;
/** its province: one (the least id) if its places reach two */
const PROVINCE = `(select min(ep.place_id) ${OF_EVENT} and p.level = 'province')`;

const PLACED = 'from event_places ep join places p on p.report_seq = ep.report_seq and p.place_id = ep.place_id';
/**
 * The same of the events `ev` whose places `where` picks, as two tables joined to
 * them: `m` (place_id, depth) and `pr` (place_id). Set-based, since a subquery per
 * row was planned as a scan of the place rows per event on a store not analysed yet.
 */
export const mapJoins = (ev: string, where: string) => `
  left join (select ep.report_seq, ep.event_id, ep.place_id, ${depthOf('p.level')} as depth,
    row_number() over (partition by ep.report_seq, ep.event_id order by ${depthOf('p.level')} desc, ep.place_id) as n
    ${PLACED} where ${where} and ${LOCATED}) m on m.report_seq = ${ev}.report_seq and m.event_id = ${ev}.event_id and m.n = 1
  left join (select ep.report_seq, ep.event_id, min(ep.place_id) as place_id ${PLACED} where ${where} and p.level = 'province'
    group by ep.report_seq, ep.event_id) pr on pr.report_seq = ${ev}.report_seq and pr.event_id = ${ev}.event_id`;

/** [name, table, when the trigger fires, optional condition, statement] */
export type Trigger = [string, string, string, string | null, string];

const TRIGGERS: Trigger[] = [
  ['explore_event_added', 'events', 'insert', null,
    `insert into explore_events (${COLUMNS}) ${rowOf('new', 'reports r')} where r.seq = new.report_seq`],
  // an event's places are written after it: the finest located one (ties: the least id) is its map place
  ['explore_placed', 'event_places', 'insert', 'new.direct = 1',
    `update explore_events set map_place = new.place_id, map_depth = ${placeOf('new', depthOf('p.level'))}
      where seq = ${eventOf('new.report_seq', 'new.event_id')} and ${placeOf('new', depthOf('p.level'))} is not null
      and (map_depth is null or ${placeOf('new', depthOf('p.level'))} > map_depth or (${placeOf('new', depthOf('p.level'))} = map_depth and new.place_id < map_place))`],
  // one province per event (the least id, if its places reach two)
  ['explore_in_province', 'event_places', 'insert', null,
    `update explore_events set province = new.place_id
      where seq = ${eventOf('new.report_seq', 'new.event_id')} and (province is null or new.place_id < province)
      and exists (select 1 from places p where p.report_seq = new.report_seq and p.place_id = new.place_id and p.level = 'province')`],
  ['explore_decided', 'review_decisions', 'insert', `new.action <> 'note' and new.item like 'event:%'`,
    `update explore_events set review = ${stateOf('new.action')}
      where seq = ${eventOf('(select r.seq from reports r where r.id = new.report_id)', 'substr(new.item, 7)')}`],
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

export async function createTrigger(db: Kysely<any>, dialect: SqlDialect, [name, table, on, when, statement]: Trigger): Promise<void> {
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
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('date_value', 'text')
    .addColumn('date_precision', 'text', (c) => c.notNull())
    /** proposed (machine-only), accepted, corrected, rejected, added */
    .addColumn('review', 'text', (c) => c.notNull())
    .addColumn('incident_id', 'text')
    /** the case's independent outlets; null while the event is in no stored case */
    .addColumn('corroboration', 'integer')
    /** the event's finest own place with coordinates, and how fine it is */
    .addColumn('map_place', 'text')
    .addColumn('map_depth', 'integer')
    .addColumn('province', 'text')
    .execute();
  await db.schema.createIndex('explore_events_incident').on('explore_events').columns(['incident_id']).execute();
  // existing stores: every event's row, then its map place and province as the triggers would set them
  await exec(db, `insert into explore_events (${COLUMNS}) ${rowOf('ev', 'events ev join reports r on r.seq = ev.report_seq')}`);
  await exec(db, `update explore_events set (map_place, map_depth) = ${MAP_PLACE}`);
  await exec(db, `update explore_events set province = ${PROVINCE}`);
  for (const t of TRIGGERS) await createTrigger(db, dialect, t);
}
