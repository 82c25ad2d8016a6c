// An event's actors (by key, whether agent and target), who acts on whom in it,
// its places (its own and those containing them) and its sources' kinds, each kept
// by the event's seq. The explore views count these for every matching event: read
// from event_participants, event_places and event_sources they were a join through
// the (report, event id) key per event, then a DISTINCT over actor ids sharing a key,
// and pairs a self-join of participants, so the summary of all events cost seconds.
// Here each is a short row, one per event and value, clustered by seq and indexed
// by value (for the filters and for counting every event without a sort).
// Triggers fill them as the link rows are written (ingest, re-extraction); a row
// goes with its event (ON DELETE CASCADE): those link rows are only ever removed
// with their events (replaceExtraction, a report's deletion).
import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from './index.js';
import { createTrigger, type Trigger } from './0009_explore_rows.js';

/** the event of link row `r` in its report */
const eventOf = (r: string) => `e.report_seq = ${r}.report_seq and e.event_id = ${r}.event_id`;
const flag = (r: string, role: string) => `case when ${r}.role = '${role}' then 1 else 0 end`;

/** one row per event and actor key, whatever ids and roles it has there; its roles OR-ed; the event's case */
const actorRows = (r: string, from: string, where: string) => `insert into explore_actors (seq, actor_key, agent, target, incident_id)
  select e.seq, ${r}.actor_key, ${flag(r, 'agent')}, ${flag(r, 'target')}, (select x.incident_id from explore_events x where x.seq = e.seq) from ${from} where ${where}
  on conflict (seq, actor_key) do update set agent = explore_actors.agent | excluded.agent, target = explore_actors.target | excluded.target`;

/** one row per event and value: two places' rows of one id (or two sources of one kind) make one */
export const placeRows = (r: string, from: string, where: string) =>
  `insert into explore_places (seq, place_id) select e.seq, ${r}.place_id from ${from} where ${where} on conflict do nothing`;
export const kindRows = (r: string, from: string, where: string) => `insert into explore_kinds (seq, kind) select e.seq, s.kind
  from ${from} join sources s on s.report_seq = ${r}.report_seq and s.source_id = ${r}.source_id where ${where} on conflict do nothing`;

/** link rows `r` with their events `e` */
export const links = (link: string) => `${link} r join events e on ${eventOf('r')}`;

/**
 * The actor rows of the events whose participants `where` picks (over `r`): an event's
 * rows of one key merged here (PostgreSQL's upsert may not touch one row twice in a statement).
 */
export const eventActorRows = (where: string) => `insert into explore_actors (seq, actor_key, agent, target, incident_id)
  select e.seq, r.actor_key, max(${flag('r', 'agent')}), max(${flag('r', 'target')}), max(x.incident_id)
  from ${links('event_participants')} join explore_events x on x.seq = e.seq where ${where} group by e.seq, r.actor_key`;

/** who acts on whom among the actor rows `a` that `from` and `where` pick */
export const pairRows = (from: string, where: string) => `insert into explore_pairs (seq, agent_key, target_key) select a.seq, a.actor_key, t.actor_key
  from ${from} join explore_actors t on t.seq = a.seq and t.target = 1 and t.actor_key <> a.actor_key where ${where} and a.agent = 1`;

const TRIGGERS: Trigger[] = [
  ['explore_actor_added', 'event_participants', 'insert', null, actorRows('new', 'events e', eventOf('new'))],
  // the pair is made by whichever of the two is written second (the other's row is there by then)
  ['explore_pair_added', 'event_participants', 'insert', `new.role in ('agent', 'target')`,
    `insert into explore_pairs (seq, agent_key, target_key)
      select x.seq, case when new.role = 'agent' then new.actor_key else x.actor_key end, case when new.role = 'agent' then x.actor_key else new.actor_key end
      from explore_actors x where x.seq = (select e.seq from events e where ${eventOf('new')}) and x.actor_key <> new.actor_key
      and ((new.role = 'agent' and x.target = 1) or (new.role = 'target' and x.agent = 1))
      on conflict do nothing`],
  // the case of the event's actors follows the event's (explore_events, kept by migration 0009's triggers)
  ['explore_actors_in_case', 'explore_events', 'update of incident_id', null, 'update explore_actors set incident_id = new.incident_id where seq = new.seq'],
  ['explore_place_added', 'event_places', 'insert', null, placeRows('new', 'events e', eventOf('new'))],
  ['explore_kind_added', 'event_sources', 'insert', null, kindRows('new', 'events e', eventOf('new'))],
];

