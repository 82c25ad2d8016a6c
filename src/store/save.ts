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
import { reportRows, type ReportRows } from './rows.js';
import type { Database } from './schema.js';
import type { SearchDialect } from './search-dialect.js';
import { validateForSave } from './validate.js';

// Rows per INSERT: well under both engines' bound-parameter limits (SQLite 32766, PostgreSQL 65535).
const CHUNK = 500;

const storeError = (id: string, e: unknown) => isCasefileError(e) ? e
  : new CasefileError('E_STORE', `could not save the report: ${e instanceof Error ? e.message : String(e)}`, { where: id, cause: e });

async function writeReport(trx: Transaction<Database>, search: SearchDialect, rows: ReportRows): Promise<boolean> {
  const inserted = await trx.insertInto('reports').values(rows.report)
    .onConflict((oc) => oc.column('id').doNothing()).returning('seq').executeTakeFirst();
  if (!inserted) return false;
  const report_seq = inserted.seq;
  const raw = rows.raw;
  await trx.insertInto('report_raw').values({ report_seq, bytes: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength) }).execute();
  await insertExtractionRows(trx, rows, report_seq);
  await search.indexReport(trx, report_seq);
  return true;
}

/** The rows of a report's extraction (every table but reports and report_raw). */
export async function insertExtractionRows(trx: Transaction<Database>, rows: Pick<ReportRows, 'tables' | 'names'>, report_seq: number): Promise<void> {
  for (const [table, list] of Object.entries(rows.tables) as [keyof ReportRows['tables'], object[]][]) {
    for (let i = 0; i < list.length; i += CHUNK) {
      await trx.insertInto(table).values(list.slice(i, i + CHUNK).map((row) => ({ ...row, report_seq })) as never).execute();
    }
  }
  for (let i = 0; i < rows.names.length; i += CHUNK) {
    await trx.insertInto('entity_names').values(rows.names.slice(i, i + CHUNK)).onConflict((oc) => oc.doNothing()).execute();
  }
}

export async function saveReports(db: Kysely<Database>, search: SearchDialect, items: SaveItem[]): Promise<SaveOutcome[]> {
  const prepared = items.map((item): { id: string; rows: ReportRows } | { id: string; error: CasefileError } => {
    const id = typeof item.report?.id === 'string' ? item.report.id : '';
    try {
      const valid = validateForSave(item.report, item.extraction);
      return { id, rows: reportRows(valid.report, item.raw, valid.extraction) };
    } catch (e) {
      return { id, error: storeError(id, e) };
    }
  });
  const valid = prepared.filter((p): p is { id: string; rows: ReportRows } => 'rows' in p);
  if (valid.length === 0) return prepared as SaveOutcome[];
  const created = new Map<ReportRows, boolean | CasefileError>();
  try {
    await db.transaction().execute(async (trx) => {
      for (const p of valid) created.set(p.rows, await writeReport(trx, search, p.rows));
    });
  } catch (e) {
    created.clear();
    if (valid.length === 1) created.set(valid[0].rows, storeError(valid[0].id, e));
    else {
      for (const p of valid) {
        try {
          created.set(p.rows, await db.transaction().execute((trx) => writeReport(trx, search, p.rows)));
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

export async function saveReport(db: Kysely<Database>, search: SearchDialect, item: SaveItem): Promise<SaveResult> {
  const [outcome] = await saveReports(db, search, [item]);
  if ('error' in outcome) throw outcome.error;
  return outcome;
}
