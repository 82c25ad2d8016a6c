// The events of each actor, place, source kind and actor pair (the link rows of
// migration 0011), and of each type, map place, province and date (the narrow
// rows' fields that only an event's report sets), read whole into memory as lists
// of events. Counted in SQL, a view of many matching events was a scan of a link
// table with a lookup per row, or a sort of the matching rows by value (those
// views were most of a cold summary); here a set of events is a bitmap and each
// view a pass over these lists. An event is named by its place among the stored
// events in seq order, not by its seq: a bitmap is as long as the events are many,
// however sparse or large the seqs (PostgreSQL's are bigint). The lists change only
// with the stored reports; reports added (an ingest beside the server) are read on
// to the end of the lists, and only a removal or a re-extraction reads them again.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { SqlDialect } from '../migrations/index.js';
import type { ExploreDb } from './filter.js';

/** events by value: `events[i]` are the events (indexes into EventIndex) holding `values[i]` (a string, or a row of fields) */
export interface Postings<V = string> { values: V[]; events: Int32Array[] }

type DateKey = { date: string | null; precision: string; type: string };

/** what the summary's views count by, each as postings */
export interface ViewPostings {
  actors: Postings;
  places: Postings;
  kinds: Postings;
  /** who acts on whom */
  pairs: Postings<{ source: string; target: string }>;
  types: Postings;
  map: Postings<{ id: string; type: string }>;
  provinces: Postings<{ id: string }>;
  /** by the month of the date as given (or the day), its precision and the event's type */
  months: Postings<DateKey>;
  days: Postings<DateKey>;
  /** the events' seqs: a bitmap of events is as long as this */
  index: EventIndex;
}

/** a set of events as a bitmap by index; null is every event */
export type Members = Uint8Array | null;

/** the seqs of a query's rows (column `seq`) joined with commas, in one row */
export const seqList = (dialect: SqlDialect, column: RawBuilder<unknown>) =>
  dialect === 'sqlite' ? sql<string | null>`group_concat(${column}, ',')` : sql<string | null>`string_agg(cast(${column} as text), ',')`;

/** Calls `each` with every number of a comma-separated list, read from its characters (no string per number). */
function eachNumber(list: string | null, each: (n: number) => void): void {
  if (!list) return;
  let n = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list.charCodeAt(i);
    if (c === 44) { each(n); n = 0; } else n = n * 10 + (c - 48);
  }
  each(n);
}

/** Every stored event's seq in order; an event's index is its place in it. */
export class EventIndex {
  /** index by seq - first, when the seqs are dense enough for a table of the span */
  private readonly slots: Int32Array | null;
  constructor(readonly seqs: Float64Array) {
    const first = seqs[0] ?? 0, span = seqs.length === 0 ? 0 : seqs[seqs.length - 1]! - first + 1;
    this.slots = span <= 4 * seqs.length + 1024 ? new Int32Array(span).fill(-1) : null;
    if (this.slots) for (let i = 0; i < seqs.length; i++) this.slots[seqs[i]! - first] = i;
  }
  get size() { return this.seqs.length; }
  get last() { return this.seqs[this.seqs.length - 1] ?? 0; }
  /** the event's index, -1 when the seq is not among the events */
  of(seq: number): number {
    const { seqs, slots } = this;
    if (slots) {
      const k = seq - (seqs[0] ?? 0);
      return k >= 0 && k < slots.length ? slots[k]! : -1;
    }
    let lo = 0, hi = seqs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (seqs[mid]! < seq) lo = mid + 1;
      else if (seqs[mid]! > seq) hi = mid - 1;
      else return mid;
    }
    return -1;
  }
  /** this index with the seqs after its last appended */
  extended(more: Float64Array): EventIndex {
    const seqs = new Float64Array(this.seqs.length + more.length);
    seqs.set(this.seqs);
    seqs.set(more, this.seqs.length);
    return new EventIndex(seqs);
  }
}

/** The seqs of a list in order. */
function sortedSeqs(list: string | null): Float64Array {
  let count = 0;
  eachNumber(list, () => count++);
  const out = new Float64Array(count);
  let i = 0, sorted = true;
  eachNumber(list, (n) => { if (i > 0 && out[i - 1]! > n) sorted = false; out[i++] = n; });
  return sorted ? out : out.sort();
}

