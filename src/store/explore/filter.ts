// The explore filter as a WHERE on events: every view of the query starts from
// the same matching events. Lists within a field are OR-ed, fields AND-ed.
import { sql, type Kysely, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import { boundDay } from '../dates.js';
import { normName } from '../names.js';
import type { Database } from '../schema.js';
import type { LinkTables } from '../incidents/schema.js';
import type { ReviewTables } from '../review/schema.js';
import type { SearchDialect } from '../search-dialect.js';
import { expandSearch } from '../search/expand.js';
import type { ExploreFilter } from './port.js';

/** what the explore views count an event by, kept current by triggers (migration 0009) */
export interface ExploreEventsTable {
  seq: number;
  type: string;
  date_value: string | null;
  date_precision: string;
  review: string;
  incident_id: string | null;
  /** the case's independent sources; null while the event is in no stored case */
  corroboration: number | null;
  /** the event's finest own place with coordinates, and how fine (country 0 .. site 4) */
  map_place: string | null;
  map_depth: number | null;
  /** its province (the least id when its places reach two) */
  province: string | null;
}

/** an event's actors by key (agent, target: 1 when it has that role), who acts on whom, places (own and containing), sources' kinds: one row per value (migration 0011) */
export interface ExploreLinkTables {
  explore_actors: { seq: number; actor_key: string; agent: number; target: number; incident_id: string | null };
  explore_pairs: { seq: number; agent_key: string; target_key: string };
  explore_places: { seq: number; place_id: string };
  explore_kinds: { seq: number; kind: string };
}

export type ExploreDb = Database & Pick<LinkTables, 'link_events' | 'incidents'> & Pick<ReviewTables, 'review_decisions'> & { explore_events: ExploreEventsTable } & ExploreLinkTables;
export type Matching = SelectQueryBuilder<ExploreDb & { e: Database['events'] }, 'e', object>;

/** Keys of the given ids, or of entities with one of the given names. */
function keysFor(db: Kysely<ExploreDb>, entity: 'actor' | 'place', values: string[]) {
  return db.selectFrom('entity_names').select('key').where('entity', '=', entity).where('name_norm', 'in', values.map(normName));
}

/** Event `e`'s row of explore_events (migration 0009) passes the test. */
const rowWhere = (test: RawBuilder<boolean>) => sql<boolean>`exists (select 1 from explore_events x where x.seq = e.seq and ${test})`;

/** Matching events, or null when the text holds no searchable word. */
export async function matching(db: Kysely<ExploreDb>, search: SearchDialect, f: ExploreFilter): Promise<Matching | null> {
  let base = db.selectFrom('events as e') as Matching;
  if (f.q?.trim()) {
    const expr = await expandSearch(db as unknown as Kysely<Database>, f.q);
    const inEvidence = search.eventMatches(expr);
    const inReport = search.reportMatches(expr);
    if (!inEvidence || !inReport) return null;
    // an event matches by its own words or by its report's
    base = base.where(sql<boolean>`(e.seq in (select m.seq from ${inEvidence} as m) or e.report_seq in (select m.seq from ${inReport} as m))`);
  }
  const reports = f.report;
  if (reports?.length) base = base.where('e.report_seq', 'in', db.selectFrom('reports').select('seq').where('id', 'in', reports));
  if (f.type?.length) base = base.where('e.type', 'in', f.type);
  if (f.from) base = base.where('e.date_to', '>=', boundDay(f.from, 'from'));
  if (f.to) base = base.where('e.date_from', '<=', boundDay(f.to, 'to'));
  // an event's places include every place containing them: a province finds its cities' events
  const places = f.place;
  if (places?.length) {
    base = base.where('e.seq', 'in', db.selectFrom('explore_places as v').select('v.seq')
      .where((w) => w.or([w('v.place_id', 'in', places), w('v.place_id', 'in', keysFor(db, 'place', places))])));
  }
  const actors = f.actor;
  if (actors?.length) {
    base = base.where('e.seq', 'in', db.selectFrom('explore_actors as v').select('v.seq')
      .where((w) => w.or([w('v.actor_key', 'in', actors), w('v.actor_key', 'in', keysFor(db, 'actor', actors))])));
  }
  const kinds = f.sourceKind;
  if (kinds?.length) base = base.where('e.seq', 'in', db.selectFrom('explore_kinds as v').select('v.seq').where('v.kind', 'in', kinds));
  // review state and case are kept per event (migration 0009): one lookup by the event's seq
  if (f.review?.length) base = base.where(rowWhere(sql<boolean>`x.review in (${sql.join(f.review)})`));
  if (f.corroboration) base = base.where(rowWhere(sql<boolean>`x.corroboration >= ${f.corroboration}`));
  return base;
}

/** Events with their review state and case (explore_events, migration 0009). */
export const withRow = (m: Matching) => m.innerJoin('explore_events as x', 'x.seq', 'e.seq');

/** Events in a stored case, with it. */
export const withCase = (m: Matching) => withRow(m).where('x.corroboration', 'is not', null).innerJoin('incidents as i', 'i.id', 'x.incident_id');
