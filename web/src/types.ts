// The shapes the JSON API returns, built from the domain model's types (type
// imports only: no model code reaches the browser bundle).
import type { Extraction, Report, Source } from '../../src/core/model.js';
import type { EventRow as StoredEventRow, NamedCount, Page as StorePage, ReportHit } from '../../src/store/port.js';

export type { Event, EventType, Report } from '../../src/core/model.js';
export type { NamedCount, ReportHit } from '../../src/store/port.js';

/** a store page with the window the API was asked for */
export interface Page<T> extends StorePage<T> {
  limit: number;
  offset: number;
}

/** A source as the API hands it out: no descriptor for roles that may not see it. */
export type SourceView = Omit<Source, 'descriptor'> & { descriptor?: string };

export type { ReviewItem, ReviewState, ItemKind } from '../../src/core/review.js';

export interface ReportView {
  report: Report;
  extraction: Omit<Extraction, 'sources'> & { sources: SourceView[] };
  /** every item with its review state (machine proposals and items people added) */
  items: import('../../src/core/review.js').ReviewItem[];
  progress: { items: number; checked: number; conflicts: number };
  /** private notes: only for roles that may read them */
  notes?: { item: string; body: string; author: string; createdAt: string }[];
  /** the store is encrypted and the server has no key: descriptors, notes and source spans are blank */
  withheld?: true;
}

export interface Me {
  name: string;
  role: 'admin' | 'analyst' | 'viewer';
  csrf: string;
  /** the single user of a data folder without accounts */
  local?: boolean;
}

export type { AuditEntry, QueueRow } from '../../src/store/review/port.js';

export interface EventRow extends StoredEventRow {
  evidenceText: string;
  /** proposed (machine-only) or what a person decided */
  review: import('../../src/core/review.js').ReviewState;
}

export interface Vocabulary {
  eventTypes: string[];
  modalities: string[];
}
