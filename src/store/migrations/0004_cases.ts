// Cases: an incident holds the acts of one episode, of any type, several from one
// report. Each act records whether its report tells that episode or only mentions
// it as background. Text fingerprints changed shape (anchors in text order), so the
// link state is cleared and rebuilt by the next link run (ingest, link or serve);
// analysts' decisions stay and are replayed.
import type { Kysely } from 'kysely';
import type { SqlDialect } from './index.js';

export async function up(db: Kysely<any>, _dialect: SqlDialect): Promise<void> {
  for (const t of ['link_blocks', 'link_events', 'link_keys', 'link_reports', 'incidents']) await db.deleteFrom(t).execute();
  await db.schema.alterTable('link_events').addColumn('episode', 'integer', (c) => c.notNull().defaultTo(1)).execute();
}
