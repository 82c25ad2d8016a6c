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

test('postings survive the table growing and come back in the order they were added', () => {
  const ix = new KeyIndex(100);
  for (let k = 0; k < 5000; k++) for (let id = 0; id < 3; id++) ix.add(k * 7919 - 20000, k + id);
  ix.stop(42);
  for (let k = 0; k < 5000; k += 499) assert.deepEqual(ids(ix, k * 7919 - 20000), [k, k + 1, k + 2]);
  assert.ok(ix.isStopped(42));
  assert.ok(!ix.isStopped(43));
});

test('a bounded walk yields only the latest postings of a key', () => {
  const ix = new KeyIndex(100);
  for (let i = 0; i < 10; i++) ix.add(5, i);
  const out: number[] = [];
  ix.forEach(5, (i) => out.push(i), 3);
  assert.deepEqual(out, [7, 8, 9]);
});
