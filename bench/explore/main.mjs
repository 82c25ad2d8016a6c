// npm run bench -- explore [--reports 10000 --requests 200 --export-events 100000 --json]
// (or node bench/run.mjs explore ...; --store DIR keeps the linked store there, --fresh rebuilds it)
// The explore views on the embedded store (SQLite), on the linking benchmark's
// real-shaped generated reports (bench/corpus/reports.mjs), extracted for real and
// linked once, then kept (in --store, by default in the temp folder, named by the
// number of reports) and reused by later runs: the views are measured, not ingest.
//  - query: p50/p95 latency of what one explore view asks for a query, the summary
//    (facets, map, timeline, network) plus the first page of the table, over a mix
//    of queries, on N linked reports. Target: p95 under 100 ms at 10,000 reports.
//    Warm: the mix repeated (answers kept per store generation); cold: a change
//    to the store before each request, so every answer is computed afresh.
//  - export: an export of at least E events (100,000 by default) in each format,
//    each in its own process, with its peak memory beside an export of a tenth as
//    many: memory that stays flat as the export grows is what "constant" means.
//    The export store is a copy of the kept one, grown to E events by storing its
//    reports again under new ids (their extractions as they are, not re-extracted).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { publishedSpan, realShapedReports } from '../corpus/reports.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : fallback; };
const N = Number(opt('reports', 10000));
const REQUESTS = Number(opt('requests', 200));
const COLD_ROUNDS = Number(opt('cold-rounds', 3));
const EXPORT_EVENTS = Number(opt('export-events', 100000));
const phase = opt('phase', null);
const KEPT = opt('store', join(tmpdir(), `casefile-bench-explore-${N}`));
const dist = (p) => new URL(`../../dist/${p}`, import.meta.url).href;
const mb = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function openBenchStore(dir) {
  const [{ openStore }, { loadConfig }] = await Promise.all([import(dist('store/open.js')), import(dist('core/config.js'))]);
  return openStore(loadConfig({ dataDir: dir }, {}));
}

/** Generates `reports` real-shaped reports (bench/corpus/reports.mjs), ingests them (extracted for real), then links them. */
async function fill(dir, reports) {
  const { ingestPaths } = await import(dist('ingest/ingest.js'));
  const store = await openBenchStore(dir);
  const inputs = join(dir, 'inputs');
  mkdirSync(inputs, { recursive: true });
  // files of 200 reports each, ingested in one call, so every core extracts
  let part = 0, lines = [];
  const flush = () => {
    writeFileSync(join(inputs, `part-${String(part++).padStart(6, '0')}.jsonl`), `${lines.join('\n')}\n`);
    lines = [];
  };
  for (const { repostOf: _, ...r } of realShapedReports({ count: reports })) {
    lines.push(JSON.stringify(r));
    if (lines.length === 200) flush();
  }
  if (lines.length) flush();
  const summary = await ingestPaths([inputs], { store, knowledgeDir: '/nonexistent', onProgress: (p) => process.stderr.write(`\r  stored ${p.stored} reports`) });
  if (summary.failed) throw new Error(`${summary.failed} files failed: ${summary.failures[0].error.message}`);
  rmSync(inputs, { recursive: true, force: true });
  process.stderr.write('\n');
  const [{ StoreLinker }, { loadKnowledge }, { outletsFromKnowledge }] = await Promise.all([import(dist('link/store-linker.js')), import(dist('knowledge/load.js')), import(dist('link/corroboration/knowledge-outlets.js'))]);
  await new StoreLinker(store.incidents, outletsFromKnowledge(loadKnowledge({ userDir: '/nonexistent' })), { wholeState: true }).linkPending();
  const eventCount = Number((await store.explore.summary({})).total);
  await store.close();
  return { reports: summary.stored, events: eventCount };
}

/**
 * Stores the reports already in the store again under new ids, with their
 * extractions as stored (no extraction, no linking), until it holds `events` events.
 */
async function grow(dir, events) {
  const store = await openBenchStore(dir);
  let total = Number((await store.explore.summary({})).total);
  const ids = [];
  for (let page; (page = await store.searchReports(undefined, { limit: 500, offset: ids.length })).items.length > 0;) ids.push(...page.items.map((r) => r.id));
  if (ids.length === 0) throw new Error('the store holds no report to copy');
  for (let copy = 1; total < events; copy++) {
    for (let i = 0; i < ids.length && total < events;) {
      const items = [];
      for (const id of ids.slice(i, (i += 200))) {
        const [stored, raw] = await Promise.all([store.getReport(id), store.getRaw(id)]);
        items.push({ report: { ...stored.report, id: `${id}~${copy}` }, raw, extraction: stored.extraction });
        total += stored.extraction.events.length;
        if (total >= events) break;
      }
      for (const o of await store.saveReports(items)) if (o.error || !o.created) throw new Error(`copy ${o.id} not stored`);
      process.stderr.write(`\r  ${total} events`);
    }
  }
  process.stderr.write('\n');
  await store.close();
  return { events: total };
}

