// Writes the stored events matching a filter, page by page, so an export of any
// size holds one page and a few reports in memory.
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { AccessRole } from '../core/access.js';
import type { EventFilter, Store } from '../store/port.js';
import { encode, type ExportFormat } from './formats.js';
import { toRecord, type ExportRecord } from './record.js';
import { reportCache } from './report-cache.js';

export interface ExportOptions {
  store: Store;
  format: ExportFormat;
  filter?: Omit<EventFilter, 'limit' | 'offset'>;
  /** analysts only: the public export carries no source descriptors */
  includeSources?: boolean;
  out: Writable;
  pageSize?: number;
  onProgress?: (written: number, total: number) => void;
}

export async function exportEvents(opts: ExportOptions): Promise<number> {
  const { store, format, filter = {}, includeSources = false, out, pageSize = 500, onProgress } = opts;
  const role: AccessRole = includeSources ? 'analyst' : 'viewer';
  const report = reportCache(store, role);
  let written = 0;

  async function* records(): AsyncGenerator<ExportRecord> {
    for (let offset = 0; ; offset += pageSize) {
      const page = await store.listEvents({ ...filter, limit: pageSize, offset });
      for (const row of page.items) {
        yield toRecord(row, await report(row.reportId), includeSources);
        written++;
      }
      onProgress?.(written, page.total);
      if (page.items.length < pageSize) return;
    }
  }

  // stdout stays open for whoever writes after us
  await pipeline(encode(records(), format, includeSources), out, { end: out !== process.stdout });
  return written;
}
