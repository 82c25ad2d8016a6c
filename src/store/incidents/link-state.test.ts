// What an incremental link run reads of the stored link state: each block key's
// latest postings with the days of the acts they name, then only the acts chosen.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openTestStore } from '../test-store.js';
import { pursuit } from '../test-fixtures.js';
import type { LinkEvent } from '../../core/link-model.js';

const reportId = pursuit.report.id;
const act = (eventId: string, lo: number | null, hi: number | null): LinkEvent => ({
  key: `${reportId}#${eventId}`, reportId, eventId, type: 'ARREST', modality: 'asserted', date: { value: null, precision: 'unknown' },
  lo, hi, basis: lo === null ? 'none' : 'date', places: [], actors: [], count: null, sources: [], evidence: { start: 0, end: 1 }, published: null,
});

test('block postings: the latest of each key with their acts\' days; acts read whole by seq, in seq order', async () => {
  const t = await openTestStore();
  try {
    const { store } = t;
    await store.saveReport(pursuit.report, pursuit.raw, pursuit.extraction);
    const meta = { id: reportId, title: 'T', outlet: null, outletKey: null, published: null, citedOutlets: [], contested: [], storyWords: ['stadium'], duplicateOf: null };
    const seqs = await store.incidents.saveLinkRun({
      reports: [{ meta, similarity: null, reason: null, fingerprint: new Uint8Array(0), keys: [] }],
      events: [act('ev1', 100, 110), act('ev2', 200, 200), act('ev3', null, null)].map((event, n) => ({
        event, incidentId: `inc-${n}`, score: null, linkedTo: null, explanation: '', episode: true, blockKeys: n === 0 ? [7, 8] : [7],
      })),
      moves: [], incidents: [], removed: [],
    });
    const seqOf = new Map(seqs);
    const [s1, s2, s3] = ['ev1', 'ev2', 'ev3'].map((id) => seqOf.get(`${reportId}#${id}`)!);

    const slice = await store.incidents.blockPostings([7, 8, 9], 10, 2);
    assert.deepEqual(slice.postings.filter(([k]) => k === 7), [[7, s2], [7, s3]], 'only the key\'s latest two');
    assert.deepEqual(slice.postings.filter(([k]) => k === 8), [[8, s1]]);
    assert.deepEqual(slice.stoppedKeys, []);
    assert.deepEqual(slice.days.get(s1), { lo: 100, hi: 110 });
    assert.deepEqual(slice.days.get(s2), { lo: 200, hi: 200 });
    assert.deepEqual(slice.days.get(s3), { lo: null, hi: null });
    assert.deepEqual((await store.incidents.blockPostings([7], 2)).stoppedKeys, [7], 'a key over the cap is stopped');

    const ev = await store.incidents.loadEventState([s3, s1], []);
    assert.deepEqual(ev.events.map((e) => [e.seq, e.event.eventId, e.incidentId]), [[s1, 'ev1', 'inc-0'], [s3, 'ev3', 'inc-2']]);
    assert.deepEqual(ev.reports.map((r) => r.storyWords), [['stadium']]);
    assert.equal((await store.incidents.loadEventState([], [reportId])).events.length, 3, 'an original brings all its acts');
  } finally {
    await t.cleanup();
  }
});
