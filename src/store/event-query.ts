// listEvents: every filter is a WHERE on events, so the page and its (capped) total share
// one base query. Each row carries its evidence words, stored with the event. A search
// matching more events than are ranked lists them newest stored first, walking the
// index backwards to the page, as report search does: ranking reads every match.
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import { CasefileError } from '../core/errors.js';
import { EventType, type Event } from '../core/model.js';
import { boundDay } from './dates.js';
import { normName } from './names.js';
import type { EventFilter, EventRow, Page } from './port.js';
import { paging } from './paging.js';
import { cappedCount, searchOrder } from './count.js';
import type { Database } from './schema.js';
import type { SearchDialect } from './search-dialect.js';
import { expandSearch } from './search/expand.js';

/** Keys whose names or aliases equal the given name. */
function keysNamed(db: Kysely<Database>, entity: 'actor' | 'place', value: string) {
  return db.selectFrom('entity_names').select('key').where('entity', '=', entity).where('name_norm', '=', normName(value));
}

const ROW = ['r.id as report_id', 'e.data', 'e.actor_names', 'e.evidence_text', 'r.title', 'r.published'] as const;

/** A sort key of the page: its column in the matching query and in the page read back as `p`. */
interface SortKey { inner: string; as: string; desc: boolean; nullsLast?: boolean }
const key = (inner: string, desc: boolean, nullsLast = false): SortKey => ({ inner, as: inner.slice(2), desc, nullsLast });
/** every key ends in the seq, which the rows are joined back by */
const NEWEST = [key('m.seq', true)];
const RANK = [key('m.rank', false), key('e.seq', false)];
const DATE = [key('e.date_from', true, true), key('e.date_to', true), key('e.seq', true)];

/** The query ordered by the keys, read from the matching query's columns or from the page's. */
function sorted<QB extends SelectQueryBuilder<any, any, any>>(qb: QB, keys: readonly SortKey[], side: 'inner' | 'outer'): QB {
  return keys.reduce((q, k) => q.orderBy(sql.ref(side === 'inner' ? k.inner : `p.${k.as}`), (o) => {
    const d = k.desc ? o.desc() : o.asc();
    return k.nullsLast ? d.nullsLast() : d;
  }) as QB, qb);
}

export async function listEvents(db: Kysely<Database>, search: SearchDialect, filter: EventFilter): Promise<Page<EventRow>> {
  const { limit, offset } = paging(filter, 50);
  if (filter.type !== undefined && !EventType.safeParse(filter.type).success) {
    throw new CasefileError('E_BAD_PARAM', `unknown event type "${filter.type}"`, { where: 'type' });
  }
  const from = filter.from ? boundDay(filter.from, 'from') : null;
  const to = filter.to ? boundDay(filter.to, 'to') : null;
  const matches = filter.q?.trim() ? search.eventMatches(await expandSearch(db, filter.q)) : undefined;
  if (matches === null) return { items: [], total: 0 };

  let base = db.selectFrom('events as e')
    .$if(matches !== undefined, (qb) => qb.innerJoin(matches!.as('m'), (j) => j.onRef('m.seq', '=', 'e.seq')));
  // whether anything beyond the words narrows the matches (set beside each filter, so none is left out)
  let narrowed = false;
  if (filter.type) { base = base.where('e.type', '=', filter.type); narrowed = true; }
  const reportId = filter.reportId;
  if (reportId) { base = base.where('e.report_seq', '=', (eb) => eb.selectFrom('reports').select('seq').where('id', '=', reportId)); narrowed = true; }
  if (from) { base = base.where('e.date_to', '>=', from); narrowed = true; }
  if (to) { base = base.where('e.date_from', '<=', to); narrowed = true; }
  // (report_seq, event_id) IN (...) lets the database start from the place or actor
  // index instead of testing every event.
  const place = filter.place;
  if (place) {
    narrowed = true;
    base = base.where((eb) => eb(eb.refTuple('e.report_seq', 'e.event_id'), 'in', db.selectFrom('event_places as ep')
      .select(['ep.report_seq', 'ep.event_id'])
      .where((w) => w.or([w('ep.place_id', '=', place), w('ep.place_id', 'in', keysNamed(db, 'place', place))]))
      .$asTuple('report_seq', 'event_id')));
  }
  const actor = filter.actor;
  if (actor) {
    narrowed = true;
    base = base.where((eb) => eb(eb.refTuple('e.report_seq', 'e.event_id'), 'in', db.selectFrom('event_participants as ap')
      .select(['ap.report_seq', 'ap.event_id'])
      .where((w) => w.or([w('ap.actor_key', '=', actor), w('ap.actor_key', 'in', keysNamed(db, 'actor', actor))]))
      .$asTuple('report_seq', 'event_id')));
  }

  // counted first: the count decides whether the matches are few enough to rank;
  // matched by text alone, the index's matches are counted without a lookup of each event
  const textOnly = matches !== undefined && !narrowed;
  const count = await cappedCount(db, textOnly ? db.selectFrom(matches.as('m')) : base);
  const newest = matches !== undefined && searchOrder(count.total) === 'newest';
  // The page is chosen on narrow rows (seq and sort keys), then only its rows are read
  // in full: sorting a large match set with every event's JSON was the slow part.
  // Newest is ordered by the match's seq, which SQLite reads from the index in that order.
  const keys = newest ? NEWEST : matches ? RANK : DATE;
  const page = base.select(keys.map((k) => sql.ref(k.inner).as(k.as)));
  // CROSS JOIN keeps SQLite from reordering the join and scanning all events again.
  const rows = await db.selectFrom(sorted(page, keys, 'inner').limit(limit).offset(offset).as('p'))
    .crossJoin('events as e').innerJoin('reports as r', 'r.seq', 'e.report_seq').whereRef('e.seq', '=', sql.ref('p.seq'))
    .select(ROW)
    .$call((qb) => sorted(qb, keys, 'outer'))
    .execute();
  return {
    items: rows.map((r) => ({
      ...(JSON.parse(r.data) as Event),
      reportId: r.report_id, reportTitle: r.title, published: r.published,
      actorNames: JSON.parse(r.actor_names) as string[],
      evidenceText: r.evidence_text,
    })),
    ...count,
    ...(newest ? { order: 'newest' as const } : {}),
  };
}
