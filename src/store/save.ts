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
import type { ReportRows } from './rows.js';
import type { Database } from './schema.js';
import type { SearchDialect } from './search-dialect.js';
import { validateForSave } from './validate.js';
import { insertJsonRows } from './json-rows.js';

// Rows per INSERT: well under both engines' bound-parameter limits (SQLite 32766, PostgreSQL 65535).
const CHUNK = 500;

const storeError = (id: string, e: unknown) => isCasefileError(e) ? e
  : new CasefileError('E_STORE', `could not save the report: ${e instanceof Error ? e.message : String(e)}`, { where: id, cause: e });

const chunks = <T>(list: T[]): T[][] => Array.from({ length: Math.ceil(list.length / CHUNK) }, (_, i) => list.slice(i * CHUNK, (i + 1) * CHUNK));

/**
 * Writes a batch of reports with one INSERT per table (json-rows.ts), not one per
 * report and table: on PostgreSQL each statement is a round trip, on SQLite one
 * more statement to prepare and run. Returns, per report, whether it was new.
 */
async function writeReports(trx: Transaction<Database>, search: SearchDialect, batch: ReportRows[]): Promise<boolean[]> {
  const seqOf = new Map<string, number>();
  const inserted = await insertJsonRows<{ seq: number | string; id: string }>(trx, 'reports', batch.map((rows) => rows.report), { skipConflicts: ['id'], returning: ['seq', 'id'] });
  for (const { seq, id } of inserted) seqOf.set(id, Number(seq));
  const written: Written<ReportRows>[] = [];
  const created = batch.map((rows) => {
    const report_seq = seqOf.get(rows.report.id);
    if (report_seq === undefined) return false;
    // a report given twice in one batch is new the first time only
    seqOf.delete(rows.report.id);
    written.push({ report_seq, rows });
    return true;
  });
  if (written.length === 0) return created;

  for (const part of chunks(written)) {
    await trx.insertInto('report_raw').values(part.map(({ report_seq, rows: { raw } }) => ({ report_seq, bytes: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength) }))).execute();
  }
  await insertExtractionRows(trx, written);
  await search.indexReports(trx, written.map((w) => w.report_seq));
  return created;
}

type Written<R = Pick<ReportRows, 'tables' | 'names'>> = { report_seq: number; rows: R };

/** The rows of reports' extractions (every table but reports and report_raw), one INSERT per table. */
export async function insertExtractionRows(trx: Transaction<Database>, written: Written[]): Promise<void> {
  if (written.length === 0) return;
  for (const table of Object.keys(written[0].rows.tables) as (keyof ReportRows['tables'])[]) {
    await insertJsonRows(trx, table, written.flatMap(({ report_seq, rows }) => (rows.tables[table] as object[]).map((row) => ({ ...row, report_seq }))));
  }
  const names = new Map(written.flatMap(({ rows }) => rows.names.map((n) => [`${n.entity}\u0000${n.name_norm}\u0000${n.key}`, n] as const)));
  await insertJsonRows(trx, 'entity_names', [...names.values()], { skipConflicts: true });
}

export async function saveReports(db: Kysely<Database>, search: SearchDialect, p: Protection, items: SaveItem[]): Promise<SaveOutcome[]> {
  const prepared = items.map((item): { id: string; rows: ReportRows } | { id: string; error: CasefileError } => {
    const id = typeof item.report?.id === 'string' ? item.report.id : '';
    try {
      const valid = validateForSave(item.report, item.extraction);
      return { id, rows: protectedRows(valid.report, item.raw, valid.extraction, p) };
    } catch (e) {
      return { id, error: storeError(id, e) };
    }
  });
  const valid = prepared.filter((p): p is { id: string; rows: ReportRows } => 'rows' in p);
  if (valid.length === 0) return prepared as SaveOutcome[];
  const created = new Map<ReportRows, boolean | CasefileError>();
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
