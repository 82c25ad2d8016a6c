// Protection at rest: the fingerprint of the key a store is encrypted with, and
// beside each report's text (then a copy with its source spans masked) the full
// text sealed with that key. Both stay empty in a store without a key.
import type { Kysely } from 'kysely';
import type { SqlDialect } from './index.js';

export async function up(db: Kysely<any>, _dialect: SqlDialect): Promise<void> {
  await db.schema.alterTable('reports').addColumn('text_sealed', 'text').execute();
  await db.schema.createTable('store_key')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('sealed_at', 'text', (c) => c.notNull())
    .execute();
}
