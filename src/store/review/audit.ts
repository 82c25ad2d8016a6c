// The audit log: append-only and hash-chained. Each row's hash covers its own
// content and the previous row's hash, so altering a row breaks its hash and
// deleting one breaks the link of the row after it. Appends are serialised (one
// transaction reads the head and writes the next row; PostgreSQL locks the table).
// In a protected store, descriptors and note bodies inside before/after are sealed
// (crypto/json-fields.ts) and the hash covers the row as stored, so the chain is
// checked without the key.
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { openJson, sealJson } from '../crypto/json-fields.js';
import { contexts, type Protection } from '../crypto/protection.js';
import { paging } from '../paging.js';
import type { AuditEntry, AuditStore } from './port.js';
import type { ReviewTables } from './schema.js';

type Db = Kysely<ReviewTables>;
type Row = ReviewTables['audit_log'];

const GENESIS = '0'.repeat(64);
const json = (v: unknown, p: Protection) => (v === undefined || v === null ? null : JSON.stringify(sealJson(v, p, contexts.audit)));

export function rowHash(r: Omit<Row, 'hash'>): string {
  const content = JSON.stringify([Number(r.seq), r.at, r.actor, r.action, r.report_id, r.incident_id, r.before, r.after]);
  return createHash('sha256').update(r.prev_hash).update('\n').update(content).digest('hex');
}

const parsed = (text: string | null, p: Protection) => (text === null ? null : openJson(JSON.parse(text), p, contexts.audit));

const entry = (r: Row, p: Protection): AuditEntry => ({
  seq: Number(r.seq), at: r.at, actor: r.actor, action: r.action, reportId: r.report_id, incidentId: r.incident_id,
  before: parsed(r.before, p), after: parsed(r.after, p), hash: r.hash,
});

export function createAuditStore(db: Db, dialect: 'sqlite' | 'postgres', p: Protection): AuditStore {
  return {
    append(e) {
      return db.transaction().execute(async (trx) => {
        if (dialect === 'postgres') await sql`lock table audit_log in exclusive mode`.execute(trx);
        const head = await trx.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
        const row: Omit<Row, 'hash'> = {
          seq: head ? Number(head.seq) + 1 : 1, at: new Date().toISOString(), actor: e.actor, action: e.action,
          report_id: e.reportId ?? null, incident_id: e.incidentId ?? null, before: json(e.before, p), after: json(e.after, p),
          prev_hash: head?.hash ?? GENESIS,
        };
        const full = { ...row, hash: rowHash(row) };
        await trx.insertInto('audit_log').values(full).execute();
        return entry(full, p);
      });
    },
    async list(f) {
      const { limit, offset } = paging(f, 100);
      let q = db.selectFrom('audit_log');
      if (f.actor) q = q.where('actor', '=', f.actor);
      if (f.action) q = q.where('action', '=', f.action);
      if (f.reportId) q = q.where('report_id', '=', f.reportId);
      if (f.incidentId) q = q.where('incident_id', '=', f.incidentId);
      const [rows, total] = await Promise.all([
        q.selectAll().orderBy('seq', 'desc').limit(limit).offset(offset).execute(),
        q.select(db.fn.countAll().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map((r) => entry(r, p)), total: Number(total.n) };
    },
    async verify() {
      const problems: { seq: number; reason: string }[] = [];
      let prev = GENESIS;
      let expectedSeq = 1;
      let entries = 0;
      // read in pages, so a long log is never held whole
      for (let after = 0; ;) {
        const rows = await db.selectFrom('audit_log').selectAll().where('seq', '>', after).orderBy('seq').limit(1000).execute();
        if (rows.length === 0) break;
        for (const r of rows) {
          const seq = Number(r.seq);
          entries++;
          if (seq !== expectedSeq) problems.push({ seq, reason: `entries ${expectedSeq}..${seq - 1} are missing` });
          if (r.prev_hash !== prev) problems.push({ seq, reason: 'does not follow the entry before it (an entry was deleted or altered)' });
          if (rowHash(r) !== r.hash) problems.push({ seq, reason: 'its content does not match its hash (altered)' });
          prev = r.hash;
          expectedSeq = seq + 1;
        }
        after = Number(rows[rows.length - 1].seq);
      }
      return { entries, problems, head: prev };
    },
  };
}
