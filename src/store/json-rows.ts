// Many rows into one table as one statement with one JSON parameter: the database
// unpacks the array itself (SQLite json_each, PostgreSQL json_populate_recordset).
// Multi-row VALUES were a Kysely tree node per value and long SQL prepared afresh each
// batch; this SQL is short and the same each time (SQLite's statement cache keeps it,
// PostgreSQL parses a few hundred characters, not thousands of parameters). Saving
// 3,000 reports: the same CPU on SQLite, a sixth less client CPU on PostgreSQL.
// The rows come as JSON text (row-json.ts), so this thread never walks them.
import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';

/** Characters of JSON per statement: bounds the text held at once. */
const MAX_CHARS = 4 << 20;

const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * Inserts the rows of a JSON array of objects (keys are column names; a missing key
 * or null is NULL) into `table`, skipping rows that conflict on `skipConflicts`
 * (true: on any unique key), and returns the `returning` columns of the rows
 * inserted. Only text, numbers and null cross JSON: binary columns are written otherwise.
 */
export async function insertJsonArray<R = unknown>(db: Kysely<any>, table: string, columns: readonly string[], json: string, opts: { skipConflicts?: true | string[]; returning?: string[] } = {}): Promise<R[]> {
  const select = isPostgres(db)
    ? sql`select ${sql.join(columns.map((c) => sql.ref(c)))} from json_populate_recordset(null::${sql.table(table)}, ${json}::json)`
    // SQLite needs a WHERE before ON CONFLICT to parse an INSERT ... SELECT
    : sql`select ${sql.join(columns.map((c) => sql`value ->> ${sql.lit(c)}`))} from json_each(${json}) where true`;
  return insertSelect<R>(db, table, columns, select, opts);
}

/**
 * Inserts the rows of several reports into `table`, each report's JSON array of
 * `count` objects with its seq, which fills `report_seq`: the rows are joined here
 * as text, never parsed. Rows go in the order given.
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
  const select = (json: string) => sql`select ${sql.join(columns.map((c) => sql`r.value ->> ${sql.lit(c)}`))}, o.value ->> 0
    from json_each(${json}) o, json_each(o.value, '$[1]') r where true`;
  for (const json of batches(filled.map((p) => `[${p.seq},${p.json}]`))) {
    await insertSelect(db, table, [...columns, 'report_seq'], select(json), {});
  }
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
export function* batches(values: readonly string[]): Generator<string> {
  for (const { start, end } of groups(values)) yield `[${values.slice(start, end).join(',')}]`;
}
