import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WordCache } from './word-cache.js';

test('a cached word is the text at the offsets asked for, whatever the slot already holds', () => {
  const cache = new WordCache();
  const text = 'guards stopped guards at the guardpost';
  // one hash for every word: each displaces the last in the same slot, and none is handed out for another
  const take = (s: number, e: number) => cache.take(text, s, e, 7);
  assert.equal(take(0, 6), 'guards');
  assert.equal(take(15, 21), 'guards');
  assert.equal(take(7, 14), 'stopped');
  // same length as "guards" in the slot before it, other characters
  assert.equal(take(29, 35), 'guardp');
  assert.equal(take(25, 28), 'the');
  assert.equal(take(0, 6), 'guards');
});

test('a long word is cut from the text each time, never kept', () => {
  const cache = new WordCache();
  const text = 'international internationally';
  assert.equal(cache.take(text, 0, 13, 7), 'international');
  assert.equal(cache.take(text, 14, 29, 7), 'internationally');
});
