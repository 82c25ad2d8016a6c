// Reading and writing the link state: what an incremental run needs to load (only
// the rows its keys reach) and what every run writes (in one transaction).
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Extraction } from '../../core/model.js';
import type { ReviewDecision } from '../../core/review.js';
import { withDescriptors } from '../rows.js';
import { contexts, type Protection } from '../crypto/protection.js';
import { fullText } from '../report-queries.js';
import { decisionsOf } from '../review/decisions.js';
import { insertKeyPairs } from './bulk-insert.js';
import { insertRows } from '../insert-rows.js';
import type { DuplicateSlice, EventSlice, IncidentStore, LinkWrite, StoredEvent } from './port.js';
import type { LinkTables } from './schema.js';
import type { SqlDialect } from '../migrations/index.js';
import type { CaseDays, LinkEvent, ReportMeta } from '../../core/link-model.js';

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

/** Keys with at most `cap` postings, with their counts; the rest are reported as stopped. */
/**
 * The postings of each of `keys` filed at most `cap` times, ascending by seq (the order
 * a run from scratch filed them in), and the keys filed more often (stopped). On
 * PostgreSQL one statement with the keys as an array, the lists cut on the server;
 * on SQLite 500 keys a statement, counted first so a stopped key's list is never read.
 */
async function postingsOf(db: Db, dialect: SqlDialect, table: 'link_keys' | 'link_blocks', keys: number[], cap: number): Promise<{ byKey: Map<number, number[]>; stopped: number[] }> {
  const ref = table === 'link_keys' ? 'report_seq' : 'event_seq';
  const unique = [...new Set(keys)];
  const byKey = new Map<number, number[]>(), stopped: number[] = [];
  const file = (key: number, n: number, seqs: string | null) => {
    if (n > cap) stopped.push(key);
    else byKey.set(key, seqs!.split(',').map(Number).sort((a, b) => a - b));
  };
  if (dialect === 'postgres') {
    const { rows } = await sql<{ key: number; n: string; seqs: string | null }>`select key, count(*) as n,
        case when count(*) <= ${cap} then string_agg(${sql.ref(ref)}::text, ',') end as seqs
      from ${sql.table(table)} where key = any(${unique}::integer[]) group by key`.execute(db);
    for (const r of rows) file(Number(r.key), Number(r.n), r.seqs);
    return { byKey, stopped };
  }
  for (const part of chunks(unique)) {
    const live: number[] = [];
    for (const c of await db.selectFrom(table).select(['key', db.fn.countAll().as('n')]).where('key', 'in', part).groupBy('key').execute()) {
      if (Number(c.n) > cap) stopped.push(Number(c.key));
      else live.push(Number(c.key));
    }
    if (live.length === 0) continue;
    const rows = await db.selectFrom(table).select(['key', sql<string>`group_concat(${sql.ref(ref)})`.as('seqs')]).where('key', 'in', live).groupBy('key').execute();
    for (const r of rows) file(Number(r.key), 0, r.seqs);
  }
  return { byKey, stopped };
}

/** `column` among `values`: on PostgreSQL one array parameter, whatever their number */
const anyOf = (column: string, values: readonly unknown[], type: 'bigint' | 'text') => sql<boolean>`${sql.ref(column)} = any(${values}::${sql.raw(type)}[])`;

/** Step one of loading: the stored reports that new reports' fingerprint keys reach, in seq order. */
export async function loadDuplicateState(db: Db, dialect: SqlDialect, keys: number[], cap: number): Promise<DuplicateSlice> {
  const slice: DuplicateSlice = { reports: [], postings: [], stoppedKeys: [] };
  const { byKey, stopped } = await postingsOf(db, dialect, 'link_keys', keys, cap);
  slice.stoppedKeys.push(...stopped);
  const seqs = [...new Set([...byKey.values()].flat())];
  const rows = await readAmong(dialect, seqs, (among) => db.selectFrom('link_reports').select(['report_seq', 'report_id', 'duplicate_of', 'meta', 'fingerprint']).where(among('report_seq', 'bigint')).execute());
  const bySeq = new Map(rows.map((r) => [Number(r.report_seq), r]));
  for (const [key, list] of byKey) {
    for (const seq of list) {
      const r = bySeq.get(seq);
      if (r) slice.postings.push([key, r.report_id]);
    }
  }
  for (const seq of [...bySeq.keys()].sort((a, b) => a - b)) {
    const r = bySeq.get(seq)!;
    slice.reports.push({ meta: metaOf(r), fingerprint: new Uint8Array(r.fingerprint) });
  }
  return slice;
}

/**
 * Rows whose column is among `values`: on SQLite 500 values a statement (its limit on
 * parameters), on PostgreSQL all in one array; `read` puts `among(column, type)` in its WHERE.
 */
