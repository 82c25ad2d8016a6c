// Reading and writing the link state: what an incremental run needs to load (only
// the rows its keys reach) and what every run writes (in one transaction).
import type { Kysely, Transaction } from 'kysely';
import type { Extraction } from '../../core/model.js';
import type { ReviewDecision } from '../../core/review.js';
import { withDescriptors } from '../rows.js';
import { contexts, type Protection } from '../crypto/protection.js';
import { fullText } from '../report-queries.js';
import { decisionsOf } from '../review/decisions.js';
import { insertKeyPairs } from './bulk-insert.js';
import { insertRows } from '../insert-rows.js';
import type { DuplicateSlice, EventSlice, IncidentStore, LinkWrite } from './port.js';
import type { LinkTables } from './schema.js';
import type { LinkEvent, ReportMeta } from '../../core/link-model.js';

type Db = Kysely<LinkTables>;
// Rows per statement, under both engines' parameter limits.
const CHUNK = 500;

export function chunks<T>(list: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** stores linked before story words were kept have none: their reports link as before */
type MetaJson = Omit<ReportMeta, 'id' | 'duplicateOf' | 'storyWords'> & { storyWords?: string[] };
export function metaOf(row: { report_id: string; duplicate_of: string | null; meta: string }): ReportMeta {
  const meta = JSON.parse(row.meta) as MetaJson;
  return { ...meta, storyWords: meta.storyWords ?? [], id: row.report_id, duplicateOf: row.duplicate_of };
}

/**
 * The lowest seq of a report not linked yet (null: none). Scanning reports in seq
 * order to skip the linked ones reads every stored text; this merges the two id
 * indexes instead (CROSS JOIN keeps SQLite from starting at the reports table).
 */
export async function firstUnlinkedSeq(db: Db): Promise<number | null> {
  const todo = db.selectFrom('reports').select('id').except(db.selectFrom('link_reports').select('report_id as id'));
  const row = await db.selectFrom(todo.as('todo')).crossJoin('reports as r').whereRef('r.id', '=', 'todo.id')
    .select((eb) => eb.fn.min('r.seq').as('first')).executeTakeFirst();
  return row?.first == null ? null : Number(row.first);
}

export async function unlinkedReports(db: Db, p: Protection, limit: number, afterSeq: number): ReturnType<IncidentStore['unlinkedReports']> {
  // linking reads descriptors (witnesses) and the full text (copies): withheld ones would skew both
  p.assertWritable('links');
  const rows = await db.selectFrom('reports as r').leftJoin('link_reports as l', 'l.report_seq', 'r.seq')
    .select(['r.seq', 'r.id', 'r.title', 'r.outlet', 'r.published', 'r.text', 'r.text_sealed', 'r.extraction'])
    .where('l.report_seq', 'is', null).where('r.seq', '>', afterSeq).orderBy('r.seq').limit(limit).execute();
  const descriptors = new Map<string, string>();
  for (const part of chunks(rows.map((r) => r.seq))) {
    const found = await db.selectFrom('source_descriptors').select(['report_seq', 'source_id', 'descriptor']).where('report_seq', 'in', part).execute();
    for (const d of found) descriptors.set(`${d.report_seq}\u0000${d.source_id}`, d.descriptor);
  }
  const decisions = await reviewDecisions(db, p, rows.map((r) => r.id));
  return rows.map((r) => {
    const descriptorOf = (id: string) => {
      const d = descriptors.get(`${r.seq}\u0000${id}`);
      return d === undefined ? d : p.openText(d, contexts.descriptor(r.id, id));
    };
    const extraction = withDescriptors(r.extraction, descriptorOf);
    return { seq: Number(r.seq), report: { id: r.id, title: r.title, outlet: r.outlet, published: r.published, text: fullText(p, r) }, extraction, decisions: decisions.get(r.id) ?? [] };
  });
}

/** People's decisions on these reports, so linking reads the reviewed record. */
async function reviewDecisions(db: Db, p: Protection, reportIds: string[]): Promise<Map<string, ReviewDecision[]>> {
  const out = new Map<string, ReviewDecision[]>();
  for (const part of chunks(reportIds)) {
    for (const d of await decisionsOf(db, p, part)) out.set(d.reportId, [...(out.get(d.reportId) ?? []), d]);
  }
  return out;
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
export async function loadEventState(db: Db, blockKeys: number[], cap: number, originals: string[], recent = Infinity): Promise<EventSlice> {
  const slice: EventSlice = { events: [], postings: [], stoppedKeys: [], reports: [] };
  const events = new Map<string, { event: LinkEvent; incidentId: string }>();
  const reportIds = new Set<string>();
  const addEvent = (row: { event_key: string; data: string; incident_id: string; report_id: string }) => {
    if (events.has(row.event_key)) return;
    events.set(row.event_key, { event: JSON.parse(row.data) as LinkEvent, incidentId: row.incident_id });
    reportIds.add(row.report_id);
  };
  const block = await liveKeys(db, 'link_blocks', blockKeys, cap);
  slice.stoppedKeys.push(...block.stopped);
  // Postings first (the key table alone), then each event once, however many keys reach it.
  // Linking compares an act with the latest `recent` acts of each block only, so only those are read whole.
  const byKey = new Map<number, number[]>();
  for (const part of chunks(block.live)) {
    for (const r of await db.selectFrom('link_blocks').select(['key', 'event_seq']).where('key', 'in', part).execute()) {
      const key = Number(r.key);
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push(Number(r.event_seq));
    }
  }
  const seqs = new Set<number>();
  const postings: [number, number][] = [];
  for (const [key, list] of byKey) {
    list.sort((a, b) => a - b);
    for (const seq of list.slice(Math.max(0, list.length - recent))) {
      postings.push([key, seq]);
      seqs.add(seq);
    }
  }
  const keyOfSeq = new Map<number, string>();
  for (const part of chunks([...seqs])) {
    for (const r of await db.selectFrom('link_events').select(['seq', 'event_key', 'data', 'incident_id', 'report_id']).where('seq', 'in', part).execute()) {
      keyOfSeq.set(Number(r.seq), r.event_key);
      addEvent(r);
    }
  }
  for (const [key, seq] of postings) slice.postings.push([key, keyOfSeq.get(seq)!]);
  for (const part of chunks(originals)) {
    for (const r of await db.selectFrom('link_events').select(['event_key', 'data', 'incident_id', 'report_id']).where('report_id', 'in', part).execute()) addEvent(r);
  }
  slice.events = [...events.values()];
  slice.reports = await reportMetas(db, reportIds);
  return slice;
}

/** The stored link metadata of the given reports. */
async function reportMetas(db: Db, ids: Iterable<string>): Promise<ReportMeta[]> {
  const out: ReportMeta[] = [];
  for (const part of chunks([...ids])) {
    for (const r of await db.selectFrom('link_reports').select(['report_id', 'duplicate_of', 'meta']).where('report_id', 'in', part).execute()) out.push(metaOf(r));
  }
  return out;
}

export async function incidentMembers(db: Db, ids: string[]): Promise<{ events: { event: LinkEvent; incidentId: string }[]; reports: ReportMeta[] }> {
  const events: { event: LinkEvent; incidentId: string }[] = [];
  const reportIds = new Set<string>();
  for (const part of chunks(ids)) {
    const rows = await db.selectFrom('link_events').select(['data', 'incident_id', 'report_id']).where('incident_id', 'in', part).orderBy('seq').execute();
    for (const r of rows) { events.push({ event: JSON.parse(r.data) as LinkEvent, incidentId: r.incident_id }); reportIds.add(r.report_id); }
  }
  return { events, reports: await reportMetas(db, reportIds) };
}

async function seqsOf(trx: Transaction<LinkTables>, ids: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const part of chunks(ids)) {
    for (const r of await trx.selectFrom('reports').select(['seq', 'id']).where('id', 'in', part).execute()) out.set(r.id, Number(r.seq));
  }
  return out;
}

const INCIDENT_COLUMNS = ['id', 'type', 'title', 'place_id', 'place_name', 'date_from', 'date_to', 'first_seen', 'last_seen', 'reports', 'events', 'corroboration', 'outlets', 'detail', 'updated_at'] as const;
const UPSERT_INCIDENT = `on conflict (id) do update set ${INCIDENT_COLUMNS.filter((c) => c !== 'id' && c !== 'type').map((c) => `${c} = excluded.${c}`).join(', ')}`;

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
    await insertRows(trx, 'link_reports', ['report_seq', 'report_id', 'duplicate_of', 'similarity', 'reason', 'meta', 'fingerprint', 'linked_at'], w.reports.map((r) => {
      const { id, duplicateOf, ...meta } = r.meta;
      return [seqOf(id), id, duplicateOf, r.similarity, r.reason, JSON.stringify(meta), Buffer.from(r.fingerprint), now];
    }));
    const keyPairs: number[] = [];
    for (const r of w.reports) { const s = seqOf(r.meta.id); for (const key of new Set(r.keys)) keyPairs.push(key, s); }
    await insertKeyPairs(trx, 'link_keys', keyPairs);

    const inserted = await insertRows<{ seq: number | string; event_key: string }>(trx, 'link_events', ['event_key', 'report_seq', 'report_id', 'incident_id', 'data', 'score', 'linked_to', 'explanation', 'episode'],
      w.events.map((e) => [e.event.key, seqOf(e.event.reportId), e.event.reportId, e.incidentId, JSON.stringify(e.event), e.score, e.linkedTo, e.explanation, e.episode ? 1 : 0]),
      'returning seq, event_key');
    const seqByKey = new Map(inserted.map((r) => [r.event_key, Number(r.seq)]));
    const blockPairs: number[] = [];
    for (const e of w.events) {
      const s = seqByKey.get(e.event.key)!;
      eventSeqs.push([e.event.key, s]);
      for (const key of e.blockKeys) blockPairs.push(key, s);
    }
    await insertKeyPairs(trx, 'link_blocks', blockPairs);
    for (const m of w.moves) {
      await trx.updateTable('link_events').set({ incident_id: m.incidentId, explanation: m.explanation, score: null, linked_to: null }).where('event_key', '=', m.eventKey).execute();
    }
    for (const part of chunks(w.removed)) await trx.deleteFrom('incidents').where('id', 'in', part).execute();
    await insertRows(trx, 'incidents', INCIDENT_COLUMNS, w.incidents.map((s) => [
      s.id, s.type, s.title, s.placeId, s.placeName, s.dateFrom, s.dateTo, s.firstSeen, s.lastSeen, s.reports, s.events, s.corroboration, s.outlets, JSON.stringify(s.detail), now,
    ]), UPSERT_INCIDENT);
  });
  return eventSeqs;
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
