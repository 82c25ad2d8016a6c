// One exported event with its report, places (with level, country and
// coordinates), actors with roles, date, evidence and case: the record every
// export format writes.
import type { ExportRow } from '../store/explore/port.js';
import { eventReview, evidenceText, type RedactedReport } from './report-cache.js';

export interface ExportPlace {
  id: string;
  name: string;
  level: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
}

export interface ExportRecord {
  reportId: string;
  reportTitle: string;
  outlet: string | null;
  published: string | null;
  url: string | null;
  language: string;
  eventId: string;
  type: string;
  modality: string;
  date: string | null;
  datePrecision: string;
  /** the event's own places */
  places: ExportPlace[];
  /** the places that contain them (provinces, countries) */
  within: ExportPlace[];
  actors: { id: string; name: string; role: string; kind: string; canonId: string | null }[];
  count: number | null;
  evidence: string;
  evidenceStart: number;
  evidenceEnd: number;
  sourceCount: number;
  /** proposed (machine-only) or what a person decided: accepted, corrected, rejected, added */
  review: string;
  caseId: string | null;
  /** independent outlets of the case */
  corroboration: number | null;
  /** only in exports that include sources; descriptors only for roles that may see them */
  sources?: { id: string; kind: string; location: string | null; descriptor?: string }[];
}

export function toRecord(row: ExportRow, stored: RedactedReport, includeSources: boolean): ExportRecord {
  const { report, extraction } = stored;
  const actors = new Map(row.actorRecords.map((a) => [a.id, a]));
  const sources = new Map(extraction.sources.map((s) => [s.id, s]));
  const place = ({ id, name, level, country, lat, lon }: ExportRow['placeRecords'][number]): ExportPlace => ({ id, name, level, country, lat, lon });
  return {
    reportId: row.reportId,
    reportTitle: report.title,
    outlet: report.outlet,
    published: report.published,
    url: report.url,
    language: report.language,
    eventId: row.id,
    type: row.type,
    modality: row.modality,
    date: row.date.value,
    datePrecision: row.date.precision,
    places: row.placeRecords.filter((p) => p.direct).map(place),
    within: row.placeRecords.filter((p) => !p.direct).map(place),
    actors: row.participants.map((p) => {
      const a = actors.get(p.actorId);
      return { id: a?.key ?? p.actorId, name: a?.name ?? p.actorId, role: p.role, kind: a?.kind ?? 'role', canonId: a?.canonId ?? null };
    }),
    count: row.count,
    evidence: evidenceText(stored, row.evidence),
    evidenceStart: row.evidence.start,
    evidenceEnd: row.evidence.end,
    sourceCount: row.sources.length,
    review: eventReview(stored, row.id),
    caseId: row.caseId,
    corroboration: row.corroboration,
    ...(includeSources
      ? { sources: row.sources.flatMap((id) => {
          const s = sources.get(id);
          return s ? [{ id, kind: s.kind, location: s.location, ...(s.descriptor !== undefined ? { descriptor: s.descriptor } : {}) }] : [];
        }) }
      : {}),
  };
}

/** The most precise of the event's own places that has coordinates. */
const DEPTH: Record<string, number> = { site: 4, city: 3, county: 2, province: 1, country: 0 };
export function finestPlace(r: ExportRecord): ExportPlace | null {
  const located = r.places.filter((p) => p.lat !== null && p.lon !== null);
  return located.sort((a, b) => (DEPTH[b.level] ?? 0) - (DEPTH[a.level] ?? 0))[0] ?? null;
}
