// The incident store over one Kysely connection: the same queries for SQLite and PostgreSQL.
import type { Kysely } from 'kysely';
import { addDecision, listDecisions } from './decisions.js';
import { getIncident, listIncidents, reportLinks } from './incident-queries.js';
import { clearLinks, firstUnlinkedSeq, incidentMembers, loadDuplicateState, loadEventState, saveKeys, saveLinkRun, unlinkedReports } from './link-state.js';
import type { Protection } from '../crypto/protection.js';
import type { SqlDialect } from '../migrations/index.js';
import type { IncidentStore } from './port.js';
import type { LinkTables } from './schema.js';

export type { IncidentStore } from './port.js';

export function createIncidentStore(kysely: Kysely<any>, dialect: SqlDialect, p: Protection): IncidentStore {
  const db = kysely as Kysely<LinkTables>;
  return {
    firstUnlinkedSeq: () => firstUnlinkedSeq(db),
    witnessTag: (key) => p.witnessTag(key),
    unlinkedReports: (limit, afterSeq) => unlinkedReports(db, p, limit, afterSeq),
    loadDuplicateState: (keys, cap) => loadDuplicateState(db, dialect, keys, cap),
    loadEventState: (keys, cap, originals, window) => loadEventState(db, dialect, keys, cap, originals, window),
    incidentMembers: (ids) => incidentMembers(db, dialect, ids),
    saveLinkRun: (w) => saveLinkRun(db, w),
    saveKeys: (keys) => saveKeys(db, keys),
    clearLinks: () => clearLinks(db),
    listIncidents: (q) => listIncidents(db, q),
    getIncident: (id) => getIncident(db, id),
    reportLinks: (id) => reportLinks(db, id),
    addDecision: (d, author) => addDecision(db, d, author),
    listDecisions: () => listDecisions(db),
  };
}
