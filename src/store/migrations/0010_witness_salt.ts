// Linking compares sources across reports by a short hash of their descriptors. In a
// protected store that hash is keyed with a secret salt kept here, sealed with the
// store's key, so nobody without the key can confirm a guessed descriptor against it.
// The salt outlives key rotation (it is sealed again, not replaced): the stored hashes
// stay valid.
import type { Kysely } from 'kysely';
import type { SqlDialect } from './index.js';

export async function up(db: Kysely<any>, _dialect: SqlDialect): Promise<void> {
  await db.schema.alterTable('store_key').addColumn('witness_salt', 'text').execute();
}
