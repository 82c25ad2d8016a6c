// Everything the explore views draw for one filter: facet counts (each facet
// counted without its own field, so other values stay choosable), map points at
// each event's own places, province totals, a timeline in days, months or years
// by the query's span (timeline.ts), and a network of who acts on whom in which cases.
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { SqlDialect } from '../migrations/index.js';
import type { SearchDialect } from '../search-dialect.js';
import { matching, type ExploreDb, type Matching } from './filter.js';
import type { Memo } from './cache.js';
import { actorNames, placeNames, type PlaceName } from './names.js';
import { countBy, membersOf, seqList, type ViewPostings, type Members } from './postings.js';
import type { Explore, ExploreFilter, FacetValue, MapPlace } from './port.js';
import { bucketed, unitFor, type DateCount } from './timeline.js';

const FACET_SIZE = 20;
const NETWORK_ACTORS = 30;
const NETWORK_CASES = 25;
const TIMELINE_CASES = 300;

const n = (v: unknown) => Number(v);
const EMPTY: Explore = {
  total: 0,
  facets: { type: [], actor: [], place: [], sourceKind: [], review: [], corroboration: [] },
  map: { places: [], provinces: [], unplaced: 0 },
  timeline: { unit: 'year', events: [], undated: 0, cases: [] },
  network: { nodes: [], edges: [] },
};

/** 0 not in a stored case, else its case's independent outlets, 3 for three or more */
const levelOf = (outlets: number | null) => (outlets === null ? 0 : Math.min(3, n(outlets)));

/** counts by a case's independent outlets (null: no case) summed as levels */
function levels(rows: { value: number | null; count: unknown }[]): { value: number; count: number }[] {
  const by = new Map<number, number>();
  for (const r of rows) {
    const level = levelOf(r.value);
    by.set(level, (by.get(level) ?? 0) + n(r.count));
  }
  return [...by].map(([value, count]) => ({ value, count }));
}

/** the seqs of a set of events: the matching ones (explore_hits) */
type Seqs = SelectQueryBuilder<SummaryDb, any, { seq: number }>;
type SummaryDb = ExploreDb & { explore_hits: { seq: number } };
const withHits = (db: Kysely<ExploreDb>) => db.withTables<{ explore_hits: { seq: number } }>();

/** events kept in a temporary table: those matching, or the rest when most match */
type Kept = 'explore_hits' | 'explore_rest';

/**
 * A set of events: every event, counted from indexes in the order of the counts
 * (migration 0011) with no test per row; many events of a temporary table, counted
 * the same way with a lookup of each row's seq in it (probe); a few, whose rows are
 * read seq by seq; or another filter's (a facet counted without its own field),
 * tested as that filter on each row.
 */
type EventSet = 'all' | { probe: Kept } | { filtered: Matching } | Seqs;

/**
 * What a view counts: a set, or most events, counted as every event's counts less
 * those of the few that do not match (explore_rest).
 */
type CountSet = EventSet | { allBut: Seqs };

/** the matching events are many: scanning every link row in order beats reading theirs and sorting */
const MANY = 0.4;
/** most events match: counting the rest costs less than counting them */
const MOST = 0.75;

const isAllBut = (set: CountSet): set is { allBut: Seqs } => typeof set === 'object' && 'allBut' in set;

/** the rows whose seq (column `seq`) is in the set */
const inSet = (seq: string, set: EventSet) => set === 'all' ? sql<boolean>`1 = 1`
  : 'probe' in set ? sql<boolean>`exists (select 1 from ${sql.table(set.probe)} h where h.seq = ${sql.ref(seq)})`
  : 'filtered' in set ? sql<boolean>`${sql.ref(seq)} in (${set.filtered.select('x.seq')})`
  : sql<boolean>`${sql.ref(seq)} in (${set})`;

/**
 * Counts of a set by key. For most events: every event's counts less the rest's,
 * values left with none dropped, in every event's order unless `order` is given
 * (the order SQL gives a set's counts).
 */
async function counted<R extends { count: unknown }>(set: CountSet, run: (s: EventSet) => Promise<R[]>, key: (r: R) => string, order?: (a: R, b: R) => number): Promise<R[]> {
  if (!isAllBut(set)) return run(set);
  const [all, rest] = await Promise.all([run('all'), run(set.allBut)]);
  const less = new Map(rest.map((r) => [key(r), n(r.count)]));
  const left = all.map((r) => ({ ...r, count: n(r.count) - (less.get(key(r)) ?? 0) })).filter((r) => r.count > 0);
  return order ? left.sort(order) : left;
}

