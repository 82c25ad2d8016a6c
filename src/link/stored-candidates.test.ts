import assert from 'node:assert/strict';
import { test } from 'node:test';
import { queryKeys } from './incidents/blocking.js';
import { storedCandidates } from './stored-candidates.js';
import type { BlockSlice } from '../store/incidents/port.js';
import type { LinkEvent } from '../core/link-model.js';

const town = { id: 'kp-hyesan', name: 'Hyesan', level: 'city' as const, ancestors: ['kp-ryanggang', 'kp'] };
const act = (day: number): LinkEvent => ({
  key: `new#ev${day}`, reportId: 'new', eventId: `ev${day}`, type: 'ARREST', modality: 'asserted', date: { value: null, precision: 'unknown' },
  lo: day, hi: day, basis: 'date', places: [town], actors: [], count: null, sources: [], evidence: { start: 0, end: 1 }, published: null,
});

/** `n` stored acts filed under each of `keys`, the act with seq s on day 20000 + s. */
function slice(keys: number[], n: number): BlockSlice {
  const s: BlockSlice = { postings: [], stoppedKeys: [], days: new Map() };
  for (const key of keys) for (let seq = 1; seq <= n; seq++) s.postings.push([key, seq]);
  for (let seq = 1; seq <= n; seq++) s.days.set(seq, { lo: 20000 + seq, hi: 20000 + seq });
  return s;
}

test('a new act reads every stored act its blocks reach when they are few', () => {
  const e = act(20050);
  assert.equal(storedCandidates([e], slice([queryKeys(e)[0]], 100)).size, 100);
});

test('of a full block a new act reads only the stored acts nearest it in time', () => {
  const e = act(20150);
  const chosen = storedCandidates([e], slice([queryKeys(e)[0]], 400));
  assert.equal(chosen.size, 256);
  assert.ok(chosen.has(150) && chosen.has(30) && chosen.has(270), 'those near its day');
  assert.ok(!chosen.has(1) && !chosen.has(400), 'not those furthest off');
  // two new acts far apart in time read the stored acts near each
  const later = act(20390);
  const both = storedCandidates([e, later], slice([queryKeys(e)[0], queryKeys(later)[0]], 400));
  assert.ok(both.has(400) && both.has(30) && !both.has(1));
});

test('a new act whose keys reach nothing stored reads nothing', () => {
  assert.equal(storedCandidates([act(20050)], slice([12345], 10)).size, 0);
});
