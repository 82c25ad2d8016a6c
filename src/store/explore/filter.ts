// The explore filter as a WHERE on events: every view of the query starts from
// the same matching events. Lists within a field are OR-ed, fields AND-ed.
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import { itemKey, STATE_OF, type ReviewState } from '../../core/review.js';
import { boundDay } from '../dates.js';
import { normName } from '../names.js';
import type { Database } from '../schema.js';
import type { LinkTables } from '../incidents/schema.js';
import type { ReviewTables } from '../review/schema.js';
import type { SearchDialect } from '../search-dialect.js';
import { expandSearch } from '../search/expand.js';
import type { ExploreFilter } from './port.js';

export type ExploreDb = Database & Pick<LinkTables, 'link_events' | 'incidents'> & Pick<ReviewTables, 'review_decisions'>;
export type Matching = SelectQueryBuilder<ExploreDb & { e: Database['events'] }, 'e', object>;

/** Keys of the given ids, or of entities with one of the given names. */
function keysFor(db: Kysely<ExploreDb>, entity: 'actor' | 'place', values: string[]) {
  return db.selectFrom('entity_names').select('key').where('entity', '=', entity).where('name_norm', 'in', values.map(normName));
}

const stateOfAction = sql.join(Object.entries(STATE_OF).map(([action, state]) => sql`when ${sql.lit(action)} then ${sql.lit(state)}`), sql` `);
/**
 * The review state of event `e`: the state its latest decision on "event:<id>" in
 * its report leaves it in (notes change nothing), else proposed (machine-only).
 */
export const reviewOf = sql<ReviewState>`coalesce((select case d.action ${stateOfAction} end from review_decisions d
  where d.report_id = (select rr.id from reports rr where rr.seq = e.report_seq) and d.item = ${sql.lit(itemKey('event', ''))} || e.event_id and d.action <> 'note'
  order by d.seq desc limit 1), 'proposed')`;

/** Event `e` is in a case with at least this many independent sources: its link is found by the report's links. */
// The case is read by its key from the link, never joined: a join lets the planner start
// from the incidents and scan them for every event.
const corroborated = (level: number) => sql<boolean>`exists (select 1 from link_events le
  where le.report_seq = e.report_seq and le.event_key = le.report_id || '#' || e.event_id
  and (select i.corroboration from incidents i where i.id = le.incident_id) >= ${level})`;

/**
 * Matching events, or null when the text holds no searchable word. The case of an
 * event is its link_events row, keyed "<report id>#<event id>".
 */
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
  const places = f.place;
  if (places?.length) {
    // event_places holds every containing place too: a province finds its cities' events
    base = base.where((eb) => eb(eb.refTuple('e.report_seq', 'e.event_id'), 'in', db.selectFrom('event_places as ep')
      .select(['ep.report_seq', 'ep.event_id'])
      .where((w) => w.or([w('ep.place_id', 'in', places), w('ep.place_id', 'in', keysFor(db, 'place', places))]))
      .$asTuple('report_seq', 'event_id')));
  }
  const actors = f.actor;
  if (actors?.length) {
    base = base.where((eb) => eb(eb.refTuple('e.report_seq', 'e.event_id'), 'in', db.selectFrom('event_participants as ap')
      .select(['ap.report_seq', 'ap.event_id'])
      .where((w) => w.or([w('ap.actor_key', 'in', actors), w('ap.actor_key', 'in', keysFor(db, 'actor', actors))]))
      .$asTuple('report_seq', 'event_id')));
  }
  const kinds = f.sourceKind;
  if (kinds?.length) {
    base = base.where((eb) => eb(eb.refTuple('e.report_seq', 'e.event_id'), 'in', db.selectFrom('event_sources as es')
      .innerJoin('sources as s', (j) => j.onRef('s.report_seq', '=', 'es.report_seq').onRef('s.source_id', '=', 'es.source_id'))
      .select(['es.report_seq', 'es.event_id']).where('s.kind', 'in', kinds)
      .$asTuple('report_seq', 'event_id')));
  }
  if (f.review?.length) base = base.where(reviewOf, 'in', f.review);
  if (f.corroboration) base = base.where(corroborated(f.corroboration));
  return base;
}

/**
 * Events joined to their case, starting from the cases: the event id is the tail
 * of the link's key "<report id>#<event id>", so each link finds its event by the
 * events' (report_seq, event_id) index.
 */
export function casesOf(db: Kysely<ExploreDb>) {
  return db.selectFrom('incidents as i')
    .innerJoin('link_events as le', 'le.incident_id', 'i.id')
    .innerJoin('events as ce', (j) => j.onRef('ce.report_seq', '=', 'le.report_seq').on('ce.event_id', '=', sql<string>`substr(le.event_key, length(le.report_id) + 2)`));
}

/** Events with their case: the link's key is "<report id>#<event id>", found by its unique index. */
export const withCase = (m: Matching) => m.innerJoin('reports as lr', 'lr.seq', 'e.report_seq')
  .innerJoin('link_events as le', (j) => j.on('le.event_key', '=', sql<string>`lr.id || '#' || e.event_id`))
  .innerJoin('incidents as i', 'i.id', 'le.incident_id');
