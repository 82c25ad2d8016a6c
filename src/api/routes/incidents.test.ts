import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { OUTLETS, ORIGINAL_TEXT, EDITED_TEXT, extraction, P, source, storable } from '../../link/fixtures.case.js';
import { StoreLinker } from '../../link/store-linker.js';
import { openTestStore, type TestStore } from '../../store/test-store.js';
import { createApp } from '../app.js';
import { call, localClient } from '../test-client.case.js';

let t: TestStore;
before(async () => {
  t = await openTestStore();
  const x = (descriptor: string, date: string, place = P.hyesan) => extraction([{ type: 'ARREST', date, places: [place], count: 7, sources: ['s1'] }], [source('s1', descriptor)]);
  for (const r of [
    storable('orig', { outlet: 'Daily NK', published: '2021-05-03', text: ORIGINAL_TEXT }, x('a source in Ryanggang Province', '2021-04-28')),
    storable('copy', { outlet: 'Border Blog', published: '2021-05-04', text: EDITED_TEXT }, x('a source in Ryanggang Province', '2021-04-28')),
    storable('rfa', { outlet: 'RFA', published: '2021-05-06', text: 'Seven traders were held in Hyesan, a resident told RFA.' }, x('a resident of Hyesan', '2021-04-28', P.ryanggang)),
    storable('lone', { outlet: 'Tumen Monitor', published: '2021-02-01', text: 'Two smugglers were caught near Hoeryong, a source said.' }, x('a source in Hoeryong', '2021-01-20', P.hoeryong)),
  ]) await t.store.saveReport(r.report, r.raw, r.extraction);
  await new StoreLinker(t.store.incidents, OUTLETS).linkPending();
});
after(async () => { await t.cleanup(); });

const get = async (path: string, role?: 'viewer') => {
  const res = await createApp({ store: t.store, ...(role ? { role } : {}) }).request(path);
  return { status: res.status, body: (await res.json()) as any };
};

test('the list sorts by corroboration or date and validates its parameters', async () => {
  const byCorroboration = await get('/api/incidents?sort=corroboration');
  assert.equal(byCorroboration.status, 200);
  assert.equal(byCorroboration.body.total, 2);
  assert.equal(byCorroboration.body.items[0].corroboration, 2);
  assert.equal((await get('/api/incidents?sort=date&order=asc')).body.items[0].placeName, 'Hoeryong');
  assert.equal((await get('/api/incidents?minReports=2')).body.total, 1);
  const bad = await get('/api/incidents?sort=loudness');
  assert.equal(bad.status, 400);
  assert.match(bad.body.error?.where ?? JSON.stringify(bad.body), /sort/);
});

test('an incident page has events, reports, witnesses, reposts and a timeline; viewers get no descriptors', async () => {
  const id = (await get('/api/incidents?minReports=2')).body.items[0].id;
  const { body } = await get(`/api/incidents/${id}`);
  assert.deepEqual(body.reportList.map((r: any) => r.id), ['orig', 'copy', 'rfa']);
  assert.deepEqual(body.timeline.map((x: any) => [x.date, x.repost]), [['2021-05-03', false], ['2021-05-04', true], ['2021-05-06', false]]);
  assert.deepEqual(body.sources.outlets.sort(), ['Daily NK', 'Radio Free Asia']);
  assert.equal(body.sources.witnesses[0].refs[0].descriptor, 'a source in Ryanggang Province');
  const viewer = await get(`/api/incidents/${id}`, 'viewer');
  assert.ok(!JSON.stringify(viewer.body).includes('Ryanggang Province'));
  assert.equal((await get('/api/incidents/inc-0000000000000000')).status, 404);
});

test('an outlet the canon does not know is named as its report spells it', async () => {
  const id = (await get('/api/reports/lone/links')).body.incidents[0].id;
  assert.deepEqual((await get(`/api/incidents/${id}`)).body.sources.outlets, ['Tumen Monitor']);
});

test('a report links to its incidents and copies', async () => {
  const { body } = await get('/api/reports/orig/links');
  assert.deepEqual(body.duplicates.map((d: any) => d.id), ['copy']);
  assert.equal(body.incidents.length, 1);
  assert.equal((await get('/api/reports/copy/links')).body.duplicateOf.id, 'orig');
});

test('analysts split incidents; viewers may not', async () => {
  const app = createApp({ store: t.store });
  const id = (await get('/api/incidents?minReports=2')).body.items[0].id;
  const post = async (a: typeof app, path: string, body: unknown) => call(a, await localClient(a), 'POST', path, body);
  assert.equal((await post(createApp({ store: t.store, role: 'viewer' }), `/api/incidents/${id}/split`, { events: ['rfa#e1'] })).status, 403);
  const res = await post(app, `/api/incidents/${id}/split`, { events: ['rfa#e1'] });
  assert.equal(res.status, 200);
  const { created } = (await res.json()) as { created: string };
  assert.deepEqual((await get('/api/reports/rfa/links')).body.incidents.map((i: any) => i.id), [created]);
  assert.equal((await post(app, `/api/incidents/${id}/split`, { events: ['nope#e1'] })).status, 400);
});

test('analysts merge incidents through the API, and relinking from scratch keeps the merge', async () => {
  const post = async (role: 'analyst' | 'viewer', body: unknown) => {
    const app = createApp({ store: t.store, role });
    return call(app, await localClient(app), 'POST', '/api/incidents/merge', body);
  };
  const incidentsOf = async (id: string) => (await get(`/api/reports/${id}/links`)).body.incidents.map((i: any) => i.id);
  const [orig] = await incidentsOf('orig');
  const [lone] = await incidentsOf('lone');
  assert.notEqual(orig, lone);
  assert.equal((await post('viewer', { incidents: [orig, lone] })).status, 403);
  assert.equal((await post('analyst', { incidents: [orig] })).status, 400);
  const res = await post('analyst', { incidents: [orig, lone] });
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { id: orig });
  assert.deepEqual(await incidentsOf('lone'), [orig]);
  assert.equal((await get(`/api/incidents/${lone}`)).status, 404);

  // relink from scratch: only the recorded decision can bring these two together again
  await t.store.incidents.clearLinks();
  await new StoreLinker(t.store.incidents, OUTLETS, { wholeState: true }).linkPending();
  assert.deepEqual(await incidentsOf('lone'), await incidentsOf('orig'));
});

test('analysts move an act into another case, and relinking from scratch keeps it there', async () => {
  const app = createApp({ store: t.store });
  const post = async (a: typeof app, path: string, body: unknown) => call(a, await localClient(a), 'POST', path, body);
  const casesOf = async (id: string) => (await get(`/api/reports/${id}/links`)).body.incidents.map((i: any) => i.id) as string[];
  const [from] = await casesOf('rfa');
  const [to] = await casesOf('orig');
  assert.notEqual(from, to);
  assert.equal((await post(createApp({ store: t.store, role: 'viewer' }), `/api/incidents/${from}/move`, { events: ['rfa#e1'], to })).status, 403);
  assert.equal((await post(app, `/api/incidents/${from}/move`, { events: ['nope#e1'], to })).status, 400);
  assert.equal((await post(app, `/api/incidents/${from}/move`, { events: ['rfa#e1'], to })).status, 200);
  assert.deepEqual(await casesOf('rfa'), [to]);
  await t.store.incidents.clearLinks();
  await new StoreLinker(t.store.incidents, OUTLETS, { wholeState: true }).linkPending();
  assert.deepEqual(await casesOf('rfa'), await casesOf('orig'), 'the moved act stays with the target case after a rebuild');
});
