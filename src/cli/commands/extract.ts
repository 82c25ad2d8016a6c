// casefile extract PATH...: extraction without storing; no database. Heavy modules load
// inside the action so the command starts fast.
import type { Command } from 'commander';

export interface ExtractFlags {
  jsonl?: boolean;
  knowledge?: string;
}

/** Where the command writes: stdout for results, stderr for errors and progress. */
export interface ExtractIO {
  out(text: string): void;
  err(text: string): void;
}

const STD_IO: ExtractIO = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('print what Casefile extracts from report files, without storing anything')
    .argument('<paths...>', 'files and folders (any format ingest reads)')
    .option('--jsonl', 'one JSON object per report: the extraction, with input, reportId and title')
    .option('--knowledge <dir>', 'user knowledge folder (default: <data>/knowledge)')
    .action(async (paths: string[], flags: ExtractFlags) => {
      if ((await runExtract(paths, flags)) > 0) process.exitCode = 1;
    });
}

/** Extracts every report under the paths; returns how many inputs failed. */
export async function runExtract(paths: string[], flags: ExtractFlags, io: ExtractIO = STD_IO): Promise<number> {
  const [{ readPaths, toCasefileError }, { prepareReport }, { extractInput }, { createExtractorFromEnv }, { formatSummary }, { loadConfig }] = await Promise.all([
    import('../../read/index.js'),
    import('../../normalise/prepare.js'),
    import('../../ingest/prepare-file.js'),
    import('../../extract/select.js'),
    import('../../extract/summary.js'),
    import('../../core/config.js'),
  ]);
  const extractor = createExtractorFromEnv({ knowledgeDir: flags.knowledge ?? loadConfig().knowledgeDir });
  let failed = 0;
  let done = 0;
  const fail = (message: string) => {
    failed++;
    io.err(`casefile: ${message}\n`);
  };
  for (const given of paths) {
    let reads;
    try {
      reads = await readPaths([given]);
    } catch (err) {
      fail(toCasefileError(err, given).message);
      continue;
    }
    for (const file of reads) {
      if (file.error) {
        fail(file.error.message);
        continue;
      }
      for (const result of file.results) {
        try {
          const { report } = prepareReport(result.input);
          const extraction = await extractor.extract(extractInput(report));
          // the path as the user gave it for a named file, the item's origin inside a folder or an array
          const input = file.results.length === 1 && file.path === given ? given : result.origin;
          if (flags.jsonl) io.out(`${JSON.stringify({ input, reportId: report.id, title: report.title, ...extraction })}\n`);
          else io.out(`${formatSummary(input, report, extraction)}\n`);
        } catch (err) {
          fail(toCasefileError(err, result.origin).message);
        }
        done++;
        if (done % 100 === 0) io.err(`extract: ${done} reports\n`);
      }
    }
  }
  return failed;
}
