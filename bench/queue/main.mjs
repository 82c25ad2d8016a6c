// npm run bench:queue [-- --reports 1000 --json]
// Team mode on PostgreSQL: N generated reports (templates written for Casefile,
// bench/extract/corpus.mjs), one JSON file each, queued with `casefile ingest
// --queue`, then two `casefile worker --once` processes (one extraction thread each)
// share the queue. Reports the time, reports stored, duplicates and lost files.
// Baseline, same run: one `casefile ingest --workers 2` of the same files into a
// fresh database (the same two cores in one process). Needs DATABASE_URL or the
// local server; each contender gets a database of its own, dropped afterwards.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { generateReports } from '../extract/corpus.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : fallback; };
const N = Number(opt('reports', 1000));
const server = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const bin = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

async function admin(sql) {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try { await client.query(sql); } finally { await client.end(); }
}

async function database() {
  const name = `casefile_bench_${randomBytes(5).toString('hex')}`;
  await admin(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

async function query(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try { return (await client.query(sql)).rows; } finally { await client.end(); }
}

function run(argv, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...argv], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => (code === 0 || (code === 1 && argv[0] === 'ingest') ? resolve({ out, err }) : reject(new Error(`casefile ${argv[0]} exited ${code}:\n${err.slice(-2000)}`))));
  });
}

const dir = mkdtempSync(join(tmpdir(), 'casefile-bench-queue-'));
const dataDir = join(dir, 'data');
let i = 0;
for (const r of generateReports({ words: Number.MAX_SAFE_INTEGER })) {
  if (i === N) break;
  writeFileSync(join(dir, `report-${String(i++).padStart(5, '0')}.json`), JSON.stringify({ title: r.title, text: r.text, outlet: r.outlet, published: r.published }));
}
const files = join(dir);
const dbs = [];
try {
  // queue: enqueue, then two workers
  const q = await database();
  dbs.push(q);
  const env = { DATABASE_URL: q.url, CASEFILE_DATA: dataDir };
  let t = performance.now();
  await run(['ingest', '--queue', files], env);
  const enqueueSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  const workers = await Promise.all([run(['worker', '--once', '--workers', '1'], env), run(['worker', '--once', '--workers', '1'], env)]);
  const queueSeconds = (performance.now() - t) / 1000;
  const totals = workers.map((w) => {
    const m = /worker: done: (\d+) files, (\d+) reports stored, (\d+) already present/.exec(w.err);
    return { files: Number(m[1]), stored: Number(m[2]), present: Number(m[3]) };
  });
  const [{ reports, distinct }] = await query(q.url, 'select count(*)::int as reports, count(distinct id)::int as distinct from reports');
  const jobs = Object.fromEntries((await query(q.url, "select state, count(*)::int as n from casefile_queue.job where name = 'ingest-file' group by state")).map((r) => [r.state, r.n]));

  // baseline: one local ingest with two threads
  const b = await database();
  dbs.push(b);
  t = performance.now();
  await run(['ingest', '--workers', '2', files], { DATABASE_URL: b.url, CASEFILE_DATA: dataDir });
  const baselineSeconds = (performance.now() - t) / 1000;
  const [{ reports: baselineReports }] = await query(b.url, 'select count(*)::int as reports from reports');

  const result = {
    reports: N,
    enqueueSeconds: +enqueueSeconds.toFixed(1),
    twoWorkersSeconds: +queueSeconds.toFixed(1),
    perWorkerFiles: totals.map((x) => x.files),
    stored: reports,
    duplicates: reports - distinct + totals.reduce((s, x) => s + x.present, 0),
    lost: N - reports,
    jobsDone: jobs.completed ?? 0,
    jobsFailed: jobs.failed ?? 0,
    baselineIngestSeconds: +baselineSeconds.toFixed(1),
    baselineStored: baselineReports,
    ratioTwoWorkersToIngest: +(queueSeconds / baselineSeconds).toFixed(2),
  };
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify(result)}\n`);
  else for (const [k, v] of Object.entries(result)) process.stdout.write(`${k.padEnd(26)} ${Array.isArray(v) ? v.join(' + ') : v}\n`);
} finally {
  for (const d of dbs) await d.drop();
  rmSync(dir, { recursive: true, force: true });
}