/** strings in SQL's binary order */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** facets: most first, then by value (as SQL orders them) */
const mostFirst = (a: { value: unknown; count: unknown }, b: { value: unknown; count: unknown }) =>
  n(b.count) - n(a.count) || (String(a.value) < String(b.value) ? -1 : String(a.value) > String(b.value) ? 1 : 0);
const byKey = (...keys: string[]) => (r: Record<string, unknown>) => JSON.stringify(keys.map((k) => r[k]));

/**
 * The narrow rows (explore_events) of a set of events. Keyed by seq, they are
 * looked up by a kept set's seqs, however many: testing each event against the set
 * costs more (the link rows, clustered by seq, are tested per row when many match).
 */
const narrow = (db: Kysely<SummaryDb>, set: EventSet) => {
  const rows = db.selectFrom('explore_events as x');
  // another filter's events are its own narrow rows: no second lookup of each by seq
  if (typeof set === 'object' && 'filtered' in set) return set.filtered as unknown as typeof rows;
  return rows.where(typeof set === 'object' && 'probe' in set ? sql<boolean>`x.seq in (select seq from ${sql.table(set.probe)})` : inSet('x.seq', set));
};

/** a filter that every event passes */
const passesAll = (f: ExploreFilter) => Object.entries(f).every(([k, v]) => (k === 'q' ? !String(v ?? '').trim() : !given(v)));
const given = (v: unknown) => (Array.isArray(v) ? v.length > 0 : v !== undefined);

/** the top values of a facet with their names */
const named = (labels: Map<string, string | PlaceName>, rows: { value: string; count: unknown }[]) =>
  rows.map((r) => {
    const l = labels.get(r.value);
    return { ...r, label: l === undefined ? r.value : typeof l === 'string' ? l : l.name };
  });

/**
 * The matching events are found once, into a temporary table on one connection;
 * every view, and every facet whose own field is not in the filter, reads that set
 * instead of evaluating the filter (text, places, corroboration) again.
 */
export async function summary(db: Kysely<ExploreDb>, search: SearchDialect, dialect: SqlDialect, f: ExploreFilter, lasting: Memo, readPostings: () => Promise<ViewPostings>): Promise<Explore> {
  const matched = await matching(db, search, f);
  if (!matched) return EMPTY;
  // read before the connection below is taken: SQLite's one connection would wait on itself
  const [actors, places, postings] = await Promise.all([lasting('actors', () => actorNames(db)), lasting('places', () => placeNames(db)), lasting('postings', readPostings)]);
  // every event is in the postings' index
  const events = postings.index.size;
  const labels: Labels = { actors, places, postings, dialect };
  if (passesAll(f)) return views(db, search, f, 'all', labels);
  return db.connection().execute(async (conn) => {
    // on SQLite the seq is the table's rowid: a lookup is one b-tree search, an insert one write
    const type = sql.raw(dialect === 'sqlite' ? 'integer' : 'bigint');
    await sql`create temporary table if not exists explore_hits (seq ${type} primary key)`.execute(conn);
    try {
      await sql`delete from explore_hits`.execute(conn);
      const added = await withHits(conn).insertInto('explore_hits').columns(['seq']).expression(matched.select('x.seq')).executeTakeFirstOrThrow();
      const share = n(added.numInsertedOrUpdatedRows) / Math.max(1, events);
      if (share < MANY) return await views(conn, search, f, withHits(conn).selectFrom('explore_hits as h').select('h.seq'), labels);
      if (share < MOST) return await views(conn, search, f, { probe: 'explore_hits' }, labels);
      await sql`create temporary table if not exists explore_rest (seq ${type} primary key)`.execute(conn);
      await sql`delete from explore_rest`.execute(conn);
      await sql`insert into explore_rest (seq) select x.seq from explore_events x where not exists (select 1 from explore_hits h where h.seq = x.seq)`.execute(conn);
      return await views(conn, search, f, { allBut: withHits(conn).withTables<{ explore_rest: { seq: number } }>().selectFrom('explore_rest as r').select('r.seq') }, labels);
    } finally {
      await sql`drop table if exists explore_hits`.execute(conn);
      await sql`drop table if exists explore_rest`.execute(conn);
    }
  });
}

/** The most frequent actors of a set of events, by the number of its events they are in. */
const topActors = (members: Members, limit: number, labels: Labels) => named(labels.actors, countBy(labels.postings.actors, members).sort(mostFirst).slice(0, limit));

