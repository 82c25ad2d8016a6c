import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IncidentMember } from '../../src/store/incidents/port.js';
import { chainOfActs } from './incident-chain.js';

const day = (iso: string) => Date.parse(iso) / 86_400_000;
function member(reportId: string, outlet: string, type: string, date: string | null, start: number, duplicateOf: string | null = null): IncidentMember {
  const lo = date ? day(`${date}-01`.slice(0, 10)) : day('2025-04-20');
  return {
    eventKey: `${reportId}#${type}`, reportId, reportTitle: reportId, outlet, published: reportId === 'r1' ? '2025-05-20' : '2025-05-23', duplicateOf,
    event: {
      key: `${reportId}#${type}`, reportId, eventId: type, type: type as IncidentMember['event']['type'], modality: 'asserted',
      date: { value: date, precision: date ? 'month' : 'unknown' }, lo, hi: lo + 30, basis: date ? 'date' : 'published',
      places: [], actors: [], count: null, sources: [], evidence: { start, end: start + 10 }, published: null,
    },
    score: null, linkedTo: null, explanation: '',
  };
}

test('the chain groups every report\'s account of one act and orders the acts by the dates the texts give', () => {
  const members = [
    member('r1', 'Outlet A', 'ARREST', '2025-06', 300),
    member('r1', 'Outlet A', 'DEFECTION', '2025-05', 100),
    // bounded only by its report's publication: after the dated acts, however early that bound is
    member('r1', 'Outlet A', 'FABRICATION', null, 50),
    member('r2', 'Outlet B', 'DEFECTION', '2025-05', 80),
    member('r3', 'Outlet A', 'DEFECTION', '2025-05', 80, 'r1'),
  ];
  const chain = chainOfActs(members);
  assert.deepEqual(chain.map((g) => g.type), ['DEFECTION', 'ARREST', 'FABRICATION']);
  assert.deepEqual(chain.map((g) => g.date), ['2025-05', '2025-06', null]);
  const flight = chain[0];
  assert.deepEqual([flight.reports, flight.outlets], [3, 2], 'a repost is a report but no outlet of its own');
  assert.deepEqual(flight.members.map((i) => members[i].reportId), ['r1', 'r2', 'r3']);
});
