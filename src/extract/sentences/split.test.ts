import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../tokens.js';
import { splitSentences } from './split.js';

const split = (text: string) => splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end));

test('abbreviations, initials and times do not end a sentence', () => {
  assert.deepEqual(split('SEOUL, Dec. 10 (Yonhap) -- N. Korea moved at 3 a.m. on Friday. Officials said so.'), [
    'SEOUL, Dec. 10 (Yonhap) -- N. Korea moved at 3 a.m. on Friday.',
    'Officials said so.',
  ]);
});

test('a closing quote stays with its sentence and an opening quote starts one', () => {
  assert.deepEqual(split('"They left at night." The guard said nothing. "We saw them," he said.'), [
    '"They left at night."',
    'The guard said nothing.',
    '"We saw them," he said.',
  ]);
});

test('a blank line ends a heading that has no full stop', () => {
  assert.deepEqual(split('Agents on the river\n\nThe patrol came back.'), ['Agents on the river', 'The patrol came back.']);
});

test('offsets point into the text, also after Hangul', () => {
  const text = '보위부 agents came. They left.';
  const spans = splitSentences(text, tokenize(text));
  assert.equal(text.slice(spans[1].start, spans[1].end), 'They left.');
});

test('a full stop glued between a lower-case word and a capitalised one ends a sentence; a.m. and web addresses do not', () => {
  assert.deepEqual(split('Guards stopped him on Friday.The trader paid them. He went to dailynk.com at 9 a.m. on Monday.'), [
    'Guards stopped him on Friday.',
    'The trader paid them.',
    'He went to dailynk.com at 9 a.m. on Monday.',
  ]);
});
