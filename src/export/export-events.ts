// Writes the events matching an explore filter in seq order, a batch at a time,
// so an export of any size holds one batch and a few reports in memory.
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { AccessRole } from '../core/access.js';
import type { ExploreFilter } from '../core/query.js';
import type { Store } from '../store/port.js';
import { encode, type ExportFormat } from './formats.js';
import { toRecord, type ExportRecord } from './record.js';
import { reportCache } from './report-cache.js';

export interface ExportOptions {
  store: Store;
  format: ExportFormat;
  filter?: ExploreFilter;
  /** analysts only: the public export carries no source descriptors */
  includeSources?: boolean;
  out: Writable;
  pageSize?: number;
  onProgress?: (written: number) => void;
}

/** The records of the events matching the filter, read batch by batch. */
export async function* exportRecords(store: Store, filter: ExploreFilter, includeSources: boolean, pageSize = 500, onBatch?: () => void): AsyncGenerator<ExportRecord> {
  const role: AccessRole = includeSources ? 'analyst' : 'viewer';
  const report = reportCache(store, role);
  for (let after = 0; ;) {
    const batch = await store.explore.exportBatch(filter, after, pageSize);
    for (const row of batch) yield toRecord(row, await report(row.reportId), includeSources);
    onBatch?.();
    if (batch.length < pageSize) return;
    after = batch[batch.length - 1].seq;
  }
}

export async function exportEvents(opts: ExportOptions): Promise<number> {
  const { store, format, filter = {}, includeSources = false, out, pageSize = 500, onProgress } = opts;
  let written = 0;
  async function* counted(): AsyncGenerator<ExportRecord> {
    for await (const r of exportRecords(store, filter, includeSources, pageSize, () => onProgress?.(written))) {
      written++;
      yield r;
    }
  }
  // stdout stays open for whoever writes after us
  await pipeline(encode(counted(), format, includeSources), out, { end: out !== process.stdout });
  return written;
}
