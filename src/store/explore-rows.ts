// The explore views' rows of newly written events (migrations 0009, 0011, 0012:
// explore_events, explore_actors, explore_pairs, explore_places, explore_kinds),
// made set-based for a batch of reports once their extraction rows are in, as the
// row triggers made them before migration 0014. Each is the same query the
// migrations fill existing stores with, restricted to the batch's reports.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { COLUMNS, depthOf, rowOf } from './migrations/0009_explore_rows.js';
import { flag } from './migrations/0011_explore_links.js';

/** seqs per statement, as search indexing takes them */
const CHUNK = 500;

const exec = (db: Kysely<any>, query: RawBuilder<unknown>) => query.execute(db);

/** Writes the explore rows of every event of the given reports (none written yet). */
export async function addExploreRows(db: Kysely<any>, reportSeqs: readonly number[]): Promise<void> {
  for (let i = 0; i < reportSeqs.length; i += CHUNK) {
    const inBatch = sql.join(reportSeqs.slice(i, i + CHUNK));
    // each event's row: its review state, case and corroboration, then its map place and province
    await exec(db, sql`insert into explore_events (${sql.raw(COLUMNS)}, report_seq, date_from, date_to)
      ${sql.raw(rowOf('ev', 'events ev join reports r on r.seq = ev.report_seq', ', ev.report_seq, ev.date_from, ev.date_to'))}
      where ev.report_seq in (${inBatch})`);
    const ofEvent = sql.raw('from events e join event_places ep on ep.report_seq = e.report_seq and ep.event_id = e.event_id join places p on p.report_seq = ep.report_seq and p.place_id = ep.place_id where e.seq = explore_events.seq');
    // the finest located place named directly (ties: the least id); one province (the least id)
    await exec(db, sql`update explore_events set (map_place, map_depth) = (select ep.place_id, ${sql.raw(depthOf('p.level'))} ${ofEvent}
      and ep.direct = 1 and p.lat is not null and p.lon is not null order by ${sql.raw(depthOf('p.level'))} desc, ep.place_id limit 1),
      province = (select min(ep.place_id) ${ofEvent} and p.level = 'province')
      where report_seq in (${inBatch})`);
    const links = (table: string) => sql.raw(`${table} r join events e on e.report_seq = r.report_seq and e.event_id = r.event_id`);
    // one row per event and actor key, its roles OR-ed, with the event's case
    await exec(db, sql`insert into explore_actors (seq, actor_key, agent, target, incident_id)
      select e.seq, r.actor_key, max(${sql.raw(flag('r', 'agent'))}), max(${sql.raw(flag('r', 'target'))}), max(x.incident_id)
      from ${links('event_participants')} join explore_events x on x.seq = e.seq where r.report_seq in (${inBatch}) group by e.seq, r.actor_key`);
    await exec(db, sql`insert into explore_pairs (seq, agent_key, target_key) select a.seq, a.actor_key, t.actor_key
      from explore_events x join explore_actors a on a.seq = x.seq join explore_actors t on t.seq = a.seq and t.target = 1 and t.actor_key <> a.actor_key
      where x.report_seq in (${inBatch}) and a.agent = 1`);
    await exec(db, sql`insert into explore_places (seq, place_id) select distinct e.seq, r.place_id from ${links('event_places')} where r.report_seq in (${inBatch})`);
    await exec(db, sql`insert into explore_kinds (seq, kind) select distinct e.seq, s.kind
      from ${links('event_sources')} join sources s on s.report_seq = r.report_seq and s.source_id = r.source_id where r.report_seq in (${inBatch})`);
  }
}
