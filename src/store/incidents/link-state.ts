// Reading and writing the link state: what an incremental run needs to load (only
// the rows its keys reach) and what every run writes (in one transaction).
import { PostgresAdapter, sql, type Kysely, type Transaction } from 'kysely';
import type { Extraction, Source } from '../../core/model.js';
import type { LinkEvent } from '../../link/model.js';
import type { ReportMeta } from '../../link/workspace.js';
import type { DuplicateSlice, EventSlice, IncidentStore, LinkWrite } from './port.js';
import type { LinkTables } from './schema.js';

type Db = Kysely<LinkTables>;
// Rows per statement, under both engines' parameter limits.
const CHUNK = 500;

export function chunks<T>(list: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

type MetaJson = Omit<ReportMeta, 'id' | 'duplicateOf'>;
export const metaOf = (row: { report_id: string; duplicate_of: string | null; meta: string }): ReportMeta =>
  ({ ...(JSON.parse(row.meta) as MetaJson), id: row.report_id, duplicateOf: row.duplicate_of });

export async function unlinkedReports(db: Db, limit: number, afterSeq: number): ReturnType<IncidentStore['unlinkedReports']> {
  const rows = await db.selectFrom('reports as r').leftJoin('link_reports as l', 'l.report_seq', 'r.seq')
    .select(['r.seq', 'r.id', 'r.title', 'r.outlet', 'r.published', 'r.text', 'r.extraction'])
    .where('l.report_seq', 'is', null).where('r.seq', '>', afterSeq).orderBy('r.seq').limit(limit).execute();
  const descriptors = new Map<string, string>();
  for (const part of chunks(rows.map((r) => r.seq))) {
    const found = await db.selectFrom('source_descriptors').select(['report_seq', 'source_id', 'descriptor']).where('report_seq', 'in', part).execute();
    for (const d of found) descriptors.set(`${d.report_seq}\u0000${d.source_id}`, d.descriptor);
  }
  return rows.map((r) => {
    const stored = JSON.parse(r.extraction) as Omit<Extraction, 'sources'> & { sources: Omit<Source, 'descriptor'>[] };
    const extraction: Extraction = { ...stored, sources: stored.sources.map((s) => ({ ...s, descriptor: descriptors.get(`${r.seq}\u0000${s.id}`) ?? '' })) };
    return { seq: Number(r.seq), report: { id: r.id, title: r.title, outlet: r.outlet, published: r.published, text: r.text }, extraction };
  });
}

/** Keys with at most `cap` postings; the rest are reported as stopped. */
async function liveKeys(db: Db, table: 'link_keys' | 'link_blocks', keys: number[], cap: number): Promise<{ live: number[]; stopped: number[] }> {
  const live: number[] = [], stopped: number[] = [];
  for (const part of chunks([...new Set(keys)])) {
    const counts = await db.selectFrom(table).select(['key', db.fn.countAll().as('n')]).where('key', 'in', part).groupBy('key').execute();
    for (const c of counts) (Number(c.n) > cap ? stopped : live).push(Number(c.key));
  }
  return { live, stopped };
}

/** Step one of loading: the stored reports that new reports' fingerprint keys reach. */
export async function loadDuplicateState(db: Db, keys: number[], cap: number): Promise<DuplicateSlice> {
  const slice: DuplicateSlice = { reports: [], postings: [], stoppedKeys: [] };
  const dup = await liveKeys(db, 'link_keys', keys, cap);
  slice.stoppedKeys.push(...dup.stopped);
  const ids = new Set<string>();
  for (const part of chunks(dup.live)) {
    const rows = await db.selectFrom('link_keys as k').innerJoin('link_reports as r', 'r.report_seq', 'k.report_seq')
      .select(['k.key', 'r.report_id']).where('k.key', 'in', part).execute();
    for (const r of rows) { slice.postings.push([Number(r.key), r.report_id]); ids.add(r.report_id); }
  }
  for (const part of chunks([...ids])) {
    const rows = await db.selectFrom('link_reports').select(['report_id', 'duplicate_of', 'meta', 'fingerprint']).where('report_id', 'in', part).execute();
    for (const r of rows) slice.reports.push({ meta: metaOf(r), fingerprint: new Uint8Array(r.fingerprint) });
  }
  return slice;
}

/**
 * Step two: the stored events that new events' blocking keys reach and the events
 * of the originals that new reports copy. Whole incidents are loaded later, only
 * for those that change (incidentMembers).
 */
export async function loadEventState(db: Db, blockKeys: number[], cap: number, originals: string[]): Promise<EventSlice> {
  const slice: EventSlice = { events: [], postings: [], stoppedKeys: [] };
  const events = new Map<string, { event: LinkEvent; incidentId: string }>();
  const addEvent = (row: { event_key: string; data: string; incident_id: string }) => {
    if (!events.has(row.event_key)) events.set(row.event_key, { event: JSON.parse(row.data) as LinkEvent, incidentId: row.incident_id });
  };
  const block = await liveKeys(db, 'link_blocks', blockKeys, cap);
  slice.stoppedKeys.push(...block.stopped);
  // Postings first (the key table alone), then each event once, however many keys reach it.
  const seqs = new Set<number>();
  const postings: [number, number][] = [];
  for (const part of chunks(block.live)) {
    for (const r of await db.selectFrom('link_blocks').select(['key', 'event_seq']).where('key', 'in', part).execute()) {
      postings.push([Number(r.key), Number(r.event_seq)]);
      seqs.add(Number(r.event_seq));
    }
  }
  const keyOfSeq = new Map<number, string>();
  for (const part of chunks([...seqs])) {
    for (const r of await db.selectFrom('link_events').select(['seq', 'event_key', 'data', 'incident_id']).where('seq', 'in', part).execute()) {
      keyOfSeq.set(Number(r.seq), r.event_key);
      addEvent(r);
    }
  }
  for (const [key, seq] of postings) slice.postings.push([key, keyOfSeq.get(seq)!]);
  for (const part of chunks(originals)) {
    for (const r of await db.selectFrom('link_events').select(['event_key', 'data', 'incident_id']).where('report_id', 'in', part).execute()) addEvent(r);
  }
  slice.events = [...events.values()];
  return slice;
}

export async function incidentMembers(db: Db, ids: string[]): Promise<{ events: { event: LinkEvent; incidentId: string }[]; reports: ReportMeta[] }> {
  const events: { event: LinkEvent; incidentId: string }[] = [];
  const reportIds = new Set<string>();
  for (const part of chunks(ids)) {
    const rows = await db.selectFrom('link_events').select(['data', 'incident_id', 'report_id']).where('incident_id', 'in', part).orderBy('seq').execute();
    for (const r of rows) { events.push({ event: JSON.parse(r.data) as LinkEvent, incidentId: r.incident_id }); reportIds.add(r.report_id); }
  }
  const reports: ReportMeta[] = [];
  for (const part of chunks([...reportIds])) {
    for (const r of await db.selectFrom('link_reports').select(['report_id', 'duplicate_of', 'meta']).where('report_id', 'in', part).execute()) reports.push(metaOf(r));
  }
  return { events, reports };
}

async function seqsOf(trx: Transaction<LinkTables>, ids: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const part of chunks(ids)) {
    for (const r of await trx.selectFrom('reports').select(['seq', 'id']).where('id', 'in', part).execute()) out.set(r.id, Number(r.seq));
  }
  return out;
}

