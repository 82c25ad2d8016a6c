// The export formats: a record becomes a JSON line, or a CSV row whose list
// fields are joined with "; " (csv-stringify does the quoting).
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { ExportRecord } from './record.js';

export const EXPORT_FORMATS = ['csv', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const COLUMNS = [
  'report_id', 'report_title', 'outlet', 'published', 'event_id', 'type', 'modality', 'date', 'date_precision',
  'places', 'actors', 'count', 'evidence', 'source_count', 'review',
];

function csvRow(r: ExportRecord, includeSources: boolean): (string | number | null)[] {
  const row: (string | number | null)[] = [
    r.reportId, r.reportTitle, r.outlet, r.published, r.eventId, r.type, r.modality, r.date, r.datePrecision,
    r.places.map((p) => p.name).join('; '),
    r.actors.map((a) => `${a.name} (${a.role})`).join('; '),
    r.count, r.evidence, r.sourceCount, r.review,
  ];
  if (includeSources) {
    row.push((r.sources ?? []).map((s) => [s.descriptor ?? 'withheld', s.kind, s.location].filter(Boolean).join(', ')).join('; '));
  }
  return row;
}

// Report text is outside input: a cell starting with = + - @ would run as a
// formula in a spreadsheet, so it gets a leading apostrophe (OWASP CSV injection).
const defuse = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

async function* map<T, U>(items: AsyncIterable<T>, f: (item: T) => U): AsyncGenerator<U> {
  for await (const item of items) yield f(item);
}

/** The bytes of the export, as a stream that pulls records only as fast as it is read. */
export function encode(records: AsyncIterable<ExportRecord>, format: ExportFormat, includeSources: boolean): Readable {
  if (format === 'jsonl') return Readable.from(map(records, (r) => `${JSON.stringify(r)}\n`));
  const columns = includeSources ? [...COLUMNS, 'sources'] : COLUMNS;
  return Readable.from(map(records, (r) => csvRow(r, includeSources)))
    .pipe(stringify({ header: true, columns, cast: { string: defuse } }));
}
