// The Store both adapters share: Kysely queries written once; only the search
// dialect (and how the connection is opened) differs per adapter.
import type { Kysely } from 'kysely';
import { listActors, listPlaces, listSources } from './catalogue.js';
import { CLEAR, protectionOf, type Protection } from './crypto/protection.js';
import { rekey } from './crypto/rekey.js';
import { listEvents } from './event-query.js';
import { createExploreStore } from './explore/index.js';
import { migrate, type SqlDialect } from './migrations/index.js';
import { createIncidentStore } from './incidents/index.js';
import { replaceExtraction } from './replace-extraction.js';
import { createPeopleStores } from './review/index.js';
import type { Store } from './port.js';
import type { Presence } from './presence.js';
import { CasefileError } from '../core/errors.js';
import { getRaw, getReport, hasReport, searchReports, sourceMentions, storedAmong } from './report-queries.js';
import { addReviewNote, listReviewNotes } from './review-notes.js';
import { saveReport, saveReports } from './save.js';
import type { Database } from './schema.js';
import type { SearchDialect } from './search-dialect.js';

const alone: Presence = { others: async () => [], leave: async () => {} };

async function assertAlone(presence: Presence): Promise<void> {
  const others = await presence.others();
  if (others.length === 0) return;
  throw new CasefileError('E_STORE', `the store is open in other casefile processes (${others.map((pid) => `pid ${pid}`).join(', ')}): stop them (serve, ingest, worker) first, since they would go on writing with the old key`, { where: 'key' });
}

export function createKyselyStore(db: Kysely<Database>, search: SearchDialect, dialect: SqlDialect, p: Protection = CLEAR, presence = alone): Store {
  return {
    ...createPeopleStores(db, dialect, p),
    replaceExtraction: (id, extraction) => replaceExtraction(db, search, p, id, extraction),
    saveReport: (report, raw, extraction) => saveReport(db, search, p, { report, raw, extraction }),
    saveReports: (items) => saveReports(db, search, p, items),
    getReport: (id) => getReport(db, p, id),
    getRaw: (id) => getRaw(db, p, id),
    hasReport: (id) => hasReport(db, id),
    storedAmong: (ids) => storedAmong(db, ids),
    sourceMentions: (ids) => sourceMentions(db, dialect, ids),
    searchReports: (q, opts = {}) => searchReports(db, search, q, opts),
    listEvents: (filter) => listEvents(db, search, filter),
    listActors: (opts = {}) => listActors(db, opts),
    listPlaces: (opts = {}) => listPlaces(db, opts),
    listSources: (opts = {}) => listSources(db, p, opts),
    addReviewNote: (note) => addReviewNote(db, p, note),
    listReviewNotes: (reportId) => listReviewNotes(db, p, reportId),
    incidents: createIncidentStore(db, dialect, p),
    explore: createExploreStore(db, search, dialect),
    protection: p.state,
    assertAlone: () => assertAlone(presence),
    async rekey(newKey) {
      await assertAlone(presence);
      return rekey(db, dialect, search, p, newKey);
    },
    async close() {
      await presence.leave();
      await db.destroy();
    },
  };
}

/**
 * Brings the schema up to date and settles its protection with the key given (null:
 * none), then wraps the connection; a failed migration or a wrong key closes it.
 */
export async function openMigratedStore(db: Kysely<Database>, dialect: SqlDialect, search: SearchDialect, key: Uint8Array | null, where: string, presence?: Presence): Promise<Store> {
  let p: Protection;
  try {
    await migrate(db, dialect);
    p = await protectionOf(db, key, where);
  } catch (e) {
    await presence?.leave();
    await db.destroy();
    throw e;
  }
  return createKyselyStore(db, search, dialect, p, presence);
}
