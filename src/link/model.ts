// What linking works on: a compact view of each report and its events, built once
// from the stored Report + Extraction (prepare.ts) and kept in the link tables, so
// an incremental run never reloads whole extractions.
import type { EventDate, EventType, Modality, PlaceLevel, Role, SourceKind } from '../core/model.js';
import type { Fingerprint } from './duplicates/fingerprint.js';

export interface LinkPlace {
  id: string;
  name: string;
  level: PlaceLevel;
  /** gazetteer ids of containing places, nearest first */
  ancestors: string[];
}

export interface LinkActor {
  /** canon id for organisations and named people; `role:<description>` for role actors */
  key: string;
  name: string;
  kind: 'organization' | 'person' | 'role';
  role: Role;
}

export interface LinkSource {
  id: string;
  /** hash of the normalised descriptor: the descriptor itself stays in the sensitive tables */
  key: string;
  kind: SourceKind;
}

export interface LinkEvent {
  /** reportId#eventId */
  key: string;
  reportId: string;
  eventId: string;
  type: EventType;
  modality: Modality;
  date: EventDate;
  /** days since 1970 the event can fall on; null when neither date nor publication bounds it */
  lo: number | null;
  hi: number | null;
  /** 'date': from the text; 'published': only bounded by the report's publication */
  basis: 'date' | 'published' | 'none';
  places: LinkPlace[];
  actors: LinkActor[];
  count: number | null;
  sources: LinkSource[];
  evidence: { start: number; end: number };
  /** the report's publication date: an event cannot be dated after a report that describes it */
  published: string | null;
}

export interface LinkReport {
  id: string;
  title: string;
  outlet: string | null;
  /** canonical outlet id when the knowledge knows it, else the folded name */
  outletKey: string | null;
  published: string | null;
  /** outlets this report names as its origin ("told Daily NK"): a chain, not a witness */
  citedOutlets: string[];
  /** contested claim ids, pairs as [a, b] */
  contested: [string, string][];
  fingerprint: Fingerprint;
  events: LinkEvent[];
}

export const eventKey = (reportId: string, eventId: string) => `${reportId}#${eventId}`;
