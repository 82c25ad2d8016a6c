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

test('a filtered summary follows a re-extraction of the newest report with as many events', async () => {
  const u = await openTestStore();
  try {
    const reports = fixtureReports();
    for (const r of reports) await u.store.saveReport(r.report, new Uint8Array([1]), r.extraction);
    const newest = reports[reports.length - 1]!;
    // every event proposed: a filter that matches all events yet is not "no filter"
    const types = async () => Object.fromEntries((await u.store.explore.summary({ review: ['proposed'] })).facets.type.map((v) => [v.value, v.count]));
    const before = await types();
    // the same number of events, each of another type: on SQLite they get the seqs the old ones had
    const retyped = newest.extraction.events.map((e) => ({ ...e, type: e.type === 'PROTEST' ? 'ARREST' as const : 'PROTEST' as const }));
    assert.equal((await u.store.replaceExtraction(newest.report.id, { ...newest.extraction, events: retyped })).changed, true);
    const expected = { ...before };
    for (const e of newest.extraction.events) expected[e.type] = expected[e.type]! - 1;
    for (const e of retyped) expected[e.type] = (expected[e.type] ?? 0) + 1;
    for (const k of Object.keys(expected)) if (expected[k] === 0) delete expected[k];
    assert.deepEqual(await types(), expected);
  } finally {
    await u.cleanup();
  }
});

test('a summary after reports are added (postings read on) is the summary of a store that held them from the start', async () => {
  const [u, v] = [await openTestStore(), await openTestStore()];
  try {
    const reports = fixtureReports();
    const place = reports[0]!.extraction.places[0]!.id;
    const filters = [{}, { q: 'arrested' }, { place: [place] }, { review: ['proposed' as const] }];
    await u.store.saveReport(reports[0]!.report, new Uint8Array([1]), reports[0]!.extraction);
    for (const f of filters) await u.store.explore.summary(f);
    for (const r of reports) {
      if (r !== reports[0]) await u.store.saveReport(r.report, new Uint8Array([1]), r.extraction);
      await v.store.saveReport(r.report, new Uint8Array([1]), r.extraction);
    }
    for (const f of filters) assert.deepEqual(await u.store.explore.summary(f), await v.store.explore.summary(f));
  } finally {
    await u.cleanup();
    await v.cleanup();
  }
});
