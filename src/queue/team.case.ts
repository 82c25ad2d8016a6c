// Fixtures for the team-mode tests: a fresh PostgreSQL database per test run,
// report files written for the project, and the casefile command run as a child
// process, the way workers on other machines run it.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const MAIN = new URL('../cli/main.ts', import.meta.url).pathname;

/** Team mode cannot be tested without its server: no silent skip. */
export function serverUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('the team-mode tests need PostgreSQL: set DATABASE_URL or run `npm run test:pg`');
  return url;
}

export interface TeamDb {
  url: string;
  query: (sql: string, params?: unknown[]) => Promise<pg.QueryResult>;
  drop: () => Promise<void>;
}

export async function freshDatabase(): Promise<TeamDb> {
  const server = serverUrl();
  const name = `casefile_queue_test_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
  return {
    url: url.toString(),
    query: (sql, params) => pool.query(sql, params),
    drop: async () => {
      await pool.end();
      await admin(`drop database if exists ${name} with (force)`);
    },
  };
}

const PLACES = ['Hyesan', 'Musan', 'Hoeryong', 'Onsong', 'Sinuiju', 'Chongjin', 'Kanggye', 'Manpo'];
const ACTS = [
  (p: string) => `Police arrested a copper trader in ${p} after a search of the market, a source in the province said.`,
  (p: string) => `A woman from ${p} crossed the river into China last month, a source said.`,
  (p: string) => `Security agents in ${p} ordered residents to report any phone calls to China, according to a source.`,
  (p: string) => `A smuggler in ${p} was sent to a labour camp for carrying medicine across the border, sources said.`,
];

/** Report files with distinct texts, one JSON report per file; returns their paths. */
export async function writeReports(count: number, offset = 0): Promise<{ dir: string; paths: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'casefile-queue-files-'));
  const paths: string[] = [];
  for (let i = offset; i < offset + count; i++) {
    const place = PLACES[i % PLACES.length];
    const text = `${ACTS[i % ACTS.length](place)} The case was the ${i + 1}th of its kind this year, the source added.`;
    const path = join(dir, `report-${String(i).padStart(4, '0')}.json`);
    await writeFile(path, JSON.stringify({ title: `Report ${i + 1} from ${place}`, text, outlet: 'Casefile test desk', published: '2025-03-01' }));
    paths.push(path);
  }
  return { dir, paths };
}

export interface Run {
  child: ChildProcess;
  /** stdout so far */
  out: () => string;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }>;
}

/** Starts `casefile ARGS` with the database and a data folder for user knowledge. */
export function casefile(args: string[], env: Record<string, string | undefined>): Run {
  // an undefined value takes the variable out of the child's environment
  const childEnv = Object.fromEntries(Object.entries({ ...process.env, ...env }).filter(([, v]) => v !== undefined));
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, out, err })));
  return { child, out: () => out, done };
}

/** Runs `casefile ARGS` to the end; a non-zero exit fails with its output. */
export async function casefileOk(args: string[], env: Record<string, string | undefined>): Promise<{ out: string; err: string }> {
  const r = await casefile(args, env).done;
  if (r.code !== 0) throw new Error(`casefile ${args.join(' ')} exited ${r.code ?? r.signal}:\n${r.out}\n${r.err}`);
  return r;
}
