// What differs between the adapters: how full-text search matches, ranks, excerpts
// and is kept up to date. Everything else is shared Kysely code (kysely-store.ts).
import type { Kysely, RawBuilder } from 'kysely';
import type { Database } from './schema.js';
import type { SearchExpression } from './search/expression.js';

export interface Match {
  seq: number;
  /** lower is better */
  rank: number;
}

/** a match on a page of results, with its plain-text excerpt around the words of q */
export interface PageMatch extends Match {
  snippet: string;
}

export interface SearchDialect {
  /** a subquery of (seq, rank) over reports matching q (text typed, or an expanded expression); null when q holds no searchable word */
  reportMatches(q: string | SearchExpression): RawBuilder<Match> | null;
  /**
   * A page of reports matching q as a subquery of (seq, rank, snippet), ordered and
   * cut to limit and offset inside the index query, so rows outside the page are
   * never joined, read or excerpted, and the expression is evaluated once for the
   * page and its excerpts: by relevance, or newest stored first (which costs only
   * the page, where relevance costs every match); null when q holds no searchable word.
   */
  reportPage(q: string | SearchExpression, limit: number, offset: number, order: 'relevance' | 'newest'): RawBuilder<PageMatch> | null;
  /** a subquery of (seq, rank) over events matching q in their type or evidence text */
  eventMatches(q: string | SearchExpression): RawBuilder<Match> | null;
  /** indexes reports saved in this transaction (nothing to do where the database maintains it) */
  indexReports(trx: Kysely<Database>, reportSeqs: number[]): Promise<void>;
  /** drops a report's events from the index, before its rows are replaced (re-extraction) */
  unindexEvents(trx: Kysely<Database>, reportSeq: number): Promise<void>;
  /** indexes a report's events written in this transaction */
  indexEvents(trx: Kysely<Database>, reportSeq: number): Promise<void>;
  /** drops a report's title and text from the index, before its text is rewritten (a new mask) */
  unindexReportText(trx: Kysely<Database>, reportSeq: number): Promise<void>;
  /** indexes a report's title and text again after unindexReportText */
  indexReportText(trx: Kysely<Database>, reportSeq: number): Promise<void>;
  /** makes every index again from the stored rows (after texts were rewritten in place) */
  rebuild(trx: Kysely<Database>): Promise<void>;
}