/** The indexes of a list's seqs among the events, seqs not among them (stored after the index was read) left out. */
function indexesOf(index: EventIndex, list: string | null): Int32Array {
  let count = 0;
  eachNumber(list, () => count++);
  const out = new Int32Array(count);
  let i = 0;
  eachNumber(list, (seq) => { const at = index.of(seq); if (at >= 0) out[i++] = at; });
  return i === out.length ? out : out.slice(0, i);
}

/** Each view's postings of the events with seq above `after` (all when null), as indexes into `index`. */
async function readViews(db: Kysely<ExploreDb>, dialect: SqlDialect, index: EventIndex, after: number | null): Promise<Omit<ViewPostings, 'index'>> {
  const seqs = seqList(dialect, sql`seq`);
  const since = after === null ? sql`` : sql`where seq > ${after}`;
  const and = after === null ? sql`where` : sql`${since} and`;
  const read = async (table: string, value: RawBuilder<string>): Promise<Postings> => {
    const { rows } = await sql<{ value: string; seqs: string | null }>`select ${value} as value, ${seqs} as seqs from ${sql.table(table)} ${since} group by ${value}`.execute(db);
    return { values: rows.map((r) => r.value), events: rows.map((r) => indexesOf(index, r.seqs)) };
  };
  /** a table's rows by some fields (`columns`, as `fields` name them), those with none in the first left out when `placed` */
  const readRows = async <V>(table: string, columns: RawBuilder<unknown>[], fields: string[], placed: boolean): Promise<Postings<V>> => {
    const { rows } = await sql<Record<string, unknown>>`select ${sql.join(columns.map((c, i) => sql`${c} as ${sql.ref(fields[i]!)}`))}, ${seqs} as seqs
      from ${sql.table(table)} ${placed ? sql`${and} ${columns[0]} is not null` : since} group by ${sql.join(columns)}`.execute(db);
    return { values: rows.map((r) => Object.fromEntries(fields.map((f) => [f, r[f]])) as V), events: rows.map((r) => indexesOf(index, r.seqs as string | null)) };
  };
  // one at a time: SQLite's one connection, and each read is a whole table
  const actors = await read('explore_actors', sql`actor_key`);
  const places = await read('explore_places', sql`place_id`);
  const kinds = await read('explore_kinds', sql`kind`);
  const pairs = await readRows<{ source: string; target: string }>('explore_pairs', [sql`agent_key`, sql`target_key`], ['source', 'target'], false);
  const map = await readRows<{ id: string; type: string }>('explore_events', [sql`map_place`, sql`type`], ['id', 'type'], true);
  const provinces = await readRows<{ id: string }>('explore_events', [sql`province`], ['id'], true);
  // months and types are the days' lists put together: one read and one sort of the events, not three
  const days = await readRows<DateKey>('explore_events', [sql`substr(date_value, 1, 10)`, sql`date_precision`, sql`type`], ['date', 'precision', 'type'], false);
  const months = grouped(days, (d): DateKey => ({ date: d.date === null ? null : d.date.slice(0, 7), precision: d.precision, type: d.type }));
  return { actors, places, kinds, pairs, types: grouped(days, (d) => d.type), map, provinces, months, days };
}

/** the stored events' seqs above `after` (all when null), in order */
const eventSeqs = async (db: Kysely<ExploreDb>, dialect: SqlDialect, after: number | null) =>
  sortedSeqs((await sql<{ seqs: string | null }>`select ${seqList(dialect, sql`seq`)} as seqs from explore_events ${after === null ? sql`` : sql`where seq > ${after}`}`.execute(db)).rows[0]?.seqs ?? null);

async function viewPostings(db: Kysely<ExploreDb>, dialect: SqlDialect): Promise<ViewPostings> {
  const index = new EventIndex(await eventSeqs(db, dialect, null));
  return { ...(await readViews(db, dialect, index, null)), index };
}

/** a value's key: the value, or its fields in order */
const keyOf = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/** The lists as one, a single list as it is. */
function joined(lists: Int32Array[]): Int32Array {
  if (lists.length === 1) return lists[0]!;
  const out = new Int32Array(lists.reduce((sum, l) => sum + l.length, 0));
  let at = 0;
  for (const l of lists) { out.set(l, at); at += l.length; }
  return out;
}

