// casefile link PATH...: ingest the inputs (into a temporary store, or --data an
// existing data folder), link them with everything already there, and print per
// input its report, the report it copies and its incidents. Heavy modules load in
// the action.
import type { Command } from 'commander';

interface LinkFlags {
  jsonl?: boolean;
  data?: string;
  rebuild?: boolean;
}

export function registerLink(program: Command): void {
  program
    .command('link')
    .description('find reposts and link events across reports into incidents with their corroboration')
    .argument('[paths...]', 'report files and folders to ingest first (any format ingest reads)')
    .option('--jsonl', 'one JSON object per input: {input, reportId, duplicateOf, incidents (the cases it tells), mentions (cases it mentions as background)}')
    .option('--data <dir>', 'link into this data folder (default: a temporary store, removed afterwards)')
    .option('--rebuild', 'forget earlier links and relink every stored report (analysts\' splits and merges are kept)')
    .action(runLink);
}

async function runLink(paths: string[], flags: LinkFlags): Promise<void> {
  const [{ mkdtemp, rm }, { tmpdir }, { join }, { loadConfig }, { openStore }, { ingestPaths }, { readPaths }, { prepareReport }, { linkStore, describeTotals }, { withStoreLock, waitNotice }] = await Promise.all([
    import('node:fs/promises'), import('node:os'), import('node:path'),
    import('../../core/config.js'), import('../../store/open.js'), import('../../ingest/ingest.js'),
    import('../../read/index.js'), import('../../normalise/prepare.js'), import('../../link/link-store.js'), import('../../store/lock.js'),
  ]);
  const temp = flags.data ? null : await mkdtemp(join(tmpdir(), 'casefile-link-'));
  // A temporary store is always the embedded one, whatever DATABASE_URL says.
  // (it still takes the key, so a temporary store holds no source in clear either)
  const config = temp ? { ...loadConfig({ dataDir: temp }, {}), keyFile: loadConfig().keyFile } : loadConfig({ dataDir: flags.data });
  // the user's knowledge additions apply even when the store is temporary
  const { knowledgeDir } = flags.data ? config : loadConfig();
  const store = await openStore(config);
  try {
    const ingest = await ingestPaths(paths, { store, knowledgeDir, onError: (_p, e) => process.stderr.write(`casefile: ${e.message}\n`) });
    // Which report each input became (reading again is cheap next to extraction).
    const inputs: { input: string; reportId: string }[] = [];
    for (const file of await readPaths(paths)) {
      for (const r of file.results ?? []) inputs.push({ input: file.path, reportId: prepareReport(r.input).report.id });
    }
    // the lock ingest takes for linking: a link run waits for another's (SQLite folder or PostgreSQL database)
    const totals = await withStoreLock(config, 'link', () => linkStore(store, { knowledgeDir, rebuild: flags.rebuild, onProgress: (n) => process.stderr.write(`\rlink: ${n} reports`) }), waitNotice('linking'));
    process.stderr.write(`${totals.reports ? '\n' : ''}${describeTotals(totals)}\n`);

    const firstInput = new Map<string, string>();
    for (const { input, reportId } of inputs) if (!firstInput.has(reportId)) firstInput.set(reportId, input);
    for (const { input, reportId } of inputs) {
      const links = await store.incidents.reportLinks(reportId);
      const original = links?.duplicateOf?.id ?? null;
      // The same text given twice is a copy of the first input that holds it.
      const same = firstInput.get(reportId) !== input ? firstInput.get(reportId)! : null;
      const row = {
        input,
        reportId,
        duplicateOf: same ?? (original ? firstInput.get(original) ?? original : null),
        // the cases the report tells; the ones it only mentions as background come apart
        incidents: links?.incidents.filter((i) => i.about).map((i) => i.id) ?? [],
        mentions: links?.incidents.filter((i) => !i.about).map((i) => i.id) ?? [],
      };
      if (flags.jsonl) process.stdout.write(`${JSON.stringify(row)}\n`);
      else process.stdout.write(`${input}: ${row.duplicateOf ? `copy of ${row.duplicateOf}; ` : ''}${row.incidents.length} cases${row.mentions.length ? `, ${row.mentions.length} mentioned` : ''}\n`);
    }
    if (ingest.failed > 0) process.exitCode = 1;
  } finally {
    await store.close();
    if (temp) await rm(temp, { recursive: true, force: true });
  }
}
