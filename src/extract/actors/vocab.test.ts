import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadKnowledge } from '../../knowledge/load.js';
import { buildVocab, flagsOf, STARTS_NAME, SURNAME, TITLE } from './vocab.js';

const vocab = buildVocab(loadKnowledge({ userDir: join(tmpdir(), 'casefile-no-such-knowledge') }));

test('a word of the vocabulary keeps all its flags behind the bit table', () => {
  assert.ok(flagsOf(vocab, 'kim') & SURNAME);
  assert.ok(flagsOf(vocab, 'minister') & TITLE);
  // every word the Map holds passes the bit table: it may say "maybe", never a false "no"
  for (const [word, flags] of vocab.flags) assert.equal(flagsOf(vocab, word), flags);
});

test('a word outside the vocabulary has no flags, but a Hangul word may start a name with a particle on it', () => {
  assert.equal(flagsOf(vocab, 'riverbank'), 0);
  assert.equal(flagsOf(vocab, '밭에서'), STARTS_NAME);
});
