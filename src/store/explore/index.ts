import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { SqlDialect } from '../migrations/index.js';
import type { SearchDialect } from '../search-dialect.js';
import { generationCache } from './cache.js';
import { actorRecord, eventsAt, placeRecord, sourceRecord } from './entities.js';
import { eventPage, exportBatch } from './events.js';
import type { ExploreDb } from './filter.js';
import type { ExploreStore } from './port.js';
import { summary } from './summary.js';

export function createExploreStore(database: Kysely<Database>, search: SearchDialect, dialect: SqlDialect): ExploreStore {
  // the link tables live in the same database (migration 0002)
  const db = database as unknown as Kysely<ExploreDb>;
  // every view of one query asks for the same summary: it is computed once per store generation
  const cached = generationCache(db);
  return {
    events: (filter, page) => cached(JSON.stringify(['events', filter, page]), () => eventPage(db, search, filter, page)),
    summary: (filter) => cached(JSON.stringify(['summary', filter]), () => summary(db, search, dialect, filter)),
    exportBatch: (filter, afterSeq, limit) => exportBatch(db, search, filter, afterSeq, limit),
    actor: (key) => actorRecord(db, search, key),
    place: (id) => placeRecord(db, search, id),
    eventsAt: (ids) => eventsAt(db, ids),
    source: (reportId, sourceId) => sourceRecord(db, reportId, sourceId),
  };
}
