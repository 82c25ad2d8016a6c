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

export interface ReportView {
  report: Report;
  extraction: Omit<Extraction, 'sources'> & { sources: SourceView[] };
}

export interface EventRow extends StoredEventRow {
  evidenceText: string;
}

export interface Vocabulary {
  eventTypes: string[];
  modalities: string[];
}