/** names and postings, kept while the stored reports stay the same */
type Labels = { actors: Map<string, string>; places: Map<string, PlaceName>; postings: ViewPostings; dialect: SqlDialect };

/**
 * The fields of an event's narrow row that views count by that a review or a case
 * link changes (the rest are counted from postings.ts's lists): its review state
 * and its case's corroboration as its level.
 */
type Field = 'review' | 'corroboration';
type Tally = Record<Field, string | null> & { count: number };

/**
 * A subset's events counted by those fields at once: its rows are looked up
 * once, not once per view (every event is counted from indexes in order instead).
 */
const tallyOf = (db: Kysely<SummaryDb>, set: EventSet) => narrow(db, set)
  .select(['x.review', 'x.corroboration', (eb) => eb.fn.countAll().as('count')])
  .groupBy(['x.review', 'x.corroboration']).execute()
  // grouped by the stored outlets; sumBy adds the groups of one level together
  .then((rows): Tally[] => rows.map((r) => ({ review: r.review, corroboration: String(levelOf(r.corroboration)), count: n(r.count) })));

/** the tally summed by some fields, rows with none in one of them left out, ordered by them */
function sumBy<F extends Field>(tally: Tally[], fields: F[]): (Record<F, string> & { count: number })[] {
  const by = new Map<string, Record<F, string> & { count: number }>();
  // a plain loop: the array helpers' allocations showed in profiles
  rows: for (const r of tally) {
    let key = '';
    for (let i = 0; i < fields.length; i++) {
      const v = r[fields[i]];
      if (v === null) continue rows;
      key = i === 0 ? v : `${key}\u0000${v}`;
    }
    const row = by.get(key);
    if (row) row.count += r.count;
    else by.set(key, Object.fromEntries([...fields.map((f) => [f, r[f]]), ['count', r.count]]) as Record<F, string> & { count: number });
  }
  const order = (a: Record<F, string>, b: Record<F, string>) => {
    for (const f of fields) if (a[f] !== b[f]) return a[f] < b[f] ? -1 : 1;
    return 0;
  };
  return [...by.values()].sort(order);
}

