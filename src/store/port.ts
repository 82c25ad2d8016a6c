// The one storage interface. Two adapters implement it (sqlite/, postgres/) and
// both run the shared contract test (store.case.ts).
import type { Event, EventType, Extraction, Report } from '../core/model.js';

export interface StoredReport {
  report: Report;
  extraction: Extraction;
}

export interface SaveResult {
  id: string;
  /** false when a report with the same content hash was already stored */
  created: boolean;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface ReportHit {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  /** short text around the match, plain text */
  snippet: string;
}

export interface EventRow extends Event {
  reportId: string;
  reportTitle: string;
  published: string | null;
  /** participant and place names resolved for display and export */
  actorNames: string[];
}

export interface EventFilter {
  q?: string;
  type?: EventType;
  /** gazetteer id or name; matches the place or anything inside it */
  place?: string;
  /** canon id or name */
  actor?: string;
  from?: string;
  to?: string;
  reportId?: string;
  limit?: number;
  offset?: number;
}

export interface NamedCount {
  id: string;
  name: string;
  kind: string;
  reports: number;
}

export interface Store {
  /** Stores report, raw bytes and extraction in one transaction; idempotent by id. */
  saveReport(report: Report, raw: Uint8Array, extraction: Extraction): Promise<SaveResult>;
  getReport(id: string): Promise<StoredReport | null>;
  getRaw(id: string): Promise<Uint8Array | null>;
  hasReport(id: string): Promise<boolean>;
  searchReports(q: string | undefined, opts?: { limit?: number; offset?: number }): Promise<Page<ReportHit>>;
  listEvents(filter: EventFilter): Promise<Page<EventRow>>;
  listActors(opts?: { q?: string; limit?: number }): Promise<NamedCount[]>;
  listPlaces(opts?: { q?: string; limit?: number }): Promise<NamedCount[]>;
  /** sensitive: callers decide who may see descriptors */
  listSources(opts?: { reportId?: string; limit?: number }): Promise<{ id: string; reportId: string; descriptor: string; location: string | null; kind: string }[]>;
  close(): Promise<void>;
}
