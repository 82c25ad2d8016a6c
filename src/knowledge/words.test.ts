import { test } from 'node:test';
import assert from 'node:assert/strict';
import { words } from './words.js';

test('an initialism of dotted capitals is one word and ends no sentence', () => {
  const w = words('Envoys of the U.N. met D.P.R.K. officials, then the U.S.-led group. Later');
  assert.deepEqual(w.key, ['envoys', 'of', 'the', 'un', 'met', 'dprk', 'officials', 'then', 'the', 'us', 'led', 'group', 'later']);
  // only the full stop after "group" ends a sentence
  assert.deepEqual(Array.from(w.brk), [2, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 2]);
  assert.equal(w.cap[3], 1);
});

test('an initialism keeps its possessive; single initials and lower-case abbreviations stay apart', () => {
  const w = words("the U.N.'s envoy met J. Park at 9 a.m.");
  assert.deepEqual(w.key, ['the', 'un', 'envoy', 'met', 'j', 'park', 'at', '9', 'a', 'm']);
  assert.equal(w.brk[4], 0);
  // "J." is an initial before a name: its full stop is read as it always was
  assert.equal(w.brk[5], 2);
});
