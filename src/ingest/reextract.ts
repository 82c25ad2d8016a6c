// Re-extraction: every stored report is read again from its stored text by the
// configured extractor (a better version, new knowledge). The machine's proposal is
// replaced; people's decisions live beside it and are kept, and a decision whose
// item the machine now proposes differently shows as a conflict on review.
import type { Extractor } from '../extract/extractor.js';
import type { Store } from '../store/port.js';

export interface ReextractSummary {
  reports: number;
  changed: number;
  failed: { id: string; message: string }[];
}

const PAGE = 200;

export async function reextractStored(store: Store, extractor: Extractor, onProgress?: (done: number, total: number) => void): Promise<ReextractSummary> {
  const summary: ReextractSummary = { reports: 0, changed: 0, failed: [] };
  const first = await store.searchReports(undefined, { limit: 1 });
  // ids first: replacing extractions while paging through them must not skip or repeat a report
  const ids: string[] = [];
  for (let offset = 0; offset < first.total; offset += PAGE) {
    ids.push(...(await store.searchReports(undefined, { limit: PAGE, offset })).items.map((h) => h.id));
  }
  for (const id of ids) {
    const stored = await store.getReport(id);
    if (!stored) continue;
    const { text, title, outlet, published, language } = stored.report;
    try {
      const extraction = await extractor.extract({ text, title, outlet, published, language });
      if ((await store.replaceExtraction(id, extraction)).changed) summary.changed++;
    } catch (e) {
      summary.failed.push({ id, message: e instanceof Error ? e.message : String(e) });
    }
    summary.reports++;
    onProgress?.(summary.reports, ids.length);
  }
  return summary;
}
