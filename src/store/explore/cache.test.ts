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
