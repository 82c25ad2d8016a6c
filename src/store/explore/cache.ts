// Answers of the explore views kept per store generation: a query asked again
// while nothing it reads has changed is answered from memory. The generation is
// read from the database on every call (a few index lookups), so writes by any
// process (an ingest or link run beside the server, a review) are seen at once.
import { sql, type Kysely } from 'kysely';
import type { ExploreDb } from './filter.js';

/**
 * What every explore answer depends on: events (saved, re-extracted or removed),
 * their case links, review decisions and people's case decisions.
 */
const GENERATION = sql<Record<string, unknown>>`select
  (select max(seq) from events) as events_seq, (select count(*) from events) as events,
  (select max(seq) from link_events) as links_seq, (select count(*) from link_events) as links,
  (select max(seq) from review_decisions) as review_seq,
  (select max(seq) from incident_decisions) as case_seq`;

export type Cached = <T>(key: string, compute: () => Promise<T>) => Promise<T>;

export function generationCache(db: Kysely<ExploreDb>, size = 64): Cached {
  let generation: string | null = null;
  const answers = new Map<string, Promise<unknown>>();
  return async <T>(key: string, compute: () => Promise<T>): Promise<T> => {
    const now = JSON.stringify((await GENERATION.execute(db)).rows[0]);
    if (now !== generation) {
      answers.clear();
      generation = now;
    }
    let hit = answers.get(key) as Promise<T> | undefined;
    if (hit) {
      answers.delete(key); // re-inserted below: Map order is recency order
    } else {
      hit = compute();
      hit.catch(() => answers.delete(key));
    }
    answers.set(key, hit);
    if (answers.size > size) answers.delete(answers.keys().next().value!);
    return hit;
  };
}
