// npm run fuzz: the larger bad-input run. Each hostile file of issue 13 is ingested
// in a batch of its own beside good files (its time to a named error is printed),
// then seeded batches of damaged files. FUZZ_COUNT and FUZZ_SEED change the size.
import { figures, fuzzInputs, goodInputs, hostileInputs, ingestInputs } from './run.js';
import { bigText } from './generate.js';

const count = Number(process.env.FUZZ_COUNT ?? 1000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 100_000);
let problems = 0;

const baseline = await ingestInputs(goodInputs(0), { workers: 2 });
console.log(`baseline, good files alone (worker start included): ${baseline.stored} stored in ${baseline.seconds.toFixed(1)} s`);
for (const input of [...hostileInputs(), { name: 'big.txt', kind: '200 MB text (limit 300 MB)', bytes: bigText(200) }]) {
  const result = await ingestInputs([input, ...goodInputs(1)], { workers: 2, maxBytes: 300 * 1024 * 1024 });
  const o = result.outcomes.find((x) => x.name === input.name);
  console.log(`${input.kind}: ${o ? `${o.error?.code} after ${o.seconds.toFixed(1)} s (${o.error?.message.split(': ').slice(1).join(': ')})` : `stored ${result.stored} reports in ${result.seconds.toFixed(1)} s`}`);
  problems += result.problems.length;
  for (const p of result.problems) console.log(`  PROBLEM ${p}`);
}

for (let at = 0; at < count; at += 200) {
  const result = await ingestInputs([...fuzzInputs(seed + at, Math.min(200, count - at)), ...goodInputs(at)], { oddNames: at === 0 });
  console.log(`fuzz seed ${seed + at}: ${figures(result)}`);
  problems += result.problems.length;
  for (const p of result.problems) console.log(`  PROBLEM ${p}`);
}
console.log(problems === 0 ? 'fuzz: no problems' : `fuzz: ${problems} problems`);
process.exitCode = problems === 0 ? 0 : 1;