async function views(conn: Kysely<ExploreDb>, search: SearchDialect, f: ExploreFilter, hits: CountSet, labels: Labels): Promise<Explore> {
  const db = withHits(conn);
  // a facet is counted without its own field: the same set when that field is not given
  const without = async (field: keyof ExploreFilter): Promise<CountSet | null> => {
    if (!given(f[field])) return hits;
    const rest = { ...f, [field]: undefined };
    if (passesAll(rest)) return 'all';
    const m = await matching(conn, search, rest);
    return m && { filtered: m };
  };
  // a set's events as a bitmap for the views counted from postings (postings.ts): the matching ones read once
  const list = (q: SelectQueryBuilder<any, any, { seq: number }>) => db.selectFrom(q.as('s')).select(seqList(labels.dialect, sql`s.seq`).as('seqs'))
    .executeTakeFirstOrThrow().then((r) => membersOf(labels.postings, r.seqs));
  const matchingMembers = hits === 'all' ? Promise.resolve(null) : list(db.selectFrom('explore_hits as h').select('h.seq'));
  const members = (s: CountSet): Promise<Members> => (s === 'all' ? Promise.resolve(null) : typeof s === 'object' && 'filtered' in s ? list(s.filtered.select('x.seq')) : matchingMembers);
  // the network's actors are the facet's first ones when the filter names no actor
  const networkActors = matchingMembers.then((m) => topActors(m, NETWORK_ACTORS, labels));
  const cases = counted(hits, (s) => caseCountsOf(db, s), (c) => c.id!).then((rows) => shownCases(db, rows));
  const { postings } = labels;
  const tally = hits !== 'all' && !isAllBut(hits) ? tallyOf(db, hits) : null;
  /** a facet's counts: from the tally when the facet counts the matching events, else by its own query */
  const facetBy = async <R>(field: Field & keyof ExploreFilter, query: (s: CountSet) => Promise<R[]>) => {
    const s = await without(field);
    if (!s) return null;
    return s === hits && tally ? tally.then((t) => sumBy(t, [field]).map((r) => ({ value: r[field], count: r.count })).sort(mostFirst)) : query(s);
  };
  const [total, type, actor, place, sourceKind, review, corroboration, map, provinces, timeline, { timelineCases }, network] = await Promise.all([
    tally ? tally.then((t) => t.reduce((sum, r) => sum + r.count, 0))
      : counted(hits, (s) => narrow(db, s).select((eb) => eb.fn.countAll().as('count')).execute(), () => '').then((r) => n(r[0]?.count ?? 0)),
    without('type').then(async (s) => s && countBy(postings.types, await members(s)).sort(mostFirst)),
    given(f.actor) ? without('actor').then(async (s) => s && topActors(await members(s), FACET_SIZE, labels)) : networkActors.then((rows) => rows.slice(0, FACET_SIZE)),
    // one posting per event and place (migration 0011): a count of postings is a count of events
    without('place').then(async (s) => s && named(labels.places, countBy(postings.places, await members(s)).sort(mostFirst).slice(0, FACET_SIZE))),
    without('sourceKind').then(async (s) => s && countBy(postings.kinds, await members(s)).sort(mostFirst)),
    facetBy('review', (s) => counted(s, (t) => narrow(db, t).select(['x.review as value', (eb) => eb.fn.countAll().as('count')])
      .groupBy('x.review').orderBy('count', 'desc').orderBy('x.review').execute(), (r) => r.value, mostFirst)),
    // by the case's outlets as stored (every event's read from their index in order, with no sort), then as levels
    facetBy('corroboration', (s) => counted(s, (t) => narrow(db, t).select(['x.corroboration as value', (eb) => eb.fn.countAll().as('count')])
      .groupBy('x.corroboration').execute(), (r) => String(r.value)).then(levels)),
    // map points by place, then type; provinces by id
    matchingMembers.then((m) => countBy(postings.map, m).map(({ value, count }) => ({ ...value, count })).sort((a, b) => byText(a.id, b.id) || byText(a.type, b.type))),
    matchingMembers.then((m) => countBy(postings.provinces, m).map(({ value, count }) => ({ ...value, count })).sort((a, b) => byText(a.id, b.id))),
    // by month first: a span short enough for days is counted by day
    matchingMembers.then((m) => {
      const dates = (p: typeof postings.months): DateCount[] => countBy(p, m).map(({ value, count }) => ({ ...value, count }));
      const months = dates(postings.months);
      const unit = unitFor(months);
      return { unit, ...bucketed(unit === 'day' ? dates(postings.days) : months, unit) };
    }),
    cases,
    Promise.all([networkActors, cases, matchingMembers]).then(([actors, { networkCases }, m]) => networkOf(db, hits, m, actors, networkCases, labels.postings)),
  ]);

  const facet = (rows: { value: string | number; label?: string | null; count: unknown }[] | null, label = (v: string) => v): FacetValue[] =>
    (rows ?? []).map((r) => ({ value: String(r.value), label: r.label ?? label(String(r.value)), count: n(r.count) }));

  const byPlace = new Map<string, MapPlace>();
  let placed = 0;
  for (const r of map) {
    const at = labels.places.get(r.id!)!;
    const p = byPlace.get(r.id!) ?? { id: r.id!, name: at.name, level: at.level, lat: n(at.lat), lon: n(at.lon), byType: {}, count: 0 };
    p.byType[r.type] = n(r.count);
    p.count += n(r.count);
    placed += n(r.count);
    byPlace.set(r.id!, p);
  }
  const corroborationRows = (corroboration ?? []).map((r) => ({ value: String(r.value), count: n(r.count) }));
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
        .map((r) => ({ ...r, label: r.value === '0' ? 'not linked to a case' : r.value === '3' ? '3 or more independent outlets' : `${r.value} independent outlet${r.value === '1' ? '' : 's'}` })),
    },
    map: {
      places: [...byPlace.values()].sort((a, b) => b.count - a.count),
      provinces: provinces.map((p) => {
        const at = labels.places.get(p.id!)!;
        return { id: p.id!, name: at.name, lat: at.lat === null ? null : n(at.lat), lon: at.lon === null ? null : n(at.lon), count: n(p.count) };
      }),
      unplaced: total - placed,
    },
    timeline: {
      ...timeline,
      cases: timelineCases.map((c) => ({ id: c.id, title: c.title, type: c.type, from: c.date_from, to: c.date_to, corroboration: n(c.corroboration) })),
    },
    network,
  };
}

/**
 * The stored cases of a set's events, each with its corroboration (kept on its
 * events' narrow rows) and how many of them it holds: every event's from an index
 * in case order, with no case row read.
 */
