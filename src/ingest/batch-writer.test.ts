import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CasefileError } from '../core/errors.js';
import type { SaveItem, SaveOutcome, Store } from '../store/port.js';
import { BatchWriter } from './batch-writer.js';

const item = (id: string) => ({ report: { id }, raw: new Uint8Array(), extraction: {} }) as unknown as SaveItem;

/** Only saveReports is used by the writer; this one records its batches. */
function recordingStore(outcome: (id: string) => SaveOutcome | 'throw'): { store: Store; batches: string[][] } {
  const batches: string[][] = [];
  const store = {
    async saveReports(items: SaveItem[]) {
      batches.push(items.map((i) => i.report.id));
      const outcomes = items.map((i) => outcome(i.report.id));
      if (outcomes.includes('throw')) throw new Error('disk full');
      return outcomes as SaveOutcome[];
    },
  } as unknown as Store;
  return { store, batches };
}

describe('BatchWriter', () => {
  it('commits files handed in together as one batch and gives each file its own outcomes', async () => {
    const { store, batches } = recordingStore((id) => ({ id, created: id !== 'b2' }));
    const writer = new BatchWriter(store);
    const [a, b] = await Promise.all([writer.save([item('a1')]), writer.save([item('b1'), item('b2')])]);
    assert.deepEqual(batches, [['a1', 'b1', 'b2']]);
    assert.deepEqual(a, [{ id: 'a1', created: true }]);
    assert.deepEqual(b, [{ id: 'b1', created: true }, { id: 'b2', created: false }]);
  });

  it('keeps a file whole when the batch is full, and gathers what arrives during a commit', async () => {
    const { store, batches } = recordingStore((id) => ({ id, created: true }));
    const writer = new BatchWriter(store, 3);
    await Promise.all([writer.save([item('a1'), item('a2')]), writer.save([item('b1'), item('b2')]), writer.save([item('c1')])]);
    assert.deepEqual(batches, [['a1', 'a2'], ['b1', 'b2', 'c1']]);
    assert.equal(writer.held, 0);
  });

  it('waits for the smallest batch before a commit, and commits what is left once told no more are coming', async () => {
    const { store, batches } = recordingStore((id) => ({ id, created: true }));
    const writer = new BatchWriter(store, 10, 3);
    const first = writer.save([item('a1'), item('a2')]);
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(batches, []);
    const second = writer.save([item('b1')]);
    const last = Promise.all([first, second]).then(() => writer.save([item('c1')]));
    await Promise.all([first, second]);
    assert.deepEqual(batches, [['a1', 'a2', 'b1']]);
    writer.end();
    await last;
    assert.deepEqual(batches, [['a1', 'a2', 'b1'], ['c1']]);
  });

  it('passes a refused report to its file and fails every file of a batch the store could not commit', async () => {
    const refused = new CasefileError('E_VALIDATION', 'span runs past the text', { where: 'r2' });
    const { store } = recordingStore((id) => (id === 'r2' ? { id, error: refused } : id === 'boom' ? 'throw' : { id, created: true }));
    const writer = new BatchWriter(store);
    assert.deepEqual(await writer.save([item('r1'), item('r2')]), [{ id: 'r1', created: true }, { id: 'r2', error: refused }]);
    const results = await Promise.allSettled([writer.save([item('x')]), writer.save([item('boom')])]);
    assert.deepEqual(results.map((r) => r.status), ['rejected', 'rejected']);
  });
  it('holds a caller at room() while the reports held reach its limit, and lets it on once a commit ends', async () => {
    let commit!: () => void;
    const store = {
      saveReports: (items: SaveItem[]) => new Promise<SaveOutcome[]>((done) => { commit = () => done(items.map((i) => ({ id: i.report.id, created: true }))); }),
    } as unknown as Store;
    const writer = new BatchWriter(store, 2, 2);
    const saved = [writer.save([item('a1'), item('a2')]), writer.save([item('b1')])];
    let resumed = false;
    const room = writer.room(3).then(() => { resumed = true; });
    await new Promise((r) => setImmediate(r));
    // a1 and a2 are committing and b1 waits: three held
    assert.equal(writer.held, 3);
    assert.equal(resumed, false);
    commit();
    await room;
    assert.equal(writer.held, 1);
    writer.end();
    await new Promise((r) => setImmediate(r));
    commit();
    await Promise.all(saved);
    assert.equal(writer.held, 0);
    // below the limit, room() does not wait
    await writer.room(1);
  });
});
