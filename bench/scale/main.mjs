// npm run -s bench:scale -- --reports 100000 [--base 10000] [--workers N] [--requests 2000] [--no-pg]
// Casefile at scale, from report text (bench/corpus/reports.mjs) extracted for real:
// ingests the first --base reports, links them, ingests the rest into the same
// store and links again, then serves the store over loopback HTTP and loads it at
// concurrency 8. PostgreSQL ingests the --base reports into a fresh database in the
// same run (DATABASE_URL, default the local server) for the ratio to SQLite, links
// them, then ingests and links the rest incrementally (CPU a report against the first link's).
// Every phase runs in its own process, so each peak RSS is its own.
// Prints one JSON line on stdout with the fields; details go to stderr.
// The serving part alone, on a store already made: --phase load --dir DIR (DIR/data).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : fallback; };
const N = Number(opt('reports', 100000));
const BASE = Math.min(N, Number(opt('base', 10000)));
const WORKERS = opt('workers', null);
const REQUESTS = Number(opt('requests', 2000));
const CONCURRENCY = 8;
const PER_FILE = 100;
const PG_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dist = (p) => new URL(`../../dist/${p}`, import.meta.url).href;
const log = (s) => process.stderr.write(`${s}\n`);
const mb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const cpuSince = (c) => { const u = process.cpuUsage(c); return (u.user + u.system) / 1e6; };

async function openAt(dir, url) {
  const [{ openStore }, { loadConfig }] = await Promise.all([import(dist('store/open.js')), import(dist('core/config.js'))]);
  return openStore(loadConfig({ dataDir: dir }, url ? { DATABASE_URL: url } : {}));
}

/** A store that keeps nothing: ingest through it times reading and extraction alone. */
const nullStore = {
  storedAmong: async () => new Set(),
  saveReports: async (items) => items.map((i) => ({ id: i.report.id, created: true })),
};

/** Times the store's share of an ingest: seconds spent inside saveReports. */
function timedStore(store) {
  const timed = Object.create(store);
  timed.seconds = 0;
  timed.saveReports = async (items) => {
    const t = performance.now();
    try { return await store.saveReports(items); } finally { timed.seconds += (performance.now() - t) / 1000; }
  };
  return timed;
}

/**
 * CPU seconds of the PostgreSQL server processes serving database `name`, sampled
 * from /proc while the ingest runs (a backend may exit before the end): the store's
 * work happens there, outside this process's CPU time. Null when the server is not
 * local or /proc cannot tell (then only wall times compare).
 */
function serverCpu(name) {
  const seen = new Map();
  const sample = () => {
    let pids;
    try { pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d)); } catch { return; }
    for (const pid of pids) {
      try {
        // a backend's title: "postgres: [CLUSTER: ]USER DATABASE HOST(PORT) STATE"
        if (/^postgres: (?:\S+: )?\S+ (\S+) /.exec(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))?.[1] !== name) continue;
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        seen.set(pid, (Number(fields[11]) + Number(fields[12])) / 100); // utime + stime, in ticks of 1/100 s
      } catch { /* gone, or not ours to read */ }
    }
  };
  const timer = setInterval(sample, 250);
  return { stop: () => { clearInterval(timer); sample(); return seen.size > 0 ? [...seen.values()].reduce((a, b) => a + b, 0) : null; } };
}

async function ingest(store, inputs) {
  const { ingestPaths } = await import(dist('ingest/ingest.js'));
  const t = performance.now();
  const c = process.cpuUsage();
  // RSS as the reports pass each tenth of the files: flat memory is a flat trail, whatever the store holds by then
  const trail = [];
  const summary = await ingestPaths(inputs, { store, knowledgeDir: '/nonexistent', workers: WORKERS ? Number(WORKERS) : undefined, onProgress: (p) => {
    if (p.filesDone % 20 === 0) process.stderr.write(`\r  ${p.stored + p.present} reports`);
    if (p.filesDone % Math.max(1, Math.round(p.files / 10)) === 0) trail.push(`${p.stored + p.present}: ${Math.round(process.memoryUsage().rss / 2 ** 20)}`);
  } });
  process.stderr.write(`\n  RSS MB at reports ${trail.join(', ')}\n`);
  // a file the extractor fails on is left out (as ingest does) and counted, not the end of the run
  for (const { path, error } of summary.failures.slice(0, 3)) log(`  failed: ${path}: ${error.message}`);
  return { reports: summary.stored, failedFiles: summary.failed, wallSeconds: (performance.now() - t) / 1000, cpuSeconds: cpuSince(c) };
}

