// Core tables: reports, raw bytes, extracted rows, sensitive sources and notes,
// and full-text search (the only part that differs by dialect).
import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from './index.js';

export async function up(db: Kysely<any>, dialect: SqlDialect): Promise<void> {
  const pg = dialect === 'postgres';
  const seqType = pg ? 'bigint' : 'integer';
  // SQLite's `integer primary key` is the rowid FTS5 points at; PostgreSQL needs an identity.
  const seq = (c: any) => (pg ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey());
  const report = (c: any) => c.notNull().references('reports.seq').onDelete('cascade');

  await db.schema.createTable('reports')
    .addColumn('seq', seqType, seq)
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('outlet', 'text')
    .addColumn('url', 'text')
    .addColumn('published', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .addColumn('extractor', 'text', (c) => c.notNull())
    .addColumn('extraction', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('reports_published').on('reports').columns(['published', 'ingested_at']).execute();

  await db.schema.createTable('report_raw')
    .addColumn('report_seq', seqType, (c) => report(c).primaryKey())
    .addColumn('bytes', pg ? 'bytea' : 'blob', (c) => c.notNull())
    .execute();

  await db.schema.createTable('events')
    .addColumn('seq', seqType, seq)
    .addColumn('report_seq', seqType, report)
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('modality', 'text', (c) => c.notNull())
    .addColumn('date_value', 'text')
    .addColumn('date_precision', 'text', (c) => c.notNull())
    .addColumn('date_from', 'text')
    .addColumn('date_to', 'text')
    .addColumn('count', 'integer')
    .addColumn('evidence_start', 'integer', (c) => c.notNull())
    .addColumn('evidence_end', 'integer', (c) => c.notNull())
    .addColumn('evidence_text', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('actor_names', 'text', (c) => c.notNull())
    .addUniqueConstraint('events_report_event', ['report_seq', 'event_id'])
    .execute();
  // date_from, date_to, then the implicit rowid: listEvents' newest-first order with no sort step
  await db.schema.createIndex('events_type').on('events').columns(['type', 'date_from', 'date_to']).execute();
  await db.schema.createIndex('events_date').on('events').columns(['date_from', 'date_to']).execute();

  await db.schema.createTable('event_places')
    .addColumn('report_seq', seqType, report)
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('place_id', 'text', (c) => c.notNull())
    .addColumn('direct', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_places_pk', ['report_seq', 'event_id', 'place_id'])
    .execute();
  await db.schema.createIndex('event_places_place').on('event_places').column('place_id').execute();

  await db.schema.createTable('event_participants')
    .addColumn('report_seq', seqType, report)
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('actor_key', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_participants_pk', ['report_seq', 'event_id', 'actor_id', 'role'])
    .execute();
  await db.schema.createIndex('event_participants_actor').on('event_participants').column('actor_key').execute();

  await db.schema.createTable('event_sources')
    .addColumn('report_seq', seqType, report)
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_sources_pk', ['report_seq', 'event_id', 'source_id'])
    .execute();

  await db.schema.createTable('actors')
    .addColumn('report_seq', seqType, report)
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('canon_id', 'text')
    .addColumn('place_id', 'text')
    .addPrimaryKeyConstraint('actors_pk', ['report_seq', 'actor_id'])
    .execute();
  await db.schema.createIndex('actors_key').on('actors').column('key').execute();

  await db.schema.createTable('places')
    .addColumn('report_seq', seqType, report)
    .addColumn('place_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('country', 'text')
    .addColumn('parent', 'text')
    .addColumn('lat', 'double precision')
    .addColumn('lon', 'double precision')
    .addPrimaryKeyConstraint('places_pk', ['report_seq', 'place_id'])
    .execute();
  await db.schema.createIndex('places_place').on('places').column('place_id').execute();

  await db.schema.createTable('entity_names')
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('name_norm', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('entity_names_pk', ['entity', 'name_norm', 'key'])
    .execute();

  await db.schema.createTable('sources')
    .addColumn('report_seq', seqType, report)
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('place_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sources_pk', ['report_seq', 'source_id'])
    .execute();

  await db.schema.createTable('source_descriptors')
    .addColumn('report_seq', seqType, report)
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('descriptor', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('source_descriptors_pk', ['report_seq', 'source_id'])
    .execute();

  await db.schema.createTable('claims')
    .addColumn('report_seq', seqType, report)
    .addColumn('claim_id', 'text', (c) => c.notNull())
    .addColumn('speaker_source_id', 'text')
    .addColumn('speaker_actor_id', 'text')
    .addColumn('stance', 'text', (c) => c.notNull())
    .addColumn('alleged_false', 'integer', (c) => c.notNull())
    .addColumn('content_start', 'integer', (c) => c.notNull())
    .addColumn('content_end', 'integer', (c) => c.notNull())
    .addColumn('evidence_start', 'integer', (c) => c.notNull())
    .addColumn('evidence_end', 'integer', (c) => c.notNull())
    .addColumn('contested_with', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('claims_pk', ['report_seq', 'claim_id'])
    .execute();

  await db.schema.createTable('review_notes')
    .addColumn('seq', seqType, seq)
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('report_id', 'text', (c) => c.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('event_id', 'text')
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('review_notes_report').on('review_notes').columns(['report_id', 'seq']).execute();

  if (pg) await postgresSearch(db);
  else await sqliteSearch(db);
}

// External-content FTS5 indexes: the text lives once, in reports/events; the
// adapter writes index rows in the same transaction as the rows they index.
async function sqliteSearch(db: Kysely<any>): Promise<void> {
  const tokenize = `tokenize = 'porter unicode61 remove_diacritics 2'`;
  await sql.raw(`create virtual table reports_fts using fts5(title, text, content = 'reports', content_rowid = 'seq', ${tokenize})`).execute(db);
  await sql.raw(`create virtual table events_fts using fts5(type, evidence_text, content = 'events', content_rowid = 'seq', ${tokenize})`).execute(db);
}

// Generated tsvector columns with GIN indexes under a `casefile` configuration:
// English stemming, plus accent folding (Sinŭiju = Sinuiju) when unaccent is available.
async function postgresSearch(db: Kysely<any>): Promise<void> {
  const { rows } = await sql<{ ok: number }>`select 1 as ok from pg_available_extensions where name = 'unaccent'`.execute(db);
  await sql`create text search configuration casefile (copy = english)`.execute(db);
  if (rows.length > 0) {
    await sql`create extension if not exists unaccent`.execute(db);
    await sql`alter text search configuration casefile alter mapping for hword, hword_part, word with unaccent, english_stem`.execute(db);
  }
  await sql`alter table reports add column search tsvector generated always as (
    setweight(to_tsvector('casefile', title), 'A') || setweight(to_tsvector('casefile', text), 'B')) stored`.execute(db);
  await sql`create index reports_search on reports using gin (search)`.execute(db);
  await sql`alter table events add column search tsvector generated always as (
    setweight(to_tsvector('casefile', replace(type, '_', ' ')), 'A') || setweight(to_tsvector('casefile', evidence_text), 'B')) stored`.execute(db);
  await sql`create index events_search on events using gin (search)`.execute(db);
}
