// casefile export: the events of one query (the explore view's filters) as CSV,
// JSON lines, GeoJSON, an ACLED-style table or FollowTheMoney entities. Heavy
// modules load inside the action.
import type { Writable } from 'node:stream';
import { Command, Option } from 'commander';

const FORMATS = ['csv', 'jsonl', 'geojson', 'acled', 'ftm'] as const;

interface ExportFlags {
  format: (typeof FORMATS)[number];
  out?: string;
  data?: string;
  includeSources?: boolean;
  q?: string;
  type?: string;
  actor?: string;
  place?: string;
  sourceKind?: string;
  from?: string;
  to?: string;
  review?: string;
  corroboration?: string;
  report?: string;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the events of a query as CSV, JSON lines, GeoJSON, an ACLED-style table or FollowTheMoney entities')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).makeOptionMandatory())
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--data <dir>', 'data folder (default: CASEFILE_DATA or ./data)')
    .option('--include-sources', 'include source descriptors (sensitive: for analysts, never for public exports; csv and jsonl)')
    .option('--q <text>', 'only events whose words or report match (any spelling the canon or gazetteer knows)')
    .option('--type <types>', 'only events of these types, comma-separated (e.g. ARREST,PURSUIT)')
    .option('--actor <actors>', 'only events with one of these actors (canon ids or names, comma-separated)')
    .option('--place <places>', 'only events at one of these places or inside them (gazetteer ids or names)')
    .option('--source-kind <kinds>', 'only events told by a source of these kinds (e.g. anonymous_insider,official)')
    .option('--from <date>', 'only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'only events on or before this date')
    .option('--review <states>', 'only events in these review states (proposed, accepted, corrected, rejected, added)')
    .option('--corroboration <n>', 'only events of cases with at least this many independent outlets')
    .option('--report <ids>', 'only the events of these reports')
    .action(runExport);
}

async function runExport(flags: ExportFlags): Promise<void> {
  const [{ loadConfig }, { openStore }, { parseParams }, { ExploreFilter }, { exportEvents }, { writeWhole }] = await Promise.all([
    import('../../core/config.js'),
    import('../../store/open.js'),
    import('../../api/params.js'),
    import('../../core/query.js'),
    import('../../export/export-events.js'),
    import('../../export/out-file.js'),
  ]);
  const { q, type, actor, place, sourceKind, from, to, review, corroboration, report } = flags;
  const filter = parseParams(ExploreFilter, { q, type, actor, place, sourceKind, from, to, review, corroboration, report },
    (name) => `--${name.split('.')[0].replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
  const store = await openStore(loadConfig({ dataDir: flags.data }));
  try {
    const includeSources = flags.includeSources ?? false;
    const run = (out: Writable) => exportEvents({
      store, format: flags.format, filter, includeSources, out,
      onProgress: (written) => { if (process.stderr.isTTY) process.stderr.write(`\rexported ${written} events`); },
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