const phases = {
  async generate({ dir }) {
    const { realShapedReports } = await import('../corpus/reports.mjs');
    let lines = [];
    let file = 0;
    const flush = () => {
      if (!lines.length) return;
      const part = file * PER_FILE < BASE ? 'base' : 'more';
      mkdirSync(join(dir, part), { recursive: true });
      writeFileSync(join(dir, part, `part-${String(file++).padStart(5, '0')}.jsonl`), `${lines.join('\n')}\n`);
      lines = [];
    };
    let chars = 0;
    for (const { repostOf: _, ...r } of realShapedReports({ count: N })) {
      lines.push(JSON.stringify(r));
      chars += r.text.length;
      if (lines.length === PER_FILE) flush();
    }
    flush();
    return { files: file, meanChars: Math.round(chars / N) };
  },
  async extract({ dir }) {
    const r = await ingest(nullStore, [join(dir, 'base'), ...(N > BASE ? [join(dir, 'more')] : [])]);
    return { ...r, peakRssMB: mb() };
  },
  async ingest({ dir, part, url }) {
    const server = url ? serverCpu(new URL(url).pathname.slice(1)) : null;
    const store = timedStore(await openAt(join(dir, 'data'), url));
    try {
      const r = await ingest(store, [join(dir, part)]);
      return { ...r, storeSeconds: store.seconds, serverCpuSeconds: server?.stop() ?? null, peakRssMB: mb() };
    } finally {
      await store.close();
    }
  },
  async link({ dir, rebuild, url }) {
    const { linkStore } = await import(dist('link/link-store.js'));
    const store = await openAt(join(dir, 'data'), url);
    const server = url ? serverCpu(new URL(url).pathname.slice(1)) : null;
    try {
      const t = performance.now();
      const c = process.cpuUsage();
      const totals = await linkStore(store, { knowledgeDir: '/nonexistent', rebuild: rebuild === 'true' });
      const cpuSeconds = cpuSince(c);
      return { reports: totals.reports, events: totals.events, wallSeconds: (performance.now() - t) / 1000, cpuSeconds, serverCpuSeconds: server?.stop() ?? null, peakRssMB: mb() };
    } finally {
      await store.close();
    }
  },
  /** Serves the store on a free loopback port until stdin closes. */
  async serve({ dir }) {
    const { startServer } = await import(dist('api/server.js'));
    const store = await openAt(join(dir, 'data'));
    const server = await startServer({ store, host: '127.0.0.1', port: 0, role: 'analyst' });
    process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
    await new Promise((r) => process.stdin.on('end', r).resume());
    await server.close();
    await store.close();
    return null;
  },
  /** The serving part alone, on a store made before (DIR/data/casefile.sqlite, e.g. a copy of the explore bench's): `--phase load --dir DIR`. */
  async load({ dir }) {
    const served = await serveAndLoad(dir);
    logServed(served);
    return { searchCommonP99Ms: round(served.common.p99), searchRareP99Ms: round(served.rare.p99), listP99Ms: round(served.list.p99), eventsP95Ms: round(served.events.p95), load: loadavg()[0] };
  },
};

function runPhase(name, extra = {}) {
  const flags = Object.entries(extra).flatMap(([k, v]) => [`--${k}`, String(v)]);
  const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--phase', name, '--reports', String(N), '--base', String(BASE), ...(WORKERS ? ['--workers', WORKERS] : []), ...flags], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`phase ${name} failed (exit ${run.status ?? run.signal})`);
  return JSON.parse(run.stdout.trim().split('\n').pop());
}

const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * q))]; };

/** Latencies of `count` GETs of the given paths, `CONCURRENCY` in flight at once. */
async function load(base, paths, count) {
  const times = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const path = paths[next++ % paths.length];
      const t = performance.now();
      const res = await fetch(new URL(path, base));
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
      times.push(performance.now() - t);
    }
  };
  const t = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95), p99: quantile(times, 0.99), perSecond: count / ((performance.now() - t) / 1000) };
}

