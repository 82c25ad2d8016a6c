// An event's actors, pairs, places and sources' kinds are kept beside it by
// triggers (migration 0011). What the summary counts from them must equal what the
// link tables themselves say (read through the export rows, which join those
// tables), after every write: new reports, a re-extraction that removes and adds
// participants and places, a review decision, on whichever adapter the tests run on.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { ExploreFilter } from '../../core/query.js';
import type { Store } from '../port.js';
import { SAMPLES, family, korean, pursuit } from '../test-fixtures.js';
import { openTestStore, type TestStore } from '../test-store.js';

let t: TestStore;
before(async () => {
  t = await openTestStore();
  await t.store.saveReports(SAMPLES.map((s) => ({ report: s.report, raw: s.raw, extraction: s.extraction })));
});
after(async () => { await t.cleanup(); });

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
const sorted = (m: Map<string, number>) => Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)));

/** counts per actor key, place, source kind and agent > target pair, from the link tables */
async function fromLinks(store: Store, placeIds: string[], filter: ExploreFilter = {}) {
  const actors = new Map<string, number>(), places = new Map<string, number>(), kinds = new Map<string, number>(), pairs = new Map<string, number>();
  for (const row of await store.explore.exportBatch(filter, 0, 1000)) {
    const key = new Map(row.actorRecords.map((a) => [a.id, a.key]));
    for (const k of new Set(row.actorRecords.map((a) => a.key))) bump(actors, k);
    const sources = (await store.getReport(row.reportId))!.extraction.sources;
    for (const kind of new Set(row.sources.map((id) => sources.find((s) => s.id === id)!.kind))) bump(kinds, kind);
    const agents = new Set(row.participants.filter((p) => p.role === 'agent').map((p) => key.get(p.actorId)!));
    const targets = new Set(row.participants.filter((p) => p.role === 'target').map((p) => key.get(p.actorId)!));
    for (const a of agents) for (const b of targets) if (a !== b) bump(pairs, `${a} > ${b}`);
  }
  // event_places as they are (with the places containing an event's own, which the export rows leave out)
  for (const [id, count] of await store.explore.eventsAt(placeIds)) if (count > 0) places.set(id, count);
  return { actors: sorted(actors), places: sorted(places), kinds: sorted(kinds), pairs: sorted(pairs) };
}

/** the same counts as the summary gives them (a few values: every one is in the facets and the network) */
async function fromSummary(store: Store, filter: ExploreFilter = {}) {
  const s = await store.explore.summary(filter);
  const of = (values: { value: string; count: number }[]) => sorted(new Map(values.map((v) => [v.value, v.count])));
  const pairs = s.network.edges.filter((e) => e.kind === 'acts_on').map((e) => ({ value: `${e.source.slice(6)} > ${e.target.slice(6)}`, count: e.count }));
  return { actors: of(s.facets.actor), places: of(s.facets.place), kinds: of(s.facets.sourceKind), pairs: of(pairs) };
}

const PLACES = ['kp', 'kp-ryanggang', 'kp-hyesan', 'kp-north-pyongan', 'kp-sinuiju', 'cn', 'cn-liaoning', 'cn-shenyang', 'cn-jilin', 'cn-yanji'];
const links = () => fromLinks(t.store, PLACES);
const inStep = async (when: string) => assert.deepEqual(await fromSummary(t.store), await links(), when);

test('every event, most, many and a few of them are counted alike', async () => {
  // the summary counts every event from indexes; most as every event less the rest; many by a
  // lookup per row; a few by reading theirs
  const total = (await t.store.explore.summary({})).total;
  const bands = { few: [0, 0.25], many: [0.25, 0.75], most: [0.75, 1] } as const;
  const filters = { few: { report: [korean.report.id] }, many: { report: [family.report.id] }, most: { report: [family.report.id, pursuit.report.id] } };
  for (const [band, filter] of Object.entries(filters) as [keyof typeof bands, ExploreFilter][]) {
    const share = (await t.store.explore.summary(filter)).total / total;
    assert.ok(share > bands[band][0] && share < bands[band][1], `${band}: ${share}`);
    const { places: _, ...summary } = await fromSummary(t.store, filter);
    const { places: __, ...links } = await fromLinks(t.store, [], filter);
    assert.deepEqual(summary, links, band);
  }
});

test('the kept rows follow new reports, a re-extraction and a review', async () => {
  await inStep('after saving');
  const before = await links();
  assert.ok(Object.keys(before.pairs).length > 0 && Object.keys(before.kinds).length > 0);

  // the police no longer arrest; the cadre's defection gains a target and the smuggling loses China
  const events = family.extraction.events.map((e) => {
    if (e.id === 'e1') return { ...e, participants: [{ actorId: 'a5', role: 'agent' as const }, { actorId: 'a3', role: 'target' as const }] };
    if (e.id === 'e3') return { ...e, participants: [...e.participants, { actorId: 'a4', role: 'target' as const }] };
    if (e.id === 'e4') return { ...e, places: e.places.filter((p) => p.id !== 'cn') };
    return e;
  });
  assert.equal((await t.store.replaceExtraction(family.report.id, { ...family.extraction, events })).changed, true);
  await inStep('after a re-extraction');
  const after = await links();
  assert.notDeepEqual(after.pairs, before.pairs, 'the re-extraction changed who acts on whom');
  assert.ok(after.places.cn < before.places.cn);

  await t.store.review.addDecision({ reportId: family.report.id, item: 'event:e1', action: 'reject', value: null, basis: null, author: 'ana' });
  await inStep('after a review decision');

  // a second report with the same extraction: every count doubles
  const copy = { ...family.report, id: `${family.report.id.slice(0, 30)}-2` };
  await t.store.saveReports([{ report: copy, raw: family.raw, extraction: { ...family.extraction, events } }]);
  await inStep('after another report');
});
