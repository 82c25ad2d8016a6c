// npm run bench:link [-- --reports 100000 --add 1000 --requests 300 --json]
// Links a corpus on the embedded store (SQLite) and reports: time and peak memory
// to link N reports from scratch, time to add 1,000 more incrementally, and p95
// latency of the incident-list and incident-page API calls. The reports are text
// shaped like real ones (bench/corpus/reports.mjs), extracted for real during setup
// (not timed), so linking meets the events, places and keys extraction really
// gives. Each phase runs in its own process so its peak memory is its own.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : fallback; };
const N = Number(opt('reports', 100000));
const ADD = Number(opt('add', 1000));
const REQUESTS = Number(opt('requests', 300));
const phase = opt('phase', null);
const dist = (p) => new URL(`../../dist/${p}`, import.meta.url).href;
const mb = () => Math.round(process.resourceUsage().maxRSS / 1024);
/** CPU seconds of this process: wall time is inflated when other work shares the machine */
const cpu = (since) => { const u = process.cpuUsage(since); return (u.user + u.system) / 1e6; };
const progress = (label) => (n) => process.stderr.write(`\r  ${label}: ${n}`);

async function openBenchStore(dir) {
  const [{ openStore }, { loadConfig }] = await Promise.all([import(dist('store/open.js')), import(dist('core/config.js'))]);
  return openStore(loadConfig({ dataDir: dir }, {}));
}

async function linker(store, wholeState) {
  const [{ StoreLinker }, { loadKnowledge }, { outletsFromKnowledge }] = await Promise.all([import(dist('link/store-linker.js')), import(dist('knowledge/load.js')), import(dist('link/corroboration/knowledge-outlets.js'))]);
  return new StoreLinker(store.incidents, outletsFromKnowledge(loadKnowledge({ userDir: '/nonexistent' })), { wholeState });
}

/**
 * Generates reports from..from+count (bench/corpus/reports.mjs), writes them as JSON
 * lines and ingests them: extracted for real, as users' reports are. Returns the
 * generator's truth: each new report's id and the id of the report it reposts.
 */
async function save(store, dir, from, count) {
  const [{ realShapedReports }, { ingestPaths }, { readPaths }, { prepareReport }] = await Promise.all([
    import('../corpus/reports.mjs'), import(dist('ingest/ingest.js')), import(dist('read/index.js')), import(dist('normalise/prepare.js'))]);
  const inputs = join(dir, `inputs-${from}`);
  mkdirSync(inputs, { recursive: true });
  const generated = [...realShapedReports({ count: from + count })];
  for (let i = from; i < from + count; i += 100) {
    const lines = generated.slice(i, Math.min(from + count, i + 100)).map(({ repostOf: _, ...r }) => JSON.stringify(r));
    writeFileSync(join(inputs, `part-${String(i).padStart(7, '0')}.jsonl`), `${lines.join('\n')}\n`);
  }
  const summary = await ingestPaths([inputs], { store, knowledgeDir: '/nonexistent', onProgress: (p) => progress('stored')(p.stored + p.present) });
  process.stderr.write('\n');
  if (summary.failed) throw new Error(`${summary.failed} files failed: ${summary.failures[0].error.message}`);
  // ids as ingest gave them: the same reading and preparation of the same inputs
  const idOf = new Map();
  const readAll = await readPaths([inputs]);
  for (const file of readAll) {
    const start = Number(/part-(\d+)/.exec(file.path)[1]);
    for (const [line, r] of (file.results ?? []).entries()) idOf.set(start + line, prepareReport(r.input).report.id);
  }
  // an original stored by an earlier setup: its id depends on its text alone
  const idAt = (i) => idOf.get(i) ?? prepareReport({ ...generated[i], title: generated[i].title ?? 'untitled' }).report.id;
  const truth = {};
  for (let i = from; i < from + count; i++) truth[idAt(i)] = generated[i].repostOf === null ? null : idAt(generated[i].repostOf);
  return truth;
}

