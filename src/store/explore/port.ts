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
  /** independent sources of the event's case: "0" (not linked), "1", "2", "3" (three or more) */
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
  /** events by date as stored (value and precision) and type; cases by their date range */
  timeline: {
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

/** one exported event: the row, its place and actor records, its case */
export interface ExportRow extends EventRow {
  seq: number;
  placeRecords: { id: string; name: string; level: string; country: string | null; lat: number | null; lon: number | null; direct: boolean }[];
  actorRecords: { id: string; key: string; name: string; kind: string; canonId: string | null }[];
  caseId: string | null;
  corroboration: number | null;
}

export interface ExploreStore {
  /** a page of matching events, newest first */
  events(filter: ExploreFilter, page: { limit?: number; offset?: number }): Promise<Page<EventRow>>;
  /** counts, map, timeline and network for the filter */
  summary(filter: ExploreFilter): Promise<Explore>;
  /** matching events after a seq, in seq order: exports page through with constant memory */
  exportBatch(filter: ExploreFilter, afterSeq: number, limit: number): Promise<ExportRow[]>;
}
