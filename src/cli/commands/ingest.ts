// casefile ingest PATH...: read, extract and store reports. Heavy modules load in
// the action.
import { Command, InvalidArgumentError } from 'commander';
import { userInfo } from 'node:os';
import { CasefileError } from '../../core/errors.js';
import type { TextSink } from '../../ingest/progress.js';
import type { Store } from '../../store/port.js';

export interface IngestFlags {
  data?: string;
  workers?: number;
  maxSize?: number;
  reextract?: boolean;
  outlet?: string;
  published?: string;
  queue?: boolean;
  wait?: boolean;
  timeLimit?: number;
  memoryLimit?: number;
}

export interface IngestIo {
  out: (text: string) => void;
  /** progress and errors */
  err: TextSink;
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

function isoDay(value: string): string {
  const d = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(d.getTime()) || !d.toISOString().startsWith(value)) throw new InvalidArgumentError('expected a day as YYYY-MM-DD');
  return value;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read report files and folders (text, Markdown, HTML, JSON, JSON lines, CSV, RSS/Atom, PDF, DOCX), extract and store them')
    .argument('[paths...]', 'files and folders (folders are read recursively, hidden files skipped)')
    .option('--data <dir>', 'data folder (default: CASEFILE_DATA or ./data)')
    .option('--workers <n>', 'worker threads for extraction (default: every core)', positiveInt)
    .option('--max-size <mb>', 'refuse files larger than this many megabytes (default 25)', positiveInt)
    .option('--reextract', 'extract every stored report again with the current extractor and knowledge; reviewers\' decisions are kept')
    .option('--outlet <name>', 'outlet of every report whose file names none')
    .option('--published <yyyy-mm-dd>', 'publication date of every report whose file (or file name) gives none', isoDay)
    .option('--queue', 'team mode: queue one job per file on PostgreSQL (DATABASE_URL) for `casefile worker` processes, and return')
    .option('--wait', 'with --queue: show progress from the queue until every file is done')
    .option('--time-limit <s>', 'seconds a file (or one of its reports) may take to read or extract (default 15)', positiveInt)
    .option('--memory-limit <mb>', 'megabytes of memory a worker reading one file may use (default 1024)', positiveInt)
    .action(async (paths: string[], flags: IngestFlags) => {
      if (paths.length === 0 && !flags.reextract) throw new CasefileError('E_BAD_PARAM', 'give files or folders to ingest, or --reextract', { where: 'ingest' });
      const failed = flags.queue
        ? await (await import('../../queue/submit.js')).submitFiles(paths, { maxBytes: flags.maxSize ? flags.maxSize * 1024 * 1024 : undefined, wait: flags.wait, out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) })
        : await runIngest(paths, flags, { out: (s) => process.stdout.write(s), err: process.stderr });
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
    if (flags.reextract) return await reextract(store, config.knowledgeDir, io, paths.length === 0 ? null : () => ingestAll());
    return await ingestAll();
  } finally {
    await store.close();
  }

  async function ingestAll(): Promise<number> {
    const summary = await ingestPaths(paths, {
      store,
      knowledgeDir: config.knowledgeDir,
      workers: flags.workers,
      maxBytes: flags.maxSize ? flags.maxSize * 1024 * 1024 : undefined,
      fill: { outlet: flags.outlet, published: flags.published },
      limits: { timeMs: (flags.timeLimit ?? DEFAULT_LIMITS.timeMs / 1000) * 1000, memoryMb: flags.memoryLimit ?? DEFAULT_LIMITS.memoryMb },
      onProgress: progress.update,
      onError: (_path, error) => progress.message(`casefile: ${error.message}`),
      onWarnings: (path, warnings) => progress.message(`casefile: ${path}: read, with ${warnings.length} warning${warnings.length === 1 ? '' : 's'}: ${warnings.slice(0, 3).join('; ')}${warnings.length > 3 ? '; ...' : ''}`),
    });
    progress.done();
    const failed = summary.failed === 1 ? '1 file failed' : `${summary.failed} files failed`;
    io.out(`ingest: ${summary.stored} stored, ${summary.present} already present, ${failed} (${summary.files} files in ${summary.seconds.toFixed(1)} s)\n`);
    await store.audit.append({ actor: cliActor(), action: 'ingest', after: { stored: summary.stored, present: summary.present, failed: summary.failed } });
    // new reports join the incidents already stored (incremental: only their keys are loaded)
    // one linker at a time per store: another ingest may be linking the same new reports
    const totals = await withStoreLock(config, 'link', () => linkStore(store, { knowledgeDir: config.knowledgeDir }));
    if (totals.reports > 0) io.out(`${describeTotals(totals)}\n`);
    return summary.failed;
  }
}

/** Whoever runs the command, as the audit log names them. */
export const cliActor = () => `cli:${userInfo().username}`;

async function reextract(store: Store, knowledgeDir: string, io: IngestIo, ingestFirst: (() => Promise<number>) | null): Promise<number> {
  const [{ reextractStored }, { configuredExtractor, loadExtractor }, { linkStore, describeTotals }] = await Promise.all([
    import('../../ingest/reextract.js'), import('../../ingest/extractor-factory.js'), import('../../link/link-store.js'),
  ]);
  const failedFiles = ingestFirst ? await ingestFirst() : 0;
  const extractor = await loadExtractor(configuredExtractor(knowledgeDir));
  const summary = await reextractStored(store, extractor, (done, total) => io.err.write(`\rreextract: ${done}/${total} reports`));
  io.err.write('\n');
  for (const f of summary.failed) io.err.write(`casefile: ${f.id}: ${f.message}\n`);
  io.out(`reextract: ${summary.reports} reports read again, ${summary.changed} changed, ${summary.failed.length} failed; reviewers' decisions kept\n`);
  await store.audit.append({ actor: cliActor(), action: 'reextract', after: { reports: summary.reports, changed: summary.changed, failed: summary.failed.length, extractor: extractor.name } });
  // incidents are rebuilt from the new proposals and the reviewed records
  const totals = await linkStore(store, { knowledgeDir, rebuild: true });
  io.out(`${describeTotals(totals)}\n`);
  return failedFiles + summary.failed.length;
}
