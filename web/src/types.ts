// The shapes the JSON API returns, built from the domain model's types (type
// imports only: no model code reaches the browser bundle).
import type { Event, Extraction, Report, Source } from '../../src/core/model.js';

export type { Event, EventType, Report } from '../../src/core/model.js';

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface ReportHit {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  /** plain text around the match */
  snippet: string;
}

/** A source as the API hands it out: no descriptor for roles that may not see it. */
export type SourceView = Omit<Source, 'descriptor'> & { descriptor?: string };

export interface ReportView {
  report: Report;
  extraction: Omit<Extraction, 'sources'> & { sources: SourceView[] };
}

export interface EventRow extends Event {
  reportId: string;
  reportTitle: string;
  published: string | null;
  actorNames: string[];
  evidenceText: string;
}

export interface NamedCount {
  id: string;
  name: string;
  kind: string;
  reports: number;
}

export interface Vocabulary {
  eventTypes: string[];
  modalities: string[];
}
