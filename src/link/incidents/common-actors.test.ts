import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actor, extraction, P, report, type EventSpec } from '../fixtures.case.js';
import { commonActors } from './common-actors.js';

const mss = actor('a1', 'Ministry of State Security', 'organization', 'org.mss');
const broker = actor('a2', 'Pak Chol-su', 'person');
function acts(id: string, withBroker: boolean, times = 1) {
  const actors: EventSpec['actors'] = withBroker ? [[mss, 'agent'], [broker, 'target']] : [[mss, 'agent']];
  return report(id, { published: '2019-03-20' }, extraction(Array.from({ length: times }, () => ({ type: 'ARREST', date: '2019-03', places: [P.hyesan], actors })))).events;
}

test('an actor most reports met name is common; one named by two is not', () => {
  const reports = [acts('a', true), acts('b', true), acts('c', false), acts('d', false), acts('e', false)];
  const common = commonActors(reports);
  assert.ok(common.has('org.mss'));
  assert.equal(common.size, 1);
});

test('a report counts an actor once, however many of its acts name it; a few reports make nothing common', () => {
  assert.equal(commonActors([acts('a', false, 6)]).size, 0);
  assert.equal(commonActors([acts('a', false), acts('b', false), acts('c', false)]).size, 0);
});
