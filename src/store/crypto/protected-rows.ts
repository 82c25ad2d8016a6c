// The rows a report is stored as under the store's protection: in a protected store
// the text column holds the masked copy (so search, snippets and evidence excerpts
// never hold a source's words), and the full text, raw bytes and descriptors are sealed.
import type { Extraction, Report } from '../../core/model.js';
import { reportRows, type ReportRows } from '../rows.js';
import { maskSources } from './mask.js';
import { contexts, type Protection } from './protection.js';

export function protectedRows(report: Report, raw: Uint8Array, x: Extraction, p: Protection): ReportRows {
  if (p.state === 'off') return reportRows(report, raw, x);
  p.assertWritable('a report');
  const rows = reportRows({ ...report, text: maskSources(report.text, x.sources) }, raw, x);
  rows.report.text_sealed = p.sealText(report.text, contexts.text(report.id));
  rows.raw = p.sealBytes(raw, contexts.raw(report.id));
  rows.tables.source_descriptors = rows.tables.source_descriptors.map((d) => ({ ...d, descriptor: p.sealText(d.descriptor, contexts.descriptor(report.id, d.source_id)) }));
  return rows;
}
