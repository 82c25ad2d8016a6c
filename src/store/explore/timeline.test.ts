// The timeline's unit follows the span of the dated events, and each date is
// counted in its bucket no finer than the precision it was given at.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bucketed, MAX_BUCKETS, unitFor, type DateCount } from './timeline.js';

const row = (date: string | null, precision: string, type = 'ARREST', count = 1): DateCount => ({ date, precision, type, count });

test('days for a short span, months up to the limit, years beyond it', () => {
  assert.equal(unitFor([row('2021-03', 'day'), row('2021-05', 'month')]), 'day');
  assert.equal(unitFor([row('2021-03', 'day'), row('2021-07', 'day')]), 'month');
  // MAX_BUCKETS months, first to last, still fit; one more does not
  assert.equal(MAX_BUCKETS, 120);
  assert.equal(unitFor([row('2011-01', 'month'), row('2020-12', 'day')]), 'month');
  assert.equal(unitFor([row('2011-01', 'month'), row('2021-01', 'day')]), 'year');
  // a year-precise date spans its year
  assert.equal(unitFor([row('2011', 'year')]), 'month');
  assert.equal(unitFor([row(null, 'unknown')]), 'year');
});

test('dates are summed into buckets no finer than their precision; undated ones apart', () => {
  const rows = [
    row('2021-03-02', 'day'), row('2021-03-30', 'day', 'ARREST', 2), row('2021-03-30', 'day', 'DETENTION'),
    row('2021-03', 'month', 'ARREST', 4), row('2021', 'year', 'ARREST', 5),
    // a value finer than its precision counts at its precision
    row('2021-04-09', 'month'), row(null, 'unknown', 'ARREST', 7), row('2021-05-01', 'unknown', 'ARREST', 1),
  ];
  assert.deepEqual(bucketed(rows, 'month'), {
    events: [
      { date: '2021', precision: 'year', type: 'ARREST', count: 5 },
      { date: '2021-03', precision: 'day', type: 'ARREST', count: 3 },
      { date: '2021-03', precision: 'day', type: 'DETENTION', count: 1 },
      { date: '2021-03', precision: 'month', type: 'ARREST', count: 4 },
      { date: '2021-04', precision: 'month', type: 'ARREST', count: 1 },
    ],
    undated: 8,
  });
  assert.deepEqual(bucketed(rows, 'year').events.map((r) => [r.date, r.precision, r.count]),
    [['2021', 'day', 3], ['2021', 'day', 1], ['2021', 'month', 5], ['2021', 'year', 5]]);
  assert.deepEqual(bucketed(rows, 'day').events.map((r) => r.date), ['2021', '2021-03', '2021-03-02', '2021-03-30', '2021-03-30', '2021-04']);
});