/** Postings by another value (`to` of each): the lists of values that become equal are joined. */
function grouped<W, V>(p: Postings<W>, to: (value: W) => V): Postings<V> {
  const at = new Map<string, number>();
  const values: V[] = [], lists: Int32Array[][] = [];
  for (let i = 0; i < p.values.length; i++) {
    const v = to(p.values[i]!), key = keyOf(v);
    let j = at.get(key);
    if (j === undefined) { at.set(key, j = values.length); values.push(v); lists.push([]); }
    lists[j]!.push(p.events[i]!);
  }
  return { values, events: lists.map(joined) };
}

/** Postings with more events' postings appended: a value's list grows, a new value is added at the end. */
const appended = <V>(kept: Postings<V>, more: Postings<V>): Postings<V> =>
  (more.values.length === 0 ? kept : grouped({ values: [...kept.values, ...more.values], events: [...kept.events, ...more.events] }, (v) => v));

/**
 * The postings of the events stored now, from those read before when events were
 * only added since (every kept event still there, none re-written): the new ones'
 * rows alone are read and appended. Kept postings are never changed in place, as a
 * summary counting with them may still be running.
 */
async function postingsSince(db: Kysely<ExploreDb>, dialect: SqlDialect, kept: ViewPostings): Promise<ViewPostings> {
  const last = kept.index.last;
  const more = await eventSeqs(db, dialect, last);
  if (more.length === 0) return kept;
  const index = kept.index.extended(more);
  const added = await readViews(db, dialect, index, last);
  const views = Object.fromEntries(Object.entries(added).map(([k, p]) => [k, appended(kept[k as keyof typeof added] as Postings<unknown>, p as Postings<unknown>)]));
  return { ...(views as Omit<ViewPostings, 'index'>), index };
}

/**
 * The postings, kept from one call to the next: read whole the first time, and
 * after a removal or re-extraction (some kept event gone or re-written); else the
 * events stored since are read on. Calls are taken one at a time.
 */
export function keptPostings(db: Kysely<ExploreDb>, dialect: SqlDialect): () => Promise<ViewPostings> {
  const writes = () => sql<{ generation: unknown }>`select generation from event_writes`.execute(db).then((r) => String(r.rows[0]?.generation));
  let kept: Promise<{ postings: ViewPostings; writes: string }> | null = null;
  const refresh = async (last: { postings: ViewPostings; writes: string } | null) => {
    const now = await writes();
    if (last && last.writes === now) {
      const { index } = last.postings;
      // PostgreSQL may commit a lower seq after a higher one: then the events up to the last kept are more than kept
      const { rows } = await sql<{ n: unknown }>`select count(*) as n from explore_events where seq <= ${index.last}`.execute(db);
      if (Number(rows[0]?.n) === index.size) return { postings: await postingsSince(db, dialect, last.postings), writes: now };
    }
    return { postings: await viewPostings(db, dialect), writes: now };
  };
  return () => {
    const next = (kept ?? Promise.resolve(null)).catch(() => null).then(refresh);
    kept = next;
    return next.then((k) => k.postings);
  };
}

/** The events of a list of seqs (one string, as `seqList` gives it) as a bitmap over the postings' events. */
export function membersOf(p: ViewPostings, list: string | null): Uint8Array {
  const members = new Uint8Array(p.index.size);
  eachNumber(list, (seq) => { const at = p.index.of(seq); if (at >= 0) members[at] = 1; });
  return members;
}

/** Each value's number of member events, values with none left out; `keep` picks the values counted. */
export function countBy<V>(p: Postings<V>, members: Members, keep?: (value: V) => boolean): { value: V; count: number }[] {
  const out: { value: V; count: number }[] = [];
  for (let i = 0; i < p.values.length; i++) {
    if (keep && !keep(p.values[i]!)) continue;
    const events = p.events[i]!;
    let count = 0;
    if (members === null) count = events.length;
    else for (let j = 0; j < events.length; j++) count += members[events[j]!]!;
    if (count > 0) out.push({ value: p.values[i]!, count });
  }
  return out;
}
