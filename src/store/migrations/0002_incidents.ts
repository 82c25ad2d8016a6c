// Linking state and incidents: each report's text fingerprint and duplicate verdict,
// the keys that find duplicate and incident candidates, every event's incident
// with the reason it joined, incident summaries, and analysts' split/merge
// decisions. No source descriptor is stored here: witnesses carry only a hash.
import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from './index.js';

export async function up(db: Kysely<any>, dialect: SqlDialect): Promise<void> {
  const pg = dialect === 'postgres';
  const seqType = pg ? 'bigint' : 'integer';
  const seq = (c: any) => (pg ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey());

  await db.schema.createTable('link_reports')
    .addColumn('report_seq', seqType, (c) => c.primaryKey().references('reports.seq').onDelete('cascade'))
    .addColumn('report_id', 'text', (c) => c.notNull().unique())
    .addColumn('duplicate_of', 'text')
    .addColumn('similarity', 'double precision')
    .addColumn('reason', 'text')
    .addColumn('meta', 'text', (c) => c.notNull())
    .addColumn('fingerprint', pg ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('linked_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('link_reports_duplicate_of').on('link_reports').column('duplicate_of').execute();

  // Key tables are looked up by key only: on SQLite the primary key is the table
  // itself (WITHOUT ROWID), one b-tree to write instead of two.
  const keyTable = (name: string, ref: string) => db.schema.createTable(name)
    .addColumn('key', 'integer', (c) => c.notNull())
    .addColumn(ref, seqType, (c) => c.notNull())
    .addPrimaryKeyConstraint(`${name}_pk`, ['key', ref])
    .$call((t) => (pg ? t : t.modifyEnd(sql`without rowid`)))
    .execute();
  // 32-bit keys (LSH bands and anchors) fit INTEGER on both engines.
  await keyTable('link_keys', 'report_seq');

  await db.schema.createTable('link_events')
    .addColumn('seq', seqType, seq)
    .addColumn('event_key', 'text', (c) => c.notNull().unique())
    .addColumn('report_seq', seqType, (c) => c.notNull().references('reports.seq').onDelete('cascade'))
    .addColumn('report_id', 'text', (c) => c.notNull())
    .addColumn('incident_id', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('score', 'double precision')
    .addColumn('linked_to', 'text')
    .addColumn('explanation', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('link_events_incident').on('link_events').column('incident_id').execute();
  await db.schema.createIndex('link_events_report').on('link_events').column('report_id').execute();

  await keyTable('link_blocks', 'event_seq');

  await db.schema.createTable('incidents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('place_id', 'text')
    .addColumn('place_name', 'text')
    .addColumn('date_from', 'text')
    .addColumn('date_to', 'text')
    .addColumn('first_seen', 'text')
    .addColumn('last_seen', 'text')
    .addColumn('reports', 'integer', (c) => c.notNull())
    .addColumn('events', 'integer', (c) => c.notNull())
    .addColumn('corroboration', 'integer', (c) => c.notNull())
    .addColumn('outlets', 'integer', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // One index per sort order, with and without the type filter (the id breaks ties in
  // the same direction), so a page of the list is an index walk.
  for (const column of ['corroboration', 'date_from', 'last_seen', 'reports']) {
    await db.schema.createIndex(`incidents_by_${column}`).on('incidents').columns([column, 'id']).execute();
    await db.schema.createIndex(`incidents_by_type_${column}`).on('incidents').columns(['type', column, 'id']).execute();
  }

  await db.schema.createTable('incident_decisions')
    .addColumn('seq', seqType, seq)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}
