import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { SqlDialect } from '../migrations/index.js';
import type { SearchDialect } from '../search-dialect.js';
import { generationCache } from './cache.js';
import { actorRecord, eventsAt, placeRecord, sourceRecord } from './entities.js';
import { eventPage, exportBatch } from './events.js';
import type { ExploreDb } from './filter.js';
import type { Explore, ExploreFilter, ExploreStore } from './port.js';
import { keptPostings } from './postings.js';
import { summary } from './summary.js';

export function createExploreStore(database: Kysely<Database>, search: SearchDialect, dialect: SqlDialect): ExploreStore {
  // the link tables live in the same database (migration 0002)
  const db = database as unknown as Kysely<ExploreDb>;
  // every view of one query asks for the same summary: it is computed once per store generation
  const cached = generationCache(db);
  // read on as reports are added, not again (postings.ts)
  const postings = keptPostings(db, dialect);
  const summaryKey = (filter: ExploreFilter) => JSON.stringify(['summary', filter]);
  return {
    // a table page asked beside its summary takes the total from it rather than counting again
    events: (filter, page) => cached(JSON.stringify(['events', filter, page]),
      () => eventPage(db, search, filter, page, cached.peek<Explore>(summaryKey(filter))?.then((s) => s.total))),
    summary: (filter) => cached(summaryKey(filter), async () => summary(db, search, dialect, filter, await cached.byReports(), postings)),
    exportBatch: (filter, afterSeq, limit) => exportBatch(db, search, filter, afterSeq, limit),
    actor: (key) => actorRecord(db, search, key),
    place: (id) => placeRecord(db, search, id),
    eventsAt: (ids) => eventsAt(db, ids),
    source: (reportId, sourceId) => sourceRecord(db, reportId, sourceId),
  };
}
