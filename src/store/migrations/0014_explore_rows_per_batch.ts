// The explore rows of a report's events (migrations 0009, 0011, 0012) are written by
// the save that writes the events (explore-rows.ts), set-based per batch of reports,
// no longer by a trigger per inserted row: the row triggers looked up the event, its
// places and its actors' rows again for every place, participant and source row,
// some 15% of SQLite's ingest CPU at 3,000 reports, more as the store grows. Those
// link rows are only ever written with their events (saveReports,
// replaceExtraction), where the batch's rows are written; the triggers of links,
// cases and decisions stay, since those rows are written by many.
import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from './index.js';

/** [trigger, its table] */
const DROPPED: [string, string][] = [
  ['explore_event_added', 'events'], ['explore_placed', 'event_places'], ['explore_in_province', 'event_places'],
  ['explore_place_added', 'event_places'], ['explore_actor_added', 'event_participants'],
  ['explore_pair_added', 'event_participants'], ['explore_kind_added', 'event_sources'],
];

export async function up(db: Kysely<any>, dialect: SqlDialect): Promise<void> {
  for (const [name, table] of DROPPED) {
    if (dialect === 'sqlite') await sql.raw(`drop trigger ${name}`).execute(db);
    else {
      await sql.raw(`drop trigger ${name} on ${table}`).execute(db);
      await sql.raw(`drop function ${name}()`).execute(db);
    }
  }
}
