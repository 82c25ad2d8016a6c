// Every name of an entity, found by its key: search widens a typed name to all the
// names of its actor or place (search/expand.ts). The primary key starts with the
// name, so without this index each search read every name of every entity, a cost
// that grew with the store.
import type { Kysely } from 'kysely';
import type { SqlDialect } from './index.js';

export async function up(db: Kysely<any>, _dialect: SqlDialect): Promise<void> {
  await db.schema.createIndex('entity_names_key').on('entity_names').columns(['entity', 'key', 'name_norm']).execute();
}
