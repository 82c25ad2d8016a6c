// For suites that run `casefile ingest` as its own process: a data folder (and on
// PostgreSQL, when DATABASE_URL is set, a fresh database) and the command started on it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshTestDatabase } from '../../src/store/test-store.js';

const MAIN = new URL('../../src/cli/main.ts', import.meta.url).pathname;

export interface ProcessStore {
  /** a temporary folder; the data folder is its data/ */
  dir: string;
  /** the PostgreSQL database, when the suite runs on one */
  databaseUrl?: string;
  cleanup(): Promise<void>;
}

export async function processStore(prefix: string): Promise<ProcessStore> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const server = process.env.DATABASE_URL;
  const database = server ? await freshTestDatabase(server) : undefined;
  return {
    dir,
    databaseUrl: database?.url,
    cleanup: async () => {
      await database?.drop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Starts `casefile ingest ARGS` on the store; `onOutput` sees all output so far as it grows. */
export function startIngest(store: ProcessStore, args: string[], onOutput?: (out: string, child: ChildProcess) => void): { child: ChildProcess; done: Promise<{ code: number | null; out: string }> } {
  const env: NodeJS.ProcessEnv = { ...process.env, CASEFILE_DATA: join(store.dir, 'data') };
  if (store.databaseUrl) env.DATABASE_URL = store.databaseUrl;
  else delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'ingest', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const take = (b: Buffer) => {
    out += b;
    onOutput?.(out, child);
  };
  child.stdout!.on('data', take);
  child.stderr!.on('data', take);
  return { child, done: new Promise((resolve) => child.on('exit', (code) => resolve({ code, out }))) };
}
