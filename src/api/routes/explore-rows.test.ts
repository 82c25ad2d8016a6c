// Each event's review state and case are kept beside it (migration 0009) rather
// than found per request: they must follow every write that changes them, on
// whichever adapter the tests run on: a review, a note (no change), a link rebuild,
// a case that goes away, and a re-extraction (decisions stay with the event).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { OUTLETS } from '../../link/fixtures.case.js';
import { StoreLinker } from '../../link/store-linker.js';
import { CORROBORATED_ARREST, seedArrests } from '../fixtures.case.js';
import { openTestStore, type TestStore } from '../../store/test-store.js';

let t: TestStore;
before(async () => {
  t = await openTestStore();
  await seedArrests(t.store, CORROBORATED_ARREST);
});
after(async () => { await t.cleanup(); });

const facet = async (name: 'review' | 'corroboration') =>
  Object.fromEntries((await t.store.explore.summary({})).facets[name].map((v) => [v.value, v.count]));
const decide = (action: 'accept' | 'reject' | 'note') =>
  t.store.review.addDecision({ reportId: 'orig', item: 'event:e1', action, value: action === 'note' ? { body: 'checked' } : null, basis: null, author: 'ana' });

test('a review decision sets the event\'s state; a note leaves it', async () => {
  const total = (await t.store.explore.summary({})).total;
  assert.deepEqual(await facet('review'), { proposed: total });
  await decide('accept');
  assert.deepEqual(await facet('review'), { proposed: total - 1, accepted: 1 });
  await decide('note');
  assert.equal((await t.store.explore.summary({ review: ['accepted'] })).total, 1);
  await decide('reject');
  assert.deepEqual(await facet('review'), { proposed: total - 1, rejected: 1 });
  const [row] = (await t.store.explore.events({ review: ['rejected'] }, {})).items;
  assert.equal(row.reportId, 'orig');
  // accepted again, so linking (which leaves rejected acts out) keeps it in its case below
  await decide('accept');
  assert.deepEqual(await facet('review'), { proposed: total - 1, accepted: 1 });
});

test('cases follow the links: cleared, rebuilt, and kept through a re-extraction', async () => {
  const linked = await facet('corroboration');
  assert.equal(linked['2'], 2, `both outlets' arrests are one case of two sources: ${JSON.stringify(linked)}`);
  const caseOf = async () => (await t.store.explore.exportBatch({ report: ['orig'] }, 0, 10))[0];
  const before = await caseOf();
  assert.equal(before.corroboration, 2);

  await t.store.incidents.clearLinks();
  assert.equal((await t.store.explore.summary({ corroboration: 2 })).total, 0);
  assert.equal((await caseOf()).caseId, null);
  await new StoreLinker(t.store.incidents, OUTLETS).linkPending();
  assert.deepEqual(await facet('corroboration'), linked);

  // a new extraction of the report: its event is written again, with its decision and case
  const stored = (await t.store.getReport('orig'))!;
  const changed = { ...stored.extraction, events: stored.extraction.events.map((e) => ({ ...e, count: 8 })) };
  assert.equal((await t.store.replaceExtraction('orig', changed)).changed, true);
  assert.equal((await t.store.explore.summary({ review: ['accepted'] })).total, 1);
  assert.equal((await caseOf()).corroboration, 2, 'the link still names the event');
});

test('a case an incremental run grows counts its new corroboration on every event, as a rebuild does', async () => {
  const s = await openTestStore();
  try {
    const [first, second] = CORROBORATED_ARREST;
    await seedArrests(s.store, [first]);
    const counts = async () => Object.fromEntries((await s.store.explore.summary({})).facets.corroboration.map((v) => [v.value, v.count]));
    const alone = await counts();
    assert.equal(alone['2'], undefined, JSON.stringify(alone));
    // the second outlet's report joins the case: the first report's event, stored before, counts two too
    await seedArrests(s.store, [second]);
    const grown = await counts();
    assert.equal(grown['2'], 2, JSON.stringify(grown));
    // a run that leaves the count as it was changes nothing either
    await new StoreLinker(s.store.incidents, OUTLETS).linkPending();
    assert.deepEqual(await counts(), grown);
    await s.store.incidents.clearLinks();
    await new StoreLinker(s.store.incidents, OUTLETS).linkPending();
    assert.deepEqual(await counts(), grown, 'as linked from scratch');
  } finally {
    await s.cleanup();
  }
});
