// Several ingests on one store at once (two terminals, or an ingest while serving)
// wait for each other and all finish: on SQLite through the write lock taken at
// BEGIN and the busy timeout, on PostgreSQL (DATABASE_URL set) side by side.
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { processStore, startIngest, type ProcessStore } from './ingest-process.js';

const RUNS = 3;
let store: ProcessStore;

before(async () => {
  store = await processStore('casefile-concurrent-');
  for (let r = 0; r < RUNS; r++) {
    await mkdir(join(store.dir, `in-${r}`));
    const reports = Array.from({ length: 20 }, (_, i) => ({ title: `Run ${r} report ${i}`, text: `Security agents in Musan arrested ${i + 2} smugglers (run ${r}, report ${i}), a source said.` }));
    // one report every run shares: stored once, found present by the others
    reports.push({ title: 'Shared report', text: 'Guards in Onsong caught a woman crossing the river, a source said.' });
    await writeFile(join(store.dir, `in-${r}`, 'reports.json'), JSON.stringify(reports));
  }
});

after(() => store.cleanup());

it(`${RUNS} ingests at once on one ${process.env.DATABASE_URL ? 'PostgreSQL database' : 'SQLite folder'} all finish`, async () => {
  const results = await Promise.all(Array.from({ length: RUNS }, (_, r) => startIngest(store, [join(store.dir, `in-${r}`), '--workers', '1']).done));
  for (const { code, out } of results) assert.equal(code, 0, out);
  const stored = results.map(({ out }) => Number(/ingest: (\d+) stored/.exec(out)?.[1]));
  const present = results.map(({ out }) => Number(/(\d+) already present/.exec(out)?.[1]));
  // every report stored exactly once; the shared one by one run (or found present by the others)
  assert.equal(stored.reduce((a, b) => a + b, 0), RUNS * 20 + 1);
  assert.equal(present.reduce((a, b) => a + b, 0), RUNS - 1);
  console.log(`concurrent: ${RUNS} ingests stored ${stored.join(' + ')} reports, all exited 0`);
});
