import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyOf, kept, mapped } from './arrays.js';

test('copyOf gives a new array that later pushes leave the original alone', () => {
  const items = ['a', 'b'];
  const copy = copyOf(items);
  copy.push('c');
  assert.deepEqual(items, ['a', 'b']);
  assert.deepEqual(copy, ['a', 'b', 'c']);
  assert.deepEqual(copyOf([]), []);
});

test('mapped and kept keep the order of the items', () => {
  const spans = [{ start: 4 }, { start: 1 }, { start: 9 }];
  assert.deepEqual(mapped(spans, (s) => `at ${s.start}`), ['at 4', 'at 1', 'at 9']);
  assert.deepEqual(kept(spans, (s) => s.start > 2), [{ start: 4 }, { start: 9 }]);
  assert.deepEqual(kept(spans, () => false), []);
});
