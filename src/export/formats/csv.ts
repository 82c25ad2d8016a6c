// The record as a CSV row; list fields are joined with "; ".
import type { Readable } from 'node:stream';
import type { ExportRecord } from '../record.js';
import { mapRecords } from './stream.js';
import { table } from './spreadsheet.js';

const COLUMNS = [
  'report_id', 'report_title', 'outlet', 'published', 'event_id', 'type', 'modality', 'date', 'date_precision',
  'places', 'actors', 'count', 'evidence', 'source_count', 'case_id', 'corroboration', 'review',
];

function row(r: ExportRecord, includeSources: boolean): (string | number | null)[] {
  const cells: (string | number | null)[] = [
    r.reportId, r.reportTitle, r.outlet, r.published, r.eventId, r.type, r.modality, r.date, r.datePrecision,
    r.places.map((p) => p.name).join('; '),
    r.actors.map((a) => `${a.name} (${a.role})`).join('; '),
    r.count, r.evidence, r.sourceCount, r.caseId, r.corroboration, r.review,
  ];
  if (includeSources) {
    cells.push((r.sources ?? []).map((s) => [s.descriptor ?? 'withheld', s.kind, s.location].filter(Boolean).join(', ')).join('; '));
  }
  return cells;
}

export const csv = (records: AsyncIterable<ExportRecord>, includeSources: boolean): Readable =>
  table(mapRecords(records, (r) => row(r, includeSources)), includeSources ? [...COLUMNS, 'sources'] : COLUMNS);
