// Links every stored report not linked yet, with the outlets and places of the
// knowledge base: what `ingest`, `link` and `serve --demo` run after storing.
import { loadKnowledge } from '../knowledge/load.js';
import type { Store } from '../store/port.js';
import { outletsFromKnowledge, placesFromKnowledge } from './corroboration/knowledge-outlets.js';
import { StoreLinker, type LinkTotals } from './store-linker.js';

export interface LinkStoreOptions {
  /** user knowledge additions (default <dataDir>/knowledge) */
  knowledgeDir?: string;
  /** forget earlier links first and relink everything (analysts' splits and merges are kept) */
  rebuild?: boolean;
  onProgress?: (reportsLinked: number) => void;
}

export async function linkStore(store: Store, opts: LinkStoreOptions = {}): Promise<LinkTotals> {
  if (opts.rebuild) await store.incidents.clearLinks();
  const knowledge = loadKnowledge({ userDir: opts.knowledgeDir });
  const linker = new StoreLinker(store.incidents, outletsFromKnowledge(knowledge), { wholeState: opts.rebuild === true, placeOf: placesFromKnowledge(knowledge) });
  return linker.linkPending(opts.onProgress);
}

export function describeTotals(totals: LinkTotals): string {
  return `link: ${totals.reports} reports linked, ${totals.duplicates} reposts, ${totals.linked} of ${totals.events} acts joined a case another report opened`;
}
