import { test } from 'node:test';
import assert from 'node:assert/strict';
import { P, actor, extraction, report } from '../fixtures.case.js';
import { summarise } from './summary.js';

const meta = (r: ReturnType<typeof report>) => ({ ...r, duplicateOf: null });
const river = { id: 'xb.yalu', name: 'Yalu River', level: 'site' as const, country: null, parent: null, ancestors: [], lat: null, lon: null, alternateNames: [], mentions: [] };
const camp = { ...river, id: 'kp.camp', name: 'Camp 12', ancestors: ['kp.hyesan', 'kp.ryanggang', 'kp'], country: 'kp', parent: 'kp.hyesan' };

test('an incident is titled by its finest place inside a country, not by a border river', () => {
  const a = report('a', { published: '2025-05-20' }, extraction([{ type: 'DEFECTION', date: '2025-05', places: [river, P.hyesan, P.ryanggang] }]));
  const title = summarise('inc-1', [{ event: a.events[0], report: meta(a) }]).title;
  assert.equal(title, 'defection in Hyesan (2025-05)');
  const b = report('b', { published: '2025-05-20' }, extraction([{ type: 'PUNISHMENT', places: [camp, P.hyesan] }]));
  assert.match(summarise('inc-2', [{ event: b.events[0], report: meta(b) }]).title, /^punishment in Camp 12/, 'a site inside a country is the finest place');
});

test('a case is titled by its place and its acts in the order they happened', () => {
  const r = report('a', { published: '2025-05-20' }, extraction([
    { type: 'INVESTIGATION', date: '2025-05-12', places: [P.hyesan] },
    { type: 'DEFECTION', date: '2025-05-03', places: [P.hyesan] },
    { type: 'ARREST', date: '2025-05-06', places: [P.hyesan] },
  ]));
  const s = summarise('inc-3', r.events.map((event) => ({ event, report: meta(r) })));
  assert.equal(s.title, 'Hyesan: defection; arrest; investigation (2025-05)');
  assert.deepEqual([s.dateFrom, s.dateTo], ['2025-05-03', '2025-05-12']);
  assert.equal(s.type, 'DEFECTION');
});

test('a county town told first titles the case over a city a second source speaks from', () => {
  const r = report('a', { published: '2025-04-03' }, extraction([
    { type: 'VIOLENCE', date: '2025-03', places: [P.samjiyon, P.ryanggang] },
    { type: 'SURVEILLANCE', date: '2025-03', places: [P.hyesan, P.ryanggang] },
  ]));
  assert.match(summarise('inc-4', r.events.map((event) => ({ event, report: meta(r) }))).title, /^Samjiyon: /);
});

test('a role that opens a sentence ("Two women") reads in lower case in the title; a nationality keeps its capital', () => {
  const women = actor('a1', 'Two women', 'role');
  const diplomat = actor('a2', 'North Korean diplomat', 'role');
  const title = (who: typeof women) => {
    const r = report('a', { published: '2025-06-20' }, extraction([{ type: 'PUNISHMENT', date: '2025-06', places: [P.hyesan], actors: [[who, 'target']] }]));
    return summarise('inc-5', [{ event: r.events[0], report: meta(r) }]).title;
  };
  assert.equal(title(women), 'two women punished in Hyesan (2025-06)');
  assert.equal(title(diplomat), 'North Korean diplomat punished in Hyesan (2025-06)');
});

test('a case title tells each act as a headline: who fled, who was arrested, which body investigates; a name is given once', () => {
  const cadre = actor('a1', 'mid-level cadre', 'role');
  const wife = actor('a2', 'his wife', 'role');
  const prosecutors = actor('a3', 'Central Public Prosecutors Office', 'organization', 'kp.prosecutors');
  const police = actor('a4', 'Ministry of Social Security', 'organization', 'kp.mps');
  const r = report('a', { published: '2025-05-20' }, extraction([
    { type: 'DEFECTION', date: '2025-05-03', places: [P.hyesan], actors: [[cadre, 'agent']] },
    // a body is never the one arrested, and the cadre already named is not named again
    { type: 'ARREST', date: '2025-05-06', places: [P.hyesan], actors: [[police, 'target'], [wife, 'target']] },
    { type: 'INVESTIGATION', date: '2025-05-12', places: [P.hyesan], actors: [[prosecutors, 'agent'], [cadre, 'target']] },
    { type: 'FABRICATION', date: '2025-05-14', places: [P.hyesan], actors: [[cadre, 'target']] },
  ]));
  const s = summarise('inc-6', r.events.map((event) => ({ event, report: meta(r) })));
  assert.equal(s.title, 'Hyesan: mid-level cadre fled; his wife arrested; investigation by Central Public Prosecutors Office; fabricated charges (2025-05)');
});

test('an attempted or planned act says so in the title; an order does not repeat that it was ordered', () => {
  const women = actor('a1', 'two women', 'role');
  const leader = actor('a2', 'Kim Jong Un', 'person', 'kp.kimjongun');
  const r = report('a', { published: '2025-05-20' }, extraction([
    { type: 'DEFECTION', date: '2025-05-03', places: [P.hyesan], actors: [[women, 'agent']], modality: 'attempted' },
    { type: 'DIRECTIVE', date: '2025-05-08', places: [P.hyesan], actors: [[leader, 'agent']], modality: 'ordered' },
  ]));
  const s = summarise('inc-7', r.events.map((event) => ({ event, report: meta(r) })));
  assert.equal(s.title, 'Hyesan: attempted defection; order by Kim Jong Un (2025-05)');
});