const phases = {
  async setup(dir) {
    const store = await openBenchStore(dir);
    const t = performance.now();
    const truth = await save(store, dir, 0, N);
    writeFileSync(join(dir, 'truth.json'), JSON.stringify(truth));
    await store.close();
    return { stored: N, seconds: (performance.now() - t) / 1000 };
  },
  async scratch(dir) {
    const store = await openBenchStore(dir);
    const l = await linker(store, true);
    const t = performance.now();
    const c = process.cpuUsage();
    const totals = await l.linkPending(progress('linked'));
    const seconds = (performance.now() - t) / 1000;
    const cpuSeconds = cpu(c);
    process.stderr.write('\n');
    globalThis.gc?.();
    const liveHeapMB = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
    await store.close();
    return { ...totals, seconds, cpuSeconds, peakMB: mb(), liveHeapMB };
  },
  async add(dir) {
    const store = await openBenchStore(dir);
    const truth = await save(store, dir, N, ADD);
    writeFileSync(join(dir, 'truth-add.json'), JSON.stringify(truth));
    const l = await linker(store, false);
    const t = performance.now();
    const c = process.cpuUsage();
    const totals = await l.linkPending();
    const seconds = (performance.now() - t) / 1000;
    const cpuSeconds = cpu(c);
    await store.close();
    return { ...totals, seconds, cpuSeconds, peakMB: mb() };
  },
  async api(dir) {
    const store = await openBenchStore(dir);
    const { createApp } = await import(dist('api/app.js'));
    const app = createApp({ store });
    const get = async (path) => { const t = performance.now(); const res = await app.request(path); await res.json(); if (res.status !== 200) throw new Error(`${path}: ${res.status}`); return performance.now() - t; };
    const sorts = ['corroboration', 'date', 'seen', 'reports'];
    const types = ['', 'ARREST', 'DEFECTION', 'SMUGGLING'];
    const list = [], page = [];
    const ids = [];
    for (let i = 0; i < REQUESTS; i++) {
      const offset = (i * 37) % 2000;
      const path = `/api/incidents?sort=${sorts[i % 4]}&order=${i % 3 ? 'desc' : 'asc'}&limit=50&offset=${offset}${types[i % 4] ? `&type=${types[i % 4]}` : ''}`;
      list.push(await get(path));
    }
    for (const r of (await (await app.request('/api/incidents?sort=corroboration&limit=500')).json()).items) ids.push(r.id);
    for (const r of (await (await app.request('/api/incidents?sort=date&limit=500&offset=5000')).json()).items) ids.push(r.id);
    for (let i = 0; i < REQUESTS; i++) page.push(await get(`/api/incidents/${ids[(i * 7919) % ids.length]}`));
    await store.close();
    const p95 = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];
    return { listP95ms: p95(list), pageP95ms: p95(page), requests: REQUESTS };
  },
  async quality(dir) {
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(join(dir, 'casefile.sqlite'), { readonly: true });
    const truth = { ...JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')), ...JSON.parse(readFileSync(join(dir, 'truth-add.json'), 'utf8')) };
    const found = new Map(db.prepare('select report_id, duplicate_of from link_reports').all().map((r) => [r.report_id, r.duplicate_of]));
    let tp = 0, fp = 0, fn = 0;
    for (const [id, orig] of Object.entries(truth)) {
      const got = found.get(id) ?? null;
      if (orig && got === orig) tp++;
      else { if (got) fp++; if (orig) fn++; }
    }
    const inc = db.prepare('select count(*) n, sum(reports > 1) multi, max(reports) maxReports from incidents').get();
    return { repostPrecision: tp / (tp + fp), repostRecall: tp / (tp + fn), incidents: inc.n, incidentsWithSeveralReports: inc.multi, largestIncidentReports: inc.maxReports };
  },
};

if (phase) {
  const result = await phases[phase](opt('dir'));
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-bench-link-'));
  const results = {};
  try {
    for (const name of ['setup', 'scratch', 'add', 'api', 'quality']) {
      process.stderr.write(`bench link: ${name}\n`);
      const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--phase', name, '--dir', dir, '--reports', String(N), '--add', String(ADD), '--requests', String(REQUESTS)], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 24 });
      if (run.status !== 0) throw new Error(`phase ${name} failed (exit ${run.status ?? run.signal})`);
      results[name] = JSON.parse(run.stdout.trim().split('\n').pop());
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const s = results;
  const ok = (v, limit) => (v < limit ? 'ok' : 'OVER TARGET');
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify(s)}\n`);
  else {
    console.log(`Linking benchmark (embedded SQLite; reports from bench/corpus/reports.mjs, extracted in setup)`);
    console.log(`  extract and store ${N} reports (setup, not linking): ${s.setup.seconds.toFixed(1)} s`);
    console.log(`  link ${s.scratch.reports} reports from scratch: ${s.scratch.seconds.toFixed(1)} s wall, ${s.scratch.cpuSeconds.toFixed(1)} s CPU [target < 120 s: ${ok(s.scratch.seconds, 120)}], peak memory ${s.scratch.peakMB} MB [target < 2048: ${ok(s.scratch.peakMB, 2048)}]`);
    console.log(`    ${s.scratch.duplicates} reposts found, ${s.scratch.linked} of ${s.scratch.events} acts joined a case another report opened`);
    console.log(`  add ${s.add.reports} reports incrementally: ${s.add.seconds.toFixed(2)} s wall, ${s.add.cpuSeconds.toFixed(2)} s CPU [target < 5 s: ${ok(s.add.seconds, 5)}]`);
    console.log(`  (load average during the run: ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores)`);
    console.log(`  API p95 over ${s.api.requests} calls: incident list ${s.api.listP95ms.toFixed(1)} ms, incident page ${s.api.pageP95ms.toFixed(1)} ms [target < 50 ms: ${ok(Math.max(s.api.listP95ms, s.api.pageP95ms), 50)}]`);
    console.log(`  reposts vs the generator's truth: precision ${(100 * s.quality.repostPrecision).toFixed(1)}%, recall ${(100 * s.quality.repostRecall).toFixed(1)}%; ${s.quality.incidents} incidents, ${s.quality.incidentsWithSeveralReports} with several reports (largest: ${s.quality.largestIncidentReports})`);
  }
}
