// A viewer's evidence is the stored excerpt with the report's source mentions
// masked: the same words the viewer's copy of the whole text holds there, on
// whichever adapter the tests run on, in the events API and the explore table.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { redactReport } from '../core/access.js';
import { extraction, P, source, storable } from '../link/fixtures.case.js';
import { openTestStore, type TestStore } from '../store/test-store.js';
import { createApp } from './app.js';

const TEXT = 'Guards detained two traders in Hyesan, a source in Hyesan said, and a second source in Ryanggang agreed.';
const at = (phrase: string) => ({ start: TEXT.indexOf(phrase), end: TEXT.indexOf(phrase) + phrase.length });

let t: TestStore;
const stored = (() => {
  const x = extraction([{ type: 'ARREST', date: '2021-04-28', places: [P.hyesan] }], [
    { ...source('s1', 'a source in Hyesan'), mentions: [at('a source in Hyesan')] },
    { ...source('s2', 'a second source in Ryanggang'), mentions: [at('second source in Ryanggang')] },
  ]);
  // the evidence runs into the first mention and ends inside the second
  x.events[0] = { ...x.events[0], evidence: { start: at('two traders').start, end: at('second source').end } };
  return storable('masked', { outlet: 'Daily NK', published: '2021-05-03', text: TEXT }, x);
})();

before(async () => {
  t = await openTestStore();
  await t.store.saveReport(stored.report, stored.raw, stored.extraction);
});
after(async () => { await t.cleanup(); });

const evidenceFor = async (path: string, role?: 'viewer') => {
  const res = await createApp({ store: t.store, ...(role ? { role } : {}) }).request(path);
  assert.equal(res.status, 200);
  return ((await res.json()) as { items: { evidenceText: string }[] }).items.map((i) => i.evidenceText);
};

test('a viewer reads the excerpt as it stands in the masked text, and no source words', async () => {
  const { start, end } = stored.extraction.events[0].evidence;
  const expected = redactReport(stored.report, stored.extraction, 'viewer').report.text.slice(start, end);
  assert.doesNotMatch(expected, /source/);
  assert.deepEqual(await evidenceFor('/api/events', 'viewer'), [expected]);
  // the explore table is what a viewer may see, whoever asks
  assert.deepEqual(await evidenceFor('/api/explore/events'), [expected]);
  assert.deepEqual(await evidenceFor('/api/explore/events', 'viewer'), [expected]);
  assert.deepEqual(await evidenceFor('/api/events'), [TEXT.slice(start, end)]);
});

test('the mentions come from the stored extraction, for each report asked', async () => {
  const spans = await t.store.sourceMentions(['masked', 'absent']);
  assert.deepEqual(spans.get('masked')!.sort((a, b) => a.start - b.start), [at('a source in Hyesan'), at('second source in Ryanggang')]);
  assert.deepEqual(spans.get('absent'), []);
});
