// The explore API on whichever adapter the tests run on: one filter narrows
// every part of the summary alike, exports stream the same events, the OpenAPI
// description covers the routes, and parameters are refused by name.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { P } from '../../link/fixtures.case.js';
import { CORROBORATED_ARREST, requester, seedArrests } from '../fixtures.case.js';
import { openTestStore, type TestStore } from '../../store/test-store.js';
import type { Explore } from '../../store/explore/port.js';

let t: TestStore;
before(async () => {
  t = await openTestStore();
  // two outlets on one arrest in Hyesan (corroborated), one lone report near Hoeryong
  await seedArrests(t.store, [
    ...CORROBORATED_ARREST,
    { id: 'lone', outlet: 'Tumen Monitor', published: '2021-02-01', text: 'Two smugglers were caught near Hoeryong, a source said.', descriptor: 'a source in Hoeryong', date: '2021-01-20', place: P.hoeryong },
  ]);
});
after(async () => { await t.cleanup(); });

const get = (path: string, role?: 'viewer') => requester(t.store)(path, role);

test('one filter narrows the table, facets, map, timeline and network alike', async () => {
  const all = (await get('/api/explore')).body as Explore;
  const arrests = (await get('/api/explore?type=ARREST')).body as Explore;
  assert.ok(arrests.total > 0 && arrests.total < all.total);
  assert.equal((await get('/api/explore/events?type=ARREST&limit=500')).body.total, arrests.total);
  assert.ok((await get('/api/explore/events?type=ARREST&limit=500')).body.items.every((e: any) => e.type === 'ARREST'));
  assert.ok(arrests.timeline.events.every((e) => e.type === 'ARREST'));
  assert.ok(Object.values(arrests.map.places).every((p) => Object.keys(p.byType).every((k) => k === 'ARREST')));
  // the type facet counts without its own filter, so other types stay choosable
  assert.deepEqual(arrests.facets.type, all.facets.type);
  // one name for one thing: a type reads as the value that filters by it (ARREST), as in the CLI and exports
  assert.ok(all.facets.type.every((t) => t.label === t.value), JSON.stringify(all.facets.type));
  assert.ok(arrests.facets.actor.reduce((s, a) => s + a.count, 0) <= all.facets.actor.reduce((s, a) => s + a.count, 0));
  // a list is OR-ed; a province finds the events of the cities inside it
  const two = (await get('/api/explore?type=ARREST,PURSUIT')).body as Explore;
  assert.ok(two.total > arrests.total);
  const province = (await get('/api/explore?place=kp-ryanggang')).body as Explore;
  assert.ok(province.total >= 1 && province.map.places.some((p) => p.name === 'Hyesan'));
});

test('the timeline counts every dated event once, in buckets the span allows', async () => {
  const all = (await get('/api/explore')).body as Explore;
  // the seeded dates lie within months of each other: a bucket per month, each no finer than its date
  assert.equal(all.timeline.unit, 'month');
  assert.equal(all.timeline.events.reduce((s, e) => s + e.count, 0) + all.timeline.undated, all.total);
  assert.ok(all.timeline.events.every((e) => e.date.length <= Math.min(7, { day: 10, month: 7, year: 4 }[e.precision])), JSON.stringify(all.timeline.events));
  // one arrest's reports: a bucket per day
  const lone = (await get('/api/explore?q=Hoeryong')).body as Explore;
  assert.equal(lone.timeline.unit, 'day');
  assert.deepEqual(lone.timeline.events.map((e) => e.date), ['2021-01-20']);
});

test('corroboration, source kinds and review states filter', async () => {
  const two = (await get('/api/explore?corroboration=2')).body as Explore;
  const all = (await get('/api/explore')).body as Explore;
  assert.ok(two.total >= 2 && two.total < all.total, `corroborated: ${two.total} of ${all.total}`);
  assert.ok(two.timeline.cases.every((c) => c.corroboration >= 2));
  assert.equal(all.facets.corroboration.reduce((s, c) => s + c.count, 0), all.total, 'every event has one level');
  assert.equal((await get('/api/explore?sourceKind=anonymous_insider')).body.total, all.facets.sourceKind.find((k: any) => k.value === 'anonymous_insider')!.count);
  assert.equal((await get('/api/explore?review=proposed')).body.total, all.total);
  assert.equal((await get('/api/explore?review=accepted')).body.total, 0);
});

