// People's part of the store: accounts and sessions, review decisions, the audit log.
import type { Kysely } from 'kysely';
import { createAuditStore } from './audit.js';
import { createReviewStore } from './decisions.js';
import type { Protection } from '../crypto/protection.js';
import type { AuditStore, ReviewStore, UserStore } from './port.js';
import { createUserStore } from './users.js';

export function createPeopleStores(kysely: Kysely<any>, dialect: 'sqlite' | 'postgres', p: Protection): { users: UserStore; review: ReviewStore; audit: AuditStore } {
  return { users: createUserStore(kysely), review: createReviewStore(kysely, p), audit: createAuditStore(kysely, dialect, p) };
}
