// Linking against the store. Incremental by default: each batch of new reports
// loads only the stored state its keys reach (candidate originals, then candidate
// events), links, loads the incidents that changed whole to summarise them, and
// writes what changed in one transaction. A run from scratch keeps the workspace
// whole in memory across batches instead and writes keys and summaries at the end.
import { applyReview } from '../core/review.js';
import type { IncidentStore } from '../store/incidents/port.js';
import type { OutletTable } from './corroboration/outlets.js';
import { duplicateKeys, matchText } from './duplicates/detect.js';
import { packFingerprint, unpackFingerprint } from './duplicates/fingerprint.js';
import { queryKeys, indexKeys } from './incidents/blocking.js';
import { Constraints } from './incidents/decisions.js';
import { summarise, summariseTouched } from './incidents/summary.js';
import { Interner } from './intern.js';
import { internEvent, prepareLinkReport, type PlaceLookup } from './prepare.js';
import { linkInto, type LinkRun } from './run.js';
import { BLOCK_CAP, DUPLICATE_KEY_CAP, LinkWorkspace, RECENT_PER_BLOCK, reportMeta } from './workspace.js';
import type { IncidentSummary, LinkEvent, LinkReport, ReportMeta } from '../core/link-model.js';

export const BATCH = 2000;
/**
 * A run from scratch commits less often (each commit writes every index page its
 * rows touched, and random keys touch most of them) and writes its incident
 * summaries in id order, so the id index is appended to rather than rewritten.
 */
const SCRATCH_BATCH = 4000;
const READ_BATCH = 500;
const SUMMARY_CHUNK = 2000;

export interface LinkTotals {
  reports: number;
  duplicates: number;
  events: number;
  linked: number;
}

export class StoreLinker {
  private whole: LinkWorkspace | null = null;
  private readonly pending = new Set<string>();
  private readonly intern = new Interner();
  /** a run from scratch writes its candidate keys at the end, sorted: flat (key, seq) pairs, a typed array per batch */
  private deferred = { duplicate: [] as Int32Array[], block: [] as Int32Array[] };
  readonly totals: LinkTotals = { reports: 0, duplicates: 0, events: 0, linked: 0 };

  /** wholeState: the store holds no link state beyond what this linker writes (a run from scratch) */
  constructor(private readonly incidents: IncidentStore, private readonly outlets: OutletTable, private readonly opts: { wholeState?: boolean; placeOf?: PlaceLookup } = {}) {}

  /** Links every stored report not linked yet. */
  async linkPending(onProgress?: (done: number) => void): Promise<LinkTotals> {
    const size = this.opts.wholeState ? SCRATCH_BATCH : BATCH;
    // Starting at the first unlinked report spares reading past the linked ones.
    const first = await this.incidents.firstUnlinkedSeq();
    if (first !== null) for (let after = first - 1; ;) {
      // Stored text and extractions are read a little at a time and kept only as compact link reports.
      const batch: { seq: number; report: LinkReport }[] = [];
      while (batch.length < size) {
        const rows = await this.incidents.unlinkedReports(Math.min(READ_BATCH, size - batch.length), after);
        if (rows.length === 0) break;
        after = rows[rows.length - 1].seq;
        for (const b of rows) batch.push({ seq: b.seq, report: prepareLinkReport(b.report, applyReview(b.extraction, b.decisions), this.outlets, this.opts.placeOf, this.intern, this.incidents.witnessTag) });
      }
      if (batch.length === 0) break;
      await this.link(batch);
      onProgress?.(this.totals.reports);
    }
    await this.finish();
    return this.totals;
  }

  /** Links a batch of stored reports (seq: their row in the store). */
  private async link(batch: { seq: number; report: LinkReport }[]): Promise<LinkRun> {
    const reports = batch.map((b) => b.report);
    const constraints = new Constraints(await this.incidents.listDecisions());
    const ws = this.opts.wholeState ? (this.whole ??= new LinkWorkspace(constraints)) : await this.load(reports, constraints);
    const added = ws.events.length;
    const run = linkInto(ws, reports);
    const byId = new Map(batch.map((b) => [b.report.id, b]));
    this.totals.reports += run.reports.length;
    this.totals.duplicates += run.reports.filter((r) => r.duplicateOf).length;
    this.totals.events += run.assignments.length;
    // acts that joined a case another report had opened (an analyst's merge included)
    this.totals.linked += run.assignments.filter((a) => a.score !== null || a.explanation === 'merged by an analyst').length;

    const defer = this.opts.wholeState === true;
    const touched = defer ? [] : await this.summaries(ws, run.touched, added);
    if (defer) for (const id of run.touched) this.pending.add(id);
    const blockKeys = new Map(run.assignments.map((a) => [a.eventKey, indexKeys(ws.events[ws.eventIndex.get(a.eventKey)!])]));
    const dupPairs: number[] = [];
    const eventSeqs = await this.incidents.saveLinkRun({
      reports: run.reports.map((l) => {
        const { seq, report: r } = byId.get(l.id)!;
        const k = duplicateKeys(r.fingerprint);
        const keys = [...k.bands, ...k.anchors];
        if (defer) for (const key of keys) dupPairs.push(key, seq);
        return { meta: reportMeta(r, l.duplicateOf), similarity: l.similarity ? Math.max(l.similarity.jaccard, l.similarity.containment) : null, reason: l.similarity?.reason ?? null, fingerprint: packFingerprint(r.fingerprint), keys: defer ? [] : keys };
      }),
      events: run.assignments.map((a) => ({
        event: ws.events[ws.eventIndex.get(a.eventKey)!], incidentId: a.incidentId, score: a.score, linkedTo: a.linkedTo, explanation: a.explanation, episode: a.episode,
        blockKeys: defer ? [] : blockKeys.get(a.eventKey)!,
      })),
      moves: [],
      incidents: touched,
      removed: [],
    });
    if (defer) {
      const blockPairs: number[] = [];
      for (const [key, seq] of eventSeqs) for (const k of blockKeys.get(key)!) blockPairs.push(k, seq);
      this.deferred.duplicate.push(Int32Array.from(dupPairs));
      this.deferred.block.push(Int32Array.from(blockPairs));
    }
    return run;
  }

