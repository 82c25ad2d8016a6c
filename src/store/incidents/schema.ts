// Kysely table types of the linking tables (migrations/0002_incidents.ts).
import type { Generated } from 'kysely';

export interface LinkTables {
  link_reports: {
    report_seq: number;
    report_id: string;
    duplicate_of: string | null;
    similarity: number | null;
    reason: string | null;
    /** JSON: ReportMeta without id and duplicateOf */
    meta: string;
    fingerprint: Uint8Array;
    linked_at: string;
  };
  link_keys: { key: number; report_seq: number };
  link_events: {
    seq: Generated<number>;
    event_key: string;
    report_seq: number;
    report_id: string;
    incident_id: string;
    /** JSON: LinkEvent */
    data: string;
    score: number | null;
    linked_to: string | null;
    explanation: string;
    /** 1: an act of the episode its report tells; 0: background (migration 0004) */
    episode: Generated<number>;
  };
  link_blocks: { key: number; event_seq: number };
  incidents: {
    id: string;
    type: string;
    title: string;
    place_id: string | null;
    place_name: string | null;
    date_from: string | null;
    date_to: string | null;
    first_seen: string | null;
    last_seen: string | null;
    reports: number;
    events: number;
    corroboration: number;
    outlets: number;
    /** JSON: corroboration and contradictions */
    detail: string;
    updated_at: string;
    /** the case's span as its time bound reads it, in day numbers (migration 0018); null when no act is placed in time */
    span_from: number | null;
    span_to: number | null;
  };
  incident_decisions: {
    seq: Generated<number>;
    kind: string;
    data: string;
    author: string;
    created_at: string;
  };
  reports: { seq: Generated<number>; id: string; title: string; outlet: string | null; published: string | null; text: string; text_sealed: string | null; extraction: string };
  source_descriptors: { report_seq: number; source_id: string; descriptor: string };
}
