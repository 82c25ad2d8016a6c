import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoised } from './memo.js';

test('memoised computes each key once and returns the same answer', () => {
  const calls: string[] = [];
  const upper = memoised((w: string) => (calls.push(w), { w: w.toUpperCase() }), 10);
  const first = upper('hyesan');
  assert.equal(upper('hyesan'), first);
  assert.deepEqual(first, { w: 'HYESAN' });
  assert.deepEqual(calls, ['hyesan']);
});

test('memoised remembers undefined and null answers', () => {
  let calls = 0;
  const none = memoised((_: string) => (calls++, undefined), 10);
  const nothing = memoised((_: string) => (calls++, null), 10);
  none('a');
  none('a');
  nothing('b');
  nothing('b');
  assert.equal(calls, 2);
});

test('memoised starts afresh once it holds its limit of keys', () => {
  const calls: number[] = [];
  const twice = memoised((n: number) => (calls.push(n), n * 2), 2);
  assert.equal(twice(1), 2);
  assert.equal(twice(2), 4);
  assert.equal(twice(3), 6); // full: cleared, then 3 kept
  assert.equal(twice(3), 6);
  assert.equal(twice(1), 2); // forgotten, computed again
  assert.deepEqual(calls, [1, 2, 3, 1]);
});
