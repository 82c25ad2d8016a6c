// Pages of one actor, place or source on whichever adapter the tests run on: the
// record's names, acts and cases beside the canon's names over time and the
// gazetteer's hierarchy; a source's descriptor never reaches a viewer.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { P } from '../../link/fixtures.case.js';
import { openTestStore, type TestStore } from '../../store/test-store.js';
import { requester, seedArrests } from '../fixtures.case.js';

let t: TestStore;
before(async () => {
  t = await openTestStore();
  await seedArrests(t.store, [
    { id: 'orig', outlet: 'Daily NK', published: '2021-05-03', text: 'Seven traders were arrested in Hyesan last week, a source in Ryanggang Province said.', descriptor: 'a source in Ryanggang Province', date: '2021-04-28', place: P.hyesan },
    { id: 'rfa', outlet: 'RFA', published: '2021-05-03', text: 'Seven traders were held in Hyesan, a resident told RFA.', descriptor: 'a resident of Hyesan', date: '2021-04-28', place: P.hyesan },
    { id: 'lone', outlet: 'Tumen Monitor', published: '2021-05-03', text: 'Two smugglers were caught in Samjiyon, a source said.', descriptor: 'a trader in Samjiyon', date: '2021-04-28', place: P.samjiyon },
  ]);
});
after(async () => { await t.cleanup(); });

const get = (path: string, role?: 'viewer') => requester(t.store)(path, role);

test('a place page: its acts and cases, the places inside it with their events, the places around it', async () => {
  const province = await get(`/api/places/${P.ryanggang.id}`);
  assert.equal(province.status, 200, province.text);
  assert.equal(province.body.acts.total, 3, 'the events of Hyesan and Samjiyon count for their province');
  assert.deepEqual(province.body.acts.byType, [{ type: 'ARREST', count: 3 }]);
  assert.ok(province.body.cases.length >= 1 && province.body.cases.some((c: any) => c.corroboration === 2), JSON.stringify(province.body.cases));
  const inside = Object.fromEntries(province.body.inside.map((p: any) => [p.id, p.events]));
  assert.equal(inside[P.hyesan.id], 2);
  assert.equal(inside[P.samjiyon.id], 1);
  const city = await get(`/api/places/${P.hyesan.id}`);
  assert.equal(city.body.acts.total, 2);
  assert.deepEqual(city.body.within.map((p: any) => p.id), [P.ryanggang.id], 'the containing province, from the record when the gazetteer lacks the id');
  assert.deepEqual(city.body.recordNames.map((n: any) => [n.name, n.reports]), [['Hyesan', 2]]);
});

test('a gazetteer place names its other spellings, its country chain and the places inside it', async () => {
  const g = await get('/api/places/KP.ryanggang');
  assert.equal(g.status, 200, g.text);
  assert.equal(g.body.inGazetteer, true);
  assert.ok(g.body.canonNames.some((n: any) => n.name === '양강도'));
  assert.deepEqual(g.body.within.map((p: any) => p.id), ['KP']);
  assert.ok(g.body.inside.some((p: any) => p.name === 'Hyesan'), 'Hyesan is inside Ryanggang');
});

test('an actor page: acts by type and role, and the canon names with the years each was used', async () => {
  const police = await get('/api/actors/kp-mss-social');
  assert.equal(police.status, 200, police.text);
  assert.ok(police.body.acts.total >= 1);
  assert.ok(police.body.acts.byRole.some((r: any) => r.role === 'agent'));
  assert.ok(police.body.recordNames.some((n: any) => n.name === 'Ministry of Social Security'));
  // the canon knows the secret police's renamings, though no report here names it
  const mss = await get('/api/actors/kp.mss');
  assert.equal(mss.status, 200, mss.text);
  assert.equal(mss.body.acts.total, 0);
  const renamed = mss.body.canonNames.find((n: any) => n.name === '국가안전보위부');
  assert.deepEqual([renamed.from, renamed.to], [1993, 2016]);
  assert.equal((await get('/api/actors/org:nobody%20at%20all')).status, 404);
  assert.equal((await get('/api/places/KP.nowhere')).status, 404);
});

test('a source page lists the acts it is given for; its descriptor reaches analysts, never a viewer', async () => {
  const admin = await get('/api/sources/orig/s1');
  assert.equal(admin.status, 200, admin.text);
  assert.equal(admin.body.descriptor, 'a source in Ryanggang Province');
  assert.deepEqual(admin.body.events.map((e: any) => e.type), ['ARREST']);
  assert.equal(admin.body.report.outlet, 'Daily NK');
  const viewer = await get('/api/sources/orig/s1', 'viewer');
  assert.equal(viewer.status, 200);
  assert.equal(viewer.body.descriptor, undefined);
  assert.ok(!viewer.text.includes('a source in Ryanggang Province'), 'no descriptor anywhere in the answer');
  assert.equal((await get('/api/sources/orig/s9')).status, 404);
});

test('the entity routes are in the OpenAPI document', async () => {
  const doc = (await get('/api/openapi.json')).body;
  for (const path of ['/actors/{id}', '/places/{id}', '/sources/{report}/{id}']) assert.ok(doc.paths[path]?.get, path);
});
