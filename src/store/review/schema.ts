// Kysely table types of accounts, sessions, review decisions and the audit log
// (migrations/0003_review.ts).
import type { Generated } from 'kysely';

export interface ReviewTables {
  users: { name: string; role: string; password_hash: string; created_at: string };
  sessions: { token_hash: string; user_name: string; csrf: string; created_at: string; expires_at: string };
  review_decisions: {
    seq: Generated<number>;
    report_id: string;
    item: string;
    action: string;
    /** JSON */
    value: string | null;
    /** JSON of the machine's item when decided */
    basis: string | null;
    author: string;
    created_at: string;
  };
  audit_log: {
    seq: number;
    at: string;
    actor: string;
    action: string;
    report_id: string | null;
    incident_id: string | null;
    /** JSON */
    before: string | null;
    after: string | null;
    prev_hash: string;
    hash: string;
  };
}
