import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extraction, P, report, type EventSpec } from '../fixtures.case.js';
import { indexKeys, nearestInTime, queryKeys } from './blocking.js';
import { EventDays } from '../event-days.js';

const ev = (spec: EventSpec) => report('r', { published: '2019-03-30' }, extraction([spec])).events[0];
const meets = (a: EventSpec, b: EventSpec) => queryKeys(ev(a)).some((k) => indexKeys(ev(b)).includes(k));

test('a city and its province find each other, in both directions', () => {
  const city = { type: 'PURSUIT' as const, date: '2019-03-05', places: [P.shenyang] };
  const province = { type: 'PURSUIT' as const, date: '2019-03-08', places: [P.liaoning] };
  assert.ok(meets(city, province));
  assert.ok(meets(province, city));
});

test('sibling cities, other types and far months are never compared', () => {
  const base = { type: 'ARREST' as const, date: '2019-03-05', places: [P.shenyang] };
  assert.ok(!meets(base, { ...base, places: [P.dandong] }));
  assert.ok(!meets(base, { ...base, type: 'SMUGGLING' }));
  assert.ok(!meets(base, { ...base, date: '2019-07-05' }));
});

test('a whole-country event does not pull in every event inside the country', () => {
  assert.ok(!meets({ type: 'ARREST', date: '2019-03', places: [P.china] }, { type: 'ARREST', date: '2019-03-05', places: [P.shenyang] }));
  assert.deepEqual(indexKeys(ev({ type: 'ARREST', places: [] })), []);
});

test('candidates beyond the cap are the furthest in time; the kept keep their order', () => {
  const at = (date: string) => ev({ type: 'ARREST', date, places: [P.hyesan] });
  const acts = [at('2019-01-02'), at('2019-03-06'), at('2019-02-20'), at('2019-03-04'), at('2019-03-05')];
  const days = new EventDays();
  acts.forEach((a, i) => days.set(i, a.lo, a.hi));
  const near = nearestInTime(at('2019-03-05'), [0, 1, 2, 3, 4], days, 3);
  assert.deepEqual(near, [1, 3, 4]);
  const few = [0, 2];
  assert.equal(nearestInTime(at('2019-03-05'), few, days, 3), few);
});
