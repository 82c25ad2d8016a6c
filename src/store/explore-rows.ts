// The explore views' rows of newly written events (migrations 0009, 0011, 0012:
// explore_events, explore_actors, explore_pairs, explore_places, explore_kinds),
// made set-based for a batch of reports once their extraction rows are in, as the
// row triggers made them before migration 0014. Each gives what the migrations
// fill existing stores with, restricted to the batch's reports (events' map place and
// province joined per batch, not looked up per row: see mapJoins).
import { sql, type Kysely } from 'kysely';
import { COLUMNS, mapJoins, rowOf } from './migrations/0009_explore_rows.js';
import { eventActorRows, kindRows, links, pairRows, placeRows } from './migrations/0011_explore_links.js';

/** seqs per statement, as search indexing takes them */
const CHUNK = 500;

/** Writes the explore rows of every event of the given reports (none written yet). */
export async function addExploreRows(db: Kysely<any>, reportSeqs: readonly number[]): Promise<void> {
  for (let i = 0; i < reportSeqs.length; i += CHUNK) {
    // seqs the store handed out, written as integers into the migrations' SQL text
    const inBatch = `(${reportSeqs.slice(i, i + CHUNK).map(Number).join(', ')})`;
    const statements = [
      // each event's row: its review state, case and corroboration, its map place and province
      // (written with the row: updated after, every row was written twice, with its ten indexes)
      `insert into explore_events (${COLUMNS}, report_seq, date_from, date_to, map_place, map_depth, province)
        ${rowOf('ev', `events ev join reports r on r.seq = ev.report_seq ${mapJoins('ev', `ep.report_seq in ${inBatch}`)}`, ', ev.report_seq, ev.date_from, ev.date_to, m.place_id, m.depth, pr.place_id')}
        where ev.report_seq in ${inBatch}`,
      // one row per event and actor key, its roles OR-ed, with the event's case
      eventActorRows(`r.report_seq in ${inBatch}`),
      pairRows('explore_events x join explore_actors a on a.seq = x.seq', `x.report_seq in ${inBatch}`),
      placeRows('r', links('event_places'), `r.report_seq in ${inBatch}`),
      kindRows('r', links('event_sources'), `r.report_seq in ${inBatch}`),
    ];
    for (const statement of statements) await sql.raw(statement).execute(db);
  }
}
