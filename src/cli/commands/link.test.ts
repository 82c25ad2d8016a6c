import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { loadConfig } from '../../core/config.js';
import { ABRIDGED_TEXT, EDITED_TEXT, ORIGINAL_TEXT, UNRELATED_TEXT } from '../../link/fixtures.case.js';
import { openStore } from '../../store/open.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'casefile-cli-link-'));
  const write = (name: string, title: string, text: string, published: string, outlet: string) =>
    writeFile(join(dir, name), JSON.stringify({ title, text, published, outlet }));
  await write('a-original.json', 'Traders held in Hyesan market sweep', ORIGINAL_TEXT, '2021-05-03', 'Casefile Illustrative Weekly');
  await write('b-abridged.json', 'Hyesan sweep: seven vendors taken', ABRIDGED_TEXT, '2021-05-04', 'Border Digest');
  await write('c-edited.json', 'Phone sweep in Hyesan', EDITED_TEXT, '2021-05-05', 'Another Blog');
  await write('d-other.json', 'Smugglers held in Hoeryong', UNRELATED_TEXT, '2021-05-06', 'Casefile Illustrative Weekly');
});
after(async () => { await rm(dir, { recursive: true, force: true }); });

test('link --jsonl prints per input its report, the original it copies and its incidents', async () => {
  const files = ['a-original.json', 'b-abridged.json', 'c-edited.json', 'd-other.json'].map((f) => join(dir, f));
  // the command's temporary store is always the embedded one
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'link', '--jsonl', ...files], { cwd: process.cwd(), maxBuffer: 1 << 24 });
  const rows = stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(rows.map((r) => r.input), files);
  assert.deepEqual(rows.map((r) => r.duplicateOf), [null, files[0], files[0], null]);
  assert.ok(rows.every((r) => typeof r.reportId === 'string' && Array.isArray(r.incidents)));
  const shared = (a: string[], b: string[]) => a.some((x) => b.includes(x));
  assert.ok(rows[0].incidents.length > 0);
  assert.ok(shared(rows[0].incidents, rows[2].incidents), 'a copy sits in its original\'s incidents');
  assert.ok(!shared(rows[0].incidents, rows[3].incidents));
});

test('the eight demo reports link into the five cases a person would write down, each with its channels', async () => {
  const data = join(dir, 'demo-data');
  const run = (...args: string[]) => promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: process.cwd(), maxBuffer: 1 << 24 });
  const { stdout } = await run('link', '--jsonl', '--data', data, 'demo/reports');
  const rows = stdout.trim().split('\n').map((l) => JSON.parse(l) as { incidents: string[]; duplicateOf: string | null });
  assert.equal(rows.length, 8);
  const store = await openStore(loadConfig({ dataDir: data }, {}));
  try {
    const cases = (await store.incidents.listIncidents({ sort: 'corroboration', order: 'desc', limit: 50 })).items;
    assert.deepEqual(cases.map((c) => c.corroboration), [2, 1, 1, 1, 1], cases.map((c) => c.title).join('\n'));
    assert.equal(new Set(rows.flatMap((r) => r.incidents)).size, 5);
  } finally {
    await store.close();
  }
});