const exec = (db: Kysely<any>, text: string) => sql.raw(text).execute(db);

export async function up(db: Kysely<any>, dialect: SqlDialect): Promise<void> {
  const pg = dialect === 'postgres';
  const seq = (c: any) => c.notNull().references('events.seq').onDelete('cascade');
  const table = (name: string) => db.schema.createTable(name).addColumn('seq', pg ? 'bigint' : 'integer', seq);
  // clustered by seq (WITHOUT ROWID on SQLite): a matching event's rows are one b-tree range
  const clustered = <T extends { modifyEnd(s: unknown): T }>(t: T) => (pg ? t : t.modifyEnd(sql`without rowid`));
  await clustered(table('explore_actors').addColumn('actor_key', 'text', (c) => c.notNull())
    .addColumn('agent', 'integer', (c) => c.notNull()).addColumn('target', 'integer', (c) => c.notNull())
    /** the event's case, as in explore_events: who acts in a case is read from the case's rows alone */
    .addColumn('incident_id', 'text')
    .addPrimaryKeyConstraint('explore_actors_pk', ['seq', 'actor_key'])).execute();
  await db.schema.createIndex('explore_actors_key').on('explore_actors').columns(['actor_key', 'seq']).execute();
  await db.schema.createIndex('explore_actors_case').on('explore_actors').columns(['incident_id', 'actor_key']).execute();
  await clustered(table('explore_pairs').addColumn('agent_key', 'text', (c) => c.notNull()).addColumn('target_key', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('explore_pairs_pk', ['seq', 'agent_key', 'target_key'])).execute();
  await db.schema.createIndex('explore_pairs_keys').on('explore_pairs').columns(['agent_key', 'target_key', 'seq']).execute();
  await clustered(table('explore_places').addColumn('place_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('explore_places_pk', ['seq', 'place_id'])).execute();
  await db.schema.createIndex('explore_places_place').on('explore_places').columns(['place_id', 'seq']).execute();
  await clustered(table('explore_kinds').addColumn('kind', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('explore_kinds_pk', ['seq', 'kind'])).execute();
  await db.schema.createIndex('explore_kinds_kind').on('explore_kinds').columns(['kind', 'seq']).execute();
  // every event counted by type, date, map place, province, review and case from an index in that order, with no sort
  for (const columns of [['date_value', 'date_precision', 'type'], ['type'], ['map_place', 'type'], ['province'], ['review'], ['corroboration'], ['incident_id', 'corroboration']]) {
    await db.schema.createIndex(`explore_events_${columns.join('_')}`).on('explore_events').columns(columns).execute();
  }
  await db.schema.dropIndex('explore_events_incident').execute(); // migration 0009's, a prefix of the one above
  // the labels of the top values (the greatest name of a key or place id) read from an index, not every row
  await db.schema.createIndex('actors_key_name').on('actors').columns(['key', 'name']).execute();
  await db.schema.createIndex('places_place_named').on('places').columns(['place_id', 'name', 'level', 'lat', 'lon']).execute();

  // existing stores: the rows the triggers would have written
  await exec(db, eventActorRows('true'));
  await exec(db, pairRows('explore_actors a', 'true'));
  await exec(db, placeRows('r', links('event_places'), 'true'));
  await exec(db, kindRows('r', links('event_sources'), 'true'));
  for (const t of TRIGGERS) await createTrigger(db, dialect, t);
}
