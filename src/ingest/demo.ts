// The illustrative demo reports that come with Casefile (demo/reports), for
// `casefile serve --demo`. Ingesting them twice changes nothing.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CasefileError } from '../core/errors.js';
import type { Store } from '../store/port.js';
import { ingestPaths, type IngestOptions, type IngestSummary } from './ingest.js';

/** demo/ in the package: two levels up from src/ingest (tsx) and dist/ingest (built). */
export const DEMO_DIR = fileURLToPath(new URL('../../demo', import.meta.url));

/** Stores the demo reports of `demoDir` (its reports/ folder); a demo file that fails to ingest is a bug, so it throws. */
export async function ingestDemo(store: Store, demoDir: string = DEMO_DIR, opts: Omit<IngestOptions, 'store'> = {}): Promise<IngestSummary> {
  const summary = await ingestPaths([join(demoDir, 'reports')], { ...opts, store });
  if (summary.failed > 0) {
    const first = summary.failures[0];
    throw new CasefileError('E_INTERNAL', `${summary.failed} demo file(s) could not be ingested; first: ${first.error.message}`, { where: first.path });
  }
  return summary;
}