  /** Writes the summaries and keys a run from scratch has held back. */
  async finish(): Promise<void> {
    if (!this.whole) return;
    if (this.deferred.duplicate.length || this.deferred.block.length) {
      const { duplicate, block } = this.deferred;
      this.deferred = { duplicate: [], block: [] };
      await this.incidents.saveKeys({ duplicate: concat(duplicate), block: concat(block) });
    }
    if (this.pending.size === 0) return;
    const ids = [...this.pending].sort();
    this.pending.clear();
    for (let i = 0; i < ids.length; i += SUMMARY_CHUNK) {
      await this.incidents.saveLinkRun({ reports: [], events: [], moves: [], removed: [], incidents: summariseTouched(this.whole, ids.slice(i, i + SUMMARY_CHUNK)) });
    }
  }

  /** Loads the stored state the batch reaches: first candidate originals, then candidate events. */
  private async load(reports: LinkReport[], constraints: Constraints): Promise<LinkWorkspace> {
    const ws = new LinkWorkspace(constraints);
    const dup = await this.incidents.loadDuplicateState(reports.flatMap((r) => { const k = duplicateKeys(r.fingerprint); return [...k.bands, ...k.anchors]; }), DUPLICATE_KEY_CAP);
    const fpIndex = new Map<string, number>();
    for (const { meta, fingerprint } of dup.reports) {
      ws.reports.set(meta.id, meta);
      fpIndex.set(meta.id, ws.addFingerprint(meta.id, unpackFingerprint(fingerprint)));
    }
    for (const k of dup.stoppedKeys) ws.duplicateIndex.stop(k);
    for (const [key, id] of dup.postings) {
      const i = fpIndex.get(id);
      if (i !== undefined) ws.duplicateIndex.add(key, i);
    }
    // Only the originals new reports copy, and reports they share passages with, bring their events along:
    // every report that may turn out related once the batch's own reports are met as well.
    const originals = new Set<string>();
    for (const r of reports) {
      const m = matchText(ws, r.id, r.fingerprint);
      if (m.original) originals.add(m.original.original);
      for (const id of m.sharing) originals.add(id);
    }
    // Acts are compared with each block's latest postings only; a block the batch's own acts
    // may take past the cap is read whole, so that it stops where a run from scratch stops it.
    const filed = new Map<number, number>();
    for (const r of reports) for (const e of r.events) for (const k of indexKeys(e)) filed.set(k, (filed.get(k) ?? 0) + 1);
    const window = (key: number, postings: number) => (postings + (filed.get(key) ?? 0) > BLOCK_CAP ? postings : RECENT_PER_BLOCK);
    const ev = await this.incidents.loadEventState(reports.flatMap((r) => r.events.flatMap(queryKeys)), BLOCK_CAP, [...originals], window);
    for (const k of ev.stoppedKeys) ws.blockIndex.stop(k);
    for (const [id, days] of ev.spans) ws.storedSpans.set(id, days);
    let events = ev.events;
    const metas = [ev.reports];
    // An analyst's split is checked against whole incidents, so with decisions on record they come whole.
    if (!constraints.empty) {
      const m = await this.incidents.incidentMembers([...new Set(events.map((e) => e.incidentId))]);
      const seqs = new Set(events.map((e) => e.seq));
      events = [...events, ...m.events.filter((e) => !seqs.has(e.seq))].sort((a, b) => a.seq - b.seq);
      metas.push(m.reports);
    }
    for (const meta of metas.flat()) if (!ws.reports.has(meta.id)) ws.reports.set(meta.id, meta);
    // In the order a run from scratch filed them, which decides ties between candidates.
    // Read back as new objects: interned, so equal places are one object again, as scoring expects.
    const indexOf = new Map<number, number>();
    for (const { seq, event, incidentId } of events) indexOf.set(seq, ws.addEvent(internEvent(event, this.intern), incidentId));
    for (const [key, seq] of ev.postings) ws.blockIndex.add(key, indexOf.get(seq)!);
    return ws;
  }

  /**
   * Summaries of the incidents a batch touched, from all their members in the order
   * they were filed: those stored (read whole) first, then the batch's own
   * (workspace indexes from `added` on).
   */
  private async summaries(ws: LinkWorkspace, ids: ReadonlySet<string>, added: number): Promise<IncidentSummary[]> {
    const stored = await this.incidents.incidentMembers([...ids].filter((id) => ws.members.get(id)!.some((i) => i < added)));
    const metas = new Map(stored.reports.map((r) => [r.id, r]));
    const members = new Map<string, { event: LinkEvent; report: ReportMeta }[]>([...ids].map((id) => [id, []]));
    for (const { event, incidentId } of stored.events) members.get(incidentId)!.push({ event, report: ws.reports.get(event.reportId) ?? metas.get(event.reportId)! });
    for (const [id, list] of members) for (const i of ws.members.get(id)!) if (i >= added) list.push({ event: ws.events[i], report: ws.reports.get(ws.events[i].reportId)! });
    return [...members].map(([id, list]) => summarise(id, list));
  }
}

function concat(parts: Int32Array[]): Int32Array {
  const out = new Int32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}
