// What the record holds about one actor, place or source: the names the reports
// gave it (first and last report date), its acts by type and role, and the cases
// those acts are in. The canon's and gazetteer's names are added by the API.
import { sql, type Kysely } from 'kysely';
import { normName } from '../names.js';
import type { SearchDialect } from '../search-dialect.js';
import { matching, withCase, type ExploreDb, type Matching } from './filter.js';
import type { ActorRecord, CaseRef, EntityActs, PlaceRecord, RecordName, SourceRecord } from './port.js';

const CASES = 100;
const n = (v: unknown) => Number(v);

/** Acts by type and the cases of the matching events, most corroborated first. */
async function actsAndCases(m: Matching): Promise<{ acts: EntityActs; cases: CaseRef[] }> {
  const [byType, cases] = await Promise.all([
    m.select((eb) => ['x.type', eb.fn.countAll().as('count')]).groupBy('x.type').orderBy('count', 'desc').orderBy('x.type').execute(),
    withCase(m).select(['i.id', 'i.title', 'i.type', 'i.date_from', 'i.date_to', 'i.corroboration']).distinct()
      .orderBy('i.corroboration', 'desc').orderBy('i.id').limit(CASES).execute(),
  ]);
  return {
    acts: { total: byType.reduce((s, r) => s + n(r.count), 0), byType: byType.map((r) => ({ type: r.type, count: n(r.count) })) },
    cases: cases.map((c) => ({ id: c.id, title: c.title, type: c.type, from: c.date_from, to: c.date_to, corroboration: n(c.corroboration) })),
  };
}

const named = (rows: { name: string; first: string | null; last: string | null; reports: unknown }[]): RecordName[] =>
  rows.map((r) => ({ name: r.name, first: r.first, last: r.last, reports: n(r.reports) }));

export async function actorRecord(db: Kysely<ExploreDb>, search: SearchDialect, id: string): Promise<ActorRecord | null> {
  // an actor outside the canon is "<kind>:<name>", its name compared as the store keeps it
  const kindName = /^([a-z]+):(.+)$/.exec(id);
  const key = kindName ? `${kindName[1]}:${normName(kindName[2])}` : id;
  const names = await db.selectFrom('actors as a').innerJoin('reports as r', 'r.seq', 'a.report_seq').where('a.key', '=', key)
    .select((eb) => ['a.name', eb.fn.max('a.kind').as('kind'), eb.fn.max('a.canon_id').as('canonId'), eb.fn.min('r.published').as('first'), eb.fn.max('r.published').as('last'), eb.fn.count('a.report_seq').distinct().as('reports')])
    .groupBy('a.name').orderBy('reports', 'desc').orderBy('a.name').execute();
  if (names.length === 0) return null;
  const [{ acts, cases }, roles] = await Promise.all([
    matching(db, search, { actor: [key] }).then((m) => actsAndCases(m!)),
    db.selectFrom('event_participants').where('actor_key', '=', key)
      .select((eb) => ['role', eb.fn.countAll().as('count')]).groupBy('role').orderBy('count', 'desc').execute(),
  ]);
  return {
    key, name: names[0].name, kind: String(names[0].kind), canonId: (names.find((r) => r.canonId)?.canonId as string | undefined) ?? null,
    names: named(names), acts: { ...acts, byRole: roles.map((r) => ({ role: r.role, count: n(r.count) })) }, cases,
  };
}

export async function placeRecord(db: Kysely<ExploreDb>, search: SearchDialect, id: string): Promise<PlaceRecord | null> {
  const names = await db.selectFrom('places as p').innerJoin('reports as r', 'r.seq', 'p.report_seq').where('p.place_id', '=', id)
    .select((eb) => ['p.name', eb.fn.max('p.level').as('level'), eb.fn.max('p.parent').as('parent'), eb.fn.min('r.published').as('first'), eb.fn.max('r.published').as('last'), eb.fn.count('p.report_seq').distinct().as('reports')])
    .groupBy('p.name').orderBy('reports', 'desc').orderBy('p.name').execute();
  // a province no report names may still hold events at its cities
  const { acts, cases } = await matching(db, search, { place: [id] }).then((m) => actsAndCases(m!));
  if (names.length === 0 && acts.total === 0) return null;
  // places the reports name whose parent is this one
  const inside = await db.selectFrom('places').where('parent', '=', id).select('place_id').distinct().execute();
  return {
    id, name: names[0]?.name ?? null, level: (names[0]?.level as string | undefined) ?? null, parent: (names[0]?.parent as string | null | undefined) ?? null,
    names: named(names), acts, cases, insideIds: inside.map((r) => r.place_id),
  };
}

/** Events at each of the places (their own or anything inside them). */
export async function eventsAt(db: Kysely<ExploreDb>, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('event_places').where('place_id', 'in', ids)
    .select((eb) => ['place_id', eb.fn.countAll().as('count')]).groupBy('place_id').execute();
  return new Map(rows.map((r) => [r.place_id, n(r.count)]));
}

/** One source of one report and the acts it supports; its descriptor is read apart (Store.listSources), for roles that may see it. */
export async function sourceRecord(db: Kysely<ExploreDb>, reportId: string, sourceId: string): Promise<SourceRecord | null> {
  const s = await db.selectFrom('sources as s').innerJoin('reports as r', 'r.seq', 's.report_seq')
    .leftJoin('places as p', (j) => j.onRef('p.report_seq', '=', 's.report_seq').onRef('p.place_id', '=', 's.place_id'))
    .where('r.id', '=', reportId).where('s.source_id', '=', sourceId)
    .select(['s.report_seq', 's.kind', 's.location', 's.place_id', 'p.name as place_name', 'r.title', 'r.outlet', 'r.published'])
    .executeTakeFirst();
  if (!s) return null;
  const [events, claims] = await Promise.all([
    db.selectFrom('event_sources as es').innerJoin('events as e', (j) => j.onRef('e.report_seq', '=', 'es.report_seq').onRef('e.event_id', '=', 'es.event_id'))
      .where('es.report_seq', '=', s.report_seq).where('es.source_id', '=', sourceId)
      .select(['e.event_id', 'e.type', 'e.date_value', 'e.modality', 'e.actor_names']).orderBy('e.seq').execute(),
    db.selectFrom('claims').where('report_seq', '=', s.report_seq).where('speaker_source_id', '=', sourceId)
      .select(sql<number>`count(*)`.as('count')).executeTakeFirstOrThrow(),
  ]);
  return {
    reportId, sourceId, kind: s.kind, location: s.location, placeId: s.place_id, placeName: s.place_name ?? null,
    report: { id: reportId, title: s.title, outlet: s.outlet, published: s.published },
    events: events.map((e) => ({ id: e.event_id, type: e.type, date: e.date_value, modality: e.modality, actorNames: JSON.parse(e.actor_names) as string[] })),
    claims: n(claims.count),
  };
}
