// npm run bench:extract [-- --json --words N --seed N --stages]
// Throughput and peak memory of the built-in extraction, normalisation included,
// against the compromise library on the same generated reports. The baseline runs
// in a child process while this one waits, knowledge loaded (a bad knowledge file
// fails before the long baseline run), so Casefile's peak RSS is Casefile's alone and
// the two never compete for a core.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from './args.mjs';
import { cpuMs, helperCpuMs, laterHalfWordsPerSecond } from './cpu.mjs';
import { reportBatches } from './corpus.mjs';
import { koreanReportBatches } from './corpus-ko.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const opts = parseArgs(process.argv.slice(2));
const log = (msg) => process.stderr.write(`${msg}\n`);

function runBaseline() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [here('./baseline.mjs'), '--seed', String(opts.seed), '--words', String(opts.words)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`the baseline process exited with code ${code}`))));
  });
}

let modules;
try {
  modules = await Promise.all([import('../../dist/extract/builtin.js'), import('../../dist/normalise/normalise.js')]);
} catch (err) {
  throw new Error(`cannot load the compiled extractor from dist/ (run "npm run build"): ${err.message}`);
}
const [{ createBuiltinExtractor }, { normaliseText, normaliseLine }] = modules;

const t0 = performance.now();
const extractor = createBuiltinExtractor();
const loadMs = performance.now() - t0;

log(`bench:extract: compromise baseline over ${opts.words.toLocaleString('en')} words in a child process ...`);
const baseline = await runBaseline();
log(`bench:extract: compromise ${Math.round(baseline.wordsPerSecond).toLocaleString('en')} words/s; now Casefile in this process`);

// --stages: time each pipeline stage; the rest of extract time is assembly and the
// garbage collector's helper threads
const stageMs = new Map();
if (opts.profileStages) {
  for (const stage of extractor.pipeline.stages) {
    const run = stage.run.bind(stage);
    stageMs.set(stage.name, 0);
    stage.run = (doc) => {
      const t = cpuMs();
      run(doc);
      stageMs.set(stage.name, stageMs.get(stage.name) + cpuMs() - t);
    };
  }
}

const found = { events: 0, actors: 0, places: 0, sources: 0, claims: 0 };
const FOUND_KINDS = Object.keys(found);

/** Normalises and extracts every batch, timing CPU per part; results are counted and let go. */
function measure(batches, label, tally) {
  const m = { words: 0, reports: 0, normaliseMs: 0, extractMs: 0, wallMs: 0, helperMs: 0, batches: [] };
  const helpers0 = helperCpuMs();
  // a batch at a time: generation stays outside the timed part and memory stays flat
  for (const batch of batches) {
    const w0 = performance.now();
    const a = cpuMs();
    const inputs = batch.map((r) => {
      const { text, language } = normaliseText(r.text, { language: r.language });
      return { text, title: normaliseLine(r.title), outlet: r.outlet, published: r.published, language };
    });
    const b = cpuMs();
    // each result is counted and let go, as the baseline does with compromise's: holding a
    // batch of results would time the garbage collector moving them, not the extraction
    for (const input of inputs) {
      const x = extractor.extractSync(input);
      if (tally) for (const k of FOUND_KINDS) found[k] += x[k].length;
    }
    const c = cpuMs();
    m.wallMs += performance.now() - w0;
    m.normaliseMs += b - a;
    m.extractMs += c - b;
    const batchWords = batch.reduce((n, r) => n + r.words, 0);
    m.words += batchWords;
    m.reports += batch.length;
    m.batches.push({ words: batchWords, ms: c - a });
    log(`bench:extract: ${label} ${m.reports} reports, this batch ${Math.round(batchWords / ((c - a) / 1000)).toLocaleString('en')} words/s`);
  }
  m.helperMs = helpers0 === null ? null : helperCpuMs() - helpers0;
  return m;
}

const english = measure(reportBatches({ seed: opts.seed, words: opts.words }), 'English', true);
const { words, reports, normaliseMs, extractMs, wallMs } = english;
// Korean reports from project-written templates, a quarter as many words, in the same process and run
const korean = measure(koreanReportBatches({ seed: opts.seed, words: Math.max(1, Math.round(opts.words / 4)) }), 'Korean', false);
const koreanWordsPerSecond = korean.words / ((korean.normaliseMs + korean.extractMs) / 1000);
if (words !== baseline.words) throw new Error(`the baseline read ${baseline.words} words but Casefile ${words}: the corpus is not deterministic`);

