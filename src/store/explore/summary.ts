// Everything the explore views draw for one filter: facet counts (each facet
// counted without its own field, so other values stay choosable), map points at
// each event's own places, province totals, a timeline at the precision each
// date was given, and a network of who acts on whom in which cases.
import { sql, type Kysely } from 'kysely';
import type { SearchDialect } from '../search-dialect.js';
import { matching, withCase, type ExploreDb, type Matching } from './filter.js';
import type { Explore, ExploreFilter, FacetValue, MapPlace } from './port.js';

const FACET_SIZE = 20;
const NETWORK_ACTORS = 30;
const NETWORK_CASES = 25;
const TIMELINE_CASES = 300;

const n = (v: unknown) => Number(v);
const EMPTY: Explore = {
  total: 0,
  facets: { type: [], actor: [], place: [], sourceKind: [], review: [], corroboration: [] },
  map: { places: [], provinces: [], unplaced: 0 },
  timeline: { events: [], undated: 0, cases: [] },
  network: { nodes: [], edges: [] },
};

/** "0" not in a stored case, else its independent sources, "3" for three or more */
const corroborationLevel = sql<number>`case when x.corroboration is null then 0 when x.corroboration >= 3 then 3 else x.corroboration end`;

/** the narrow rows (explore_events) of the matching events */
const narrow = (db: Kysely<ExploreDb>, m: Matching) => db.selectFrom('explore_events as x').where('x.seq', 'in', m.select('e.seq'));

/** name, level and coordinates of places, read for these places only */
async function placesNamed(db: Kysely<ExploreDb>, ids: string[]) {
  const rows = ids.length === 0 ? [] : await db.selectFrom('places').where('place_id', 'in', [...new Set(ids)])
    .select((eb) => ['place_id', eb.fn.max('name').as('name'), eb.fn.max('level').as('level'), eb.fn.max('lat').as('lat'), eb.fn.max('lon').as('lon')])
    .groupBy('place_id').execute();
  return new Map(rows.map((r) => [r.place_id, { name: String(r.name), level: String(r.level), lat: r.lat as number | null, lon: r.lon as number | null }]));
}

const eventKey = sql<boolean>`(ep.report_seq = e.report_seq and ep.event_id = e.event_id)`;

/** Names of the top values of a facet, read for those values only. */
async function named(db: Kysely<ExploreDb>, entity: 'actor' | 'place', rows: { value: string; count: unknown }[]) {
  if (rows.length === 0) return [];
  const values = rows.map((r) => r.value);
  const names = entity === 'actor'
    ? await db.selectFrom('actors').select((eb) => ['key as value', eb.fn.max('name').as('label')]).where('key', 'in', values).groupBy('key').execute()
    : await db.selectFrom('places').select((eb) => ['place_id as value', eb.fn.max('name').as('label')]).where('place_id', 'in', values).groupBy('place_id').execute();
  const label = new Map(names.map((n) => [n.value, String(n.label)]));
  return rows.map((r) => ({ ...r, label: label.get(r.value) ?? r.value }));
}

/**
 * The matching events are found once, into a temporary table on one connection;
 * every view, and every facet whose own field is not in the filter, reads that set
 * instead of evaluating the filter (text, places, corroboration) again.
 */
export async function summary(db: Kysely<ExploreDb>, search: SearchDialect, f: ExploreFilter): Promise<Explore> {
  const matched = await matching(db, search, f);
  if (!matched) return EMPTY;
  return db.connection().execute(async (conn) => {
    await sql`create temporary table if not exists explore_hits (seq bigint primary key)`.execute(conn);
    try {
      await sql`delete from explore_hits`.execute(conn);
      await conn.withTables<{ explore_hits: { seq: number } }>().insertInto('explore_hits').columns(['seq']).expression(matched.select('e.seq')).execute();
      const all = conn.selectFrom('events as e').where(sql<boolean>`e.seq in (select h.seq from explore_hits h)`) as Matching;
      return await views(conn, search, f, all);
    } finally {
      await sql`drop table if exists explore_hits`.execute(conn);
    }
  });
}

const given = (v: unknown) => (Array.isArray(v) ? v.length > 0 : v !== undefined);

