// casefile ingest PATH...: read, extract and store reports. Heavy modules load in
// the action.
import { Command, InvalidArgumentError } from 'commander';
import type { TextSink } from '../../ingest/progress.js';

export interface IngestFlags {
  data?: string;
  workers?: number;
  maxSize?: number;
  timeLimit?: number;
  memoryLimit?: number;
}

export interface IngestIo {
  out: (text: string) => void;
  /** progress and errors */
  err: TextSink;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read report files and folders (text, Markdown, HTML, JSON, JSON lines, CSV, RSS/Atom, PDF, DOCX), extract and store them')
    .argument('<paths...>', 'files and folders (folders are read recursively, hidden files skipped)')
    .option('--data <dir>', 'data folder (default: CASEFILE_DATA or ./data)')
    .option('--workers <n>', 'worker threads for extraction (default: every core)', positiveInt)
    .option('--max-size <mb>', 'refuse files larger than this many megabytes (default 25)', positiveInt)
    .option('--time-limit <s>', 'seconds a file (or one of its reports) may take to read or extract (default 15)', positiveInt)
    .option('--memory-limit <mb>', 'megabytes of memory a worker reading one file may use (default 1024)', positiveInt)
    .action(async (paths: string[], flags: IngestFlags) => {
      const failed = await runIngest(paths, flags, { out: (s) => process.stdout.write(s), err: process.stderr });
      if (failed > 0) process.exitCode = 1;
    });
}

/** Ingests the paths; returns the number of files that failed. */
export async function runIngest(paths: string[], flags: IngestFlags, io: IngestIo): Promise<number> {
  const [{ loadConfig }, { openStore }, { ingestPaths }, { progressPrinter }, { linkStore, describeTotals }, { DEFAULT_LIMITS }, { withStoreLock }] = await Promise.all([
    import('../../core/config.js'),
    import('../../store/open.js'),
    import('../../ingest/ingest.js'),
    import('../../ingest/progress.js'),
    import('../../link/link-store.js'),
    import('../../ingest/pool.js'),
    import('../../store/lock.js'),
  ]);
  const config = loadConfig({ dataDir: flags.data });
  const store = await openStore(config);
  const progress = progressPrinter(io.err);
  try {
    const summary = await ingestPaths(paths, {
      store,
      knowledgeDir: config.knowledgeDir,
      workers: flags.workers,
      maxBytes: flags.maxSize ? flags.maxSize * 1024 * 1024 : undefined,
      limits: { timeMs: (flags.timeLimit ?? DEFAULT_LIMITS.timeMs / 1000) * 1000, memoryMb: flags.memoryLimit ?? DEFAULT_LIMITS.memoryMb },
      onProgress: progress.update,
      onError: (_path, error) => progress.message(`casefile: ${error.message}`),
      onWarnings: (path, warnings) => progress.message(`casefile: ${path}: read, with ${warnings.length} warning${warnings.length === 1 ? '' : 's'}: ${warnings.slice(0, 3).join('; ')}${warnings.length > 3 ? '; ...' : ''}`),
    });
    progress.done();
    const failed = summary.failed === 1 ? '1 file failed' : `${summary.failed} files failed`;
    io.out(`ingest: ${summary.stored} stored, ${summary.present} already present, ${failed} (${summary.files} files in ${summary.seconds.toFixed(1)} s)\n`);
    // new reports join the incidents already stored (incremental: only their keys are loaded)
    // one linker at a time per store: another ingest may be linking the same new reports
    const totals = await withStoreLock(config, 'link', () => linkStore(store, { knowledgeDir: config.knowledgeDir }));
    if (totals.reports > 0) io.out(`${describeTotals(totals)}\n`);
    return summary.failed;
  } finally {
    await store.close();
  }
}
