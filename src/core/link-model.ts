// What linking works on and the store keeps: a compact view of each report and its
// events, built once from the stored Report + Extraction (src/link/prepare.ts) and kept
// in the link tables, so an incremental run never reloads whole extractions; and what
// linking leaves there (cases with their corroboration, analysts' decisions). Here in
// core, not in src/link, so the store depends on no higher layer.
import type { EventDate, EventType, Modality, PlaceLevel, Role, SourceKind } from './model.js';

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
  /** the words that tell its story (src/link/story-words.ts) */
  storyWords: string[];
  fingerprint: Fingerprint;
  events: LinkEvent[];
}

export const eventKey = (reportId: string, eventId: string) => `${reportId}#${eventId}`;

/** A report's text fingerprint (src/link/duplicates): MinHash signature, anchors, shingle count. */
export interface Fingerprint {
  size: number;
  signature: Uint32Array;
  anchors: Uint32Array;
}

export interface MemberReport {
  id: string;
  outletKey: string | null;
  /** root original when this report is a near-duplicate */
  duplicateOf: string | null;
  citedOutlets: string[];
}

export interface Witness {
  outlet: string;
  /** null: the outlet's own unattributed account */
  sourceKey: string | null;
  refs: { reportId: string; sourceId: string | null }[];
}

export interface Corroboration {
  independentSources: number;
  outlets: string[];
  witnesses: Witness[];
  chains: { reportId: string; from: string | null; to: string }[];
  reposts: { reportId: string; duplicateOf: string }[];
}

export interface Contradiction {
  kind: 'count' | 'date' | 'modality' | 'claim';
  summary: string;
  items: { reportId: string; eventId?: string; claimIds?: [string, string]; value: string }[];
}

/** An analyst's decision on cases, replayed by every later linking run. */
export type Decision =
  | { kind: 'merge'; events: string[] }
  | { kind: 'split'; moved: string[]; rest: string[] };

export interface IncidentSummary {
  id: string;
  type: EventType;
  title: string;
  placeId: string | null;
  placeName: string | null;
  dateFrom: string | null;
  dateTo: string | null;
  /** first and last publication date among its reports */
  firstSeen: string | null;
  lastSeen: string | null;
  reports: number;
  events: number;
  corroboration: number;
  outlets: number;
  detail: { corroboration: Corroboration; contradictions: Contradiction[] };
  /** the days its acts run over as the case's time bound reads them; null when none is placed in time */
  span: CaseDays | null;
}

/**
 * From the earliest day one of a case's acts can end (`from`) to the latest one can
 * begin (`to`), as day numbers: the stretch holding a day of every act placed in
 * time (link/incidents/case-span.ts), kept so that a run loading part of a case
 * bounds it as a run holding all of it does.
 */
export interface CaseDays {
  from: number;
  to: number;
}

export interface ReportMeta extends MemberReport {
  title: string;
  outlet: string | null;
  published: string | null;
  contested: [string, string][];
  storyWords: string[];
}
