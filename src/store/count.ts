// Totals of lists and searches, counted up to a cap: past it a page says "10,000+"
// instead of counting every match, so a common word costs what a rare one does.
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { Database } from './schema.js';

export const COUNT_CAP = 10_000;
/** searches with at most this many matches are ranked by relevance; more are listed newest first (ranking reads every match) */
export const RANKED = 2000;

/** How a search's matches are ordered: by relevance while few enough to rank, else newest first. */
export function searchOrder(total: number): 'relevance' | 'newest' {
  return total > RANKED ? 'newest' : 'relevance';
}

/** The rows of a query counted up to the cap; capped when there are more. */
export async function cappedCount(db: Kysely<Database>, rows: SelectQueryBuilder<any, any, any>, cap = COUNT_CAP): Promise<{ total: number; totalCapped?: true }> {
  const { n } = await db.selectFrom(rows.select(sql`1`.as('one')).limit(cap + 1).as('c'))
    .select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(n) > cap ? { total: cap, totalCapped: true } : { total: Number(n) };
}
