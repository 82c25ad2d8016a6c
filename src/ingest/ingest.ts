// casefile ingest: files and folders into the store. Each file is read and
// prepared, reports already stored are skipped by content hash, the rest are
// extracted (in worker threads for a batch) and saved from this thread, several
// files to a commit, each report atomic. A file's reports are all extracted before
// any is saved, so a file that cannot be read or extracted leaves nothing of itself
// behind; the batch goes on without it.
import { CasefileError } from '../core/errors.js';
import type { Extraction } from '../core/model.js';
import type { Extractor } from '../extract/extractor.js';
import type { Store } from '../store/port.js';
import { listInputFiles, toCasefileError } from '../read/index.js';
import { defaultWorkers, localEngine, poolEngine, type Engine } from './engine.js';
import { configuredExtractor, type ExtractorFactory } from './extractor-factory.js';
import { BatchWriter } from './batch-writer.js';
import { fromWire } from './wire-error.js';
import { extractInput, type FieldDefaults, type PreparedInput } from './prepare-file.js';

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
  onProgress?: (progress: IngestProgress) => void;
  onError?: (path: string, error: CasefileError) => void;
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
      files.push(...(await listInputFiles([path])));
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

  const writer = new BatchWriter(opts.store);
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
      let extracted: Extracted;
      try {
        extracted = await extractFile(path, engine, opts.store);
      } catch (err) {
        saving.push(finish(path, Promise.reject(err)));
        continue;
      }
      // the lane moves on while the writer commits; it waits only when the writer falls behind
      saving.push(finish(path, saveFile(extracted, writer)));
      if (writer.backlog > MAX_BACKLOG) await writer.idle();
    }
  };
  try {
    // two files in flight per worker keep every thread busy
    await Promise.all(Array.from({ length: Math.max(1, Math.min(files.length, workerCount(files.length, opts) * 2)) }, lane));
    await Promise.all(saving);
  } finally {
    await engine.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** reports extracted but not yet committed before the lanes wait for the writer */
const MAX_BACKLOG = 1024;

function workerCount(files: number, opts: IngestOptions): number {
  return Math.max(1, Math.min(opts.workers ?? defaultWorkers(), files));
}

function chooseEngine(files: number, opts: IngestOptions): Engine {
  const extractor = opts.extractor ?? configuredExtractor(opts.knowledgeDir);
  // an extractor object cannot cross into a thread; one file or one worker needs no threads
  if ('extract' in extractor || workerCount(files, opts) <= 1) return localEngine(extractor, { maxBytes: opts.maxBytes, fill: opts.fill });
  return poolEngine(workerCount(files, opts), extractor, { maxBytes: opts.maxBytes, fill: opts.fill });
}

interface Extracted {
  items: (PreparedInput & { extraction: Extraction })[];
  /** reports found already stored, or repeated within the file */
  present: number;
}

async function extractFile(path: string, engine: Engine, store: Store): Promise<Extracted> {
  const prepared = await engine.prepare(path);
  const fresh: PreparedInput[] = [];
  const seen = new Set<string>();
  let present = 0;
  for (const item of prepared) {
    if (seen.has(item.report.id) || (await store.hasReport(item.report.id))) present++;
    else fresh.push(item);
    seen.add(item.report.id);
  }
  // every report of the file is extracted before any is handed to the store
  const extractions = await Promise.all(fresh.map((item) => engine.extract(extractInput(item.report), item.origin)));
  return { items: fresh.map((item, i) => ({ ...item, extraction: extractions[i] })), present };
}

interface FileResult {
  stored: number;
  present: number;
  /** the first report the store refused; the file's other reports stand, each saved on its own */
  error?: CasefileError;
}

async function saveFile({ items, present }: Extracted, writer: BatchWriter): Promise<FileResult> {
  const outcomes = await writer.save(items.map(({ report, raw, extraction }) => ({ report, raw, extraction })));
  const result: FileResult = { stored: 0, present };
  for (const [i, outcome] of outcomes.entries()) {
    if ('error' in outcome) result.error ??= fromWire({ code: outcome.error.code, message: `${items[i].origin}: ${outcome.error.message}`, where: items[i].origin });
    else if (outcome.created) result.stored++;
    else result.present++;
  }
  return result;
}
