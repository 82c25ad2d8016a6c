// One exported event with its report, places, actors with roles, date and
// evidence: the record both the CSV and the JSON lines formats write.
import type { EventRow } from '../store/port.js';
import { eventReview, evidenceText, type RedactedReport } from './report-cache.js';

export interface ExportRecord {
  reportId: string;
  reportTitle: string;
  outlet: string | null;
  published: string | null;
  eventId: string;
  type: string;
  modality: string;
  date: string | null;
  datePrecision: string;
  places: { id: string; name: string }[];
  actors: { id: string; name: string; role: string }[];
  count: number | null;
  evidence: string;
  evidenceStart: number;
  evidenceEnd: number;
  sourceCount: number;
  /** proposed (machine-only) or what a person decided: accepted, corrected, rejected, added */
  review: string;
  /** only in exports that include sources; descriptors only for roles that may see them */
  sources?: { id: string; kind: string; location: string | null; descriptor?: string }[];
}

export function toRecord(row: EventRow, stored: RedactedReport, includeSources: boolean): ExportRecord {
  const { report, extraction } = stored;
  const actors = new Map(extraction.actors.map((a) => [a.id, a.name]));
  const sources = new Map(extraction.sources.map((s) => [s.id, s]));
  return {
    reportId: row.reportId,
    reportTitle: report.title,
    outlet: report.outlet,
    published: report.published,
    eventId: row.id,
    type: row.type,
    modality: row.modality,
    date: row.date.value,
    datePrecision: row.date.precision,
    places: row.places,
    actors: row.participants.map((p) => ({ id: p.actorId, name: actors.get(p.actorId) ?? p.actorId, role: p.role })),
    count: row.count,
    evidence: evidenceText(stored, row.evidence),
    evidenceStart: row.evidence.start,
    evidenceEnd: row.evidence.end,
    sourceCount: row.sources.length,
    review: eventReview(stored, row.id),
    ...(includeSources
      ? { sources: row.sources.flatMap((id) => {
          const s = sources.get(id);
          return s ? [{ id, kind: s.kind, location: s.location, ...(s.descriptor !== undefined ? { descriptor: s.descriptor } : {}) }] : [];
        }) }
      : {}),
  };
}
