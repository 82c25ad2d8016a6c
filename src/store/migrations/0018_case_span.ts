// Each case's span as its 90-day bound reads it (link/incidents/case-span.ts): from
// the earliest day one of its acts can end to the latest one can begin. An
// incremental run loads only the members its new acts' keys reach, so without it the
// bound saw part of a case and let in acts a rebuild keeps out. Written with every
// summary; filled here from the stored acts.
import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from './index.js';

export async function up(db: Kysely<any>, dialect: SqlDialect): Promise<void> {
  // Kysely runs SQLite's migrations outside a transaction (it takes SQLite for an engine
  // without transactional DDL): a run cut after one ALTER would leave a column no rerun can add
  if (dialect === 'sqlite') return db.transaction().execute((trx) => addSpans(trx, dialect));
  return addSpans(db, dialect);
}

async function addSpans(db: Kysely<any>, dialect: SqlDialect): Promise<void> {
  await db.schema.alterTable('incidents').addColumn('span_from', 'integer').execute();
  await db.schema.alterTable('incidents').addColumn('span_to', 'integer').execute();
  const day = (field: 'lo' | 'hi') => (dialect === 'sqlite' ? sql.raw(`json_extract(data, '$.${field}')`) : sql.raw(`(data::json ->> '${field}')::integer`));
  await sql`update incidents set span_from = s.span_from, span_to = s.span_to
    from (select incident_id, min(${day('hi')}) as span_from, max(${day('lo')}) as span_to from link_events where ${day('lo')} is not null group by incident_id) s
    where s.incident_id = incidents.id`.execute(db);
}
