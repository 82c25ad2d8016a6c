// node bench/profile-summary.mjs FILE.cpuprofile [--top N]
// Sums a V8 CPU profile (node --cpu-prof) by file and by function, self time and
// total time (a function's own time plus its callees'), to show where the time goes.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const [file, ...rest] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node bench/profile-summary.mjs FILE.cpuprofile [--top N]\n');
  process.exit(2);
}
const top = rest[0] === '--top' ? Number(rest[1]) : 25;
const profile = JSON.parse(readFileSync(file, 'utf8'));
const root = fileURLToPath(new URL('..', import.meta.url));

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// sample counts per node; time per sample from the profile's own intervals
const hits = new Map();
for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
const msPerSample = (profile.endTime - profile.startTime) / 1000 / profile.samples.length;
// percentages are of busy time: waiting (for the baseline process, say) is left out
const idle = profile.nodes.find((n) => n.callFrame.functionName === '(idle)');
const totalMs = (profile.samples.length - (idle ? hits.get(idle.id) ?? 0 : 0)) * msPerSample;

const where = (cf) => {
  const url = cf.url.startsWith('file://') ? relative(root, fileURLToPath(cf.url)) : cf.url || '(native)';
  return url.replace(/^node_modules\/([^/]+)\/.*/, 'node_modules/$1');
};
const label = (cf) => `${cf.functionName || '(anonymous)'} ${where(cf)}:${cf.lineNumber + 1}`;

const selfByFn = new Map();
const selfByFile = new Map();
const totalByFn = new Map();
for (const [id, count] of hits) {
  const cf = nodes.get(id).callFrame;
  if (cf.functionName === '(idle)') continue;
  const ms = count * msPerSample;
  selfByFn.set(label(cf), (selfByFn.get(label(cf)) ?? 0) + ms);
  selfByFile.set(where(cf), (selfByFile.get(where(cf)) ?? 0) + ms);
  // total time: count each function once per sample even when it recurses
  const seen = new Set();
  for (let n = id; n !== undefined; n = parent.get(n)) {
    const l = label(nodes.get(n).callFrame);
    if (seen.has(l)) continue;
    seen.add(l);
    totalByFn.set(l, (totalByFn.get(l) ?? 0) + ms);
  }
}

const table = (title, map) => {
  const rows = [...map].sort((a, b) => b[1] - a[1]).slice(0, top);
  process.stdout.write(`\n${title}\n`);
  for (const [name, ms] of rows) process.stdout.write(`${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / totalMs).toFixed(1).padStart(5)} %  ${name}\n`);
};
process.stdout.write(`profile ${file}: ${totalMs.toFixed(0)} ms busy, ${profile.samples.length} samples\n`);
table('self time by file', selfByFile);
table('self time by function', selfByFn);
table('total time by function', totalByFn);
