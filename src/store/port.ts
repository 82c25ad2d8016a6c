// The one storage interface. Two adapters implement it (sqlite/, postgres/) and
// both run the shared contract test (store.case.ts).
import type { CasefileError } from '../core/errors.js';
import type { Event, EventType, Extraction, Report, Span } from '../core/model.js';
import type { ProtectionState } from './crypto/protection.js';
import type { RowsJson } from './row-json.js';
import type { ExploreStore } from './explore/port.js';
import type { IncidentStore } from './incidents/port.js';
import type { AuditStore, ReviewStore, UserStore } from './review/port.js';

export interface StoredReport {
  report: Report;
  extraction: Extraction;
  /**
   * the store is encrypted and no key is set: descriptors read WITHHELD and the
   * text has its source spans masked
   */
  withheld?: true;
}

export interface SaveResult {
  id: string;
  /** false when a report with the same content hash was already stored */
  created: boolean;
}

/**
 * A report to save with its extraction, or with the rows made from it by clearRowsOf
 * (row-json.ts) where it was extracted: those hold the clear text, so only a store
 * without protection takes them.
 */
export type SaveItem = { report: Report; raw: Uint8Array } & ({ extraction: Extraction } | { rows: RowsJson });

/** one report of a batch: saved (or already there), or refused with the reason */
export type SaveOutcome = SaveResult | { id: string; error: CasefileError };

export interface Page<T> {
  items: T[];
  /** matches counted up to a cap (store/count.ts) */
  total: number;
  /** there are more than `total`: shown as "10,000+" */
  totalCapped?: true;
  /** a search with too many matches to rank by relevance, listed newest first */
  order?: 'newest';
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
  /** the words of the evidence span, unredacted (stored with the event) */
  evidenceText: string;
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

/** sensitive: a reviewer's note on a report or one of its events */
export interface ReviewNote {
  id: string;
  reportId: string;
  eventId: string | null;
  author: string;
  body: string;
  createdAt: string;
}

export interface NewReviewNote {
  reportId: string;
  eventId?: string | null;
  author: string;
  body: string;
}

export interface Store {
  /** Stores report, raw bytes and extraction in one transaction; idempotent by id. */
  saveReport(report: Report, raw: Uint8Array, extraction: Extraction): Promise<SaveResult>;
  /**
   * Stores many reports in one transaction, each atomic on its own: an invalid or
   * failing report is returned with its error and leaves nothing behind, the others
   * are saved. Use it for bulk ingest: far fewer commits than saveReport one by one.
   */
  saveReports(items: SaveItem[]): Promise<SaveOutcome[]>;
  getReport(id: string): Promise<StoredReport | null>;
  getRaw(id: string): Promise<Uint8Array | null>;
  hasReport(id: string): Promise<boolean>;
  /** which of these reports are stored: one query for a whole chunk of an ingest */
  storedAmong(ids: readonly string[]): Promise<Set<string>>;
  /**
   * The spans where each report names its sources (what a viewer's copy of its text
   * masks), by report id: read without the text, the descriptors or the raw file.
   */
  sourceMentions(reportIds: readonly string[]): Promise<Map<string, Span[]>>;
  searchReports(q: string | undefined, opts?: { limit?: number; offset?: number }): Promise<Page<ReportHit>>;
  listEvents(filter: EventFilter): Promise<Page<EventRow>>;
  listActors(opts?: { q?: string; limit?: number }): Promise<NamedCount[]>;
  listPlaces(opts?: { q?: string; limit?: number }): Promise<NamedCount[]>;
  /** sensitive: callers decide who may see descriptors */
  listSources(opts?: { reportId?: string; limit?: number }): Promise<{ id: string; reportId: string; descriptor: string; location: string | null; kind: string }[]>;
  /** sensitive: callers decide who may read and write notes */
  addReviewNote(note: NewReviewNote): Promise<ReviewNote>;
  listReviewNotes(reportId: string): Promise<ReviewNote[]>;
  /** incidents, duplicates and the link state (incidents/) */
  incidents: IncidentStore;
  /** replaces a stored report's machine extraction (re-extraction); decisions are kept */
  replaceExtraction(id: string, extraction: Extraction): Promise<{ changed: boolean }>;
  /** accounts and sessions, review decisions, the audit log (review/) */
  users: UserStore;
  review: ReviewStore;
  audit: AuditStore;
  /** one filter for the table, map, timeline, network and exports (explore/) */
  explore: ExploreStore;
  /**
   * Seals every sensitive field with newKey in one transaction (a store without a
   * key is encrypted; a keyed one re-encrypted) and records it as the store's key.
   */
  rekey(newKey: Uint8Array): Promise<{ reports: number; notes: number }>;
  /** throws naming the other processes that have this store open (a key change must wait for them to stop) */
  assertAlone(): Promise<void>;
  /** protection at rest: 'off' (no key), 'on' (key set), 'locked' (encrypted store, no key: sensitive fields withheld) */
  readonly protection: ProtectionState;
  close(): Promise<void>;
}
