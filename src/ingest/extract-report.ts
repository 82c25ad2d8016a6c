// What an extraction task hands back for a report: its extraction or, for a store
// without protection, the rows that store writes, made in the task's thread
// (store/row-json.ts), so the thread that writes only joins their text.
import type { Extraction, Report } from '../core/model.js';
import type { Extractor } from '../extract/extractor.js';
import { clearRowsOf, type RowsJson } from '../store/row-json.js';
import { extractInput } from './prepare-file.js';

export type Extracted = { extraction: Extraction } | { rows: RowsJson };

/** own: the extractor is Casefile's own (ExtractorFactory.own), its output not checked against the schema again */
export async function extractReport(extractor: Extractor, report: Report, asRows: boolean, own = false): Promise<Extracted> {
  const extraction = await extractor.extract(extractInput(report));
  return asRows ? clearRowsOf(report, extraction, own) : { extraction };
}
