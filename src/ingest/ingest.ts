// casefile ingest: files and folders into the store. Each file is read and
// prepared, reports already stored are skipped by content hash, the rest are
// extracted (in worker threads, each task under a time and memory limit, which also
// make the rows a store without protection writes) and saved from this thread,
// several files to a commit, each report atomic. Only the files in flight (a few per
// thread), the reports being extracted (a budget per thread) and those waiting for a
// commit (a bound the lanes wait at) are held, so memory grows neither with the
// number of files nor with a store that falls behind. A file's reports
// go in chunks: a chunk is all extracted before any of it is saved, so a file of up
// to a chunk that cannot be read or extracted leaves nothing of itself behind, and a
// file of many reports streams through in bounded memory; the batch goes on.
import { CasefileError } from '../core/errors.js';
import type { Extractor } from '../extract/extractor.js';
import type { Store } from '../store/port.js';
import { listInputFiles, toCasefileError } from '../read/index.js';
import { defaultWorkers, localEngine, poolEngine, type Engine } from './engine.js';
import { configuredExtractor, type ExtractorFactory } from './extractor-factory.js';
import { BatchWriter } from './batch-writer.js';
import { Budget } from './budget.js';
import { fromWire } from './wire-error.js';
import type { Extracted } from './extract-report.js';
import type { FieldDefaults, PreparedInput } from './prepare-file.js';
import type { PoolLimits } from './pool.js';

export interface IngestProgress {
  filesDone: number;
  files: number;
  stored: number;
  present: number;
  failed: number;
  /** reports stored or found present per second since the start */
  reportsPerSecond: number;
}

export interface IngestSummary {
  /** files found under the paths */
  files: number;
  /** reports newly stored */
  stored: number;
  /** reports whose text was already stored */
  present: number;
  /** files (or named paths) refused */
  failed: number;
  failures: { path: string; error: CasefileError }[];
  seconds: number;
}

export interface IngestOptions {
  store: Store;
  /** an extractor object runs in this thread; by default the configured one runs in worker threads */
  extractor?: Extractor | ExtractorFactory;
  /** user knowledge for the default extractor (default <dataDir>/knowledge) */
  knowledgeDir?: string;
  /** worker threads for a batch (default: every core); 1 runs everything in this thread */
  workers?: number;
  maxBytes?: number;
  /** outlet and publication date for reports whose file gives none */
  fill?: FieldDefaults;
  /** per-task time and per-thread memory limits of the worker threads */
  limits?: PoolLimits;
  onProgress?: (progress: IngestProgress) => void;
  onError?: (path: string, error: CasefileError) => void;
  /** a reader's warnings about a file it still read (a damaged PDF object, a missing font) */
  onWarnings?: (path: string, warnings: string[]) => void;
}

