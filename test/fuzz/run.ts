// Ingests generated bad inputs beside good ones and checks what a user is promised:
// every bad file ends with an error naming it and a reason a person understands, the
// good files are stored, and nothing crashes. Prints its figures.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CasefileError } from '../../src/core/errors.js';
import type { ExtractorFactory } from '../../src/ingest/extractor-factory.js';
import { ingestPaths } from '../../src/ingest/ingest.js';
import type { PoolLimits } from '../../src/ingest/pool.js';
import { openTestStore } from '../../src/store/test-store.js';
import { fuzzInputs, goodInputs, hostileInputs, writeInputs, type Input } from './generate.js';

/** messages that are a library's or the runtime's, not ours */
const INTERNAL = /Maximum call stack|at position \d+|undefined|null is not|Cannot read prop|is not a function|\bat [\w.]+ \(|ENOENT: no such|Corrupted zip|End of data reached/;

export interface Outcome {
  name: string;
  kind: string;
  /** seconds from the start of the batch until the file was stored or refused */
  seconds: number;
  error?: CasefileError;
  stored: boolean;
}

export interface RunResult {
  outcomes: Outcome[];
  /** problems with the promise: a bad message, a good file not stored, a file with no outcome */
  problems: string[];
  stored: number;
  seconds: number;
}

export async function ingestInputs(inputs: Input[], opts: { extractor?: ExtractorFactory; limits?: PoolLimits; workers?: number; maxBytes?: number; oddNames?: boolean } = {}): Promise<RunResult> {
  const dir = await mkdtemp(join(tmpdir(), 'casefile-fuzz-'));
  const t = await openTestStore();
  try {
    const paths = writeInputs(dir, inputs);
    const byPath = new Map(paths.map((p, i) => [p, inputs[i]]));
    if (opts.oddNames) {
      // a name that is not UTF-8 must be named in an error, never skipped
      await writeFile(Buffer.concat([Buffer.from(`${dir}/`), Buffer.from([0x62, 0xff, 0xfe, 0x2e, 0x74, 0x78, 0x74])]), 'Bad name\n\nA report under a name that is not UTF-8.\n');
    }
    const started = performance.now();
    const outcomes = new Map<string, Outcome>();
    const errors: CasefileError[] = [];
    const at = () => (performance.now() - started) / 1000;
    const summary = await ingestPaths([dir], {
      store: t.store,
      extractor: opts.extractor,
      workers: opts.workers ?? 2,
      limits: opts.limits,
      maxBytes: opts.maxBytes,
      onError: (path, error) => {
        errors.push(error);
        const input = byPath.get(path);
        outcomes.set(path, { name: input?.name ?? path, kind: input?.kind ?? 'odd name', seconds: at(), error, stored: false });
      },
      onProgress: () => {},
    });
    const problems: string[] = [];
    for (const error of errors) {
      if (!error.message.includes(error.where ?? '\0')) problems.push(`no file named: ${error.message}`);
      if (INTERNAL.test(error.message)) problems.push(`internal message: ${error.message}`);
    }
    if (opts.oddNames && !errors.some((e) => /not valid UTF-8/.test(e.message))) problems.push('the file whose name is not UTF-8 was skipped silently');
    for (const [path, input] of byPath) {
      if (input.kind === 'good' && outcomes.has(path)) problems.push(`a good file was refused: ${outcomes.get(path)!.error?.message}`);
    }
    const stored = (await t.store.searchReports(undefined, { limit: 1 })).total;
    const goodReports = inputs.filter((i) => i.kind === 'good').reduce((n, i) => n + (i.name.endsWith('.jsonl') ? 2 : 1), 0);
    if (stored < goodReports) problems.push(`${stored} reports stored, fewer than the ${goodReports} of the good files`);
    return { outcomes: [...outcomes.values()], problems, stored: summary.stored, seconds: summary.seconds };
  } finally {
    await t.cleanup();
    await rm(dir, { recursive: true, force: true });
  }
}

/** One line per refusal kind: how many, and the codes they ended with. */
export function figures(result: RunResult): string {
  const byKind = new Map<string, Map<string, number>>();
  for (const o of result.outcomes) {
    const codes = byKind.get(o.kind) ?? new Map<string, number>();
    codes.set(o.error?.code ?? 'stored', (codes.get(o.error?.code ?? 'stored') ?? 0) + 1);
    byKind.set(o.kind, codes);
  }
  const lines = [...byKind].map(([kind, codes]) => `  ${kind}: ${[...codes].map(([c, n]) => `${n} ${c}`).join(', ')}`);
  return `${result.outcomes.length} refused, ${result.stored} reports stored in ${result.seconds.toFixed(1)} s\n${lines.join('\n')}`;
}

export { fuzzInputs, goodInputs, hostileInputs };
