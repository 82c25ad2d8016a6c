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

test('the latest postings of a key are the same read through its window as walked back from its tail', () => {
  const windowed = new KeyIndex(100, 4), plain = new KeyIndex(100);
  for (let i = 0; i < 30; i++) for (const ix of [windowed, plain]) { ix.add(i % 3, i); ix.add(9, i); }
  for (const key of [0, 1, 2, 9]) for (const recent of [1, 4, 7, 50]) {
    const a: number[] = [], b: number[] = [];
    windowed.forEach(key, (i) => a.push(i), recent);
    plain.forEach(key, (i) => b.push(i), recent);
    assert.deepEqual(a, b);
    assert.equal(a.length, Math.min(recent, key === 9 ? 30 : 10));
  }
});
