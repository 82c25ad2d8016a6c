// The Store both adapters share: Kysely queries written once; only the search
// dialect (and how the connection is opened) differs per adapter.
import type { Kysely } from 'kysely';
import { listActors, listPlaces, listSources } from './catalogue.js';
import { listEvents } from './event-query.js';
import { createExploreStore } from './explore/index.js';
import { migrate, type SqlDialect } from './migrations/index.js';
import { createIncidentStore } from './incidents/index.js';
import { replaceExtraction } from './replace-extraction.js';
import { createPeopleStores } from './review/index.js';
import type { Store } from './port.js';
import { getRaw, getReport, hasReport, searchReports } from './report-queries.js';
import { addReviewNote, listReviewNotes } from './review-notes.js';
import { saveReport, saveReports } from './save.js';
import type { Database } from './schema.js';
import type { SearchDialect } from './search-dialect.js';

export function createKyselyStore(db: Kysely<Database>, search: SearchDialect, dialect: SqlDialect): Store {
  return {
    ...createPeopleStores(db, dialect),
    replaceExtraction: (id, extraction) => replaceExtraction(db, search, id, extraction),
    saveReport: (report, raw, extraction) => saveReport(db, search, { report, raw, extraction }),
    saveReports: (items) => saveReports(db, search, items),
    getReport: (id) => getReport(db, id),
    getRaw: (id) => getRaw(db, id),
    hasReport: (id) => hasReport(db, id),
    searchReports: (q, opts = {}) => searchReports(db, search, q, opts),
    listEvents: (filter) => listEvents(db, search, filter),
    listActors: (opts = {}) => listActors(db, opts),
    listPlaces: (opts = {}) => listPlaces(db, opts),
    listSources: (opts = {}) => listSources(db, opts),
    addReviewNote: (note) => addReviewNote(db, note),
    listReviewNotes: (reportId) => listReviewNotes(db, reportId),
    incidents: createIncidentStore(db),
    explore: createExploreStore(db, search),
    close: () => db.destroy(),
  };
}

/** Brings the schema up to date, then wraps the connection; a failed migration closes it. */
export async function openMigratedStore(db: Kysely<Database>, dialect: SqlDialect, search: SearchDialect): Promise<Store> {
  try {
    await migrate(db, dialect);
  } catch (e) {
    await db.destroy();
    throw e;
  }
  return createKyselyStore(db, search, dialect);
}
