// Where ingest's CPU work runs: preparing files and extracting reports. The pool
// engine spreads it over worker threads (the store stays in the main thread); the
// local engine runs it here, for a given extractor object or a small batch.
import { availableParallelism } from 'node:os';
import type { Extraction } from '../core/model.js';
import type { ExtractInput, Extractor } from '../extract/extractor.js';
import { WorkerPool, type PoolLimits } from './pool.js';
import { prepareFile, type FieldDefaults, type PreparedFile } from './prepare-file.js';
import { loadExtractor, type ExtractorFactory } from './extractor-factory.js';
import type { WorkerTask } from './worker.js';
import { fromWire, toWire } from './wire-error.js';

export interface Engine {
  prepare(path: string): Promise<PreparedFile>;
  extract(input: ExtractInput, origin: string): Promise<Extraction>;
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
    extract: async (input, origin) => {
      try {
        return await (await get()).extract(input);
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
    extract: (input, origin) => pool.run({ kind: 'extract', input, origin }, origin) as Promise<Extraction>,
    close: () => pool.close(),
  };
}
