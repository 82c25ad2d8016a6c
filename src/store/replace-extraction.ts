// Re-extraction: a report's machine extraction and the rows made from it are
// replaced in one transaction. Raw bytes and people's decisions (their own tables)
// are not touched; the caller relinks afterwards (ingest --reextract does). In a
// protected store the masked text follows the new sources, so it is rewritten and
// reindexed when they moved.
import { sql, type Kysely } from 'kysely';
import { CasefileError } from '../core/errors.js';
import type { Extraction } from '../core/model.js';
import { protectedRows } from './crypto/protected-rows.js';
import type { Protection } from './crypto/protection.js';
import type { ReportRows } from './rows.js';
import { rowsJson } from './row-json.js';
import { insertExtractionRows } from './save.js';
import type { Database } from './schema.js';
import type { SearchDialect } from './search-dialect.js';
import { validateForSave } from './validate.js';
import { getReport } from './report-queries.js';

const DERIVED: (keyof ReportRows['tables'])[] = ['event_places', 'event_participants', 'event_sources', 'claims', 'source_descriptors', 'sources', 'places', 'actors', 'events'];

export async function replaceExtraction(db: Kysely<Database>, search: SearchDialect, p: Protection, id: string, extraction: Extraction): Promise<{ changed: boolean }> {
  p.assertWritable('an extraction');
  const stored = await getReport(db, p, id);
  if (!stored) throw new CasefileError('E_NOT_FOUND', `no report with id ${id}`, { where: 'reextract' });
  // both sides in the model's key order, as validation leaves them
  const valid = validateForSave(stored.report, extraction);
  if (JSON.stringify(validateForSave(stored.report, stored.extraction).extraction) === JSON.stringify(valid.extraction)) return { changed: false };
  const rows = protectedRows(valid.report, new Uint8Array(), valid.extraction, p);
  await db.transaction().execute(async (trx) => {
    const { seq, text } = await trx.selectFrom('reports').select(['seq', 'text']).where('id', '=', id).executeTakeFirstOrThrow();
    await search.unindexEvents(trx, seq);
    for (const table of DERIVED) await trx.deleteFrom(table).where('report_seq', '=', seq).execute();
    await trx.updateTable('reports').set({ extractor: rows.report.extractor, extraction: rows.report.extraction }).where('seq', '=', seq).execute();
    if (rows.report.text !== text) {
      await search.unindexReportText(trx, seq);
      await trx.updateTable('reports').set({ text: rows.report.text }).where('seq', '=', seq).execute();
      await search.indexReportText(trx, seq);
    }
    await insertExtractionRows(trx, [{ report_seq: seq, rows: rowsJson(rows) }]);
    // SQLite may give the new events the old ones' seqs (the newest report's): the explore cache keys on this too
    await sql`update event_writes set generation = generation + 1`.execute(trx);
    await search.indexEvents(trx, seq);
  });
  return { changed: true };
}
