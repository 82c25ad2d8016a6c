// listEvents: every filter is a WHERE on events, so the page and its (capped) total share
// one base query. Each row carries its evidence words, stored with the event. A search
// matching more events than are ranked lists them newest stored first, walking the
// index backwards to the page, as report search does: ranking reads every match.
import { sql, type Kysely } from 'kysely';
import { CasefileError } from '../core/errors.js';
import { EventType, type Event } from '../core/model.js';
import { boundDay } from './dates.js';
import { normName } from './names.js';
import type { EventFilter, EventRow, Page } from './port.js';
import { paging } from './paging.js';
import { cappedCount, RANKED } from './count.js';
import type { Database } from './schema.js';
import type { SearchDialect } from './search-dialect.js';
import { expandSearch } from './search/expand.js';

/** Keys whose names or aliases equal the given name. */
function keysNamed(db: Kysely<Database>, entity: 'actor' | 'place', value: string) {
  return db.selectFrom('entity_names').select('key').where('entity', '=', entity).where('name_norm', '=', normName(value));
}

const ROW = ['r.id as report_id', 'e.data', 'e.actor_names', 'e.evidence_text', 'r.title', 'r.published'] as const;

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
  if (filter.type) base = base.where('e.type', '=', filter.type);
  const reportId = filter.reportId;
  if (reportId) base = base.where('e.report_seq', '=', (eb) => eb.selectFrom('reports').select('seq').where('id', '=', reportId));
  if (from) base = base.where('e.date_to', '>=', from);
  if (to) base = base.where('e.date_from', '<=', to);
  // (report_seq, event_id) IN (...) lets the database start from the place or actor
  // index instead of testing every event.
  const place = filter.place;
  if (place) {
    base = base.where((eb) => eb(eb.refTuple('e.report_seq', 'e.event_id'), 'in', db.selectFrom('event_places as ep')
      .select(['ep.report_seq', 'ep.event_id'])
      .where((w) => w.or([w('ep.place_id', '=', place), w('ep.place_id', 'in', keysNamed(db, 'place', place))]))
      .$asTuple('report_seq', 'event_id')));
  }
  const actor = filter.actor;
  if (actor) {
    base = base.where((eb) => eb(eb.refTuple('e.report_seq', 'e.event_id'), 'in', db.selectFrom('event_participants as ap')
      .select(['ap.report_seq', 'ap.event_id'])
      .where((w) => w.or([w('ap.actor_key', '=', actor), w('ap.actor_key', 'in', keysNamed(db, 'actor', actor))]))
      .$asTuple('report_seq', 'event_id')));
  }

  // counted first: the count decides whether the matches are few enough to rank;
  // matched by text alone, the index's matches are counted without a lookup of each event
  const textOnly = matches !== undefined && !filter.type && !reportId && !from && !to && !place && !actor;
  const count = await cappedCount(db, textOnly ? db.selectFrom(matches.as('m')) : base);
  const newest = matches !== undefined && count.total > RANKED;
  // The page is chosen on narrow rows (seq and sort keys), then only its rows are read
  // in full: sorting a large match set with every event's JSON was the slow part.
  // Newest is ordered by the match's seq, which SQLite reads from the index in that order.
  const page = newest
    ? base.select(sql<number>`m.seq`.as('seq')).orderBy(sql`m.seq`, 'desc')
    : matches
      ? base.select(['e.seq', sql<number>`m.rank`.as('rank')]).orderBy(sql`m.rank`).orderBy('e.seq')
      : base.select(['e.seq', 'e.date_from', 'e.date_to']).orderBy('e.date_from', (o) => o.desc().nullsLast()).orderBy('e.date_to', 'desc').orderBy('e.seq', 'desc');
  // CROSS JOIN keeps SQLite from reordering the join and scanning all events again.
  const rows = await db.selectFrom(page.limit(limit).offset(offset).as('p'))
    .crossJoin('events as e').innerJoin('reports as r', 'r.seq', 'e.report_seq').whereRef('e.seq', '=', 'p.seq')
    .select(ROW)
    .$call((qb) => (newest ? qb.orderBy(sql`p.seq`, 'desc')
      : matches ? qb.orderBy(sql`p.rank`).orderBy(sql`p.seq`)
        : qb.orderBy(sql`p.date_from`, (o) => o.desc().nullsLast()).orderBy(sql`p.date_to`, 'desc').orderBy(sql`p.seq`, 'desc')))
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
