import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AnchorSet } from './anchor-set.js';

test('an anchor set holds exactly the anchors given, large hashes and zero included', () => {
  const values = [0, 1, 0x7fffffff, 0x80000000, 0xffffffff, 0xdeadbeef, 12345];
  const set = new AnchorSet(Uint32Array.from(values));
  for (const v of values) assert.ok(set.has(v), String(v));
  for (const v of [2, 0xfffffffe, 0xdeadbeee, 12346]) assert.ok(!set.has(v), String(v));
  assert.ok(!new AnchorSet([]).has(0));
});

test('a full table of colliding anchors still finds each one', () => {
  const values = Array.from({ length: 1000 }, (_, i) => (i * 0x10000 + 7) >>> 0);
  const set = new AnchorSet(values);
  for (const v of values) assert.ok(set.has(v));
  assert.ok(!set.has(6));
});
