// casefile worker [--once]: take read/extract/store, link and feed jobs from the
// team's queue on PostgreSQL until stopped (or, with --once, until it is empty).
import type { Command } from 'commander';
import { positiveInt } from './ingest.js';

export interface WorkerFlags {
  once?: boolean;
  workers?: number;
  data?: string;
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('process jobs from the team queue on PostgreSQL (DATABASE_URL): files to read, extract and store, linking, feed polls; any number of workers on any number of machines share it')
    .option('--once', 'process jobs until the queue is empty, then exit')
    .option('--workers <n>', 'extraction threads (default: every core)', positiveInt)
    .option('--data <dir>', 'data folder for user knowledge (default: CASEFILE_DATA or ./data)')
    .addHelpText('after', '\nA job whose worker dies is retried after CASEFILE_JOB_TIMEOUT seconds (default 900).\nCtrl-C finishes the jobs in hand, then stops; a second Ctrl-C stops at once (those jobs are retried).')
    .action(async (flags: WorkerFlags) => {
      await runWorkerCommand(flags, (line) => process.stderr.write(`${line}\n`));
    });
}

export async function runWorkerCommand(flags: WorkerFlags, log: (line: string) => void): Promise<void> {
  const [{ loadConfig }, { openQueue, closeQueue }, { openStore }, { runWorker }, { queueSealer }] = await Promise.all([
    import('../../core/config.js'),
    import('../../queue/queue.js'),
    import('../../store/open.js'),
    import('../../queue/work.js'),
    import('../../queue/seal.js'),
  ]);
  const config = loadConfig({ dataDir: flags.data });
  const boss = await openQueue(config.databaseUrl, { supervise: true });
  const stop = new AbortController();
  const onSignal = () => {
    if (stop.signal.aborted) process.exit(130);
    log('worker: stopping after the jobs in hand (Ctrl-C again to stop now)');
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const store = await openStore(config);
    try {
      const totals = await runWorker({ boss, store, knowledgeDir: config.knowledgeDir, sealer: await queueSealer(config.keyFile), workers: flags.workers, once: flags.once, signal: stop.signal, log });
      log(`worker: done: ${totals.files} files, ${totals.stored} reports stored, ${totals.present} already present, ${totals.refused} refused, ${totals.links} link runs, ${totals.polls} feed polls`);
    } finally {
      await store.close();
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await closeQueue(boss);
  }
}
