// What the store keeps for people: accounts and sessions, review decisions, and
// the audit log. Both adapters get it from the same Kysely queries.
import type { AccessRole } from '../../core/access.js';
import type { ReviewDecision } from '../../core/review.js';
import type { Page } from '../port.js';

export interface User {
  name: string;
  role: AccessRole;
  createdAt: string;
}

export interface Session {
  user: User;
  csrf: string;
  expiresAt: string;
}

export interface UserStore {
  count(): Promise<number>;
  list(): Promise<User[]>;
  /** the user with the stored Argon2id hash, for checking a password */
  find(name: string): Promise<(User & { passwordHash: string }) | null>;
  /** adds the user, or changes the role and password of an existing one */
  put(name: string, role: AccessRole, passwordHash: string): Promise<{ created: boolean }>;
  remove(name: string): Promise<boolean>;
  /** keeps only the token's hash */
  createSession(tokenHash: string, userName: string, csrf: string, expiresAt: string): Promise<void>;
  /** the session of a token hash that has not expired */
  findSession(tokenHash: string, now: string): Promise<Session | null>;
  deleteSession(tokenHash: string): Promise<void>;
}

export type NewReviewDecision = Omit<ReviewDecision, 'seq' | 'createdAt'>;

export interface QueueRow {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  /** extracted items (events, actors, places, sources, claims) */
  items: number;
  /** items with a decision */
  checked: number;
  /** incidents this report's events share with other reports */
  linked: number;
}

export interface ReviewStore {
  addDecision(d: NewReviewDecision): Promise<ReviewDecision>;
  /** every decision on the report, oldest first (notes included: callers decide who sees them) */
  listDecisions(reportId: string): Promise<ReviewDecision[]>;
  /** the same for several reports in one query (a page of events), oldest first */
  listDecisionsOf(reportIds: string[]): Promise<ReviewDecision[]>;
  /** reports by what is left to check: least reviewed first, then most linked */
  queue(opts: { limit?: number; offset?: number }): Promise<Page<QueueRow>>;
}

export interface NewAuditEntry {
  actor: string;
  action: string;
  reportId?: string | null;
  incidentId?: string | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  reportId: string | null;
  incidentId: string | null;
  before: unknown;
  after: unknown;
  hash: string;
}

export interface AuditFilter {
  actor?: string;
  action?: string;
  reportId?: string;
  incidentId?: string;
  limit?: number;
  offset?: number;
}

export interface AuditCheck {
  entries: number;
  /** rows whose content or link to the previous row does not match its hash */
  problems: { seq: number; reason: string }[];
  /** hash of the last entry: kept elsewhere, it also shows that entries were cut from the end */
  head: string;
}

export interface AuditStore {
  append(entry: NewAuditEntry): Promise<AuditEntry>;
  /** newest first */
  list(filter: AuditFilter): Promise<Page<AuditEntry>>;
  verify(): Promise<AuditCheck>;
}
