// Actors, places and sources across reports, with how many reports mention each.
import { sql, type Kysely } from 'kysely';
import { contexts, type Protection } from './crypto/protection.js';
import { containsPattern } from './names.js';
import type { NamedCount } from './port.js';
import { paging } from './paging.js';
import type { Database } from './schema.js';

type ListOpts = { q?: string; limit?: number };

export async function listActors(db: Kysely<Database>, opts: ListOpts): Promise<NamedCount[]> {
  const { limit } = paging(opts, 100);
  const rows = await db.selectFrom('actors as a')
    .select((eb) => ['a.key as id', eb.fn.max('a.name').as('name'), eb.fn.max('a.kind').as('kind'), eb.fn.count<number>('a.report_seq').distinct().as('reports')])
    .$if(!!opts.q?.trim(), (qb) => qb.where('a.key', 'in', namesLike(db, 'actor', opts.q!)))
    .groupBy('a.key').orderBy('reports', 'desc').orderBy('name').limit(limit).execute();
  return rows.map((r) => ({ ...r, reports: Number(r.reports) }));
}

export async function listPlaces(db: Kysely<Database>, opts: ListOpts): Promise<NamedCount[]> {
  const { limit } = paging(opts, 100);
  const rows = await db.selectFrom('places as p')
    .select((eb) => ['p.place_id as id', eb.fn.max('p.name').as('name'), eb.fn.max('p.level').as('kind'), eb.fn.count<number>('p.report_seq').distinct().as('reports')])
    .$if(!!opts.q?.trim(), (qb) => qb.where('p.place_id', 'in', namesLike(db, 'place', opts.q!)))
    .groupBy('p.place_id').orderBy('reports', 'desc').orderBy('name').limit(limit).execute();
  return rows.map((r) => ({ ...r, reports: Number(r.reports) }));
}

function namesLike(db: Kysely<Database>, entity: 'actor' | 'place', q: string) {
  return db.selectFrom('entity_names').select('key').where('entity', '=', entity)
    .where(sql<boolean>`name_norm like ${containsPattern(q)} escape '\\'`);
}

export async function listSources(db: Kysely<Database>, p: Protection, opts: { reportId?: string; limit?: number }) {
  const { limit } = paging(opts, 100);
  const rows = await db.selectFrom('sources as s')
    .innerJoin('source_descriptors as d', (j) => j.onRef('d.report_seq', '=', 's.report_seq').onRef('d.source_id', '=', 's.source_id'))
    .innerJoin('reports as r', 'r.seq', 's.report_seq')
    .select(['s.source_id as id', 'r.id as reportId', 'd.descriptor', 's.location', 's.kind'])
    .$if(opts.reportId !== undefined, (qb) => qb.where('r.id', '=', opts.reportId!))
    .orderBy('s.report_seq').orderBy('s.source_id').limit(limit).execute();
  return rows.map((r) => ({ ...r, descriptor: p.openText(r.descriptor, contexts.descriptor(r.reportId, r.id)) }));
}
