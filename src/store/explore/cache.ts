// Answers of the explore views kept per store generation: a query asked again
// while nothing it reads has changed is answered from memory. The generation is
// read from the database on every call (a few index lookups), so writes by any
// process (an ingest or link run beside the server, a review) are seen at once.
import { sql, type Kysely } from 'kysely';
import type { ExploreDb } from './filter.js';

/**
 * What every explore answer depends on: reports and events (saved, re-extracted or
 * removed), their case links, review decisions and people's case decisions. Events
 * re-written may get their old seqs (SQLite), so a re-extraction also moves
 * event_writes on.
 */
const GENERATION = sql<Record<string, unknown>>`select
  (select max(seq) from reports) as reports_seq, (select count(*) from reports) as reports,
  (select max(seq) from events) as events_seq, (select count(*) from events) as events,
  (select generation from event_writes) as event_writes,
  (select max(seq) from link_events) as links_seq, (select count(*) from link_events) as links,
  (select max(seq) from review_decisions) as review_seq,
  (select max(seq) from incident_decisions) as case_seq`;

/** what the names of actors and places depend on: the stored reports alone, not cases or reviews */
const REPORTS = ['reports_seq', 'reports', 'events_seq', 'events', 'event_writes'];

/** an answer kept for the key, else computed (and kept) */
export type Memo = <T>(key: string, compute: () => Promise<T>) => Promise<T>;

export interface Cached extends Memo {
  /** the answer kept for the key in this generation, when there is one, without computing it */
  peek<T>(key: string): Promise<T> | undefined;
  /**
   * Answers kept while the stored reports stay the same (a review or a case link
   * leaves them), for the generation read now: the memo reads no generation
   * itself, so it may be used on a connection held for one summary.
   */
  byReports(): Promise<Memo>;
}

/** answers by key, the least recently used dropped beyond `size` */
function answers(size: number) {
  const kept = new Map<string, Promise<unknown>>();
  return {
    clear: () => kept.clear(),
    peek: <T>(key: string) => kept.get(key) as Promise<T> | undefined,
    get<T>(key: string, compute: () => Promise<T>): Promise<T> {
      let hit = kept.get(key) as Promise<T> | undefined;
      if (hit) {
        kept.delete(key); // re-inserted below: Map order is recency order
      } else {
        hit = compute();
        hit.catch(() => kept.delete(key));
      }
      kept.set(key, hit);
      if (kept.size > size) kept.delete(kept.keys().next().value!);
      return hit;
    },
  };
}

export function generationCache(db: Kysely<ExploreDb>, size = 64): Cached {
  let generation: string | null = null;
  let reportsGeneration: string | null = null;
  const current = answers(size), lasting = answers(size);
  const refresh = async () => {
    const row = (await GENERATION.execute(db)).rows[0]!;
    const now = JSON.stringify(row), reports = JSON.stringify(REPORTS.map((k) => row[k]));
    if (now !== generation) current.clear();
    if (reports !== reportsGeneration) lasting.clear();
    generation = now;
    reportsGeneration = reports;
  };
  const cached = async <T>(key: string, compute: () => Promise<T>) => {
    await refresh();
    return current.get(key, compute);
  };
  return Object.assign(cached, {
    peek: <T>(key: string) => current.peek<T>(key),
    byReports: async (): Promise<Memo> => {
      await refresh();
      return (key, compute) => lasting.get(key, compute);
    },
  });
}
