// Bulk writes of the link tables' keys (their other rows go in through insert-rows.ts).
import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../insert-rows.js';
import type { LinkTables } from './schema.js';

type Db = Kysely<LinkTables>;

/**
 * Writes (key, seq) pairs, given flat, as one JSON parameter per 20,000: far cheaper
 * than row-by-row values for the millions of keys of a run from scratch. Sorted by
 * key first, so SQLite appends to its b-tree instead of jumping around in it.
 */
export async function insertKeyPairs(db: Db, table: 'link_keys' | 'link_blocks', flat: ArrayLike<number>): Promise<void> {
  if (flat.length === 0) return;
  const order = Uint32Array.from({ length: flat.length / 2 }, (_, i) => i).sort((a, b) => flat[2 * a] - flat[2 * b] || flat[2 * a + 1] - flat[2 * b + 1]);
  const ref = table === 'link_keys' ? 'report_seq' : 'event_seq';
  const pg = isPostgres(db);
  for (let i = 0; i < order.length; i += 20_000) {
    const json = JSON.stringify(Array.from(order.subarray(i, i + 20_000), (j) => [flat[2 * j], flat[2 * j + 1]]));
    const rows = pg
      ? sql`select (e->>0)::integer, (e->>1)::bigint from json_array_elements(${json}::json) e`
      // SQLite needs a WHERE before ON CONFLICT to parse an INSERT ... SELECT
      : sql`select value ->> 0, value ->> 1 from json_each(${json}) where true`;
    // a key repeated for the same report or event (a 32-bit collision) is one posting
    await sql`insert into ${sql.table(table)} (key, ${sql.ref(ref)}) ${rows} on conflict do nothing`.execute(db);
  }
}
