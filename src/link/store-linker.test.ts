import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Store } from '../store/port.js';
import { openTestStore, type TestStore } from '../store/test-store.js';
import { mergeIncidents, splitIncident } from './decide.js';
import { EDITED_TEXT, extraction, ORIGINAL_TEXT, OUTLETS, P, source, storable, UNRELATED_TEXT } from './fixtures.case.js';
import { StoreLinker } from './store-linker.js';

let t: TestStore;
let store: Store;
before(async () => { t = await openTestStore(); store = t.store; });
after(async () => { await t.cleanup(); });

const arrest = (date: string, place = P.hyesan, descriptor = 'a source in Ryanggang Province') =>
  extraction([{ type: 'ARREST', date, places: [place], count: 7, sources: ['s1'] }], [source('s1', descriptor)]);
const save = async (...items: ReturnType<typeof storable>[]) => { for (const i of items) await store.saveReport(i.report, i.raw, i.extraction); };
const incidentsOf = async (id: string) => (await store.incidents.reportLinks(id))!.incidents.map((i) => i.id);

test('incremental runs: a repost and a second outlet join the stored incident; pages show corroboration', async () => {
  await save(storable('orig', { outlet: 'Daily NK', published: '2021-05-03', text: ORIGINAL_TEXT }, arrest('2021-04-28')));
  assert.equal((await new StoreLinker(store.incidents, OUTLETS).linkPending()).reports, 1);

  await save(
    storable('copy', { outlet: 'Border Blog', published: '2021-05-04', text: EDITED_TEXT }, arrest('2021-04-28')),
    storable('rfa', { outlet: 'RFA', published: '2021-05-06', text: 'Seven traders were held at a market in Hyesan on April 28, a resident told RFA.' }, arrest('2021-04-28', P.ryanggang, 'a resident of Hyesan')),
    storable('other', { outlet: 'RFA', published: '2021-05-06', text: UNRELATED_TEXT }, arrest('2021-04-20', P.hoeryong)),
  );
  const totals = await new StoreLinker(store.incidents, OUTLETS).linkPending();
  assert.deepEqual(totals, { reports: 3, duplicates: 1, events: 3, linked: 2 });

  const [incident] = await incidentsOf('orig');
  assert.deepEqual(await incidentsOf('copy'), [incident]);
  assert.deepEqual(await incidentsOf('rfa'), [incident]);
  assert.notDeepEqual(await incidentsOf('other'), [incident]);

  const links = (await store.incidents.reportLinks('copy'))!;
  assert.equal(links.duplicateOf?.id, 'orig');
  assert.deepEqual((await store.incidents.reportLinks('orig'))!.duplicates.map((d) => d.id), ['copy']);

  const page = (await store.incidents.getIncident(incident))!;
  assert.equal(page.reports, 2);
  assert.equal(page.corroboration, 2);
  assert.deepEqual(page.detail.corroboration.reposts, [{ reportId: 'copy', duplicateOf: 'orig' }]);
  assert.deepEqual(page.members.map((m) => m.reportId), ['orig', 'copy', 'rfa']);
  assert.match(page.members[2].explanation, /Hyesan within Ryanggang/);

  const list = await store.incidents.listIncidents({ sort: 'corroboration' });
  assert.equal(list.total, 2);
  assert.equal(list.items[0].id, incident);
  assert.equal((await store.incidents.listIncidents({ sort: 'date', order: 'asc' })).items[0].placeName, 'Hoeryong');
});

test('a split holds after relinking from scratch, and a later merge wins over it', async () => {
  const [incident] = await incidentsOf('orig');
  const { created } = await splitIncident(store.incidents, incident, ['rfa#e1'], 'analyst');
  assert.deepEqual(await incidentsOf('rfa'), [created]);
  assert.equal((await store.incidents.getIncident(incident))!.reports, 1);

  const relink = async () => {
    await store.incidents.clearLinks();
    await new StoreLinker(store.incidents, OUTLETS, { wholeState: true }).linkPending();
  };
  await relink();
  assert.notDeepEqual(await incidentsOf('rfa'), await incidentsOf('orig'));
  assert.deepEqual(await incidentsOf('copy'), await incidentsOf('orig'));

  await mergeIncidents(store.incidents, [...await incidentsOf('orig'), ...await incidentsOf('other')], 'analyst');
  assert.deepEqual(await incidentsOf('other'), await incidentsOf('orig'));
  await relink();
  assert.deepEqual(await incidentsOf('other'), await incidentsOf('orig'));
  assert.equal((await store.incidents.listDecisions()).length, 2);
});
