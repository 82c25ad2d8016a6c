// Indexes the explore filter reads by: an event's latest review decision (report,
// item, newest first) and its case link by report, so the review and
// corroboration filters look up each event instead of scanning the tables.
import type { Kysely } from 'kysely';
import type { SqlDialect } from './index.js';

export async function up(db: Kysely<any>, _dialect: SqlDialect): Promise<void> {
  await db.schema.createIndex('review_decisions_item').on('review_decisions').columns(['report_id', 'item', 'seq']).execute();
  await db.schema.createIndex('link_events_report_seq').on('link_events').columns(['report_seq', 'incident_id']).execute();
}
