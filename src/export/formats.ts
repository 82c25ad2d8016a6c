// The export formats: CSV and JSON lines of the record, GeoJSON features at each
// event's finest place, an ACLED-style table, and FollowTheMoney entities.
// Every encoder pulls records only as fast as its output is read.
import { Readable } from 'node:stream';
import { acled } from './formats/acled.js';
import { csv } from './formats/csv.js';
import { ftm } from './formats/ftm.js';
import { geojson } from './formats/geojson.js';
import { mapRecords } from './formats/stream.js';
import type { ExportRecord } from './record.js';

export const EXPORT_FORMATS = ['csv', 'jsonl', 'geojson', 'acled', 'ftm'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** what a browser is told it receives */
export const MEDIA_TYPES: Record<ExportFormat, { type: string; extension: string }> = {
  csv: { type: 'text/csv; charset=utf-8', extension: 'csv' },
  jsonl: { type: 'application/jsonl; charset=utf-8', extension: 'jsonl' },
  geojson: { type: 'application/geo+json; charset=utf-8', extension: 'geojson' },
  acled: { type: 'text/csv; charset=utf-8', extension: 'acled.csv' },
  ftm: { type: 'application/jsonl; charset=utf-8', extension: 'ftm.json' },
};

/** The bytes of the export, as a stream that pulls records only as fast as it is read. */
export function encode(records: AsyncIterable<ExportRecord>, format: ExportFormat, includeSources: boolean): Readable {
  switch (format) {
    case 'jsonl': return Readable.from(mapRecords(records, (r) => `${JSON.stringify(r)}\n`));
    case 'csv': return csv(records, includeSources);
    case 'geojson': return Readable.from(geojson(records));
    case 'acled': return acled(records);
    case 'ftm': return Readable.from(ftm(records));
  }
}