export async function saveLinkRun(db: Db, w: LinkWrite): Promise<[eventKey: string, seq: number][]> {
  const now = new Date().toISOString();
  const eventSeqs: [string, number][] = [];
  await db.transaction().execute(async (trx) => {
    const seqs = await seqsOf(trx, [...new Set([...w.reports.map((r) => r.meta.id), ...w.events.map((e) => e.event.reportId)])]);
    const seqOf = (id: string) => {
      const s = seqs.get(id);
      if (s === undefined) throw new Error(`report ${id} is not stored`);
      return s;
    };
    for (const part of chunks(w.reports)) {
      await trx.insertInto('link_reports').values(part.map((r) => {
        const { id, duplicateOf, ...meta } = r.meta;
        return { report_seq: seqOf(id), report_id: id, duplicate_of: duplicateOf, similarity: r.similarity, reason: r.reason, meta: JSON.stringify(meta), fingerprint: Buffer.from(r.fingerprint), linked_at: now };
      })).execute();
    }
    const keyPairs: number[] = [];
    for (const r of w.reports) { const s = seqOf(r.meta.id); for (const key of new Set(r.keys)) keyPairs.push(key, s); }
    await insertKeyPairs(trx, 'link_keys', keyPairs);
    const blockPairs: number[] = [];

    for (const part of chunks(w.events)) {
      const inserted = await trx.insertInto('link_events').values(part.map((e) => ({
        event_key: e.event.key, report_seq: seqOf(e.event.reportId), report_id: e.event.reportId, incident_id: e.incidentId,
        data: JSON.stringify(e.event), score: e.score, linked_to: e.linkedTo, explanation: e.explanation,
      }))).returning(['seq', 'event_key']).execute();
      const seqByKey = new Map(inserted.map((r) => [r.event_key, Number(r.seq)]));
      for (const e of part) {
        const s = seqByKey.get(e.event.key)!;
        eventSeqs.push([e.event.key, s]);
        for (const key of e.blockKeys) blockPairs.push(key, s);
      }
    }
    await insertKeyPairs(trx, 'link_blocks', blockPairs);
    for (const m of w.moves) {
      await trx.updateTable('link_events').set({ incident_id: m.incidentId, explanation: m.explanation, score: null, linked_to: null }).where('event_key', '=', m.eventKey).execute();
    }
    for (const part of chunks(w.removed)) await trx.deleteFrom('incidents').where('id', 'in', part).execute();
    for (const part of chunks(w.incidents)) {
      await trx.insertInto('incidents').values(part.map((s) => ({
        id: s.id, type: s.type, title: s.title, place_id: s.placeId, place_name: s.placeName, date_from: s.dateFrom, date_to: s.dateTo,
        first_seen: s.firstSeen, last_seen: s.lastSeen, reports: s.reports, events: s.events, corroboration: s.corroboration,
        outlets: s.outlets, detail: JSON.stringify(s.detail), updated_at: now,
      }))).onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({
        title: eb.ref('excluded.title'), place_id: eb.ref('excluded.place_id'), place_name: eb.ref('excluded.place_name'),
        date_from: eb.ref('excluded.date_from'), date_to: eb.ref('excluded.date_to'), first_seen: eb.ref('excluded.first_seen'),
        last_seen: eb.ref('excluded.last_seen'), reports: eb.ref('excluded.reports'), events: eb.ref('excluded.events'),
        corroboration: eb.ref('excluded.corroboration'), outlets: eb.ref('excluded.outlets'), detail: eb.ref('excluded.detail'),
        updated_at: eb.ref('excluded.updated_at'),
      }))).execute();
    }
  });
  return eventSeqs;
}

