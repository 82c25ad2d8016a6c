import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lowerAt, tokenize } from './tokens.js';

test('lowerAt reads a token and gives the empty word outside the text', () => {
  const t = tokenize('Agents Arrived.');
  assert.equal(lowerAt(t, 0), 'agents');
  assert.equal(lowerAt(t, 2), '.');
  assert.equal(lowerAt(t, -1), '');
  assert.equal(lowerAt(t, 3), '');
});