export async function ingestPaths(paths: readonly string[], opts: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const summary: IngestSummary = { files: 0, stored: 0, present: 0, failed: 0, failures: [], seconds: 0 };
  const fail = (path: string, error: CasefileError) => {
    summary.failed++;
    summary.failures.push({ path, error });
    opts.onError?.(path, error);
  };
  const files: string[] = [];
  for (const path of paths) {
    // a missing path is one failure, like a bad file, not the end of the batch
    try {
      files.push(...(await listInputFiles([path], (refused) => fail(refused.where ?? path, refused))));
    } catch (err) {
      fail(path, toCasefileError(err, path));
    }
  }
  summary.files = files.length;
  const engine = chooseEngine(files.length, opts);
  let filesDone = 0;
  const progress = () => {
    const seconds = (performance.now() - started) / 1000;
    opts.onProgress?.({ filesDone, files: files.length, stored: summary.stored, present: summary.present, failed: summary.failed, reportsPerSecond: seconds > 0 ? (summary.stored + summary.present) / seconds : 0 });
  };

  const writer = new BatchWriter(opts.store, MAX_BATCH, MIN_BATCH);
  const extracting = new Budget(workerCount(files.length, opts) * EXTRACTING_PER_WORKER);
  const saving: Promise<void>[] = [];
  const finish = (path: string, work: Promise<FileResult>) =>
    work
      .then(({ stored, present, error }) => {
        summary.stored += stored;
        summary.present += present;
        if (error) fail(path, error);
      })
      .catch((err) => fail(path, toCasefileError(err, path)))
      .finally(() => {
        filesDone++;
        progress();
      });

  let next = 0;
  const lane = async () => {
    while (next < files.length) {
      const path = files[next++];
      // the lane waits for its file's extraction, not for its commits, so only the files in
      // flight are held (not every file read ahead); it waits for the writer only when it falls behind
      await new Promise<void>((extracted) => saving.push(finish(path, ingestFile(path, engine, opts, { writer, extracting }, extracted))));
      await writer.room(MAX_HELD);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(files.length, workerCount(files.length, opts) * FILES_PER_WORKER)) }, lane));
    writer.end();
    await Promise.all(saving);
  } finally {
    await engine.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/**
 * files in flight per worker thread: enough to keep each thread busy on files of one
 * report (whose reading, check for stored copies and hand-over leave gaps), and what
 * bounds the reports held, whatever the number of files
 */
const FILES_PER_WORKER = 8;

/**
 * reports handed to the writer and not yet committed before the lanes wait for it:
 * a batch committing and the next gathering, so the threads go on extracting during a
 * commit. With the reports being extracted (below) this bounds the reports held,
 * whatever the size of the files and of the store.
 */
const MAX_HELD = 1024;


/** reports a commit waits for, and takes at most: ingesting 3,000 reports, commits of some 80 cost SQLite a quarter more CPU than commits of 270 */
const MIN_BATCH = 256;
const MAX_BATCH = 512;

/** reports of one file extracted, then saved, together */
const CHUNK = 64;

/**
 * reports being extracted at once per thread: two chunks, more than the tasks the pool
 * posts ahead to a thread (pool.ts), so a thread has work queued while a chunk ends
 */
const EXTRACTING_PER_WORKER = 2 * CHUNK;

function workerCount(files: number, opts: IngestOptions): number {
  return Math.max(1, Math.min(opts.workers ?? defaultWorkers(), files));
}

function chooseEngine(files: number, opts: IngestOptions): Engine {
  const extractor = opts.extractor ?? configuredExtractor(opts.knowledgeDir);
  // an extractor object cannot cross into a thread; every other run reads each file in a
  // bounded worker thread, even a single file, so a hostile file cannot hang or exhaust ingest
  if ('extract' in extractor) return localEngine(extractor, { maxBytes: opts.maxBytes, fill: opts.fill });
  return poolEngine(workerCount(files, opts), extractor, { maxBytes: opts.maxBytes, fill: opts.fill, limits: opts.limits });
}

/** Reads one file and saves its reports chunk by chunk; says when its last chunk is extracted (or it failed). */
async function ingestFile(path: string, engine: Engine, opts: IngestOptions, { writer, extracting }: { writer: BatchWriter; extracting: Budget }, extracted: () => void): Promise<FileResult> {
  const result: FileResult = { stored: 0, present: 0 };
  const seen = new Set<string>();
  // a store without protection takes rows made in the extracting thread (store/row-json.ts)
  const asRows = opts.store.protection === 'off';
  const commits: Promise<FileResult>[] = [];
  let failure: CasefileError | undefined;
  try {
    const { items: prepared, warnings } = await engine.prepare(path);
    if (warnings.length > 0) opts.onWarnings?.(path, warnings);
    for (let at = 0; at < prepared.length; at += CHUNK) {
      const fresh: PreparedInput[] = [];
      const chunk = prepared.slice(at, at + CHUNK);
      // one query asks which of the chunk's reports are stored already, not one per report
      const stored = await opts.store.storedAmong(chunk.map((item) => item.report.id));
      for (const item of chunk) {
        if (seen.has(item.report.id) || stored.has(item.report.id)) result.present++;
        else fresh.push(item);
        seen.add(item.report.id);
      }
      // every report of a chunk is extracted before any is handed to the store
      // the budget comes back once every extraction of the chunk has ended, failed ones too
      await extracting.take(fresh.length);
      let extractions: ReturnType<typeof engine.extract>[] = [];
      try {
        extractions = fresh.map((item) => engine.extract(item.report, item.origin, asRows));
        await Promise.allSettled(extractions);
      } finally {
        extracting.give(fresh.length);
      }
      const extracted = await Promise.all(extractions);
      commits.push(saveChunk(fresh.map((item, i) => ({ ...item, extracted: extracted[i] })), writer));
      await writer.room(MAX_HELD);
    }
  } catch (err) {
    failure = toCasefileError(err, path);
  } finally {
    extracted();
  }
  // the chunks handed over are committed (or refused) before the file's result is known
  for (const chunk of await Promise.all(commits)) {
    result.stored += chunk.stored;
    result.present += chunk.present;
    result.error ??= chunk.error;
  }
  result.error = failure ?? result.error;
  return result;
}

interface FileResult {
  stored: number;
  present: number;
  /** the first report the store refused; the file's other reports stand, each saved on its own */
  error?: CasefileError;
}

async function saveChunk(items: (PreparedInput & { extracted: Extracted })[], writer: BatchWriter): Promise<FileResult> {
  const outcomes = await writer.save(items.map(({ report, raw, extracted }) => ({ report, raw, ...extracted })));
  const result: FileResult = { stored: 0, present: 0 };
  for (const [i, outcome] of outcomes.entries()) {
    if ('error' in outcome) result.error ??= fromWire({ code: outcome.error.code, message: `${items[i].origin}: ${outcome.error.message}`, where: items[i].origin });
    else if (outcome.created) result.stored++;
    else result.present++;
  }
  return result;
}