async function serveAndLoad(dir) {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--phase', 'serve', '--dir', dir], { stdio: ['pipe', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => { out += d; if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0]).url); });
    child.once('exit', (code) => reject(new Error(`the server stopped (exit ${code})`)));
  });
  try {
    const offsets = (path) => Array.from({ length: 50 }, (_, i) => `${path}${path.includes('?') ? '&' : '?'}offset=${(i * 20) % 400}`);
    // warm the caches as a user's first requests would
    await load(url, ['/api/reports?q=source', '/api/events'], 40);
    return {
      // "source" is in nearly every report, "Hyesan" in one of five; the rare words in under 1%
      common: await load(url, [...offsets('/api/reports?q=source'), ...offsets('/api/reports?q=Hyesan'), ...offsets('/api/reports?q=arrested')], REQUESTS),
      rare: await load(url, [...offsets('/api/reports?q=Kapsan'), ...offsets('/api/reports?q=Pungso'), ...offsets('/api/reports?q=Yonsa')], REQUESTS),
      list: await load(url, offsets('/api/reports'), REQUESTS),
      events: await load(url, offsets('/api/events'), REQUESTS),
    };
  } finally {
    child.stdin.end();
    await new Promise((r) => child.once('exit', r));
  }
}

async function pgDatabase() {
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: PG_URL });
  try {
    await admin.connect();
  } catch (e) {
    log(`bench scale: PostgreSQL not reachable (${e.message}); pgIngestRatio is null`);
    return null;
  }
  const name = `casefile_bench_scale_${process.pid}`;
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => { const c = new pg.Client({ connectionString: PG_URL }); await c.connect(); await c.query(`drop database if exists ${name} with (force)`); await c.end(); },
  };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-bench-scale-'));
  const pgDir = join(dir, 'pg');
  const pgdb = args.includes('--no-pg') ? null : await pgDatabase();
  try {
    log(`bench scale: generating ${N} reports`);
    const gen = runPhase('generate', { dir });
    log(`  ${gen.files} files, ${gen.meanChars} characters a report on average`);
    log('bench scale: extraction alone (a store that keeps nothing)');
    const extract = runPhase('extract', { dir });
    log(`bench scale: ingest ${BASE} (SQLite)`);
    const ingestBase = runPhase('ingest', { dir, part: 'base' });
    log(`bench scale: link ${BASE} from scratch`);
    const linkBase = runPhase('link', { dir, rebuild: true });
    let ingestMore = null, linkMore = null, linkAll = linkBase;
    if (N > BASE) {
      log(`bench scale: ingest ${N - BASE} more into the same store`);
      ingestMore = runPhase('ingest', { dir, part: 'more' });
      log(`bench scale: link them incrementally`);
      linkMore = runPhase('link', { dir, rebuild: false });
      log(`bench scale: relink all ${N} from scratch`);
      linkAll = runPhase('link', { dir, rebuild: true });
    }
    log('bench scale: serving, concurrency 8 on loopback');
    const served = await serveAndLoad(dir);
    let pgIngest = null, pgLinkBase = null, pgLinkMore = null;
    if (pgdb) {
      mkdirSync(pgDir, { recursive: true });
      log(`bench scale: ingest ${BASE} (PostgreSQL)`);
      pgIngest = runPhase('ingest', { dir, part: 'base', url: pgdb.url });
      log(`bench scale: link ${BASE} from scratch (PostgreSQL)`);
      pgLinkBase = runPhase('link', { dir, rebuild: true, url: pgdb.url });
      if (N > BASE) {
        log(`bench scale: ingest ${N - BASE} more and link them incrementally (PostgreSQL)`);
        runPhase('ingest', { dir, part: 'more', url: pgdb.url });
        pgLinkMore = runPhase('link', { dir, rebuild: false, url: pgdb.url });
      }
    }

    const ingestWall = ingestBase.wallSeconds + (ingestMore?.wallSeconds ?? 0);
    const result = {
      reports: N,
      ingestWallSeconds: round(ingestWall),
      extractOnlyWallSeconds: round(extract.wallSeconds),
      peakRssMB: Math.max(ingestBase.peakRssMB, ingestMore?.peakRssMB ?? 0),
      // CPU seconds: the machine may be shared, and linking runs on one thread
      linkGrowthExponent: N > BASE ? round(Math.log(linkAll.cpuSeconds / linkBase.cpuSeconds) / Math.log(N / BASE), 3) : null,
      searchCommonP99Ms: round(served.common.p99),
      searchRareP99Ms: round(served.rare.p99),
      listP99Ms: round(served.list.p99),
      eventsP95Ms: round(served.events.p95),
      pgIngestRatio: pgIngest ? round(pgIngest.wallSeconds / ingestBase.wallSeconds, 3) : null,
      // the same in CPU time: the client's and the server's (its backends') against SQLite's, all in this process
      pgIngestCpuRatio: pgIngest?.serverCpuSeconds != null ? round((pgIngest.cpuSeconds + pgIngest.serverCpuSeconds) / ingestBase.cpuSeconds, 3) : null,
      // CPU a report (here and in the server) of the incremental link against the link from scratch before it
      pgIncrementalLinkRatio: pgLinkMore?.serverCpuSeconds != null ? round(perReport(pgLinkMore) / perReport(pgLinkBase), 3) : null,
    };
    log(`\nDetails (${cpus().length} cores, load average now ${loadavg().map((x) => x.toFixed(1)).join(' ')}):`);
    log(`  extract alone ${N}: ${f(extract.wallSeconds)} s wall, ${f(extract.cpuSeconds)} s CPU, peak ${extract.peakRssMB} MB`);
    log(`  ingest ${BASE}: ${f(ingestBase.wallSeconds)} s wall (store ${f(ingestBase.storeSeconds)} s), peak ${ingestBase.peakRssMB} MB`);
    if (ingestMore) log(`  ingest ${N - BASE} more: ${f(ingestMore.wallSeconds)} s wall (store ${f(ingestMore.storeSeconds)} s), peak ${ingestMore.peakRssMB} MB`);
    log(`  ingest / extract alone: ${f(ingestWall / extract.wallSeconds)}x wall, ${f((ingestBase.cpuSeconds + (ingestMore?.cpuSeconds ?? 0)) / extract.cpuSeconds)}x CPU (all threads; the wall ratio on an idle machine when no thread waits); files the extractor failed on (left out): ${extract.failedFiles}`);
    log(`  link ${BASE} from scratch: ${f(linkBase.cpuSeconds)} s CPU (${f(linkBase.wallSeconds)} s wall, ${linkBase.events} events), peak ${linkBase.peakRssMB} MB`);
    if (linkMore) log(`  link ${linkMore.reports} more incrementally: ${f(linkMore.cpuSeconds)} s CPU = ${f(1000 * linkMore.cpuSeconds / linkMore.reports)} ms a report, peak ${linkMore.peakRssMB} MB`);
    if (N > BASE) log(`  relink ${N} from scratch: ${f(linkAll.cpuSeconds)} s CPU = ${f(1000 * linkAll.cpuSeconds / linkAll.reports)} ms a report (${f(linkAll.wallSeconds)} s wall), peak ${linkAll.peakRssMB} MB`);
    logServed(served);
    if (pgIngest) {
      log(`  PostgreSQL ingest ${BASE}: ${f(pgIngest.wallSeconds)} s wall (store ${f(pgIngest.storeSeconds)} s = ${f(pgIngest.storeSeconds / ingestBase.storeSeconds)}x SQLite's), ${f(pgIngest.cpuSeconds)} s CPU here + ${inServer(pgIngest)} in the server (SQLite ${f(ingestBase.cpuSeconds)} s), peak ${pgIngest.peakRssMB} MB`);
      log(`  PostgreSQL link ${BASE} from scratch: ${f(pgLinkBase.cpuSeconds)} s CPU + ${inServer(pgLinkBase)} in the server, ${f(pgLinkBase.wallSeconds)} s wall (SQLite ${f(linkBase.wallSeconds)} s wall)`);
      if (pgLinkMore) log(`  PostgreSQL link ${pgLinkMore.reports} more incrementally: ${f(pgLinkMore.cpuSeconds)} s CPU + ${inServer(pgLinkMore)} in the server = ${f(1000 * perReport(pgLinkMore))} ms a report (from scratch ${f(1000 * perReport(pgLinkBase))} ms)`);
    }
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await pgdb?.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function logServed(served) {
  for (const [name, s] of Object.entries(served)) log(`  ${name}: p50 ${f(s.p50)} ms, p95 ${f(s.p95)} ms, p99 ${f(s.p99)} ms, ${Math.round(s.perSecond)} req/s`);
}

/** CPU seconds a report linked, the server's included when known */
const perReport = (link) => (link.cpuSeconds + (link.serverCpuSeconds ?? 0)) / link.reports;
const inServer = (phase) => (phase.serverCpuSeconds === null ? '? s (server not local)' : `${f(phase.serverCpuSeconds)} s`);

const round = (x, digits = 2) => Number(x.toFixed(digits));
const f = (x) => x.toFixed(x < 10 ? 2 : 1);

const phase = opt('phase', null);
if (phase) {
  const named = Object.fromEntries(['dir', 'part', 'rebuild', 'url'].map((k) => [k, opt(k, undefined)]));
  const result = await phases[phase](named);
  if (result) process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  await main();
}
