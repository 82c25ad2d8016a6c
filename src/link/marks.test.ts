import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Marks } from './marks.js';

test('an id is new once until the marks are cleared, however large it is', () => {
  const m = new Marks();
  assert.equal(m.add(3), true);
  assert.equal(m.add(3), false);
  assert.equal(m.add(100_000), true);
  assert.equal(m.add(100_000), false);
  assert.equal(m.add(3), false);
  m.clear();
  assert.equal(m.add(3), true);
  assert.equal(m.add(100_000), true);
});
