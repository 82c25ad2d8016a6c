// Sealing a store with a new key: `casefile key init` on a store that holds clear
// data, and `casefile key rotate`. Every sensitive field is opened with the store's
// current protection and sealed with the new key, and the new key's fingerprint
// recorded, in one transaction: an interruption leaves the store as it was. Then
// the space the old values held is given back (SQLite: checkpoint and VACUUM, so
// neither the database nor its WAL keeps a page of them; PostgreSQL: VACUUM FULL).
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Source } from '../../core/model.js';
import type { SqlDialect } from '../migrations/index.js';
import type { Database } from '../schema.js';
import type { SearchDialect } from '../search-dialect.js';
import { CasefileError } from '../../core/errors.js';
import { rowHash } from '../review/audit.js';
import type { ReviewTables } from '../review/schema.js';
import { openJsonText, sealJsonText } from './json-fields.js';
import { maskSources } from './mask.js';
import { retagWitnesses } from '../incidents/witness-tags.js';
import type { LinkTables } from '../incidents/schema.js';
import { contexts, keyed, openSalt, sealSalt, type Protection } from './protection.js';
import { createSealer, newSalt, tagger } from './sealer.js';

const BATCH = 200;

export interface RekeyCounts {
  reports: number;
  notes: number;
}

export async function rekey(db: Kysely<Database>, dialect: SqlDialect, search: SearchDialect, from: Protection, newKey: Uint8Array): Promise<RekeyCounts> {
  from.assertWritable('a new key');
  const sealer = await createSealer(newKey);
  const counts = await db.transaction().execute(async (trx) => {
    // the witness salt outlives the key: stored witness hashes stay valid
    const current = await trx.selectFrom('store_key').select('witness_salt').where('id', '=', 1).executeTakeFirst();
    const salt = current?.witness_salt ? openSalt(from, current.witness_salt) : await newSalt();
    const to = keyed(sealer, tagger(salt));
    if (!current?.witness_salt) await retagWitnesses(trx as unknown as Transaction<LinkTables>, to.witnessTag);
    const reports = await resealReports(trx, from, to);
    const notes = await trx.selectFrom('review_notes').select(['id', 'body']).execute();
    for (const n of notes) {
      await trx.updateTable('review_notes').set({ body: to.sealText(from.openText(n.body, contexts.note(n.id)), contexts.note(n.id)) }).where('id', '=', n.id).execute();
    }
    const people = trx as unknown as Transaction<ReviewTables>;
    await resealDecisions(people, from, to);
    await resealAudit(people, from, to);
    // the masked texts replace clear ones: the index is made again from them
    if (from.state === 'off') await search.rebuild(trx);
    await trx.deleteFrom('store_key').execute();
    await trx.insertInto('store_key').values({ id: 1, fingerprint: sealer.fingerprint, sealed_at: new Date().toISOString(), witness_salt: sealSalt(to, salt) }).execute();
    return { reports, notes: notes.length };
  });
  await compact(db, dialect);
  return counts;
}

async function resealReports(trx: Transaction<Database>, from: Protection, to: Protection): Promise<number> {
  let after = -1, n = 0;
  for (;;) {
    const rows = await trx.selectFrom('reports').select(['seq', 'id', 'text', 'text_sealed', 'extraction'])
      .where('seq', '>', after).orderBy('seq').limit(BATCH).execute();
    if (rows.length === 0) return n;
    for (const r of rows) {
      const seq = Number(r.seq);
      const descriptors = await trx.selectFrom('source_descriptors').select(['source_id', 'descriptor']).where('report_seq', '=', seq).execute();
      const clear = new Map(descriptors.map((d) => [d.source_id, from.openText(d.descriptor, contexts.descriptor(r.id, d.source_id))]));
      for (const [source_id, descriptor] of clear) {
        await trx.updateTable('source_descriptors').set({ descriptor: to.sealText(descriptor, contexts.descriptor(r.id, source_id)) })
          .where('report_seq', '=', seq).where('source_id', '=', source_id).execute();
      }
      const raw = await trx.selectFrom('report_raw').select('bytes').where('report_seq', '=', seq).executeTakeFirst();
      if (raw) {
        const bytes = to.sealBytes(from.openBytes(new Uint8Array(raw.bytes), contexts.raw(r.id)), contexts.raw(r.id));
        await trx.updateTable('report_raw').set({ bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }).where('report_seq', '=', seq).execute();
      }
      if (r.text_sealed === null) await maskText(trx, seq, r, clear, to);
      else await trx.updateTable('reports').set({ text_sealed: to.sealText(from.openText(r.text_sealed, contexts.text(r.id)), contexts.text(r.id)) }).where('seq', '=', seq).execute();
      n++;
    }
    after = Number(rows[rows.length - 1].seq);
  }
}

