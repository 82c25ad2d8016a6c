// What the explore views read: one filter, and for it a page of events, facet
// counts, map points, a timeline, a network, and every event in order for exports.
import type { ExploreFilter } from '../../core/query.js';
import type { EventRow, Page } from '../port.js';

export type { ExploreFilter } from '../../core/query.js';

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface Facets {
  type: FacetValue[];
  actor: FacetValue[];
  place: FacetValue[];
  sourceKind: FacetValue[];
  review: FacetValue[];
  /** independent outlets of the event's case: "0" (not linked), "1", "2", "3" (three or more) */
  corroboration: FacetValue[];
}

export interface MapPlace {
  id: string;
  name: string;
  level: string;
  lat: number;
  lon: number;
  /** events placed here, by type */
  byType: Record<string, number>;
  count: number;
}

export interface Explore {
  total: number;
  facets: Facets;
  /** events at their finest known place that has coordinates */
  map: { places: MapPlace[]; provinces: { id: string; name: string; lat: number | null; lon: number | null; count: number }[]; unplaced: number };
  /**
   * events by bucket (a day, month or year: `unit`, chosen by the span), the
   * precision their dates were given at, and type; cases by their date range
   */
  timeline: {
    unit: 'day' | 'month' | 'year';
    /** date: the bucket (YYYY-MM-DD, YYYY-MM or YYYY), no finer than the precision */
    events: { date: string; precision: 'day' | 'month' | 'year'; type: string; count: number }[];
    undated: number;
    cases: { id: string; title: string; type: string; from: string | null; to: string | null; corroboration: number }[];
  };
  network: {
    nodes: { id: string; kind: 'actor' | 'place' | 'case'; label: string; acts: number }[];
    /** acts: agent -> target in the same event; actor -> case; case -> place */
    edges: { source: string; target: string; kind: 'acts_on' | 'in_case' | 'at'; count: number }[];
  };
}

/** an event of the table, with its actors by key */
export interface ExploreEventRow extends EventRow {
  actors: { key: string; name: string }[];
}

/** one exported event: the row, its place and actor records, its case */
export interface ExportRow extends EventRow {
  seq: number;
  placeRecords: { id: string; name: string; level: string; country: string | null; lat: number | null; lon: number | null; direct: boolean }[];
  actorRecords: { id: string; key: string; name: string; kind: string; canonId: string | null }[];
  caseId: string | null;
  corroboration: number | null;
}

/** a name as the reports wrote it: in how many reports, first and last publication date */
export interface RecordName {
  name: string;
  first: string | null;
  last: string | null;
  reports: number;
}

export interface CaseRef {
  id: string;
  title: string;
  type: string;
  from: string | null;
  to: string | null;
  corroboration: number;
}

export interface EntityActs {
  total: number;
  byType: { type: string; count: number }[];
}

export interface ActorRecord {
  key: string;
  name: string;
  kind: string;
  canonId: string | null;
  names: RecordName[];
  acts: EntityActs & { byRole: { role: string; count: number }[] };
  cases: CaseRef[];
}

export interface PlaceRecord {
  id: string;
  /** null for a place no report names (a province known by its cities' events) */
  name: string | null;
  level: string | null;
  parent: string | null;
  names: RecordName[];
  acts: EntityActs;
  cases: CaseRef[];
  /** places the reports name inside this one */
  insideIds: string[];
}

/** a source without its descriptor */
export interface SourceRecord {
  reportId: string;
  sourceId: string;
  kind: string;
  location: string | null;
  placeId: string | null;
  placeName: string | null;
  report: { id: string; title: string; outlet: string | null; published: string | null };
  /** the acts this source is given for */
  events: { id: string; type: string; date: string | null; modality: string; actorNames: string[] }[];
  /** claims it speaks */
  claims: number;
}

export interface ExploreStore {
  /** a page of matching events, newest first */
  events(filter: ExploreFilter, page: { limit?: number; offset?: number }): Promise<Page<ExploreEventRow>>;
  /** counts, map, timeline and network for the filter */
  summary(filter: ExploreFilter): Promise<Explore>;
  /** matching events after a seq, in seq order: exports page through with constant memory */
  exportBatch(filter: ExploreFilter, afterSeq: number, limit: number): Promise<ExportRow[]>;
  /** what the record holds about an actor (by key), or null when no report names it */
  actor(key: string): Promise<ActorRecord | null>;
  /** what the record holds about a place, or null when no event is at it */
  place(id: string): Promise<PlaceRecord | null>;
  /** events at each place (its own or inside it) */
  eventsAt(ids: string[]): Promise<Map<string, number>>;
  /** one source of a report (no descriptor), or null */
  source(reportId: string, sourceId: string): Promise<SourceRecord | null>;
}
