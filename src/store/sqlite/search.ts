// FTS5 search: external-content indexes (reports_fts, events_fts) ranked by bm25,
// title weighted above text, type above evidence.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { Match, SearchDialect } from '../search-dialect.js';
import { toFtsQuery } from './fts-query.js';

const SNIPPET_TOKENS = 24;

export const sqliteSearch: SearchDialect = {
  reportMatches(q) {
    const match = toFtsQuery(q);
    return match === null ? null
      : sql<Match>`(select rowid as seq, bm25(reports_fts, 5.0, 1.0) as rank from reports_fts where reports_fts match ${match})`;
  },
  eventMatches(q) {
    const match = toFtsQuery(q);
    return match === null ? null
      : sql<Match>`(select rowid as seq, bm25(events_fts, 2.0, 1.0) as rank from events_fts where events_fts match ${match})`;
  },
  async reportSnippets(db, q, seqs) {
    const match = toFtsQuery(q);
    if (match === null || seqs.length === 0) return new Map();
    const { rows } = await sql<{ seq: number; snippet: string }>`
      select rowid as seq, snippet(reports_fts, 1, '', '', '…', ${SNIPPET_TOKENS}) as snippet
      from reports_fts where reports_fts match ${match} and rowid in (${sql.join(seqs)})`.execute(db);
    return new Map(rows.map((r) => [r.seq, r.snippet]));
  },
  async indexReport(trx: Kysely<Database>, reportSeq) {
    await sql`insert into reports_fts (rowid, title, text) select seq, title, text from reports where seq = ${reportSeq}`.execute(trx);
    await this.indexEvents(trx, reportSeq);
  },
  async indexEvents(trx, reportSeq) {
    await sql`insert into events_fts (rowid, type, evidence_text) select seq, type, evidence_text from events where report_seq = ${reportSeq}`.execute(trx);
  },
  // an external-content index forgets a row only when told its old values
  async unindexEvents(trx, reportSeq) {
    await sql`insert into events_fts (events_fts, rowid, type, evidence_text) select 'delete', seq, type, evidence_text from events where report_seq = ${reportSeq}`.execute(trx);
  },
};