test('names in any spelling and the network of who acts on whom', async () => {
  assert.equal((await get('/api/explore?q=Yanggang')).body.total, (await get('/api/explore?q=Ryanggang')).body.total);
  const yanggang = (await get('/api/reports?q=Yanggang')).body.items.map((r: any) => r.id).sort();
  assert.deepEqual(yanggang, (await get('/api/reports?q=Ryanggang')).body.items.map((r: any) => r.id).sort());
  assert.ok(yanggang.length > 0);
  const { network } = (await get('/api/explore')).body as Explore;
  const actsOn = network.edges.filter((e) => e.kind === 'acts_on');
  assert.ok(actsOn.some((e) => e.source === 'actor:kp-mss-social' && e.target === 'actor:role:a family of four'));
  assert.ok(network.nodes.some((n) => n.kind === 'case') && network.edges.some((e) => e.kind === 'in_case'));
});

test('exports of the query are public: viewer or analyst, no descriptor leaves', async () => {
  for (const role of ['viewer', undefined] as const) {
    const res = await get('/api/explore/export?format=jsonl&type=ARREST', role);
    assert.equal(res.status, 200);
    const lines = res.text.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, (await get('/api/explore?type=ARREST')).body.total);
    assert.doesNotMatch(res.text, /resident source in Ryanggang|a source in Hoeryong|"descriptor"/);
  }
  assert.match((await get('/api/explore/export?format=geojson')).text, /^\{"type":"FeatureCollection","features":\[/);
  assert.equal((await get('/api/explore/export?format=pdf')).status, 400);
});

test('parameters are refused by name; the OpenAPI description covers every route', async () => {
  const bad = await get('/api/explore?type=PICNIC');
  assert.equal(bad.status, 400);
  assert.match(bad.body.error.where, /^query\.type/);
  assert.equal((await get('/api/explore?from=2025&to=2024')).body.error.where, 'query.from');
  assert.equal((await get('/api/explore?colour=red')).body.error.where, 'query.colour');
  const doc = (await get('/api/openapi.json')).body;
  assert.equal(doc.openapi, '3.1.0');
  for (const path of ['/explore', '/explore/events', '/explore/export', '/reports', '/events', '/incidents']) assert.ok(doc.paths[path], `described: ${path}`);
  const typeParam = doc.paths['/explore'].get.parameters.find((p: any) => p.name === 'type');
  assert.ok(typeParam.schema.items.enum.includes('ARREST'), 'generated from the zod schema the route validates with');
  const docs = await get('/api/docs');
  assert.match(docs.text, /GET \/api\/explore/);
});

test('a place counted only because it contains a named one takes its name from the gazetteer', async () => {
  const own = await openTestStore();
  try {
    // Yanji named with the prefecture and province it lies in; no report names either of them
    const yanji = { ...P.shenyang, id: 'gn:2033467', name: 'Yanji', parent: 'CN.yanbian', ancestors: ['CN.yanbian', 'CN.jilin', 'CN'], country: 'CN' };
    await seedArrests(own.store, [{ id: 'yanji', outlet: 'Tumen Monitor', published: '2021-02-01', text: 'Police in Yanji caught two women, a source said.', descriptor: 'a source in Yanji', date: '2021-01-20', place: yanji }]);
    const facet = ((await requester(own.store)('/api/explore')).body as Explore).facets.place;
    assert.equal(facet.find((p) => p.value === 'CN.yanbian')?.label, 'Yanbian', JSON.stringify(facet));
    assert.equal(facet.find((p) => p.value === 'CN.jilin')?.label, 'Jilin');
  } finally {
    await own.cleanup();
  }
});
