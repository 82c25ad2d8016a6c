import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extraction, P, report } from '../fixtures.case.js';
import { linkInto } from '../run.js';
import { dayNumber, isoDay } from '../time.js';
import { LinkWorkspace } from '../workspace.js';
import { CASE_DAYS, CaseSpan } from './case-span.js';
import { EventDays } from '../event-days.js';

test('a case runs from the earliest day an act can end to the latest one can begin', () => {
  const days = new EventDays();
  days.set(0, 100, 100);
  days.set(1, 90, 120); // a month around the first: no longer
  days.set(2, null, null);
  const s = CaseSpan.of([0, 1, 2], days);
  assert.equal(s.length(100, 100), 0);
  assert.equal(s.length(150, 160), 50);
  assert.ok(s.admits(null, null));
  assert.ok(s.admits(100 + CASE_DAYS, 100 + CASE_DAYS));
  assert.ok(!s.admits(101 + CASE_DAYS, 101 + CASE_DAYS));
  assert.ok(s.admits(0, 400), 'a year-wide date stretches nothing');
});

test('reports that each agree with the last on one act do not chain a case across the year', () => {
  // Each report tells two acts in Hyesan 39 days apart (one episode); its first act is
  // the day after the previous report's second, of the same type.
  const start = dayNumber('2019-01-01');
  const types = ['ARREST', 'PUNISHMENT'] as const;
  const reports = Array.from({ length: 10 }, (_, k) => report(`r${k}`, { published: isoDay(start + 40 * k + 45) }, extraction([
    { type: types[k % 2], date: isoDay(start + 40 * k + 1), places: [P.hyesan] },
    { type: types[(k + 1) % 2], date: isoDay(start + 40 * k + 40), places: [P.hyesan] },
  ])));
  const ws = new LinkWorkspace();
  const run = linkInto(ws, reports);
  const byCase = new Map<string, number[]>();
  for (const a of run.assignments) {
    const day = ws.days.lo[ws.eventIndex.get(a.eventKey)!];
    byCase.set(a.incidentId, [...(byCase.get(a.incidentId) ?? []), day]);
  }
  // ten reports over 400 days: several cases, none running a year
  assert.ok(CASE_DAYS < 365 && byCase.size >= Math.floor(400 / CASE_DAYS), `${byCase.size} cases`);
  for (const days of byCase.values()) assert.ok(Math.max(...days) - Math.min(...days) <= CASE_DAYS, `a case runs ${Math.max(...days) - Math.min(...days)} days`);
  // the second report's first act still joins the first report's case through its own match
  const of = (key: string) => run.assignments.find((a) => a.eventKey === key)!;
  assert.equal(of('r1#e1').incidentId, of('r0#e2').incidentId);
  assert.match(of('r1#e1').explanation, /^same act/);
});

test('a case that matched acts stretched past CASE_DAYS takes no act through its episode', () => {
  const days = new EventDays();
  days.set(0, 100, 100);
  days.set(1, 300, 300);
  // once a case runs long, acts told beside a match no longer stretch it further: chaining stops there
  assert.ok(!CaseSpan.of([0, 1], days).admits(200, 200));
});
