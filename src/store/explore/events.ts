// Matching events as rows: a page for the table (newest first) and, for exports,
// batches in seq order with each event's place and actor records and its case.
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { Event } from '../../core/model.js';
import { paging } from '../paging.js';
import type { EventRow, Page } from '../port.js';
import type { SearchDialect } from '../search-dialect.js';
import { matching, type ExploreDb } from './filter.js';
import type { ExploreEventRow, ExploreFilter, ExportRow } from './port.js';

type Row = { seq: number; report_id: string; data: string; actor_names: string; evidence_text: string; title: string; published: string | null };

/** the wide rows of events `e` with their reports */
const rowsOf = <Q extends SelectQueryBuilder<ExploreDb & { e: ExploreDb['events'] }, 'e', object>>(q: Q) => q.innerJoin('reports as r', 'r.seq', 'e.report_seq')
  .select(['e.seq', 'r.id as report_id', 'e.data', 'e.actor_names', 'e.evidence_text', 'r.title', 'r.published']);

const eventRow = (r: Row): EventRow => ({
  ...(JSON.parse(r.data) as Event),
  reportId: r.report_id, reportTitle: r.title, published: r.published,
  actorNames: JSON.parse(r.actor_names) as string[],
  evidenceText: r.evidence_text,
});

/** the most events a table page walks the date index through, expected (a walk costs about what sorting this many costs) */
const WALK_ROWS = 4000;

/** newest first, undated last: the order of the date index (migration 0012) */
const byDate = <Q extends SelectQueryBuilder<any, any, { seq: number }>>(q: Q, alias: 'w' | 'x'): Q =>
  q.orderBy(`${alias}.date_from`, (o) => o.desc().nullsLast()).orderBy(`${alias}.date_to`, 'desc').orderBy(`${alias}.seq`, 'desc') as Q;

/** `total`, when given, is the number of matching events already counted (a summary's) */
export async function eventPage(db: Kysely<ExploreDb>, search: SearchDialect, f: ExploreFilter, opts: { limit?: number; offset?: number }, total?: Promise<number>): Promise<Page<ExploreEventRow>> {
  const { limit, offset } = paging(opts, 50);
  const m = await matching(db, search, f);
  if (!m) return { items: [], total: 0 };
  const [count, stored] = await Promise.all([
    total ?? m.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow().then((r) => Number(r.n)),
    // about how many events there are (seqs grow with each save), for the plan alone: dates bound a query's order
    f.from || f.to ? 0 : db.selectFrom('explore_events').select((eb) => eb.fn.max('seq').as('n')).executeTakeFirstOrThrow().then((r) => Number(r.n ?? 0)),
  ]);
  if (count === 0) return { items: [], total: 0 };
  // The page's events are chosen by the dates on their narrow rows, then only those are read whole
  // (their text and data are long). When many match, the date index is walked newest first and
  // each event tested, which stops at the page; else, or when dates bound the query (its events
  // lie together in that order, not spread through it), the matching events are sorted by date.
  const walk = !f.from && !f.to && (offset + limit) * stored <= WALK_ROWS * count;
  const page: SelectQueryBuilder<any, any, { seq: number }> = walk
    ? byDate(db.selectFrom('explore_events as w').select('w.seq').where((eb) => eb.exists(m.select(sql`1`.as('one')).where(sql<boolean>`x.seq = w.seq`))), 'w')
    : byDate(m.select('x.seq'), 'x');
  const rows = await rowsOf(db.selectFrom('events as e').where('e.seq', 'in', page.limit(limit).offset(offset)))
    .orderBy('e.date_from', (o) => o.desc().nullsLast()).orderBy('e.date_to', 'desc').orderBy('e.seq', 'desc').execute();
  // each row's actors by key, so a table can open an actor's page
  const actors = rows.length === 0 ? [] : await db.selectFrom('events as e')
    .innerJoin('event_participants as ap', (j) => j.onRef('ap.report_seq', '=', 'e.report_seq').onRef('ap.event_id', '=', 'e.event_id'))
    .innerJoin('actors as a', (j) => j.onRef('a.report_seq', '=', 'ap.report_seq').onRef('a.actor_id', '=', 'ap.actor_id'))
    .where('e.seq', 'in', rows.map((r) => r.seq)).select(['e.seq', 'ap.actor_key', 'a.name']).execute();
  const actorsOf = new Map<number, { key: string; name: string }[]>();
  for (const a of actors) {
    const list = actorsOf.get(Number(a.seq)) ?? [];
    if (!list.some((x) => x.key === a.actor_key)) list.push({ key: a.actor_key, name: a.name });
    actorsOf.set(Number(a.seq), list);
  }
  return { items: rows.map((r) => ({ ...eventRow(r), actors: actorsOf.get(Number(r.seq)) ?? [] })), total: count };
}

