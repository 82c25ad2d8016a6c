// Kysely table types shared by both adapters; migrations/ creates exactly these.
// Every extracted row is keyed by (report_seq, its id inside the extraction): a
// report's rows never touch another report's, and keys that grow with each save keep
// inserts at the end of every index (report ids are content hashes, scattered).
import type { Generated } from 'kysely';

export interface ReportsTable {
  /** stable integer key: SQLite's FTS5 index refers to rows by it */
  seq: Generated<number>;
  id: string;
  title: string;
  outlet: string | null;
  url: string | null;
  published: string | null;
  language: string;
  /** the text; in a protected store, with its source spans masked (crypto/mask.ts) */
  text: string;
  /** protected store: the full text, sealed; null otherwise */
  text_sealed: string | null;
  ingested_at: string;
  extractor: string;
  /** the Extraction as saved, minus source descriptors (kept in source_descriptors) */
  extraction: string;
}

/** sensitive: original bytes, read only through getRaw */
export interface ReportRawTable {
  report_seq: number;
  bytes: Uint8Array;
}

export interface EventsTable {
  seq: Generated<number>;
  report_seq: number;
  event_id: string;
  type: string;
  modality: string;
  date_value: string | null;
  date_precision: string;
  /** first and last day the date can mean ("2024-03" spans 2024-03-01..2024-03-31) */
  date_from: string | null;
  date_to: string | null;
  count: number | null;
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
  /** the Event as saved, plus participant names resolved for display */
  data: string;
  actor_names: string;
}

export interface EventPlacesTable {
  report_seq: number;
  event_id: string;
  place_id: string;
  /** 1 for the event's own place, 0 for a containing place (province of a city) */
  direct: number;
}

export interface EventParticipantsTable {
  report_seq: number;
  event_id: string;
  actor_id: string;
  actor_key: string;
  role: string;
}

export interface EventSourcesTable {
  report_seq: number;
  event_id: string;
  source_id: string;
}

export interface ActorsTable {
  report_seq: number;
  actor_id: string;
  /** canon id, or "<kind>:<normalised name>" for actors outside the canon */
  key: string;
  name: string;
  kind: string;
  canon_id: string | null;
  place_id: string | null;
}

export interface PlacesTable {
  report_seq: number;
  place_id: string;
  name: string;
  level: string;
  country: string | null;
  parent: string | null;
  lat: number | null;
  lon: number | null;
}

/** every name and alias of an actor or place, normalised, for filters by name */
export interface EntityNamesTable {
  entity: 'actor' | 'place';
  key: string;
  name_norm: string;
}

export interface SourcesTable {
  report_seq: number;
  source_id: string;
  location: string | null;
  place_id: string | null;
  kind: string;
}

/** sensitive: who told the outlet, apart so roles, redaction and encryption can guard it */
export interface SourceDescriptorsTable {
  report_seq: number;
  source_id: string;
  descriptor: string;
}

export interface ClaimsTable {
  report_seq: number;
  claim_id: string;
  speaker_source_id: string | null;
  speaker_actor_id: string | null;
  stance: string;
  alleged_false: number;
  content_start: number;
  content_end: number;
  evidence_start: number;
  evidence_end: number;
  contested_with: string;
}

/** sensitive: reviewers' notes */
export interface ReviewNotesTable {
  /** insertion order */
  seq: Generated<number>;
  id: string;
  report_id: string;
  event_id: string | null;
  author: string;
  body: string;
  created_at: string;
}

/** the key a protected store is encrypted with, by fingerprint (one row, id 1) */
export interface StoreKeyTable {
  id: number;
  fingerprint: string;
  sealed_at: string;
  /** the salt of witness hashes (migration 0010), sealed; null until the store is first opened with its key */
  witness_salt: string | null;
}

export interface Database {
  reports: ReportsTable;
  report_raw: ReportRawTable;
  events: EventsTable;
  event_places: EventPlacesTable;
  event_participants: EventParticipantsTable;
  event_sources: EventSourcesTable;
  actors: ActorsTable;
  places: PlacesTable;
  entity_names: EntityNamesTable;
  sources: SourcesTable;
  source_descriptors: SourceDescriptorsTable;
  claims: ClaimsTable;
  review_notes: ReviewNotesTable;
  store_key: StoreKeyTable;
}
