import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { prepareReport } from '../normalise/prepare.js';
import type { Store } from '../store/port.js';
import { openTestStore, type TestStore } from '../store/test-store.js';
import type { ExtractorFactory } from './extractor-factory.js';
import { ingestPaths, type IngestProgress } from './ingest.js';
import { createTestExtractor } from './test-extractor.js';

const TEST_FACTORY: ExtractorFactory = { module: new URL('./test-extractor.ts', import.meta.url).href, name: 'createTestExtractor' };

let dir: string;
let t: TestStore;

const reportJson = (n: number) => ({ title: `Report ${n}`, text: `Report ${n}: three cadres fled from Hyesan.\nThe security service sent a task force.` });

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'casefile-ingest-'));
  await mkdir(join(dir, 'batch', 'nested'), { recursive: true });
  await writeFile(join(dir, 'batch', 'a.txt'), 'Cadres flee Hyesan\nThree cadres fled\nfrom Hyesan, a source said.\n');
  await writeFile(join(dir, 'batch', 'nested', 'b.json'), JSON.stringify([reportJson(1), reportJson(2)]));
  await writeFile(join(dir, 'batch', 'nested', 'c.md'), '# Arrests in Onsong\n\nPolice arrested the family of a man who fled.\n');
  // bad files: invalid JSON, binary, empty, and a JSON array whose second item is invalid
  await writeFile(join(dir, 'batch', 'broken.json'), '{"title": "x", "text": ');
  await writeFile(join(dir, 'batch', 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  await writeFile(join(dir, 'batch', 'empty.md'), '');
  await writeFile(join(dir, 'batch', 'half.json'), JSON.stringify([reportJson(3), { title: 'no text' }]));
  // a JSON lines file whose second report the extractor cannot read: its first must not be stored either
  await writeFile(join(dir, 'batch', 'extract-fails.jsonl'), `${JSON.stringify(reportJson(4))}\n${JSON.stringify({ title: 'Bad', text: 'UNEXTRACTABLE text' })}\n`);
  await writeFile(join(dir, 'batch', '.hidden.txt'), 'Hidden\nA hidden report that fled notice.\n');
});
after(() => rm(dir, { recursive: true, force: true }));
beforeEach(async () => {
  t = await openTestStore();
});
afterEach(() => t.cleanup());

const idOf = (input: { title: string; text: string }) => prepareReport(input).report.id;

async function storedCount(store: Store): Promise<number> {
  return (await store.searchReports(undefined, { limit: 100 })).total;
}

for (const [mode, extractor, workers] of [
  ['in this thread', createTestExtractor(), 1],
  ['in worker threads', TEST_FACTORY, 2],
] as const) {
  describe(`ingestPaths ${mode}`, () => {
    it('stores every good report, reports each bad file with its reason, and goes on', async () => {
      const errors: [string, string][] = [];
      const summary = await ingestPaths([join(dir, 'batch')], { store: t.store, extractor, workers, onError: (path, e) => errors.push([path.slice(dir.length + 7), e.code]) });
      assert.deepEqual(
        errors.sort(),
        [['broken.json', 'E_READ_JSON'], ['empty.md', 'E_READ_EMPTY'], ['extract-fails.jsonl', 'E_STAGE'], ['half.json', 'E_VALIDATION'], ['image.txt', 'E_READ_BINARY']],
      );
      assert.deepEqual({ files: summary.files, stored: summary.stored, present: summary.present, failed: summary.failed }, { files: 8, stored: 4, present: 0, failed: 5 });
      assert.equal(await storedCount(t.store), 4);
      // nothing of the half-bad files was stored
      assert.equal(await t.store.hasReport(idOf(reportJson(3))), false);
      assert.equal(await t.store.hasReport(idOf(reportJson(4))), false);
      // the good ones are there with their raw bytes and extraction
      const a = await t.store.getReport(idOf({ title: 'x', text: 'Three cadres fled\nfrom Hyesan, a source said.\n' }));
      assert.ok(a, 'a.txt stored');
      assert.equal(a.report.text, 'Three cadres fled from Hyesan, a source said.');
      assert.equal(a.extraction.events.length, 1);
      assert.equal(a.report.text.slice(a.extraction.events[0].trigger.start, a.extraction.events[0].trigger.end), 'fled');
      assert.equal(new TextDecoder().decode((await t.store.getRaw(a.report.id))!), 'Cadres flee Hyesan\nThree cadres fled\nfrom Hyesan, a source said.\n');
    });

    it('changes nothing when the same files are ingested again', async () => {
      const good = [join(dir, 'batch', 'a.txt'), join(dir, 'batch', 'nested')];
      const first = await ingestPaths(good, { store: t.store, extractor, workers });
      const before = await t.store.getReport(idOf(reportJson(1)));
      const second = await ingestPaths(good, { store: t.store, extractor, workers });
      assert.deepEqual([first.stored, first.present, first.failed], [4, 0, 0]);
      assert.deepEqual([second.stored, second.present, second.failed], [0, 4, 0]);
      assert.equal(await storedCount(t.store), 4);
      assert.deepEqual(await t.store.getReport(idOf(reportJson(1))), before);
    });
  });
}

