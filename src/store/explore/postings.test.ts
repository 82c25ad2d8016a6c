// A view's counts from postings: each value's member events, every event's when no set is given.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countBy, EventIndex, membersOf, type ViewPostings } from './postings.js';

const lists = (...seqs: number[][]) => seqs.map((s) => Int32Array.from(s));
const index = new EventIndex(Float64Array.from([1, 2, 3, 7, 8, 9, 12]));
// events by index: 0..6 are seqs 1, 2, 3, 7, 8, 9, 12
const postings = { index, places: { values: ['KP', 'KP.ryanggang', 'CN'], events: lists([0, 1, 2, 5], [1, 2], [3]) } } as unknown as ViewPostings;

test('a set of events counts each value by its member events, values with none left out', () => {
  const members = membersOf(postings, '3,2,8,12,40');
  assert.deepEqual(countBy(postings.places, members), [{ value: 'KP', count: 2 }, { value: 'KP.ryanggang', count: 2 }]);
  assert.deepEqual(countBy(postings.places, membersOf(postings, null)), []);
});

test('every event counts each value by all its events; a filter picks the values counted', () => {
  assert.deepEqual(countBy(postings.places, null), [{ value: 'KP', count: 4 }, { value: 'KP.ryanggang', count: 2 }, { value: 'CN', count: 1 }]);
  assert.deepEqual(countBy(postings.places, null, (v) => v.startsWith('KP')).map((r) => r.value), ['KP', 'KP.ryanggang']);
});

test('an event is found by its seq however sparse or large the seqs (bigint seqs past 2^31)', () => {
  const big = 2 ** 31;
  const sparse = new EventIndex(Float64Array.from([5, big - 1, big + 3, 2 ** 40]));
  assert.deepEqual([5, big - 1, big + 3, 2 ** 40, 6, big].map((s) => sparse.of(s)), [0, 1, 2, 3, -1, -1]);
  const members = membersOf({ index: sparse } as ViewPostings, `${big + 3},${2 ** 40},7`);
  assert.deepEqual([...members], [0, 0, 1, 1]);
  assert.equal(index.of(4), -1);
  assert.equal(index.extended(Float64Array.from([20])).of(20), 7);
});
