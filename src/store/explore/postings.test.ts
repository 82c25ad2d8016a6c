// A view's counts from postings: each value's member events, every event's when no set is given.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countBy, membersOf, type ViewPostings } from './postings.js';

const lists = (...seqs: number[][]) => seqs.map((s) => Int32Array.from(s));
const postings = { maxSeq: 9, places: { values: ['KP', 'KP.ryanggang', 'CN'], seqs: lists([1, 2, 3, 9], [2, 3], [7]) } } as unknown as ViewPostings;

test('a set of events counts each value by its member events, values with none left out', () => {
  const members = membersOf(postings, '3,2,8,12');
  assert.deepEqual(countBy(postings.places, members), [{ value: 'KP', count: 2 }, { value: 'KP.ryanggang', count: 2 }]);
  assert.deepEqual(countBy(postings.places, membersOf(postings, null)), []);
});

test('every event counts each value by all its events; a filter picks the values counted', () => {
  assert.deepEqual(countBy(postings.places, null), [{ value: 'KP', count: 4 }, { value: 'KP.ryanggang', count: 2 }, { value: 'CN', count: 1 }]);
  assert.deepEqual(countBy(postings.places, null, (v) => v.startsWith('KP')).map((r) => r.value), ['KP', 'KP.ryanggang']);
});