const caseCountsOf = (db: Kysely<SummaryDb>, set: EventSet) => narrow(db, set).where('x.corroboration', 'is not', null)
  .select((eb) => ['x.incident_id as id', eb.fn.max('x.corroboration').as('corroboration'), eb.fn.countAll().as('count')]).groupBy('x.incident_id').execute();

type CaseCount = Awaited<ReturnType<typeof caseCountsOf>>[number];
type CaseRow = { id: string; title: string; type: string; date_from: string | null; date_to: string | null; corroboration: number; place_id: string | null; place_name: string | null; count: number };

/**
 * The cases the views show, read whole: the timeline's most corroborated and the
 * network's largest (of the set's events). The rest are only counted: a query
 * touching thousands of cases reads a few hundred case rows.
 */
async function shownCases(db: Kysely<SummaryDb>, counts: CaseCount[]): Promise<{ timelineCases: CaseRow[]; networkCases: CaseRow[] }> {
  const byId = (a: CaseCount, b: CaseCount) => (a.id! < b.id! ? -1 : 1);
  const timeline = [...counts].sort((a, b) => n(b.corroboration) - n(a.corroboration) || byId(a, b)).slice(0, TIMELINE_CASES);
  const network = [...counts].sort((a, b) => n(b.count) - n(a.count) || byId(a, b)).slice(0, NETWORK_CASES);
  const ids = [...new Set([...timeline, ...network].map((c) => c.id!))];
  const rows = ids.length === 0 ? [] : await db.selectFrom('incidents as i').where('i.id', 'in', ids)
    .select(['i.id', 'i.title', 'i.type', 'i.date_from', 'i.date_to', 'i.corroboration', 'i.place_id', 'i.place_name']).execute();
  const row = new Map(rows.map((r) => [r.id, r]));
  const whole = (c: CaseCount): CaseRow => ({ ...row.get(c.id!)!, count: n(c.count) });
  return { timelineCases: timeline.map(whole), networkCases: network.map(whole) };
}

/**
 * The most active actors of the matching events, who acts on whom, their cases and
 * the cases' places. Pairs and case links are read for those actors and cases only:
 * the graph is bounded, whatever the number of events.
 */
async function networkOf(db: Kysely<SummaryDb>, set: CountSet, members: Members, top: { value: string; label: string; count: unknown }[], most: CaseRow[], postings: ViewPostings): Promise<Explore['network']> {
  const actors = top.map((r) => ({ id: r.value, label: r.label, acts: r.count }));
  if (actors.length === 0) return { nodes: [], edges: [] };
  const keys = actors.map((a) => a.id);
  // an event is tested per row: as an IN list beside the keys' lists it would be read once per key
  const probed: CountSet = set === 'all' ? set : isAllBut(set) ? { allBut: set.allBut } : { probe: 'explore_hits' };
  const perRow = (s: EventSet): EventSet => (s === 'all' ? s : { probe: 'explore_rest' });
  const caseActs = new Map(most.map((c) => [c.id, { title: c.title, place: c.place_id, placeName: c.place_name, acts: n(c.count) }]));
  const topCases = new Set(caseActs.keys());
  // who acts on whom among those actors, in the order of the pair (agent, then target)
  const among = new Set(keys);
  const actsOn = countBy(postings.pairs, members, (pair) => among.has(pair.source) && among.has(pair.target))
    .map(({ value, count }) => ({ ...value, count })).sort((a, b) => byText(a.source, b.source) || byText(a.target, b.target));
  // the actors' matching events in those cases (each actor row carries its event's case)
  const inCase = topCases.size === 0 ? [] : await counted(probed, (s) => db.selectFrom('explore_actors as a').where('a.incident_id', 'in', [...topCases]).where('a.actor_key', 'in', keys)
    .where(inSet('a.seq', isAllBut(probed) ? perRow(s) : s))
    .select((eb) => ['a.actor_key as actor', 'a.incident_id as case', eb.fn.countAll().as('count')])
    .groupBy(['a.actor_key', 'a.incident_id']).orderBy('a.actor_key').orderBy('a.incident_id').execute(), byKey('actor', 'case'));
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
      ...inCase.map((r) => ({ source: `actor:${r.actor}`, target: `case:${r.case!}`, kind: 'in_case' as const, count: n(r.count) })),
      ...[...topCases].flatMap((id) => {
        const c = caseActs.get(id)!;
        return c.place ? [{ source: `case:${id}`, target: `place:${c.place}`, kind: 'at' as const, count: 1 }] : [];
      }),
    ],
  };
}
