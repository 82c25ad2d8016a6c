// In a protected store a witness key (the hash linking compares sources by) is keyed
// with the store's secret salt: the plain hash of a descriptor, which anyone could
// compute from a guess, is nowhere in the link state. Sealing a linked clear store keys
// the hashes already stored, and a report linked afterwards still finds its outlet's
// same source to be the same witness.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openStore } from '../store/open.js';
import type { Store } from '../store/port.js';
import { newKey } from '../store/crypto/sealer.js';
import { descriptorKey } from './corroboration/outlets.js';
import { extraction, OUTLETS, P, source, storable, UNRELATED_TEXT } from './fixtures.case.js';
import { StoreLinker } from './store-linker.js';

const DESCRIPTOR = 'a source in Ryanggang Province';
const arrest = (descriptor: string) =>
  extraction([{ type: 'ARREST', date: '2021-04-28', places: [P.hyesan], count: 7, sources: ['s1'] }], [source('s1', descriptor)]);
const save = async (store: Store, ...items: ReturnType<typeof storable>[]) => { for (const i of items) await store.saveReport(i.report, i.raw, i.extraction); };

async function witnessKeys(store: Store): Promise<{ events: string[]; incidents: (string | null)[] }> {
  const ids = (await store.incidents.listIncidents({ limit: 100 })).items.map((i) => i.id);
  const members = await store.incidents.incidentMembers(ids);
  const pages = await Promise.all(ids.map((id) => store.incidents.getIncident(id)));
  return {
    events: members.events.flatMap((m) => m.event.sources.map((s) => s.key)),
    incidents: pages.flatMap((p) => p!.detail.corroboration.witnesses.map((w) => w.sourceKey)),
  };
}

test('witness keys are keyed once the store has a key, and the same source stays one witness', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'casefile-witness-'));
  const config = { dataDir, databaseUrl: null, keyFile: null };
  try {
    let store = await openStore(config, { key: null });
    await save(store, storable('first', { outlet: 'Daily NK', published: '2021-05-03', text: 'Seven traders were arrested in Hyesan on April 28, a source in Ryanggang Province told Daily NK.' }, arrest(DESCRIPTOR)));
    await new StoreLinker(store.incidents, OUTLETS).linkPending();
    const plain = descriptorKey(DESCRIPTOR);
    assert.deepEqual((await witnessKeys(store)).events, [plain]);

    const key = await newKey();
    await store.rekey(key);
    await store.close();
    store = await openStore(config, { key });
    const tagged = store.incidents.witnessTag(plain);
    assert.notEqual(tagged, plain);
    assert.deepEqual(await witnessKeys(store), { events: [tagged], incidents: [tagged] });

    // a later report of the same outlet and source: one witness, not two
    await save(store, storable('second', { outlet: 'Daily NK', published: '2021-05-05', text: 'The seven traders held in Hyesan on April 28 were moved to a detention centre, a source in Ryanggang Province said.' }, arrest(DESCRIPTOR)),
      storable('other', { outlet: 'RFA', published: '2021-05-06', text: UNRELATED_TEXT }, arrest('a resident of Hyesan')));
    await new StoreLinker(store.incidents, OUTLETS).linkPending();
    const [incident] = (await store.incidents.reportLinks('second'))!.incidents;
    assert.deepEqual((await store.incidents.reportLinks('first'))!.incidents.map((i) => i.id), [incident.id]);
    const page = (await store.incidents.getIncident(incident.id))!;
    assert.equal(page.detail.corroboration.witnesses.filter((w) => w.outlet === 'outlet.dailynk').length, 1);
    const keys = await witnessKeys(store);
    assert.ok(![...keys.events, ...keys.incidents].includes(plain), 'a plain descriptor hash is still stored');
    assert.ok(!keys.events.includes(descriptorKey('a resident of Hyesan')));

    // rotation keeps the salt: the stored keys stay valid
    const next = await newKey();
    await store.rekey(next);
    await store.close();
    store = await openStore(config, { key: next });
    assert.equal(store.incidents.witnessTag(plain), tagged);
    await store.close();
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
