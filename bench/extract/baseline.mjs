// The baseline: the compromise library's people, places and organisations over the
// same generated reports. It runs in its own process (started by main.mjs) so its
// memory and warm-up never mix with Casefile's. Prints one JSON line.
import nlp from 'compromise';
import { reportBatches } from './corpus.mjs';
import { parseArgs } from './args.mjs';
import { cpuMs, laterHalfWordsPerSecond } from './cpu.mjs';

const { seed, words } = parseArgs(process.argv.slice(2));
let total = 0;
let reports = 0;
let found = 0;
let ms = 0;
let wallMs = 0;
const batches = [];
for (const batch of reportBatches({ seed, words })) {
  const w0 = performance.now();
  const t0 = cpuMs();
  for (const r of batch) {
    const doc = nlp(`${r.title}\n\n${r.text}`);
    found += doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
  }
  const batchMs = cpuMs() - t0;
  ms += batchMs;
  wallMs += performance.now() - w0;
  const batchWords = batch.reduce((n, r) => n + r.words, 0);
  batches.push({ words: batchWords, ms: batchMs });
  total += batchWords;
  reports += batch.length;
  process.stderr.write(`bench:extract: compromise ${Math.min(100, Math.round((100 * total) / words))}% (${reports} reports)\n`);
}
process.stdout.write(`${JSON.stringify({ words: total, reports, found, seconds: ms / 1000, wordsPerSecond: total / (ms / 1000), laterHalfWordsPerSecond: laterHalfWordsPerSecond(batches), wallWordsPerSecond: total / (wallMs / 1000), peakRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