export async function exportBatch(db: Kysely<ExploreDb>, search: SearchDialect, f: ExploreFilter, afterSeq: number, limit: number): Promise<ExportRow[]> {
  const m = await matching(db, search, f);
  if (!m) return [];
  const rows = await rowsOf(m.innerJoin('events as e', 'e.seq', 'x.seq')).where('e.seq', '>', afterSeq).orderBy('e.seq').limit(limit).execute();
  if (rows.length === 0) return [];
  const seqs = rows.map((r) => Number(r.seq));
  const [places, actors, cases] = await Promise.all([
    db.selectFrom('events as e').innerJoin('event_places as ep', (j) => j.onRef('ep.report_seq', '=', 'e.report_seq').onRef('ep.event_id', '=', 'e.event_id'))
      .innerJoin('places as p', (j) => j.onRef('p.report_seq', '=', 'ep.report_seq').onRef('p.place_id', '=', 'ep.place_id'))
      .where('e.seq', 'in', seqs).select(['e.seq', 'p.place_id', 'p.name', 'p.level', 'p.country', 'p.lat', 'p.lon', 'ep.direct']).execute(),
    db.selectFrom('events as e').innerJoin('event_participants as ap', (j) => j.onRef('ap.report_seq', '=', 'e.report_seq').onRef('ap.event_id', '=', 'e.event_id'))
      .innerJoin('actors as a', (j) => j.onRef('a.report_seq', '=', 'ap.report_seq').onRef('a.actor_id', '=', 'ap.actor_id'))
      .where('e.seq', 'in', seqs).select(['e.seq', 'a.actor_id', 'a.key', 'a.name', 'a.kind', 'a.canon_id']).distinct().execute(),
    db.selectFrom('explore_events').where('seq', 'in', seqs).where('corroboration', 'is not', null).select(['seq', 'incident_id as id', 'corroboration']).execute(),
  ]);
  const group = <T extends { seq: number }>(items: T[]) => {
    const by = new Map<number, T[]>();
    for (const i of items) by.set(Number(i.seq), [...(by.get(Number(i.seq)) ?? []), i]);
    return by;
  };
  const placesOf = group(places), actorsOf = group(actors);
  const caseOf = new Map(cases.map((c) => [Number(c.seq), c]));
  return rows.map((r) => {
    const seq = Number(r.seq);
    const c = caseOf.get(seq);
    return {
      ...eventRow(r), seq,
      placeRecords: (placesOf.get(seq) ?? []).map((p) => ({ id: p.place_id, name: p.name, level: p.level, country: p.country, lat: p.lat === null ? null : Number(p.lat), lon: p.lon === null ? null : Number(p.lon), direct: Number(p.direct) === 1 })),
      actorRecords: (actorsOf.get(seq) ?? []).map((a) => ({ id: a.actor_id, key: a.key, name: a.name, kind: a.kind, canonId: a.canon_id })),
      caseId: c?.id ?? null,
      corroboration: c ? Number(c.corroboration) : null,
    };
  });
}
