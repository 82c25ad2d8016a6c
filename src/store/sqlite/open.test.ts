import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Store } from '../port.js';
import { SAMPLES } from '../test-fixtures.js';
import { openSqliteStore } from './open.js';

describe('the SQLite adapter', () => {
  let dir: string;
  let store: Store;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'casefile-sqlite-'));
    store = await openSqliteStore(join(dir, 'casefile.db'));
  });
  after(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('lets the event loop run between the statements of a save, and commits it whole', async () => {
    // turns of the event loop (as a worker thread's answer or a request would take) during one save
    let turns = 0;
    let counting = true;
    const tick = () => { if (counting) { turns++; setImmediate(tick); } };
    setImmediate(tick);
    const outcomes = await store.saveReports(SAMPLES.map(({ report, raw, extraction }) => ({ report, raw, extraction })));
    counting = false;
    assert.deepEqual(outcomes.map((o) => 'created' in o && o.created), SAMPLES.map(() => true));
    // one save writes a dozen tables and two search indexes: a turn before each statement
    assert.ok(turns >= 10, `only ${turns} turns of the event loop ran during the save`);
    for (const s of SAMPLES) assert.equal((await store.getReport(s.report.id))?.extraction.events.length, s.extraction.events.length);
  });
});
