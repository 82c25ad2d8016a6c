// Analysts' split and merge decisions, kept in the order they were made.
import type { Kysely } from 'kysely';
import type { LinkTables } from './schema.js';
import type { Decision } from '../../core/link-model.js';

export async function addDecision(db: Kysely<LinkTables>, d: Decision, author: string): Promise<void> {
  const { kind, ...data } = d;
  await db.insertInto('incident_decisions').values({ kind, data: JSON.stringify(data), author, created_at: new Date().toISOString() }).execute();
}

export async function listDecisions(db: Kysely<LinkTables>): Promise<Decision[]> {
  const rows = await db.selectFrom('incident_decisions').select(['kind', 'data']).orderBy('seq').execute();
  return rows.map((r) => ({ kind: r.kind, ...JSON.parse(r.data) }) as Decision);
}