/**
 * Writes (key, seq) pairs, given flat, as one JSON parameter per 20,000: far cheaper
 * than row-by-row values for the millions of keys of a run from scratch. Sorted by
 * key first, so SQLite appends to its b-tree instead of jumping around in it.
 */
async function insertKeyPairs(db: Kysely<LinkTables>, table: 'link_keys' | 'link_blocks', flat: ArrayLike<number>): Promise<void> {
  if (flat.length === 0) return;
  const order = Uint32Array.from({ length: flat.length / 2 }, (_, i) => i).sort((a, b) => flat[2 * a] - flat[2 * b] || flat[2 * a + 1] - flat[2 * b + 1]);
  const ref = table === 'link_keys' ? 'report_seq' : 'event_seq';
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  for (let i = 0; i < order.length; i += 20_000) {
    const json = JSON.stringify(Array.from(order.subarray(i, i + 20_000), (j) => [flat[2 * j], flat[2 * j + 1]]));
    const rows = pg
      ? sql`select (e->>0)::integer, (e->>1)::bigint from json_array_elements(${json}::json) e`
      // SQLite needs a WHERE before ON CONFLICT to parse an INSERT ... SELECT
      : sql`select value ->> 0, value ->> 1 from json_each(${json}) where true`;
    // a key repeated for the same report or event (a 32-bit collision) is one posting
    await sql`insert into ${sql.table(table)} (key, ${sql.ref(ref)}) ${rows} on conflict do nothing`.execute(db);
  }
}

export async function saveKeys(db: Db, keys: { duplicate: ArrayLike<number>; block: ArrayLike<number> }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await insertKeyPairs(trx, 'link_keys', keys.duplicate);
    await insertKeyPairs(trx, 'link_blocks', keys.block);
  });
}

export async function clearLinks(db: Db): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const t of ['link_blocks', 'link_events', 'link_keys', 'link_reports', 'incidents'] as const) await trx.deleteFrom(t).execute();
  });
}