const seconds = (normaliseMs + extractMs) / 1000;
const wordsPerSecond = words / seconds;
const ratio = wordsPerSecond / baseline.wordsPerSecond;
const peakRssMB = process.resourceUsage().maxRSS / 1024;
const koreanSlowdown = wordsPerSecond / koreanWordsPerSecond;
// warm-up: the later half of the batches, for both contenders, and V8's helper threads' share of Casefile's CPU
const laterWordsPerSecond = laterHalfWordsPerSecond(english.batches);
const laterRatio = laterWordsPerSecond / baseline.laterHalfWordsPerSecond;
const helperShare = english.helperMs === null ? null : english.helperMs / (normaliseMs + extractMs);
const r1 = (n) => Math.round(n * 10) / 10;

if (opts.json) {
  process.stdout.write(`${JSON.stringify({ wordsPerSecond: Math.round(wordsPerSecond), baselineWordsPerSecond: Math.round(baseline.wordsPerSecond), ratio: r1(ratio), peakRssMB: r1(peakRssMB), koreanWordsPerSecond: Math.round(koreanWordsPerSecond), koreanSlowdown: r1(koreanSlowdown), laterHalfWordsPerSecond: Math.round(laterWordsPerSecond), laterHalfRatio: r1(laterRatio), helperThreadShare: helperShare === null ? null : Math.round(helperShare * 1000) / 1000 })}\n`);
} else {
  const fmt = (n) => Math.round(n).toLocaleString('en');
  const pass = (ok) => (ok ? 'ok' : 'BELOW TARGET');
  process.stdout.write(
    [
      `corpus            ${fmt(words)} words in ${fmt(reports)} generated reports (seed ${opts.seed})`,
      `casefile          ${fmt(wordsPerSecond)} words/s of CPU time  (single thread, normalise ${r1(normaliseMs / 1000)} s + extract ${r1(extractMs / 1000)} s; ${fmt(words / (wallMs / 1000))} words/s of wall time; knowledge loaded in ${fmt(loadMs)} ms, not counted)`,
      `                  found ${fmt(found.events)} events, ${fmt(found.actors)} actors, ${fmt(found.places)} places, ${fmt(found.sources)} sources, ${fmt(found.claims)} claims`,
      `compromise        ${fmt(baseline.wordsPerSecond)} words/s of CPU time  (${fmt(baseline.wallWordsPerSecond)} of wall time; people + places + organizations, measured in a separate child process; its peak RSS ${fmt(baseline.peakRssMB)} MB)`,
      `ratio             ${r1(ratio)}x  (target >= 15: ${pass(ratio >= 15)})`,
      `warm-up           later half of the batches: casefile ${fmt(laterWordsPerSecond)} words/s, compromise ${fmt(baseline.laterHalfWordsPerSecond)}, ratio ${r1(laterRatio)}x${helperShare === null ? '' : `; V8 helper threads (optimising compiler, GC) ${r1(100 * helperShare)} % of casefile's English CPU`}`,
      `korean            ${fmt(koreanWordsPerSecond)} words/s of CPU time  (${fmt(korean.words)} words in ${fmt(korean.reports)} generated Korean reports; English is ${r1(koreanSlowdown)}x as fast, target <= 3: ${pass(koreanSlowdown <= 3)})`,
      `peak RSS          ${r1(peakRssMB)} MB  (Casefile process, whole knowledge base loaded; target < 300: ${pass(peakRssMB < 300)})`,
      ...(opts.profileStages ? stageLines() : []),
      '',
    ].join('\n'),
  );
}

function stageLines() {
  const staged = [...stageMs.values()].reduce((a, b) => a + b, 0);
  const rows = [['normalise', normaliseMs], ...stageMs, ['assemble + gc', extractMs - staged]];
  const total = normaliseMs + extractMs;
  return ['time by stage', ...rows.map(([name, ms]) => `  ${name.padEnd(16)}${(ms / 1000).toFixed(2).padStart(8)} s ${((100 * ms) / total).toFixed(1).padStart(6)} %`)];
}
