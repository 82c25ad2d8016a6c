import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { loadConfig } from '../../core/config.js';
import { openStore } from '../../store/open.js';
import { runIngest } from './ingest.js';

let dir: string;
// the command reads DATABASE_URL; this test checks the embedded default in its own folder
const serverUrl = process.env.DATABASE_URL;
before(async () => {
  delete process.env.DATABASE_URL;
  dir = await mkdtemp(join(tmpdir(), 'casefile-cli-ingest-'));
  await writeFile(join(dir, 'arrest.txt'), 'Traders detained in Hyesan\n\nPolice arrested two copper traders in Hyesan, a source in Ryanggang Province said.\n');
  await writeFile(join(dir, 'flight.json'), JSON.stringify({ title: 'Cadre flees', text: 'A cadre from Onsong fled to China last month, a source said.', published: '2025-02-03' }));
  await writeFile(join(dir, 'broken.json'), '{"title": ');
});
after(async () => {
  if (serverUrl !== undefined) process.env.DATABASE_URL = serverUrl;
  await rm(dir, { recursive: true, force: true });
});

async function ingest(paths: string[]) {
  let out = '';
  let err = '';
  const failed = await runIngest(paths, { data: join(dir, 'data'), workers: 1 }, { out: (s) => { out += s; }, err: { write: (s: string) => { err += s; } } });
  return { out, err, failed };
}

test('ingest stores and links the good files with the built-in extractor, names the bad one, and counts it as failed', async () => {
  const first = await ingest([join(dir, 'arrest.txt'), join(dir, 'flight.json'), join(dir, 'broken.json')]);
  assert.equal(first.failed, 1);
  assert.match(first.err, /broken\.json: the input is not valid JSON/);
  assert.match(first.out, /^ingest: 2 stored, 0 already present, 1 file failed \(3 files in [\d.]+ s\)\nlink: 2 reports linked, 0 reposts/);

  const again = await ingest([join(dir, 'arrest.txt'), join(dir, 'flight.json')]);
  assert.equal(again.failed, 0);
  // nothing new: nothing to link
  assert.match(again.out, /^ingest: 0 stored, 2 already present, 0 files failed \([^)]*\)\n$/);

  const store = await openStore(loadConfig({ dataDir: join(dir, 'data') }, {}));
  try {
    const events = await store.listEvents({ type: 'ARREST' });
    assert.ok(events.items.some((e) => e.reportTitle === 'Traders detained in Hyesan'));
    const incidents = await store.incidents.listIncidents({ limit: 10 });
    assert.ok(incidents.total >= 2, 'each stored event belongs to an incident after ingest');
  } finally {
    await store.close();
  }
});

test("the data folder's knowledge additions reach the extractor in every worker thread", async () => {
  const data = join(dir, 'data-with-knowledge');
  await mkdir(join(data, 'knowledge', 'gazetteer'), { recursive: true });
  await writeFile(join(data, 'knowledge', 'gazetteer', 'mine.jsonl'), `${JSON.stringify({ id: 'KP.ryanggang.testtown', name: 'Kolmokri', level: 'county', parent: 'KP.ryanggang' })}\n`);
  const texts = ['Police arrested two traders in Kolmokri last week, a source said.', 'Border guards detained a smuggler in Kolmokri on Monday, a source said.'];
  for (const [i, text] of texts.entries()) await writeFile(join(dir, `kolmokri-${i}.json`), JSON.stringify({ title: `Kolmokri ${i}`, text, published: '2025-04-10' }));
  const failed = await runIngest([join(dir, 'kolmokri-0.json'), join(dir, 'kolmokri-1.json')], { data, workers: 2 }, { out: () => {}, err: { write: () => true } });
  assert.equal(failed, 0);
  const store = await openStore(loadConfig({ dataDir: data }, {}));
  try {
    const events = await store.listEvents({ place: 'KP.ryanggang.testtown' });
    assert.deepEqual(new Set(events.items.map((e) => e.reportTitle)), new Set(['Kolmokri 0', 'Kolmokri 1']), 'both reports placed events in the user-added county');
  } finally {
    await store.close();
  }
});
