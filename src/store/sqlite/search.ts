// FTS5 search: external-content indexes (reports_fts, events_fts) ranked by bm25,
// title weighted above text, type above evidence.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { Match, PageMatch, SearchDialect } from '../search-dialect.js';
import { toFtsQuery } from './fts-query.js';

const SNIPPET_TOKENS = 24;
/** reportMatches' bm25 weights as FTS5's rank function, so FTS5 can sort by it itself */
const RANK = 'bm25(5.0, 1.0)';

export const sqliteSearch: SearchDialect = {
  reportMatches(q) {
    const match = toFtsQuery(q);
    return match === null ? null
      : sql<Match>`(select rowid as seq, bm25(reports_fts, 5.0, 1.0) as rank from reports_fts where reports_fts match ${match})`;
  },
  // Both orders are done inside FTS5, so SQLite stops reading after the page and
  // excerpts its rows only: by relevance through FTS5's own rank column (the same
  // bm25 weights) sorted inside the index, newest by walking the index backwards.
  reportPage(q, limit, offset, order) {
    const match = toFtsQuery(q);
    if (match === null) return null;
    const snippet = sql`snippet(reports_fts, 1, '', '', '…', ${SNIPPET_TOKENS})`;
    return order === 'relevance'
      ? sql<PageMatch>`(select rowid as seq, rank, ${snippet} as snippet from reports_fts where reports_fts match ${match} and rank match ${RANK} order by rank limit ${limit} offset ${offset})`
      : sql<PageMatch>`(select rowid as seq, -rowid as rank, ${snippet} as snippet from reports_fts where reports_fts match ${match} order by rowid desc limit ${limit} offset ${offset})`;
  },
  eventMatches(q) {
    const match = toFtsQuery(q);
    return match === null ? null
      : sql<Match>`(select rowid as seq, bm25(events_fts, 2.0, 1.0) as rank from events_fts where events_fts match ${match})`;
  },
  async indexReports(trx: Kysely<Database>, reportSeqs) {
    for (let i = 0; i < reportSeqs.length; i += 500) {
      const seqs = sql.join(reportSeqs.slice(i, i + 500));
      await sql`insert into reports_fts (rowid, title, text) select seq, title, text from reports where seq in (${seqs})`.execute(trx);
      await sql`insert into events_fts (rowid, type, evidence_text) select seq, type, evidence_text from events where report_seq in (${seqs})`.execute(trx);
    }
  },
  async indexEvents(trx, reportSeq) {
    await sql`insert into events_fts (rowid, type, evidence_text) select seq, type, evidence_text from events where report_seq = ${reportSeq}`.execute(trx);
  },
  async rebuild(trx) {
    await sql`insert into reports_fts (reports_fts) values ('rebuild')`.execute(trx);
    await sql`insert into events_fts (events_fts) values ('rebuild')`.execute(trx);
  },
  async unindexReportText(trx, reportSeq) {
    await sql`insert into reports_fts (reports_fts, rowid, title, text) select 'delete', seq, title, text from reports where seq = ${reportSeq}`.execute(trx);
  },
  async indexReportText(trx, reportSeq) {
    await sql`insert into reports_fts (rowid, title, text) select seq, title, text from reports where seq = ${reportSeq}`.execute(trx);
  },
  // an external-content index forgets a row only when told its old values
  async unindexEvents(trx, reportSeq) {
    await sql`insert into events_fts (events_fts, rowid, type, evidence_text) select 'delete', seq, type, evidence_text from events where report_seq = ${reportSeq}`.execute(trx);
  },
};