describe('ingestPaths', () => {
  it('fails only the file whose worker thread died, and goes on with a new worker', async () => {
    const crash = join(dir, 'crash');
    await mkdir(crash);
    await writeFile(join(crash, '1-crash.txt'), 'Crash\nThis text makes the CRASH-WORKER test extractor die.\n');
    for (const n of [2, 3, 4, 5]) await writeFile(join(crash, `${n}.json`), JSON.stringify(reportJson(10 + n)));
    const errors: string[] = [];
    const summary = await ingestPaths([crash], { store: t.store, extractor: TEST_FACTORY, workers: 2, onError: (_p, e) => errors.push(`${e.code} ${e.message}`) });
    assert.deepEqual([summary.stored, summary.failed], [4, 1], errors.join('\n'));
    assert.match(errors[0], /^E_INTERNAL .*1-crash\.txt.*worker thread stopped: worker crashed/);
    await rm(crash, { recursive: true });
  });

  it('ends a worker that runs past the time limit or the memory limit, names the file and goes on', async () => {
    const stuck = join(dir, 'stuck');
    await mkdir(stuck);
    await writeFile(join(stuck, '1-hang.txt'), 'Hang\nThis text makes the HANG-WORKER test extractor loop.\n');
    await writeFile(join(stuck, '2-hog.txt'), 'Hog\nThis text makes the HOG-MEMORY test extractor fill its heap.\n');
    for (const n of [3, 4, 5]) await writeFile(join(stuck, `${n}.json`), JSON.stringify(reportJson(20 + n)));
    const errors: string[] = [];
    const onError = (_p: string, e: { code: string; message: string }) => errors.push(`${e.code} ${e.message}`);
    // each limit in its own run: on a loaded machine a heap filling up can take longer than a short time limit
    const byTime = await ingestPaths([join(stuck, '1-hang.txt'), join(stuck, '3.json'), join(stuck, '4.json')], { store: t.store, extractor: TEST_FACTORY, workers: 2, limits: { timeMs: 6000, memoryMb: 1024 }, onError });
    const byMemory = await ingestPaths([join(stuck, '2-hog.txt'), join(stuck, '5.json')], { store: t.store, extractor: TEST_FACTORY, workers: 2, limits: { timeMs: 120_000, memoryMb: 64 }, onError });
    assert.deepEqual([byTime.stored, byTime.failed, byMemory.stored, byMemory.failed], [2, 1, 1, 1]);
    assert.deepEqual(errors.sort().map((e) => e.replace(dir, '')), [
      'E_READ_LIMIT /stuck/1-hang.txt: the input exceeds a safety limit: it took longer than the time limit of 6 s',
      'E_READ_LIMIT /stuck/2-hog.txt: the input exceeds a safety limit: it needed more than the memory limit of 64 MB',
    ]);
    await rm(stuck, { recursive: true });
  });

  it('counts a missing path as a failure and ingests the rest', async () => {
    const errors: string[] = [];
    const summary = await ingestPaths([join(dir, 'nope'), join(dir, 'batch', 'a.txt')], { store: t.store, extractor: createTestExtractor(), onError: (_p, e) => errors.push(e.message) });
    assert.deepEqual([summary.stored, summary.failed], [1, 1]);
    assert.match(errors[0], /nope: .*no such file/);
  });

  it('stores a text repeated within one file once', async () => {
    const file = join(dir, 'dupes.jsonl');
    await writeFile(file, `${JSON.stringify(reportJson(5))}\n${JSON.stringify({ ...reportJson(5), title: 'Repost' })}\n`);
    const summary = await ingestPaths([file], { store: t.store, extractor: createTestExtractor() });
    assert.deepEqual([summary.stored, summary.present], [1, 1]);
    await rm(file);
  });

  it('reports progress after each file', async () => {
    const seen: IngestProgress[] = [];
    await ingestPaths([join(dir, 'batch', 'nested')], { store: t.store, extractor: createTestExtractor(), onProgress: (p) => seen.push(p) });
    assert.deepEqual(seen.map((p) => [p.filesDone, p.files]), [[1, 2], [2, 2]]);
    assert.equal(seen[1].stored, 3);
    assert.ok(seen[1].reportsPerSecond > 0);
  });
});
