// Saving reports. Each report is atomic and idempotent by id: its reports row goes in
// first with ON CONFLICT DO NOTHING, so a second save (or a concurrent one from another
// worker) inserts no row and writes nothing else. A batch is written in one transaction,
// because on SQLite each commit rewrites every index page it touched; if any report of
// the batch fails, the batch is rolled back and each report retried in its own
// transaction, so the others are still saved. (Savepoints per report were measured: on
// SQLite they copy every touched page to a sub-journal, some 250 KB per report.)
import type { Kysely, Transaction } from 'kysely';
import { CasefileError, isCasefileError } from '../core/errors.js';
import type { SaveItem, SaveOutcome, SaveResult } from './port.js';
import { protectedRows } from './crypto/protected-rows.js';
import type { Protection } from './crypto/protection.js';
import { rowsJson, type ExtractionTable, type RowsJson } from './row-json.js';
import type { Database } from './schema.js';
import type { SearchDialect } from './search-dialect.js';
import { validateForSave } from './validate.js';
import { insertJsonObjects, insertReportRows } from './json-rows.js';
import { addExploreRows } from './explore-rows.js';

// Rows per INSERT: well under both engines' bound-parameter limits (SQLite 32766, PostgreSQL 65535).
const CHUNK = 500;

const storeError = (id: string, e: unknown) => isCasefileError(e) ? e
  : new CasefileError('E_STORE', `could not save the report: ${e instanceof Error ? e.message : String(e)}`, { where: id, cause: e });

const chunks = <T>(list: T[]): T[][] => Array.from({ length: Math.ceil(list.length / CHUNK) }, (_, i) => list.slice(i * CHUNK, (i + 1) * CHUNK));

/** a report as written: its rows as JSON, and its raw bytes (sealed in a protected store) */
interface ToWrite {
  json: RowsJson;
  raw: Uint8Array;
}

/** every key the rows of one table use across reports */
const columnsOf = (rows: readonly { columns: string[] }[]) => [...new Set(rows.flatMap((r) => r.columns))];

/**
 * Writes a batch of reports with one INSERT per table (json-rows.ts), not one per
 * report and table: on PostgreSQL each statement is a round trip, on SQLite one
 * more statement to prepare and run. Returns, per report, whether it was new.
 */
async function writeReports(trx: Transaction<Database>, search: SearchDialect, batch: ToWrite[]): Promise<boolean[]> {
  const seqOf = new Map<string, number>();
  const reports = batch.map((w) => w.json.report);
  const columns = columnsOf(reports);
  const inserted = await insertJsonObjects<{ seq: number | string; id: string }>(trx, 'reports', columns, reports.map((r) => r.json), { skipConflicts: ['id'], returning: ['seq', 'id'] });
  for (const { seq, id } of inserted) seqOf.set(id, Number(seq));
  const written: Written<ToWrite>[] = [];
  const created = batch.map((rows) => {
    const report_seq = seqOf.get(rows.json.id);
    if (report_seq === undefined) return false;
    // a report given twice in one batch is new the first time only
    seqOf.delete(rows.json.id);
    written.push({ report_seq, rows });
    return true;
  });
  if (written.length === 0) return created;

  for (const part of chunks(written)) {
    await trx.insertInto('report_raw').values(part.map(({ report_seq, rows: { raw } }) => ({ report_seq, bytes: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength) }))).execute();
  }
  await insertExtractionRows(trx, written.map(({ report_seq, rows }) => ({ report_seq, rows: rows.json })));
  await search.indexReports(trx, written.map((w) => w.report_seq));
  return created;
}

type Written<R = RowsJson> = { report_seq: number; rows: R };

/** The rows of reports' extractions (every table but reports and report_raw), one INSERT per table, then their explore rows. */
export async function insertExtractionRows(trx: Transaction<Database>, written: Written[]): Promise<void> {
  if (written.length === 0) return;
  for (const table of Object.keys(written[0].rows.tables) as ExtractionTable[]) {
    const parts = written.map(({ rows }) => rows.tables[table]);
    await insertReportRows(trx, table, columnsOf(parts), written.map(({ report_seq }, i) => ({ seq: report_seq, json: parts[i].json, count: parts[i].count })));
  }
  // each name once (a name already stored is skipped by the insert)
  const names = [...new Set(written.flatMap(({ rows }) => rows.names))];
  await insertJsonObjects(trx, 'entity_names', NAME_COLUMNS, names, { skipConflicts: true });
  await addExploreRows(trx, written.map(({ report_seq }) => report_seq));
}

const NAME_COLUMNS = ['entity', 'key', 'name_norm'] satisfies (keyof Database['entity_names'])[];

/** A report's rows as the store writes them: made and validated by an ingest thread, or here from its extraction. */
function toWrite(item: SaveItem, p: Protection): ToWrite {
  if ('rows' in item) {
    // rows made elsewhere hold the clear text: only a store without protection takes them
    if (p.state !== 'off') throw new CasefileError('E_STORE', 'rows made for a store without protection', { where: item.report.id });
    return { json: item.rows, raw: item.raw };
  }
  const valid = validateForSave(item.report, item.extraction);
  const rows = protectedRows(valid.report, item.raw, valid.extraction, p);
  return { json: rowsJson(rows), raw: rows.raw };
}

export async function saveReports(db: Kysely<Database>, search: SearchDialect, p: Protection, items: SaveItem[]): Promise<SaveOutcome[]> {
  const prepared = items.map((item): { id: string; rows: ToWrite } | { id: string; error: CasefileError } => {
    const id = typeof item.report?.id === 'string' ? item.report.id : '';
    try {
      return { id, rows: toWrite(item, p) };
    } catch (e) {
      return { id, error: storeError(id, e) };
    }
  });
  const valid = prepared.filter((p): p is { id: string; rows: ToWrite } => 'rows' in p);
  if (valid.length === 0) return prepared as SaveOutcome[];
  const created = new Map<ToWrite, boolean | CasefileError>();
  try {
    await db.transaction().execute(async (trx) => {
      const outcomes = await writeReports(trx, search, valid.map((p) => p.rows));
      valid.forEach((p, i) => created.set(p.rows, outcomes[i]));
    });
  } catch (e) {
    created.clear();
    if (valid.length === 1) created.set(valid[0].rows, storeError(valid[0].id, e));
    else {
      for (const p of valid) {
        try {
          created.set(p.rows, (await db.transaction().execute((trx) => writeReports(trx, search, [p.rows])))[0]);
        } catch (e1) {
          created.set(p.rows, storeError(p.id, e1));
        }
      }
    }
  }
  return prepared.map((p) => {
    if (!('rows' in p)) return p;
    const result = created.get(p.rows)!;
    return typeof result === 'boolean' ? { id: p.id, created: result } : { id: p.id, error: result };
  });
}

export async function saveReport(db: Kysely<Database>, search: SearchDialect, p: Protection, item: SaveItem): Promise<SaveResult> {
  const [outcome] = await saveReports(db, search, p, [item]);
  if ('error' in outcome) throw outcome.error;
  return outcome;
}