async function views(db: Kysely<ExploreDb>, search: SearchDialect, f: ExploreFilter, all: Matching): Promise<Explore> {
  // a facet is counted without its own field: the same set when that field is not given
  const without = async (field: keyof ExploreFilter) => (given(f[field]) ? matching(db, search, { ...f, [field]: undefined }) : all);

  // the narrow rows of the matching events (explore_events): what the counts by type, date, place and review read
  const rows = db.selectFrom('explore_events as x').where(sql<boolean>`x.seq in (select h.seq from explore_hits h)`);
  const [total, type, actor, place, sourceKind, review, corroboration, map, provinces, timeline, cases, network] = await Promise.all([
    all.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow().then((r) => n(r.n)),
    without('type').then((m) => m && narrow(db, m).select(['x.type as value', (eb) => eb.fn.countAll().as('count')]).groupBy('x.type').orderBy('count', 'desc').orderBy('x.type').execute()),
    without('actor').then((m) => m && m.innerJoin('event_participants as ap', (j) => j.onRef('ap.report_seq', '=', 'e.report_seq').onRef('ap.event_id', '=', 'e.event_id'))
      .select((eb) => ['ap.actor_key as value', eb.fn.count('e.seq').distinct().as('count')])
      .groupBy('ap.actor_key').orderBy('count', 'desc').orderBy('ap.actor_key').limit(FACET_SIZE).execute().then((rows) => named(db, 'actor', rows))),
    without('place').then((m) => m && m.innerJoin('event_places as ep', (j) => j.on(eventKey))
      .select((eb) => ['ep.place_id as value', eb.fn.countAll().as('count')])
      .groupBy('ep.place_id').orderBy('count', 'desc').orderBy('ep.place_id').limit(FACET_SIZE).execute().then((rows) => named(db, 'place', rows))),
    without('sourceKind').then((m) => m && m.innerJoin('event_sources as es', (j) => j.onRef('es.report_seq', '=', 'e.report_seq').onRef('es.event_id', '=', 'e.event_id'))
      .innerJoin('sources as s', (j) => j.onRef('s.report_seq', '=', 'es.report_seq').onRef('s.source_id', '=', 'es.source_id'))
      .select(['s.kind as value', (eb) => eb.fn.count('e.seq').distinct().as('count')])
      .groupBy('s.kind').orderBy('count', 'desc').orderBy('s.kind').execute()),
    without('review').then((m) => m && narrow(db, m).select(['x.review as value', (eb) => eb.fn.countAll().as('count')])
      .groupBy('x.review').orderBy('count', 'desc').orderBy('x.review').execute()),
    without('corroboration').then((m) => m && narrow(db, m).select([corroborationLevel.as('value'), (eb) => eb.fn.countAll().as('count')])
      .groupBy(corroborationLevel).execute()),
    rows.where('x.map_place', 'is not', null).select((eb) => ['x.map_place as id', 'x.type', eb.fn.countAll().as('count')])
      .groupBy(['x.map_place', 'x.type']).execute().then(async (counts) => ({ counts, at: await placesNamed(db, counts.map((c) => c.id!)) })),
    rows.where('x.province', 'is not', null).select((eb) => ['x.province as id', eb.fn.countAll().as('count')])
      .groupBy('x.province').execute().then(async (counts) => ({ counts, at: await placesNamed(db, counts.map((c) => c.id!)) })),
    rows.select((eb) => ['x.date_value as date', 'x.date_precision as precision', 'x.type', eb.fn.countAll().as('count')])
      .groupBy(['x.date_value', 'x.date_precision', 'x.type']).execute(),
    withCase(all)
      .select(['i.id', 'i.title', 'i.type', 'i.date_from', 'i.date_to', 'i.corroboration']).distinct()
      .orderBy('i.corroboration', 'desc').orderBy('i.id').limit(TIMELINE_CASES).execute(),
    networkOf(db, all),
  ]);

  const facet = (rows: { value: string | number; label?: string | null; count: unknown }[] | null, label = (v: string) => v): FacetValue[] =>
    (rows ?? []).map((r) => ({ value: String(r.value), label: r.label ?? label(String(r.value)), count: n(r.count) }));

  const byPlace = new Map<string, MapPlace>();
  let placed = 0;
  for (const r of map.counts) {
    const at = map.at.get(r.id!)!;
    const p = byPlace.get(r.id!) ?? { id: r.id!, name: at.name, level: at.level, lat: n(at.lat), lon: n(at.lon), byType: {}, count: 0 };
    p.byType[r.type] = n(r.count);
    p.count += n(r.count);
    placed += n(r.count);
    byPlace.set(r.id!, p);
  }
  const corroborationRows = (corroboration ?? []).map((r) => ({ value: String(r.value), count: n(r.count) }));
  const dated = timeline.filter((t) => t.date !== null && t.precision !== 'unknown');
  return {
    total,
    facets: {
      // an event type reads as the ontology names it, the value filters take (ARREST)
      type: facet(type),
      actor: facet(actor),
      place: facet(place),
      sourceKind: facet(sourceKind, (v) => v.replace(/_/g, ' ')),
      review: facet(review),
      corroboration: corroborationRows.filter((r) => r.count > 0).sort((a, b) => +a.value - +b.value)
        .map((r) => ({ ...r, label: r.value === '0' ? 'not linked to a case' : r.value === '3' ? '3 or more independent sources' : `${r.value} independent source${r.value === '1' ? '' : 's'}` })),
    },
    map: {
      places: [...byPlace.values()].sort((a, b) => b.count - a.count),
      provinces: provinces.counts.map((p) => {
        const at = provinces.at.get(p.id!)!;
        return { id: p.id!, name: at.name, lat: at.lat === null ? null : n(at.lat), lon: at.lon === null ? null : n(at.lon), count: n(p.count) };
      }),
      unplaced: total - placed,
    },
    timeline: {
      events: dated.map((t) => ({ date: t.date!, precision: t.precision as 'day' | 'month' | 'year', type: t.type, count: n(t.count) })),
      undated: timeline.filter((t) => !dated.includes(t)).reduce((s, t) => s + n(t.count), 0),
      cases: cases.map((c) => ({ id: c.id, title: c.title, type: c.type, from: c.date_from, to: c.date_to, corroboration: n(c.corroboration) })),
    },
    network,
  };
}

