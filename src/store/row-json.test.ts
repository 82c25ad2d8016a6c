// Rows made where a report was extracted (an ingest worker thread) store exactly
// what the store makes from the extraction itself; run on PostgreSQL too (npm run test:pg).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCasefileError } from '../core/errors.js';
import { Extraction } from '../core/model.js';
import type { Store } from './port.js';
import { newKey } from './crypto/sealer.js';
import { clearRowsOf } from './row-json.js';
import { SAMPLES, family } from './test-fixtures.js';
import { openTestStore } from './test-store.js';

/** everything a reader sees of the samples: reports, events, catalogue and explore counts */
async function readBack(store: Store) {
  return {
    reports: await Promise.all(SAMPLES.map((s) => store.getReport(s.report.id))),
    events: (await store.listEvents({})).items,
    actors: await store.listActors(),
    places: await store.listPlaces(),
    summary: await store.explore.summary({}),
  };
}

describe('rows made by clearRowsOf', () => {
  it('store the same rows as the extraction saved by the store', async () => {
    const [byStore, byRows] = await Promise.all([openTestStore(), openTestStore()]);
    try {
      await byStore.store.saveReports(SAMPLES.map(({ report, raw, extraction }) => ({ report, raw, extraction })));
      const items = SAMPLES.map(({ report, raw, extraction }) => ({ report, raw, ...clearRowsOf(report, extraction) }));
      assert.ok(items.every((item) => 'rows' in item));
      assert.deepEqual((await byRows.store.saveReports(items)).map((o) => ('created' in o ? o.created : o.error.code)), [true, true, true]);
      assert.deepEqual(await readBack(byRows.store), await readBack(byStore.store));
    } finally {
      await Promise.all([byStore.cleanup(), byRows.cleanup()]);
    }
  });

  it("make the same rows without the schema pass for Casefile's own extractor", () => {
    // our extractors' objects have the schema's keys in its order, as a parse leaves them
    for (const { report, extraction } of SAMPLES) assert.deepEqual(clearRowsOf(report, Extraction.parse(extraction), true), clearRowsOf(report, extraction));
  });

  it("still check an own extraction's ids, references and spans", () => {
    const [event] = family.extraction.events;
    const unknownActor = { ...family.extraction, events: [{ ...event, participants: [{ actorId: 'nobody', role: 'agent' as const }] }] };
    assert.deepEqual(clearRowsOf(family.report, unknownActor, true), { extraction: unknownActor });
  });

  it('parse an extraction from any other extractor against the schema', () => {
    const [event] = family.extraction.events;
    const misshapen = { ...family.extraction, events: [{ ...event, type: 42 }] } as unknown as typeof family.extraction;
    assert.deepEqual(clearRowsOf(family.report, misshapen), { extraction: misshapen });
  });

  it('hand back an extraction that fails validation, which the store refuses with the reason', async () => {
    const t = await openTestStore();
    try {
      const [event] = family.extraction.events;
      const broken = { ...family.extraction, events: [{ ...event, evidence: { start: 0, end: family.report.text.length + 5 } }] };
      const made = clearRowsOf(family.report, broken);
      assert.deepEqual(made, { extraction: broken });
      const [outcome] = await t.store.saveReports([{ report: family.report, raw: family.raw, ...made }]);
      assert.ok('error' in outcome && outcome.error.code === 'E_VALIDATION' && /runs past the text/.test(outcome.error.message));
    } finally {
      await t.cleanup();
    }
  });

  it('are refused by a protected store: they hold the clear text', async () => {
    const t = await openTestStore({ key: await newKey() });
    try {
      const made = clearRowsOf(family.report, family.extraction);
      const [outcome] = await t.store.saveReports([{ report: family.report, raw: family.raw, ...made }]);
      assert.ok('error' in outcome && isCasefileError(outcome.error) && outcome.error.code === 'E_STORE');
      assert.equal(await t.store.hasReport(family.report.id), false);
    } finally {
      await t.cleanup();
    }
  });
});
