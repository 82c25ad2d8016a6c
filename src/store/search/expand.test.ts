// Query expansion and Korean prefixes, on whichever adapter the tests run on.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fixtureReports } from '../../api/fixtures.case.js';
import type { Report } from '../../core/model.js';
import { openTestStore, type TestStore } from '../test-store.js';
import { parseSearch } from './expression.js';

let t: TestStore;
const KO_TEXT = '혜산에서 보안원들이 밀수꾼 세 명을 체포했다고 소식통이 전했다.';

before(async () => {
  t = await openTestStore();
  for (const { report, extraction } of fixtureReports()) await t.store.saveReport(report, new Uint8Array([1]), extraction);
  const [hyesan] = fixtureReports();
  const place = hyesan.extraction.places.find((p) => p.name === 'Hyesan')!;
  const ko: Report = { ...hyesan.report, id: 'ko-report', title: '혜산 소식', text: KO_TEXT, language: 'ko' };
  await t.store.saveReport(ko, new Uint8Array([2]), {
    extractor: 'test', events: [], actors: [], sources: [], claims: [],
    places: [{ ...place, alternateNames: ['혜산', 'Hyesan-si'], mentions: [{ start: 0, end: 2 }] }],
  });
  // a report that spells the province only one way
  await t.store.saveReport({ ...hyesan.report, id: 'yanggang-only', title: 'Yanggang notes', text: 'Cadres in Yanggang were replaced.' }, new Uint8Array([3]),
    { extractor: 'test', events: [], actors: [], sources: [], claims: [], places: [] });
});
after(async () => { await t.cleanup(); });

const ids = async (q: string) => (await t.store.searchReports(q, { limit: 100 })).items.map((h) => h.id).sort();

test('any stored spelling of a place finds the reports that use another', async () => {
  const yanggang = await ids('Yanggang');
  assert.deepEqual(yanggang, await ids('Ryanggang'));
  assert.ok(yanggang.includes('yanggang-only') && yanggang.length >= 2, `Yanggang found ${yanggang}`);
});

test('an actor abbreviation or Hangul name finds its English name', async () => {
  const shenyang = fixtureReports()[1].report.id;
  assert.ok((await ids('국가보위성')).includes(shenyang));
  assert.deepEqual(await ids('"State Security"'), await ids('State Security'));
});

test('a Hangul word finds the word with a particle attached', async () => {
  assert.deepEqual(await ids('밀수'), ['ko-report']);
  assert.deepEqual(await ids('체포'), ['ko-report']);
  // a place's Hangul and English names find each other's reports through the gazetteer's names
  assert.deepEqual(await ids('혜산'), await ids('Hyesan'));
  assert.ok((await ids('Hyesan')).includes('ko-report'));
});

test('events are searched with the same expansion', async () => {
  const byOld = await t.store.listEvents({ q: 'Yanggang' });
  const byNew = await t.store.listEvents({ q: 'Ryanggang' });
  assert.equal(byOld.total, byNew.total);
  assert.ok(byOld.total > 0);
});

test('the expression keeps quoted phrases whole and drops groups of exclusions only', () => {
  assert.deepEqual(parseSearch('"a b" -c or -d').map((g) => g.map((t) => [t.alternatives[0].text, t.negated, t.quoted])), [[['a b', false, true], ['c', true, false]]]);
  assert.equal(parseSearch('혜산')[0][0].alternatives[0].prefix, true);
  assert.equal(parseSearch('Hyesan')[0][0].alternatives[0].prefix, false);
});
