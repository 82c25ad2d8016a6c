// The explore filter as a WHERE on each event's narrow row: every view of the query starts from
// the same matching events. Lists within a field are OR-ed, fields AND-ed.
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
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
  /** the case's independent outlets; null while the event is in no stored case */
  corroboration: number | null;
  /** the event's finest own place with coordinates, and how fine (country 0 .. site 4) */
  map_place: string | null;
  map_depth: number | null;
  /** its province (the least id when its places reach two) */
  province: string | null;
  /** its report, and the first and last day its date can mean (migration 0012) */
  report_seq: number;
  date_from: string | null;
  date_to: string | null;
}

/** an event's actors by key (agent, target: 1 when it has that role), who acts on whom, places (own and containing), sources' kinds: one row per value (migration 0011) */
export interface ExploreLinkTables {
  explore_actors: { seq: number; actor_key: string; agent: number; target: number; incident_id: string | null };
  explore_pairs: { seq: number; agent_key: string; target_key: string };
  explore_places: { seq: number; place_id: string };
  explore_kinds: { seq: number; kind: string };
}

export type ExploreDb = Database & Pick<LinkTables, 'link_events' | 'incidents'> & Pick<ReviewTables, 'review_decisions'> & { explore_events: ExploreEventsTable } & ExploreLinkTables;
/** matching events as their narrow rows, `x` */
export type Matching = SelectQueryBuilder<ExploreDb & { x: ExploreEventsTable }, 'x', object>;

/**
 * The given ids and the keys of entities with one of the given names, read first:
 * one list lets the link rows be read from their index alone (an OR of the two
 * lists read both per row).
 */
async function keysFor(db: Kysely<ExploreDb>, entity: 'actor' | 'place', values: string[]): Promise<string[]> {
  const named = await db.selectFrom('entity_names').select('key').where('entity', '=', entity).where('name_norm', 'in', values.map(normName)).execute();
  return [...new Set([...values, ...named.map((r) => r.key)])];
}

/**
 * Matching events, or null when the text holds no searchable word. Every field is
 * tested on the event's narrow row (explore_events) or by its seq in the link rows:
 * the wide events rows are read only for the events a page shows.
 */
export async function matching(db: Kysely<ExploreDb>, search: SearchDialect, f: ExploreFilter): Promise<Matching | null> {
  let base = db.selectFrom('explore_events as x') as Matching;
  if (f.q?.trim()) {
    const expr = await expandSearch(db as unknown as Kysely<Database>, f.q);
    const inEvidence = search.eventMatches(expr);
    const inReport = search.reportMatches(expr);
    if (!inEvidence || !inReport) return null;
    // an event matches by its own words or by its report's
    base = base.where(sql<boolean>`(x.seq in (select m.seq from ${inEvidence} as m) or x.report_seq in (select m.seq from ${inReport} as m))`);
  }
  const reports = f.report;
  if (reports?.length) base = base.where('x.report_seq', 'in', db.selectFrom('reports').select('seq').where('id', 'in', reports));
  if (f.type?.length) base = base.where('x.type', 'in', f.type);
  if (f.from) base = base.where('x.date_to', '>=', boundDay(f.from, 'from'));
  if (f.to) base = base.where('x.date_from', '<=', boundDay(f.to, 'to'));
  // An event with one of the values in its link rows. Given a type, the type's index
  // reads the events and each is looked up by its seq in the link rows (EXISTS);
  // else the value's index reads them from the link rows (IN). SQLite reads an IN
  // list first whatever else narrows the events: a common source kind beside a type
  // read every event of that kind (sourceKind=anonymous_insider&type=SMUGGLING: 11 -> 1.4 ms).
  const linked = (table: keyof ExploreLinkTables, column: string, values: string[]) => {
    const rows = (db as Kysely<any>).selectFrom(`${table} as v`).where(`v.${column}`, 'in', values);
    return f.type?.length ? sql<boolean>`exists ${rows.select(sql`1`.as('one')).whereRef('v.seq', '=', 'x.seq')}` : sql<boolean>`x.seq in (${rows.select('v.seq')})`;
  };
  // an event's places include every place containing them: a province finds its cities' events
  if (f.place?.length) base = base.where(linked('explore_places', 'place_id', await keysFor(db, 'place', f.place)));
  if (f.actor?.length) base = base.where(linked('explore_actors', 'actor_key', await keysFor(db, 'actor', f.actor)));
  if (f.sourceKind?.length) base = base.where(linked('explore_kinds', 'kind', f.sourceKind));
  if (f.review?.length) base = base.where('x.review', 'in', f.review);
  if (f.corroboration) base = base.where('x.corroboration', '>=', f.corroboration);
  return base;
}

/** Events in a stored case, with it. */
export const withCase = (m: Matching) => m.where('x.corroboration', 'is not', null).innerJoin('incidents as i', 'i.id', 'x.incident_id');
