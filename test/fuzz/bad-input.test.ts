// The bad-input suite at a size for CI: the hostile files of issue 13 and a seeded
// batch of damaged files of every format, each ingested beside good files with the
// real extractor in bounded worker threads. `npm run fuzz` runs a larger batch.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figures, fuzzInputs, goodInputs, hostileInputs, ingestInputs } from './run.js';

describe('bad input', () => {
  it('ends each hostile file with a named error while the good files of its batch are stored', async () => {
    const inputs = [...hostileInputs(100), ...goodInputs(1), ...goodInputs(2)];
    const result = await ingestInputs(inputs, { oddNames: true });
    console.log(`hostile inputs: ${figures(result)}`);
    for (const o of result.outcomes) console.log(`  ${o.name} (${o.kind}): ${o.seconds.toFixed(1)} s, ${o.error?.code}`);
    assert.deepEqual(result.problems, []);
    const refused = new Set(result.outcomes.map((o) => o.name));
    for (const name of ['deep.html', 'deep-list.md', 'deep-quote.md', 'repeated.txt', 'paragraphs.docx', 'bomb.docx', 'deep.rss']) assert.ok(refused.has(name), `${name} was not refused`);
  });

  it('refuses or reads every damaged file of a seeded batch, naming it', async () => {
    const seed = Number(process.env.FUZZ_SEED ?? 13);
    const result = await ingestInputs([...fuzzInputs(seed, 80), ...goodInputs(3)], { oddNames: true });
    console.log(`fuzz seed ${seed}, 80 inputs: ${figures(result)}`);
    assert.deepEqual(result.problems, []);
  });
});
