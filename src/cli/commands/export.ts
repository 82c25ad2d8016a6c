// casefile export: stored events with their report, actors, places and dates as
// CSV or JSON lines. Heavy modules load inside the action.
import type { Writable } from 'node:stream';
import { Command, Option } from 'commander';

interface ExportFlags {
  format: 'csv' | 'jsonl';
  out?: string;
  data?: string;
  includeSources?: boolean;
  type?: string;
  place?: string;
  actor?: string;
  from?: string;
  to?: string;
  q?: string;
  report?: string;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write events with their report, actors, places and dates as CSV or JSON lines')
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'jsonl']).makeOptionMandatory())
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--data <dir>', 'data folder (default: CASEFILE_DATA or ./data)')
    .option('--include-sources', 'include source descriptors (sensitive: for analysts, never for public exports)')
    .option('--type <type>', 'only events of this type (e.g. ARREST)')
    .option('--place <place>', 'only events at this place or inside it (gazetteer id or name)')
    .option('--actor <actor>', 'only events with this actor (canon id or name)')
    .option('--from <date>', 'only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'only events on or before this date')
    .option('--q <text>', 'only events whose text matches')
    .option('--report <id>', 'only the events of this report')
    .action(runExport);
}

async function runExport(flags: ExportFlags): Promise<void> {
  const [{ loadConfig }, { openStore }, { parseParams, EventFilterQuery }, { exportEvents }, { writeWhole }] = await Promise.all([
    import('../../core/config.js'),
    import('../../store/open.js'),
    import('../../api/params.js'),
    import('../../export/export-events.js'),
    import('../../export/out-file.js'),
  ]);
  const { type, place, actor, from, to, q, report } = flags;
  const filter = parseParams(EventFilterQuery, { type, place, actor, from, to, q, reportId: report }, (name) =>
    name === 'reportId' ? '--report' : `--${name}`);
  const store = await openStore(loadConfig({ dataDir: flags.data }));
  try {
    const includeSources = flags.includeSources ?? false;
    const run = (out: Writable) => exportEvents({
      store, format: flags.format, filter, includeSources, out,
      onProgress: (written, total) => { if (process.stderr.isTTY) process.stderr.write(`\rexported ${written} of ${total} events`); },
    });
    // a reader that stops early (`| head`) ends the export, quietly
    process.stdout.on('error', (err: NodeJS.ErrnoException) => { if (err.code === 'EPIPE') process.exit(0); else throw err; });
    const written = flags.out ? await writeWhole(flags.out, run) : await run(process.stdout);
    if (process.stderr.isTTY) process.stderr.write('\n');
    const where = flags.out ? ` to ${flags.out}` : '';
    const warning = includeSources ? ' (with source descriptors: keep it private)' : '';
    if (includeSources) {
      const { cliActor } = await import('./ingest.js');
      await store.audit.append({ actor: cliActor(), action: 'export.sources', after: { events: written, out: flags.out ?? 'stdout', filter } });
    }
    console.error(`casefile: exported ${written} event${written === 1 ? '' : 's'}${where}${warning}`);
  } finally {
    await store.close();
  }
}
