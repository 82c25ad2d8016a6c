// What the store keeps for linking and serves about incidents. Both adapters get it
// from the same Kysely queries (createIncidentStore).
import type { Extraction, Report } from '../../core/model.js';
import type { ReviewDecision } from '../../core/review.js';
import type { Page } from '../port.js';
import type { CaseDays, Decision, IncidentSummary, LinkEvent, ReportMeta } from '../../core/link-model.js';

/** Stored reports reached by new reports' fingerprint keys. */
export interface DuplicateSlice {
  reports: { meta: ReportMeta; fingerprint: Uint8Array }[];
  postings: [key: number, reportId: string][];
  /** keys with more postings than the cap: stop keys */
  stoppedKeys: number[];
}

/** A stored event with its row's seq: the order events were filed in. */
export interface StoredEvent {
  seq: number;
  event: LinkEvent;
  incidentId: string;
}

/** Stored events reached by new events' blocking keys or copied by new reports. */
export interface EventSlice {
  /** in seq order */
  events: StoredEvent[];
  /** (key, event seq), each key's in the order filed */
  postings: [key: number, seq: number][];
  stoppedKeys: number[];
  /** the reports of those events: their story words and originals weigh in every comparison */
  reports: ReportMeta[];
  /** the stored spans of those events' cases (those with an act placed in time) */
  spans: [incidentId: string, days: CaseDays][];
}

export interface LinkWrite {
  reports: { meta: ReportMeta; similarity: number | null; reason: string | null; fingerprint: Uint8Array; keys: number[] }[];
  events: { event: LinkEvent; incidentId: string; score: number | null; linkedTo: string | null; explanation: string; episode: boolean; blockKeys: number[] }[];
  /** incidents moved by the run (an analyst's merge), by event key */
  moves: { eventKey: string; incidentId: string; explanation: string }[];
  incidents: IncidentSummary[];
  /** incidents left without events */
  removed: string[];
}

export type IncidentSort = 'corroboration' | 'date' | 'seen' | 'reports';

export interface IncidentQuery {
  sort?: IncidentSort;
  order?: 'asc' | 'desc';
  type?: string;
  /** only incidents with at least this many reports */
  minReports?: number;
  limit?: number;
  offset?: number;
}

export type IncidentRow = Omit<IncidentSummary, 'detail' | 'span'>;

export interface IncidentMember {
  eventKey: string;
  reportId: string;
  reportTitle: string;
  outlet: string | null;
  published: string | null;
  duplicateOf: string | null;
  event: LinkEvent;
  score: number | null;
  linkedTo: string | null;
  explanation: string;
}

export interface IncidentPage extends Omit<IncidentSummary, 'span'> {
  members: IncidentMember[];
}

export interface ReportLinks {
  reportId: string;
  duplicateOf: { id: string; title: string; similarity: number | null; reason: string | null } | null;
  duplicates: { id: string; title: string; outlet: string | null; published: string | null }[];
  /** cases with this report's acts; `about`: the report tells this episode, rather than mentioning it as background */
  incidents: (IncidentRow & { about: boolean })[];
}

export interface IncidentStore {
  /** the lowest seq of a stored report not linked yet, null when all are */
  firstUnlinkedSeq(): Promise<number | null>;
  /** stored reports not linked yet, oldest first, with their extraction (descriptors restored) and people's decisions on it */
  /** a witness key as this store keeps it (keyed when the store is protected) */
  witnessTag(key: string): string;
  unlinkedReports(limit: number, afterSeq: number): Promise<{ seq: number; report: Pick<Report, 'id' | 'title' | 'outlet' | 'published' | 'text'>; extraction: Extraction; decisions: ReviewDecision[] }[]>;
  loadDuplicateState(keys: number[], cap: number): Promise<DuplicateSlice>;
  /** the events filed under the keys (only the latest `window(key, postings)` of each key), and every event of the originals, with their reports */
  loadEventState(blockKeys: number[], cap: number, originals: string[], window?: (key: number, postings: number) => number): Promise<EventSlice>;
  /** members (with their reports) of the given incidents, in seq order */
  incidentMembers(ids: string[]): Promise<{ events: StoredEvent[]; reports: ReportMeta[] }>;
  /** writes a run in one transaction; returns the stored seq of each new event */
  saveLinkRun(w: LinkWrite): Promise<[eventKey: string, seq: number][]>;
  /** writes candidate keys as flat (key, report seq) and (key, event seq) pairs, for a run from scratch that defers them */
  saveKeys(keys: { duplicate: ArrayLike<number>; block: ArrayLike<number> }): Promise<void>;
  /** forgets all link state but the analysts' decisions (before relinking from scratch) */
  clearLinks(): Promise<void>;
  listIncidents(q: IncidentQuery): Promise<Page<IncidentRow>>;
  getIncident(id: string): Promise<IncidentPage | null>;
  reportLinks(reportId: string): Promise<ReportLinks | null>;
  addDecision(d: Decision, author: string): Promise<void>;
  listDecisions(): Promise<Decision[]>;
}
