import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actor, extraction, P, report, source } from './fixtures.case.js';

test('organisations keep their canon id; role actors get a role key, never a canon id', () => {
  const r = report('r', { published: '2020-01-10' }, extraction([{ type: 'ARREST', date: '2020-01', places: [P.hyesan], actors: [
    [actor('a1', 'Ministry of Social Security', 'organization', 'org.moss'), 'agent'],
    [actor('a2', 'Three Party Cadres', 'role', 'org.wpk'), 'target'],
  ] }]));
  assert.deepEqual(r.events[0].actors.map((a) => a.key), ['org.moss', 'role:three party cadres']);
});

test('an event without a date is bounded by the publication date; without either it has no time', () => {
  const dated = report('a', { published: '2020-01-10' }, extraction([{ type: 'ARREST', places: [P.hyesan] }])).events[0];
  assert.equal(dated.basis, 'published');
  assert.equal(dated.hi! - dated.lo!, 60);
  assert.equal(report('b', {}, extraction([{ type: 'ARREST', places: [P.hyesan] }])).events[0].basis, 'none');
});

test('a source that is an outlet makes a chain; descriptors are kept only as keys', () => {
  const r = report('r', { outlet: 'Some Paper', published: '2020-01-10' }, extraction([{ type: 'ARREST', places: [P.hyesan], sources: ['s1', 's2'] }],
    [source('s1', 'RFA', 'outlet'), source('s2', 'a source in Hyesan')]));
  assert.deepEqual(r.citedOutlets, ['outlet.rfa']);
  assert.ok(!JSON.stringify(r.events[0].sources).includes('a source in Hyesan'));
});
