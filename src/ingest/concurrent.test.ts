// Several ingests on one store at once (two terminals, or an ingest while serving)
// wait for each other and all finish: on SQLite through the write lock taken at
// BEGIN and the busy timeout, on PostgreSQL (DATABASE_URL set) side by side.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { freshTestDatabase } from '../store/test-store.js';

const MAIN = new URL('../cli/main.ts', import.meta.url).pathname;
const RUNS = 3;
const serverUrl = process.env.DATABASE_URL;
let dir: string;
let databaseUrl: string | undefined;
let database: { drop: () => Promise<void> } | undefined;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'casefile-concurrent-'));
  for (let r = 0; r < RUNS; r++) {
    await mkdir(join(dir, `in-${r}`));
    const reports = Array.from({ length: 20 }, (_, i) => ({ title: `Run ${r} report ${i}`, text: `Security agents in Musan arrested ${i + 2} smugglers (run ${r}, report ${i}), a source said.` }));
    // one report every run shares: stored once, found present by the others
    reports.push({ title: 'Shared report', text: 'Guards in Onsong caught a woman crossing the river, a source said.' });
    await writeFile(join(dir, `in-${r}`, 'reports.json'), JSON.stringify(reports));
  }
  if (serverUrl) {
    const fresh = await freshTestDatabase(serverUrl);
    database = fresh;
    databaseUrl = fresh.url;
  }
});

after(async () => {
  await database?.drop();
  await rm(dir, { recursive: true, force: true });
});

function ingest(input: string): Promise<{ code: number | null; out: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, CASEFILE_DATA: join(dir, 'data') };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'ingest', input, '--workers', '1'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (b) => (out += b));
  child.stderr.on('data', (b) => (out += b));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out })));
}

it(`${RUNS} ingests at once on one ${serverUrl ? 'PostgreSQL database' : 'SQLite folder'} all finish`, async () => {
  const results = await Promise.all(Array.from({ length: RUNS }, (_, r) => ingest(join(dir, `in-${r}`))));
  for (const { code, out } of results) assert.equal(code, 0, out);
  const stored = results.map(({ out }) => Number(/ingest: (\d+) stored/.exec(out)?.[1]));
  const present = results.map(({ out }) => Number(/(\d+) already present/.exec(out)?.[1]));
  // every report stored exactly once; the shared one by one run (or found present by the others)
  assert.equal(stored.reduce((a, b) => a + b, 0), RUNS * 20 + 1);
  assert.equal(present.reduce((a, b) => a + b, 0), RUNS - 1);
  console.log(`concurrent: ${RUNS} ingests stored ${stored.join(' + ')} reports, all exited 0`);
});