/** The most active actors of the matching events, who acts on whom, their cases and the cases' places. */
async function networkOf(db: Kysely<ExploreDb>, all: Matching): Promise<Explore['network']> {
  const actors = await all.innerJoin('event_participants as ap', (j) => j.onRef('ap.report_seq', '=', 'e.report_seq').onRef('ap.event_id', '=', 'e.event_id'))
    .select((eb) => ['ap.actor_key as value', eb.fn.count('e.seq').distinct().as('count')])
    .groupBy('ap.actor_key').orderBy('count', 'desc').orderBy('ap.actor_key').limit(NETWORK_ACTORS).execute()
    .then((rows) => named(db, 'actor', rows)).then((rows) => rows.map((r) => ({ id: r.value, label: r.label, acts: r.count })));
  if (actors.length === 0) return { nodes: [], edges: [] };
  const keys = actors.map((a) => a.id);
  const [actsOn, cases] = await Promise.all([
    all.innerJoin('event_participants as ag', (j) => j.onRef('ag.report_seq', '=', 'e.report_seq').onRef('ag.event_id', '=', 'e.event_id'))
      .innerJoin('event_participants as tg', (j) => j.onRef('tg.report_seq', '=', 'ag.report_seq').onRef('tg.event_id', '=', 'ag.event_id'))
      .where('ag.role', '=', 'agent').where('tg.role', '=', 'target').whereRef('ag.actor_key', '<>', 'tg.actor_key')
      .where('ag.actor_key', 'in', keys).where('tg.actor_key', 'in', keys)
      .select((eb) => ['ag.actor_key as source', 'tg.actor_key as target', eb.fn.countAll().as('count')])
      .groupBy(['ag.actor_key', 'tg.actor_key']).execute(),
    withCase(all).select((eb) => ['i.id', eb.fn.max('i.title').as('title'), eb.fn.max('i.place_id').as('place'), eb.fn.max('i.place_name').as('placeName'), eb.fn.count('e.seq').distinct().as('acts')])
      .groupBy('i.id').orderBy('acts', 'desc').orderBy('i.id').limit(NETWORK_CASES).execute(),
  ]);
  const caseActs = new Map(cases.map((c) => [c.id, { title: String(c.title), place: c.place as string | null, placeName: c.placeName as string | null, acts: n(c.acts) }]));
  const topCases = new Set(caseActs.keys());
  // which of the actors act in those cases, in matching events only
  const inCase = topCases.size === 0 ? [] : await withCase(all)
    .innerJoin('event_participants as ap', (j) => j.onRef('ap.report_seq', '=', 'e.report_seq').onRef('ap.event_id', '=', 'e.event_id'))
    .where('i.id', 'in', [...topCases]).where('ap.actor_key', 'in', keys)
    .select((eb) => ['ap.actor_key as actor', 'i.id as case', eb.fn.count('e.seq').distinct().as('count')])
    .groupBy(['ap.actor_key', 'i.id']).execute();
  const places = new Map<string, { label: string; acts: number }>();
  for (const id of topCases) {
    const c = caseActs.get(id)!;
    if (c.place) places.set(c.place, { label: c.placeName ?? c.place, acts: (places.get(c.place)?.acts ?? 0) + 1 });
  }
  return {
    nodes: [
      ...actors.map((a) => ({ id: `actor:${a.id}`, kind: 'actor' as const, label: String(a.label), acts: n(a.acts) })),
      ...[...topCases].map((id) => ({ id: `case:${id}`, kind: 'case' as const, label: caseActs.get(id)!.title, acts: caseActs.get(id)!.acts })),
      ...[...places].map(([id, p]) => ({ id: `place:${id}`, kind: 'place' as const, label: p.label, acts: p.acts })),
    ],
    edges: [
      ...actsOn.map((e) => ({ source: `actor:${e.source}`, target: `actor:${e.target}`, kind: 'acts_on' as const, count: n(e.count) })),
      ...inCase.filter((r) => topCases.has(r.case)).map((r) => ({ source: `actor:${r.actor}`, target: `case:${r.case}`, kind: 'in_case' as const, count: n(r.count) })),
      ...[...topCases].flatMap((id) => {
        const c = caseActs.get(id)!;
        return c.place ? [{ source: `case:${id}`, target: `place:${c.place}`, kind: 'at' as const, count: 1 }] : [];
      }),
    ],
  };
}
