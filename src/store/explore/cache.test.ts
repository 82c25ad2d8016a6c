// The explore answers kept per store generation are never stale: a saved report
// or a review decision (from any connection) changes the next answer.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fixtureReports } from '../../api/fixtures.case.js';
import { openTestStore, type TestStore } from '../test-store.js';

let t: TestStore;
before(async () => { t = await openTestStore(); });
after(async () => { await t.cleanup(); });

test('a cached summary and table page follow every write', async () => {
  const [first, second] = fixtureReports();
  await t.store.saveReport(first.report, new Uint8Array([1]), first.extraction);
  const before = await t.store.explore.summary({});
  assert.equal((await t.store.explore.summary({})).total, before.total);
  await t.store.saveReport(second.report, new Uint8Array([1]), second.extraction);
  const grown = await t.store.explore.summary({});
  assert.equal(grown.total, before.total + second.extraction.events.length);
  assert.equal((await t.store.explore.events({}, { limit: 100 })).total, grown.total);

  const event = first.extraction.events[0];
  assert.equal((await t.store.explore.summary({ review: ['rejected'] })).total, 0);
  await t.store.review.addDecision({ reportId: first.report.id, item: `event:${event.id}`, action: 'reject', value: null, basis: null, author: 'test' });
  assert.equal((await t.store.explore.summary({ review: ['rejected'] })).total, 1);
});

test('counts kept while the reports stay the same follow a saved report; a review still changes its own counts', async () => {
  const u = await openTestStore();
  try {
    const [first, second] = fixtureReports();
    const facet = async (name: 'type' | 'review') => Object.fromEntries((await u.store.explore.summary({})).facets[name].map((v) => [v.value, v.count]));
    await u.store.saveReport(first.report, new Uint8Array([1]), first.extraction);
    const types = await facet('type');
    await u.store.saveReport(second.report, new Uint8Array([1]), second.extraction);
    const grown = await facet('type');
    const event = second.extraction.events[0]!;
    assert.equal(grown[event.type], (types[event.type] ?? 0) + second.extraction.events.filter((e) => e.type === event.type).length);
    assert.equal((await facet('review'))['rejected'], undefined);
    await u.store.review.addDecision({ reportId: second.report.id, item: `event:${event.id}`, action: 'reject', value: null, basis: null, author: 'test' });
    assert.equal((await facet('review'))['rejected'], 1);
    assert.deepEqual(await facet('type'), grown);
  } finally {
    await u.cleanup();
  }
});