/** the month a share of the way through the corpus's published days (YYYY-MM): dates the corpus's events have */
const monthAt = (share) => {
  const { first, last } = publishedSpan(N);
  const [a, b] = [first, last].map((d) => Date.parse(d));
  return new Date(a + share * (b - a)).toISOString().slice(0, 7);
};

const QUERIES = [
  // ids as the gazetteer and canon give them, words and dates the corpus has (a query that matches nothing measures nothing)
  '', 'type=ARREST', 'type=ARREST,REPATRIATION,PUNISHMENT', 'place=KP.ryanggang', 'place=KP.north-hamgyong',
  'q=Hyesan', 'q=medicinal%20herbs', 'actor=kp.mss', `from=${monthAt(0.4)}&to=${monthAt(0.65)}`, 'corroboration=2', 'sourceKind=anonymous_insider&type=SMUGGLING',
  'place=CN&type=REPATRIATION', `q=Ryanggang&from=${monthAt(0.5)}`,
];

const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

const phases = {
  setup: (dir) => fill(dir, N),
  async query(dir) {
    const store = await openBenchStore(dir);
    const { createApp } = await import(dist('api/app.js'));
    const app = createApp({ store });
    const get = async (path) => { const res = await app.request(path); const body = await res.json(); if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`); return body; };
    const total = (await get('/api/explore')).total;
    for (const q of QUERIES) await get(`/api/explore?${q}`); // warm the statement cache and the page cache
    const times = [], summaries = [], pages = [], cpuTimes = [];
    for (let i = 0; i < REQUESTS; i++) {
      const q = QUERIES[i % QUERIES.length];
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await get(`/api/explore?${q}`);
      const t1 = performance.now();
      await get(`/api/explore/events?${q}&limit=50`);
      const t2 = performance.now();
      const c = process.cpuUsage(c0);
      summaries.push(t1 - t0); pages.push(t2 - t1); times.push(t2 - t0); cpuTimes.push((c.user + c.system) / 1000);
    }
    const slowest = QUERIES.map((q, i) => [q || '(none)', Math.max(...times.filter((_, j) => j % QUERIES.length === i))]).sort((a, b) => b[1] - a[1])[0];
    // cold: a change before each request (a reviewer's note, which changes no answer)
    // starts a new store generation, so no answer comes from the cache (names and
    // the counts over every event that only reports change stay kept: a review leaves them)
    const reportId = (await store.searchReports(undefined, { limit: 1 })).items[0].id;
    const cold = [], coldCpu = [], coldByQuery = new Map();
    for (let i = 0; i < COLD_ROUNDS * QUERIES.length; i++) {
      const q = QUERIES[i % QUERIES.length];
      await store.review.addDecision({ reportId, item: 'event:e1', action: 'note', value: { body: 'bench' }, basis: null, author: 'bench' });
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await get(`/api/explore?${q}`);
      await get(`/api/explore/events?${q}&limit=50`);
      const ms = performance.now() - t0;
      const c = process.cpuUsage(c0);
      cold.push(ms); coldCpu.push((c.user + c.system) / 1000);
      coldByQuery.set(q || '(none)', Math.max(coldByQuery.get(q || '(none)') ?? 0, ms));
    }
    await store.close();
    const r = (x) => Math.round(x * 10) / 10;
    // CPU time per request is what the latency would be on an idle machine (SQLite runs in this process)
    return { events: total, requests: REQUESTS, p50_ms: r(percentile(times, 50)), p95_ms: r(percentile(times, 95)), cpu_p95_ms: r(percentile(cpuTimes, 95)), summary_p95_ms: r(percentile(summaries, 95)), page_p95_ms: r(percentile(pages, 95)), slowest_query: slowest[0], slowest_ms: r(slowest[1]),
      cold: { requests: cold.length, p50_ms: r(percentile(cold, 50)), p95_ms: r(percentile(cold, 95)), cpu_p95_ms: r(percentile(coldCpu, 95)), by_query_max_ms: Object.fromEntries([...coldByQuery].map(([q, ms]) => [q, r(ms)])) } };
  },
  exportSetup: (dir) => grow(dir, EXPORT_EVENTS),
  async export(dir) {
    const format = opt('format', 'csv');
    const limit = Number(opt('limit', Infinity));
    const store = await openBenchStore(dir);
    const { exportRecords } = await import(dist('export/export-events.js'));
    const { encode } = await import(dist('export/formats.js'));
    let bytes = 0, written = 0;
    const sink = new Writable({ write(chunk, _enc, done) { bytes += chunk.length; done(); } });
    async function* capped() {
      for await (const r of exportRecords(store, {}, false)) { if (written >= limit) return; written++; yield r; }
    }
    const t = performance.now();
    await new Promise((resolve, reject) => encode(capped(), format, false).pipe(sink).on('finish', resolve).on('error', reject));
    const seconds = (performance.now() - t) / 1000;
    await store.close();
    // what the export still holds once garbage is collected (the phase runs with --expose-gc)
    globalThis.gc?.();
    const live = Math.round(process.memoryUsage().heapUsed / 1048576);
    return { format, events: written, seconds: Math.round(seconds * 10) / 10, megabytes: Math.round(bytes / 1e6), peak_rss_mb: mb(), live_heap_mb: live };
  },
};

function run(name, dir, extra = []) {
  const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--phase', name, '--dir', dir, '--reports', String(N), '--requests', String(REQUESTS), '--export-events', String(EXPORT_EVENTS), '--cold-rounds', String(COLD_ROUNDS), ...extra], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`phase ${name} failed (exit ${r.status ?? r.signal})`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

if (phase) {
  process.stdout.write(`${JSON.stringify(await phases[phase](opt('dir')))}\n`);
} else {
  const queryDir = mkdtempSync(`${tmpdir()}/casefile-bench-explore-`);
  const exportDir = mkdtempSync(`${tmpdir()}/casefile-bench-export-`);
  try {
    // the load average says how far wall times are inflated by other work on the machine
    const result = { machine: { cpus: cpus().length, load: loadavg()[0] } };
    const done = join(KEPT, 'setup.json');
    if (args.includes('--fresh') || !existsSync(done)) {
      rmSync(KEPT, { recursive: true, force: true });
      mkdirSync(KEPT, { recursive: true });
      process.stderr.write(`explore: storing and linking ${N} reports into ${KEPT} (kept for later runs)\n`);
      writeFileSync(done, JSON.stringify(run('setup', KEPT)));
    } else process.stderr.write(`explore: reusing the linked store in ${KEPT} (--fresh rebuilds it)\n`);
    result.setup = JSON.parse(readFileSync(done, 'utf8'));
    // the query phase writes (review notes), so it runs on a copy; so does the export store's growth
    for (const dir of [queryDir, exportDir]) {
      for (const f of ['casefile.sqlite', 'casefile.sqlite-wal']) if (existsSync(join(KEPT, f))) copyFileSync(join(KEPT, f), join(dir, f));
    }
    result.query = run('query', queryDir);
    process.stderr.write(`explore: growing a copy to ${EXPORT_EVENTS} events\n`);
    result.exportSetup = run('exportSetup', exportDir);
    result.exports = [];
    for (const format of ['csv', 'geojson', 'acled', 'ftm', 'jsonl']) {
      const [tenth, half] = [10, 2].map((part) => run('export', exportDir, ['--format', format, '--limit', String(Math.round(EXPORT_EVENTS / part))]));
      const whole = run('export', exportDir, ['--format', format]);
      result.exports.push({ format, events: whole.events, seconds: whole.seconds, megabytes: whole.megabytes, peak_rss_mb: whole.peak_rss_mb, peak_rss_mb_at_half: half.peak_rss_mb, peak_rss_mb_at_tenth: tenth.peak_rss_mb, live_heap_mb: whole.live_heap_mb });
    }
    if (args.includes('--json')) process.stdout.write(`${JSON.stringify(result)}\n`);
    else {
      const q = result.query;
      console.log(`machine: ${result.machine.cpus} cores, load average ${result.machine.load}`);
      console.log(`cold (a store change before each request): p50 ${q.cold.p50_ms} ms, p95 ${q.cold.p95_ms} ms wall, p95 ${q.cold.cpu_p95_ms} ms CPU; slowest by query: ${JSON.stringify(q.cold.by_query_max_ms)}`);
      console.log(`explore on ${q.events} events (${result.setup.reports} reports): one view's query p50 ${q.p50_ms} ms, p95 ${q.p95_ms} ms wall, p95 ${q.cpu_p95_ms} ms CPU (summary p95 ${q.summary_p95_ms} ms, table page p95 ${q.page_p95_ms} ms; slowest: ${q.slowest_query} ${q.slowest_ms} ms)`);
      for (const e of result.exports) console.log(`export ${e.format}: ${e.events} events in ${e.seconds} s, ${e.megabytes} MB; peak memory ${e.peak_rss_mb} MB (${e.peak_rss_mb_at_half} MB for half as many, ${e.peak_rss_mb_at_tenth} MB for a tenth); live heap at the end ${e.live_heap_mb} MB`);
    }
  } finally {
    rmSync(queryDir, { recursive: true, force: true });
    rmSync(exportDir, { recursive: true, force: true });
  }
}
