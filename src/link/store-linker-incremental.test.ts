// An incremental run must link a new report as a run from scratch over the same
// reports would: it loads only part of the stored state, and what it leaves out
// must not change the outcome.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openTestStore } from '../store/test-store.js';
import type { Store } from '../store/port.js';
import { EDITED_TEXT, extraction, ORIGINAL_TEXT, OUTLETS, P, source, storable } from './fixtures.case.js';
import { StoreLinker } from './store-linker.js';

type Item = ReturnType<typeof storable>;

/** Links `first`, then `then` incrementally; returns each report's original and cases, then again after relinking from scratch. */
async function incrementalThenScratch(first: Item[], then: Item[]) {
  const t = await openTestStore();
  try {
    const store: Store = t.store;
    const save = async (items: Item[]) => { for (const i of items) await store.saveReport(i.report, i.raw, i.extraction); };
    const state = async () => {
      const out: Record<string, { duplicateOf: string | null; cases: string[] }> = {};
      for (const { report } of [...first, ...then]) {
        const l = (await store.incidents.reportLinks(report.id))!;
        out[report.id] = { duplicateOf: l.duplicateOf?.id ?? null, cases: l.incidents.map((i) => i.id).sort() };
      }
      return out;
    };
    await save(first);
    await new StoreLinker(store.incidents, OUTLETS).linkPending();
    await save(then);
    await new StoreLinker(store.incidents, OUTLETS).linkPending();
    const incremental = await state();
    await store.incidents.clearLinks();
    await new StoreLinker(store.incidents, OUTLETS, { wholeState: true }).linkPending();
    return { incremental, scratch: await state() };
  } finally {
    await t.cleanup();
  }
}

const arrest = (date: string | null, place = P.hyesan) =>
  extraction([{ type: 'ARREST', date, places: [place], count: 7, sources: ['s1'] }], [source('s1', 'a source in Ryanggang Province')]);

test('a repost linked incrementally is its original\'s repost and joins its case, as from scratch', async () => {
  const { incremental, scratch } = await incrementalThenScratch(
    [storable('orig', { outlet: 'Daily NK', published: '2021-05-03', text: ORIGINAL_TEXT }, arrest('2021-04-28'))],
    [storable('copy', { outlet: 'Border Blog', published: '2021-05-04', text: EDITED_TEXT }, arrest(null))],
  );
  assert.equal(incremental.copy.duplicateOf, 'orig');
  assert.deepEqual(incremental.copy.cases, incremental.orig.cases);
  assert.deepEqual(incremental, scratch);
});

test('a repost of a repost linked incrementally meets the root original\'s case, as from scratch', async () => {
  const { incremental, scratch } = await incrementalThenScratch(
    [
      storable('orig', { outlet: 'Daily NK', published: '2021-05-03', text: ORIGINAL_TEXT }, arrest('2021-04-28')),
      storable('copy', { outlet: 'Border Blog', published: '2021-05-04', text: EDITED_TEXT }, arrest(null)),
    ],
    [storable('copy2', { outlet: 'Another Blog', published: '2021-05-05', text: `${EDITED_TEXT}\n\nShared from Border Blog.` }, arrest(null, P.ryanggang))],
  );
  assert.equal(incremental.copy2.duplicateOf, 'orig');
  assert.deepEqual(incremental.copy2.cases, incremental.orig.cases);
  assert.deepEqual(incremental, scratch);
});

/** Two tellings of one invented episode in different words: no shared passage, but the same rare story words. */
const TELLING_A = 'Teenagers caught watching smuggled dramas on a memory stick were paraded at a stadium rally in the city, where the organisers read out their names and the titles of the dramas. The memory stick had been passed between classmates for weeks.';
const TELLING_B = 'At a stadium rally, organisers shamed a group of teenagers found with dramas copied onto a memory stick; the stick had gone from classmate to classmate before a teacher reported it.';

test('an act linked incrementally reads the story words of the stored reports it meets, as from scratch', async () => {
  const undated = () => extraction([{ type: 'PUNISHMENT', places: [P.hyesan] }]);
  const { incremental, scratch } = await incrementalThenScratch(
    [storable('a', { outlet: 'Daily NK', text: TELLING_A, title: 'Teenagers shamed at stadium rally over dramas' }, undated())],
    [storable('b', { outlet: 'RFA', text: TELLING_B, title: 'Stadium rally shames teenagers with memory stick of dramas' }, undated())],
  );
  assert.deepEqual(scratch.b.cases, scratch.a.cases, 'from scratch, the shared story words link the two');
  assert.deepEqual(incremental, scratch);
});
