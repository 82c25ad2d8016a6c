// Many rows into one table from their JSON text (row-json.ts), which this thread never
// walks on PostgreSQL: there one statement takes the rows as one JSON parameter and
// the database unpacks the array itself (json_populate_recordset), short SQL the same
// each time, where multi-row VALUES were thousands of parameters to send and parse.
// SQLite runs in this thread, and unpacking JSON (json_each, then each column out of
// each row's object) cost it about as much as storing the rows: there the text is
// parsed here and the values bound to multi-row VALUES (insert-rows.ts), which, at
// 10,000 reports, took a fifth less of this thread's time.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { insertFlat, isPostgres, rowsCached } from './insert-rows.js';

/** Characters of JSON per statement: bounds the text held at once. */
const MAX_CHARS = 4 << 20;


/**
 * Inserts rows given as JSON objects (keys are column names; a missing key or null
 * is NULL) into `table`, skipping rows that conflict on `skipConflicts` (true: on
 * any unique key), and returns the `returning` columns of the rows inserted. Only
 * text, numbers and null cross JSON: binary columns are written otherwise.
 */
export async function insertJsonObjects<R = unknown>(db: Kysely<any>, table: string, columns: readonly string[], objects: readonly string[], opts: { skipConflicts?: true | string[]; returning?: string[] } = {}): Promise<R[]> {
  if (!isPostgres(db)) {
    const values: unknown[] = [];
    for (const json of objects) pushValues(values, JSON.parse(json), columns);
    const skip = opts.skipConflicts;
    const tail = `${skip ? `on conflict ${skip === true ? '' : `(${skip.join(',')})`} do nothing` : ''} ${opts.returning ? `returning ${opts.returning.join(',')}` : ''}`;
    return insertFlat<R>(db, table, columns, values, tail, rowsCached(columns));
  }
  const out: R[] = [];
  for (const json of batches(objects)) {
    const select = sql`select ${sql.join(columns.map((c) => sql.ref(c)))} from json_populate_recordset(null::${sql.table(table)}, ${json}::json)`;
    out.push(...(await insertSelect<R>(db, table, columns, select, opts)));
  }
  return out;
}

/** Appends a row's values in `columns` order, a missing key NULL. */
function pushValues(values: unknown[], row: Record<string, unknown>, columns: readonly string[]): void {
  for (const c of columns) values.push(row[c] ?? null);
}

/**
 * Inserts the rows of several reports into `table`, each report's JSON array of
 * `count` objects with its seq, which fills `report_seq`; on PostgreSQL the rows
 * are joined here as text, never parsed. Rows go in the order given.
 */
export async function insertReportRows(db: Kysely<any>, table: string, columns: readonly string[], parts: readonly { seq: number; json: string; count: number }[]): Promise<void> {
  const filled = parts.filter((p) => p.count > 0);
  if (isPostgres(db)) {
    // one array of every row, beside the seq of each: PostgreSQL parses the JSON once,
    // where pairs [seq, rows] were parsed again for each part and each field taken from it
    for (const group of groups(filled.map((p) => p.json))) {
      const part = filled.slice(group.start, group.end);
      const json = `[${part.map((p) => p.json.slice(1, -1)).join(',')}]`;
      const seqs = `{${part.map((p) => Array(p.count).fill(p.seq).join(',')).join(',')}}`;
      // ROWS FROM zips the two row by row; the array's column is named after its function
      await insertSelect(db, table, [...columns, 'report_seq'], sql`select ${sql.join(columns.map((c) => sql`x.${sql.ref(c)}`))}, x.unnest
        from rows from (json_populate_recordset(null::${sql.table(table)}, ${json}::json), unnest(${seqs}::bigint[])) x`, {});
    }
    return;
  }
  const all = [...columns, 'report_seq'];
  const values: unknown[] = [];
  for (const p of filled) {
    for (const row of JSON.parse(p.json) as Record<string, unknown>[]) {
      pushValues(values, row, columns);
      values.push(p.seq);
    }
  }
  await insertFlat(db, table, all, values, '', rowsCached(all));
}

async function insertSelect<R>(db: Kysely<any>, table: string, columns: readonly string[], select: RawBuilder<unknown>, opts: { skipConflicts?: true | string[]; returning?: string[] }): Promise<R[]> {
  let insert = db.insertInto(table).columns(columns as string[]).expression(select);
  const skip = opts.skipConflicts;
  if (skip) insert = insert.onConflict((oc) => (skip === true ? oc : oc.columns(skip)).doNothing());
  return (opts.returning ? await insert.returning(opts.returning).execute() : (await insert.execute(), [])) as R[];
}

/** runs [start, end) of the given texts, each up to MAX_CHARS long together (or one text, if longer) */
function* groups(values: readonly string[]): Generator<{ start: number; end: number }> {
  let start = 0;
  let chars = 0;
  for (let i = 0; i < values.length; i++) {
    if (i > start && chars + values[i].length > MAX_CHARS) {
      yield { start, end: i };
      start = i;
      chars = 0;
    }
    chars += values[i].length + 1;
  }
  if (values.length > start) yield { start, end: values.length };
}

/** JSON arrays of the given JSON values, each up to MAX_CHARS long (or one value, if longer) */
function* batches(values: readonly string[]): Generator<string> {
  for (const { start, end } of groups(values)) yield `[${values.slice(start, end).join(',')}]`;
}
