// The events of each actor, place, source kind and actor pair (the link rows of
// migration 0011), and of each type, map place, province and date (the narrow
// rows' fields that only an event's report sets), read whole into memory as lists
// of seqs. Counted in SQL, a view of many matching events was a scan of a link
// table with a lookup per row, or a sort of the matching rows by value (those
// views were most of a cold summary); here a set of events is a bitmap and each
// view a pass over these lists. They change only with the stored reports, so the
// explore store keeps them until a report is saved or removed, as it keeps names:
// each list is read as one string per value.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { SqlDialect } from '../migrations/index.js';
import type { ExploreDb } from './filter.js';

/** seqs by value: `seqs[i]` are the events holding `values[i]` (a string, or a row of fields) */
export interface Postings<V = string> { values: V[]; seqs: Int32Array[] }

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
  /** the greatest seq of any event: a bitmap of events is this long */
  maxSeq: number;
}

/** a set of events as a bitmap by seq; null is every event */
export type Members = Uint8Array | null;

/** the seqs of a query's rows (column `seq`) joined with commas, in one row */
export const seqList = (dialect: SqlDialect, column: RawBuilder<unknown>) =>
  dialect === 'sqlite' ? sql<string | null>`group_concat(${column}, ',')` : sql<string | null>`string_agg(cast(${column} as text), ',')`;

const parse = (list: string | null): Int32Array => {
  if (!list) return new Int32Array(0);
  const parts = list.split(',');
  const out = new Int32Array(parts.length);
  for (let i = 0; i < parts.length; i++) out[i] = Number(parts[i]);
  return out;
};

export async function viewPostings(db: Kysely<ExploreDb>, dialect: SqlDialect): Promise<ViewPostings> {
  const seqs = seqList(dialect, sql`seq`);
  const read = async (table: string, value: RawBuilder<string>): Promise<Postings> => {
    const { rows } = await sql<{ value: string; seqs: string | null }>`select ${value} as value, ${seqs} as seqs from ${sql.table(table)} group by ${value}`.execute(db);
    return { values: rows.map((r) => r.value), seqs: rows.map((r) => parse(r.seqs)) };
  };
  /** a table's rows by some fields (`columns`, as `fields` name them), those with none in the first left out when `placed` */
  const readRows = async <V>(table: string, columns: RawBuilder<unknown>[], fields: string[], placed: boolean): Promise<Postings<V>> => {
    const { rows } = await sql<Record<string, unknown>>`select ${sql.join(columns.map((c, i) => sql`${c} as ${sql.ref(fields[i]!)}`))}, ${seqs} as seqs
      from ${sql.table(table)} ${placed ? sql`where ${columns[0]} is not null` : sql``} group by ${sql.join(columns)}`.execute(db);
    return { values: rows.map((r) => Object.fromEntries(fields.map((f) => [f, r[f]])) as V), seqs: rows.map((r) => parse(r.seqs as string | null)) };
  };
  const byDate = (length: number) => readRows<DateKey>('explore_events', [sql`substr(date_value, 1, ${sql.lit(length)})`, sql`date_precision`, sql`type`], ['date', 'precision', 'type'], false);
  // one at a time: SQLite's one connection, and each read is a whole table
  const actors = await read('explore_actors', sql`actor_key`);
  const places = await read('explore_places', sql`place_id`);
  const kinds = await read('explore_kinds', sql`kind`);
  const pairs = await readRows<{ source: string; target: string }>('explore_pairs', [sql`agent_key`, sql`target_key`], ['source', 'target'], false);
  const types = await read('explore_events', sql`type`);
  const map = await readRows<{ id: string; type: string }>('explore_events', [sql`map_place`, sql`type`], ['id', 'type'], true);
  const provinces = await readRows<{ id: string }>('explore_events', [sql`province`], ['id'], true);
  const [months, days] = [await byDate(7), await byDate(10)];
  let maxSeq = 0;
  for (const list of types.seqs) for (let i = 0; i < list.length; i++) if (list[i]! > maxSeq) maxSeq = list[i]!;
  return { actors, places, kinds, pairs, types, map, provinces, months, days, maxSeq };
}

/** The events of a list of seqs (one string, as `seqList` gives it) as a bitmap over the postings' seqs. */
export function membersOf(p: ViewPostings, list: string | null): Uint8Array {
  const members = new Uint8Array(p.maxSeq + 1);
  for (const seq of parse(list)) if (seq <= p.maxSeq) members[seq] = 1;
  return members;
}

/** Each value's number of member events, values with none left out; `keep` picks the values counted. */
export function countBy<V>(p: Postings<V>, members: Members, keep?: (value: V) => boolean): { value: V; count: number }[] {
  const out: { value: V; count: number }[] = [];
  for (let i = 0; i < p.values.length; i++) {
    if (keep && !keep(p.values[i]!)) continue;
    const seqs = p.seqs[i]!;
    let count = 0;
    if (members === null) count = seqs.length;
    else for (let j = 0; j < seqs.length; j++) count += members[seqs[j]!]!;
    if (count > 0) out.push({ value: p.values[i]!, count });
  }
  return out;
}
