import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KeyIndex } from './key-index.js';

const ids = (ix: KeyIndex, key: number) => { const out: number[] = []; ix.forEach(key, (i) => out.push(i)); return out; };

test('postings are kept per key without repeats', () => {
  const ix = new KeyIndex(10);
  ix.add(7, 1); ix.add(7, 1); ix.add(7, 2); ix.add(8, 3);
  assert.deepEqual(ids(ix, 7), [1, 2]);
  assert.deepEqual(ids(ix, 8), [3]);
  assert.deepEqual(ids(ix, 9), []);
});

test('a key that outgrows the cap becomes a stop key and yields nothing more', () => {
  const ix = new KeyIndex(3);
  for (let i = 0; i < 5; i++) ix.add(1, i);
  assert.deepEqual(ids(ix, 1), []);
  assert.ok(ix.isStopped(1));
  ix.add(1, 9);
  assert.deepEqual(ids(ix, 1), []);
});
