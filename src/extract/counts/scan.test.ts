import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../tokens.js';
import { scanDates } from '../dates/scan.js';
import { scanCounts } from './scan.js';

const counts = (text: string) => {
  const t = tokenize(text);
  return scanCounts(t, scanDates(t, '2020-01-10')).map((c) => [text.slice(c.span.start, c.span.end), c.value, c.approximate]);
};

test('counts in digits and words, with approximations', () => {
  assert.deepEqual(counts('A three-man task force, some 150 agents and approximately 30 North Korean workers.'), [
    ['three-man', 3, false],
    ['150', 150, true],
    ['30', 30, true],
  ]);
});

test('two dozen is 24, not 14', () => {
  assert.deepEqual(counts('Some two dozen agents arrived.'), [['two dozen', 24, true]]);
});

test('dozens, a dozen and compound number words', () => {
  assert.deepEqual(counts('Dozens of vendors and about a dozen officers met twenty-five soldiers.'), [
    ['Dozens', 24, true],
    ['dozen', 12, true],
    ['twenty-five', 25, false],
  ]);
});

test('money, ages and dates are not counts of people', () => {
  assert.deepEqual(counts('He paid 3,000 yuan on January 5 to a 15-year-old; a family of four fled.'), [['four', 4, false]]);
});

test('a count whose people noun an earlier count of the sentence gave stands before its place', () => {
  assert.deepEqual(counts('Guards held three workers near Musan, five in Hoeryong and about 20 in Onsong.'), [
    ['three', 3, false],
    ['five', 5, false],
    ['20', 20, true],
  ]);
  // no earlier count, another sentence, or not after a comma or "and": no count
  assert.deepEqual(counts('Five in Hoeryong agreed.'), []);
  assert.deepEqual(counts('Guards held three workers. Later, five in Hoeryong agreed.'), [['three', 3, false]]);
  assert.deepEqual(counts('Guards held three workers at 10 in the morning.'), [['three', 3, false]]);
});
