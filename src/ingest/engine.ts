// Where ingest's CPU work runs: preparing files, extracting reports and making
// their rows. The pool engine spreads it over worker threads (the store stays in the
// main thread); the local engine runs it here, for a given extractor object or a
// small batch.
import { availableParallelism } from 'node:os';
import type { Report } from '../core/model.js';
import type { Extractor } from '../extract/extractor.js';
import { extractReport, type Extracted } from './extract-report.js';
import { WorkerPool, type PoolLimits } from './pool.js';
import { prepareFile, type FieldDefaults, type PreparedFile } from './prepare-file.js';
import { loadExtractor, type ExtractorFactory } from './extractor-factory.js';
import type { WorkerTask } from './worker.js';
import { fromWire, toWire } from './wire-error.js';

export interface Engine {
  prepare(path: string): Promise<PreparedFile>;
  /** asRows: hand back the rows a store without protection writes, not the extraction */
  extract(report: Report, origin: string, asRows: boolean): Promise<Extracted>;
  close(): Promise<void>;
}

export function defaultWorkers(): number {
  return availableParallelism();
}

export function localEngine(extractor: Extractor | ExtractorFactory, opts: { maxBytes?: number; now?: () => Date; fill?: FieldDefaults }): Engine {
  let loaded: Promise<Extractor> | undefined;
  const get = () => (loaded ??= 'extract' in extractor ? Promise.resolve(extractor) : loadExtractor(extractor));
  return {
    prepare: (path) => prepareFile(path, { maxBytes: opts.maxBytes, now: opts.now?.(), fill: opts.fill }),
    extract: async (report, origin, asRows) => {
      try {
        return await extractReport(await get(), report, asRows);
      } catch (err) {
        throw fromWire(toWire(err, { code: 'E_STAGE', where: origin }));
      }
    },
    close: async () => {},
  };
}

export function poolEngine(size: number, factory: ExtractorFactory, opts: { maxBytes?: number; fill?: FieldDefaults; limits?: PoolLimits }): Engine {
  const workerFile = new URL(`./worker.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);
  const pool = new WorkerPool<WorkerTask, unknown>(workerFile, size, { factory }, opts.limits);
  return {
    prepare: (path) => pool.run({ kind: 'prepare', path, maxBytes: opts.maxBytes, fill: opts.fill }, path) as Promise<PreparedFile>,
    extract: (report, origin, asRows) => pool.run({ kind: 'extract', report, asRows, origin }, origin) as Promise<Extracted>,
    close: () => pool.close(),
  };
}
