// A counter every re-write of events moves on (replace-extraction.ts, the only path
// that removes events; a save adds them, which the counts and seqs show). The
// explore answers are kept while the counts and greatest seqs of reports and events
// stay the same (explore/cache.ts), but SQLite hands a re-extracted newest report's
// events the seqs they had, so a re-extraction with as many events left every one
// of those unchanged; this counter does change.
import type { Kysely } from 'kysely';
import type { SqlDialect } from './index.js';

export async function up(db: Kysely<any>, _dialect: SqlDialect): Promise<void> {
  await db.schema.createTable('event_writes').addColumn('generation', 'bigint', (c) => c.notNull()).execute();
  await db.insertInto('event_writes').values({ generation: 0 }).execute();
}
