// Names of every actor key and place id as the explore views label them, read
// whole: a few thousand keys, whose rows (one per report naming them) would be
// scanned again for every summary's top values. They change only with the stored
// reports, so the explore store keeps them until a report is saved or removed.
import type { Kysely } from 'kysely';
import type { ExploreDb } from './filter.js';

export interface PlaceName { name: string; level: string; lat: number | null; lon: number | null }

export async function actorNames(db: Kysely<ExploreDb>): Promise<Map<string, string>> {
  const rows = await db.selectFrom('actors').select((eb) => ['key', eb.fn.max('name').as('name')]).groupBy('key').execute();
  return new Map(rows.map((r) => [r.key, String(r.name)]));
}

export async function placeNames(db: Kysely<ExploreDb>): Promise<Map<string, PlaceName>> {
  const rows = await db.selectFrom('places')
    .select((eb) => ['place_id', eb.fn.max('name').as('name'), eb.fn.max('level').as('level'), eb.fn.max('lat').as('lat'), eb.fn.max('lon').as('lon')])
    .groupBy('place_id').execute();
  return new Map(rows.map((r) => [r.place_id, { name: String(r.name), level: String(r.level), lat: r.lat as number | null, lon: r.lon as number | null }]));
}
