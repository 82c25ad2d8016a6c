import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextIndex } from './locate.js';

const text =
  'Agents of the 국가보위성 detained a trader in Sinŭiju last week.\n' +
  'The trader had “paid the guards” before,\nthe source said. Later the agents detained his brother.';
const index = new TextIndex(text);
const slice = (s: { start: number; end: number } | null): string | null => (s ? text.slice(s.start, s.end) : null);

test('an exact quote maps to its first occurrence', () => {
  assert.equal(slice(index.locateOne('detained a trader in Sinŭiju')), 'detained a trader in Sinŭiju');
  assert.equal(index.locateOne('detained')!.start, text.indexOf('detained'));
});

test('a window finds the occurrence inside it', () => {
  const from = text.indexOf('Later');
  assert.equal(index.locateOne('detained', { from })!.start, text.lastIndexOf('detained'));
  assert.equal(index.locateOne('Sinŭiju', { from }), null);
});

test('straightened quotes, collapsed line breaks and changed case still map to the original', () => {
  const hit = index.locateOne('the trader had "paid the guards" before, the source said.');
  assert.equal(slice(hit), 'The trader had “paid the guards” before,\nthe source said.');
});

test('Hangul and accented names map to their code-unit offsets', () => {
  const hangul = index.locateAll('국가보위성');
  assert.deepEqual(hangul, [{ start: text.indexOf('국가보위성'), end: text.indexOf('국가보위성') + 5 }]);
  // a decomposed accent (NFD) from the model still finds the composed name in the text
  assert.equal(slice(index.locateOne('Sinŭiju'.normalize('NFD'))), 'Sinŭiju');
});

test('all whole-word occurrences of a name are found, parts of words are not', () => {
  assert.equal(index.locateAll('detained').length, 2);
  assert.deepEqual(index.locateAll('detain'), []);
  assert.deepEqual(index.locateAll('trade'), []);
});

test('a quote shortened with an ellipsis spans from its first to its last piece', () => {
  assert.equal(slice(index.locateOne('Agents of the … last week.')), 'Agents of the 국가보위성 detained a trader in Sinŭiju last week.');
});

test('a quote that is not in the text gets no span', () => {
  assert.equal(index.locateOne('detained a farmer'), null);
  assert.deepEqual(index.locateAll('Hyesan'), []);
  assert.equal(index.locateOne('   '), null);
});