async function readAmong<R>(dialect: SqlDialect, values: readonly (string | number)[], read: (among: (column: string, type: 'bigint' | 'text') => ReturnType<typeof anyOf>) => Promise<R[]>): Promise<R[]> {
  if (values.length === 0) return [];
  if (dialect === 'postgres') return read((column, type) => anyOf(column, values, type));
  const out: R[] = [];
  for (const part of chunks(values)) out.push(...await read((column) => sql<boolean>`${sql.ref(column)} in (${sql.join(part)})`));
  return out;
}

/**
 * Step two: the stored events that new events' blocking keys reach (of each key
 * with at most `cap` postings, the latest `window(key, postings)`) and every event
 * of the originals that new reports copy, in seq order (the order a run from
 * scratch filed them in), with their reports and the stored spans of their cases.
 * Whole incidents are loaded later, only for those that change (incidentMembers).
 */
export async function loadEventState(db: Db, dialect: SqlDialect, blockKeys: number[], cap: number, originals: string[], window: (key: number, postings: number) => number = () => Infinity): Promise<EventSlice> {
  const slice: EventSlice = { events: [], postings: [], stoppedKeys: [], reports: [], spans: [] };
  const block = await postingsOf(db, dialect, 'link_blocks', blockKeys, cap);
  slice.stoppedKeys.push(...block.stopped);
  // Postings first (the key table alone), then each event once, however many keys reach it.
  const seqs = new Set<number>();
  for (const [key, list] of block.byKey) {
    for (const seq of list.slice(Math.max(0, list.length - window(key, list.length)))) {
      slice.postings.push([key, seq]);
      seqs.add(seq);
    }
  }
  const events = new Map<number, StoredEvent>();
  const reportIds = new Set<string>();
  const add = (r: { seq: number | string; data: string; incident_id: string; report_id: string }) => {
    const seq = Number(r.seq);
    if (events.has(seq)) return;
    events.set(seq, { seq, event: JSON.parse(r.data) as LinkEvent, incidentId: r.incident_id });
    reportIds.add(r.report_id);
  };
  const columns = ['seq', 'data', 'incident_id', 'report_id'] as const;
  for (const r of await readAmong(dialect, [...seqs], (among) => db.selectFrom('link_events').select(columns).where(among('seq', 'bigint')).execute())) add(r);
  for (const r of await readAmong(dialect, originals, (among) => db.selectFrom('link_events').select(columns).where(among('report_id', 'text')).execute())) add(r);
  slice.events = [...events.values()].sort((a, b) => a.seq - b.seq);
  slice.reports = await reportMetas(db, dialect, reportIds);
  slice.spans = await caseSpans(db, dialect, new Set(slice.events.map((e) => e.incidentId)));
  return slice;
}

/** The stored spans of the given cases (those with an act placed in time). */
async function caseSpans(db: Db, dialect: SqlDialect, ids: Iterable<string>): Promise<[string, CaseDays][]> {
  const rows = await readAmong(dialect, [...ids], (among) => db.selectFrom('incidents').select(['id', 'span_from', 'span_to']).where(among('id', 'text')).where('span_from', 'is not', null).execute());
  return rows.map((r) => [r.id, { from: Number(r.span_from), to: Number(r.span_to) }]);
}

/** The stored link metadata of the given reports. */
async function reportMetas(db: Db, dialect: SqlDialect, ids: Iterable<string>): Promise<ReportMeta[]> {
  const rows = await readAmong(dialect, [...ids], (among) => db.selectFrom('link_reports').select(['report_id', 'duplicate_of', 'meta']).where(among('report_id', 'text')).execute());
  return rows.map(metaOf);
}

/** The stored acts of the given cases, in the order filed (seq), with their reports. */
export async function incidentMembers(db: Db, dialect: SqlDialect, ids: string[]): Promise<{ events: StoredEvent[]; reports: ReportMeta[] }> {
  const rows = await readAmong(dialect, ids, (among) => db.selectFrom('link_events').select(['seq', 'data', 'incident_id', 'report_id']).where(among('incident_id', 'text')).execute());
  const events = rows.map((r) => ({ seq: Number(r.seq), event: JSON.parse(r.data) as LinkEvent, incidentId: r.incident_id })).sort((a, b) => a.seq - b.seq);
  return { events, reports: await reportMetas(db, dialect, new Set(rows.map((r) => r.report_id))) };
}

async function seqsOf(trx: Transaction<LinkTables>, ids: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const part of chunks(ids)) {
    for (const r of await trx.selectFrom('reports').select(['seq', 'id']).where('id', 'in', part).execute()) out.set(r.id, Number(r.seq));
  }
  return out;
}

const INCIDENT_COLUMNS = ['id', 'type', 'title', 'place_id', 'place_name', 'date_from', 'date_to', 'first_seen', 'last_seen', 'reports', 'events', 'corroboration', 'outlets', 'detail', 'updated_at', 'span_from', 'span_to'] as const;
// a case is filed under its first act, which an earlier act joining it changes
const UPSERT_INCIDENT = `on conflict (id) do update set ${INCIDENT_COLUMNS.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`).join(', ')}`;

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
      s.span?.from ?? null, s.span?.to ?? null,
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