/** A clear report becomes protected: its text masked (and its events' excerpts with it), the full text sealed. */
async function maskText(trx: Transaction<Database>, seq: number, r: { id: string; text: string; extraction: string }, descriptors: Map<string, string>, to: Protection): Promise<void> {
  const sources = (JSON.parse(r.extraction) as { sources: Pick<Source, 'id' | 'mentions'>[] }).sources
    .map((s) => ({ mentions: s.mentions, descriptor: descriptors.get(s.id) ?? '' }));
  const masked = maskSources(r.text, sources);
  await trx.updateTable('reports').set({ text: masked, text_sealed: to.sealText(r.text, contexts.text(r.id)) }).where('seq', '=', seq).execute();
  const events = await trx.selectFrom('events').select(['seq', 'evidence_start', 'evidence_end', 'evidence_text']).where('report_seq', '=', seq).execute();
  for (const e of events) {
    const excerpt = masked.slice(e.evidence_start, e.evidence_end);
    if (excerpt !== e.evidence_text) await trx.updateTable('events').set({ evidence_text: excerpt }).where('seq', '=', e.seq).execute();
  }
}

async function resealDecisions(trx: Transaction<ReviewTables>, from: Protection, to: Protection): Promise<void> {
  const rows = await trx.selectFrom('review_decisions').select(['seq', 'report_id', 'value', 'basis']).execute();
  for (const r of rows) {
    const c = contexts.decision(r.report_id);
    await trx.updateTable('review_decisions').set({ value: sealJsonText(openJsonText(r.value, from, c), to, c), basis: sealJsonText(openJsonText(r.basis, from, c), to, c) })
      .where('seq', '=', r.seq).execute();
  }
}

/**
 * The audit log's sealed words are sealed anew, and since each hash covers its row as
 * stored, the chain is made again. A log that already fails its check is left alone
 * and the rotation refused: making its chain again would hide what was altered.
 */
async function resealAudit(trx: Transaction<ReviewTables>, from: Protection, to: Protection): Promise<void> {
  const rows = await trx.selectFrom('audit_log').selectAll().orderBy('seq').execute();
  let prev = '0'.repeat(64), next = prev;
  for (const r of rows) {
    if (r.prev_hash !== prev || rowHash(r) !== r.hash) {
      throw new CasefileError('E_STORE', `audit entry ${r.seq} fails its check (\`casefile audit verify\`); the key is not changed`, { where: 'audit_log' });
    }
    prev = r.hash;
    const row = { ...r, prev_hash: next, before: sealJsonText(openJsonText(r.before, from, contexts.audit), to, contexts.audit), after: sealJsonText(openJsonText(r.after, from, contexts.audit), to, contexts.audit) };
    next = rowHash(row);
    await trx.updateTable('audit_log').set({ before: row.before, after: row.after, prev_hash: row.prev_hash, hash: next }).where('seq', '=', r.seq).execute();
  }
}

async function compact(db: Kysely<Database>, dialect: SqlDialect): Promise<void> {
  if (dialect === 'postgres') {
    await sql`vacuum full reports, report_raw, source_descriptors, events, review_notes, review_decisions, audit_log`.execute(db);
    return;
  }
  await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
  await sql`vacuum`.execute(db);
  await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
}
