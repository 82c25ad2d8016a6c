import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actor, extraction, P, report, type EventSpec } from '../fixtures.case.js';
import { agree, apartByDates, boundOfRest, gate, LINK_SCORE } from './agree.js';

const mss = actor('a1', 'Ministry of State Security', 'organization', 'org.mss');
const ev = (spec: EventSpec, published: string | null = '2019-03-20', id = 'r') => report(id, { published }, extraction([spec])).events[0];

test('a city links to its province through the gazetteer hierarchy, and the reasons say so', () => {
  const a = ev({ type: 'PURSUIT', date: '2019-03-05', places: [P.shenyang], actors: [[mss, 'agent']] });
  const b = ev({ type: 'PURSUIT', date: '2019-03-08', places: [P.liaoning], actors: [[mss, 'agent']] });
  const r = agree(a, b);
  assert.equal(r.veto, null);
  assert.ok(r.score >= LINK_SCORE);
  assert.deepEqual(r.reasons, ['same type', 'Shenyang within Liaoning', 'dates 3 days apart', 'both: Ministry of State Security']);
});

test('scored without words, a pair gets the same score and veto and no reasons', () => {
  const a = ev({ type: 'PURSUIT', date: '2019-03-05', places: [P.shenyang], actors: [[mss, 'agent']] });
  const b = ev({ type: 'PURSUIT', date: '2019-03-08', places: [P.liaoning], actors: [[mss, 'agent']] });
  const quiet = agree(a, b, null, undefined, undefined, false);
  assert.equal(quiet.score, agree(a, b).score);
  assert.equal(quiet.veto, null);
  assert.deepEqual(quiet.reasons, []);
  const far = ev({ type: 'PURSUIT', date: '2019-09-08', places: [P.liaoning] }, '2019-09-20');
  assert.equal(agree(a, far, null, undefined, undefined, false).veto, agree(a, far).veto);
});

test('a border river weighs like a province: the river and a month are not enough, as a city and a month are', () => {
  const river = (date: string) => ev({ type: 'SMUGGLING', date, places: [P.yalu] });
  const city = (date: string) => ev({ type: 'SMUGGLING', date, places: [P.hyesan] });
  assert.ok(agree(river('2019-03'), river('2019-03')).score < LINK_SCORE);
  assert.ok(agree(city('2019-03'), city('2019-03')).score >= LINK_SCORE);
});

test('sibling places in one province do not agree', () => {
  const a = ev({ type: 'ARREST', date: '2019-03-05', places: [P.hyesan] });
  const b = ev({ type: 'ARREST', date: '2019-03-05', places: [P.samjiyon] });
  assert.equal(agree(a, b).veto, 'places do not contain each other');
});

test('date precision: a month-precise date agrees with a day inside it, not with the next month', () => {
  const day = ev({ type: 'ARREST', date: '2019-03-05', places: [P.hyesan] });
  assert.equal(agree(day, ev({ type: 'ARREST', date: '2019-03', places: [P.hyesan] })).veto, null);
  const later = (spec: EventSpec) => ev(spec, '2019-06-01');
  assert.equal(agree(later({ type: 'ARREST', date: '2019-03-05', places: [P.hyesan] }), later({ type: 'ARREST', date: '2019-04', places: [P.hyesan] })).veto, 'dates 27 days apart');
});

test('a point event tolerates a week between reported days; a hunt tolerates a month', () => {
  const a = ev({ type: 'ARREST', date: '2019-03-01', places: [P.hyesan] });
  const b = ev({ type: 'ARREST', date: '2019-03-15', places: [P.hyesan] });
  assert.equal(agree(a, b).veto, 'dates 14 days apart');
  const c = ev({ type: 'PURSUIT', date: '2019-03-01', places: [P.hyesan] });
  const d = ev({ type: 'PURSUIT', date: '2019-03-15', places: [P.hyesan] });
  assert.equal(agree(c, d).veto, null);
});

test('an event dated after the other report appeared cannot be what that report described', () => {
  const early = ev({ type: 'ARREST', places: [P.hyesan] }, '2019-03-02');
  const late = ev({ type: 'ARREST', date: '2019-03-10', places: [P.hyesan] }, '2019-03-20');
  assert.equal(agree(late, early).veto, 'dated after the other report appeared');
});

test('undated events only bounded by publication need more than place to link', () => {
  const a = ev({ type: 'ARREST', places: [P.hyesan] }, '2019-03-10');
  const b = ev({ type: 'ARREST', places: [P.hyesan] }, '2019-03-25');
  const r = agree(a, b);
  assert.equal(r.veto, null);
  assert.ok(r.score < LINK_SCORE, `score ${r.score}`);
});

test('role actors never count as a named participant', () => {
  const cadres = actor('a2', 'three Party cadres', 'role');
  const kim = actor('a3', 'Kim Jong Un', 'person', 'person.kimjongun');
  const a = ev({ type: 'DEFECTION', date: '2019-03', places: [P.ryanggang], actors: [[cadres, 'agent']] });
  const b = ev({ type: 'DEFECTION', date: '2019-03', places: [P.ryanggang], actors: [[kim, 'agent']] });
  const r = agree(a, b);
  assert.ok(!r.reasons.some((x) => x.startsWith('both:')), r.reasons.join('; '));
  assert.equal(a.actors[0].key.startsWith('role:'), true);
});

test('equal counts add confidence, far-apart counts take it away; negated events never link', () => {
  const base = { type: 'ARREST' as const, date: '2019-03', places: [P.hyesan] };
  const same = agree(ev({ ...base, count: 7 }), ev({ ...base, count: 7 }));
  const far = agree(ev({ ...base, count: 7 }), ev({ ...base, count: 30 }));
  assert.equal(same.score - far.score, 2);
  assert.ok(far.reasons.includes('counts differ: 7 vs 30'));
  assert.equal(agree(ev(base), ev({ ...base, modality: 'negated' })).veto, 'one report says it did not happen');
});

test('a role described in several words weighs more than a bare one, and the shared text ties undated country-wide acts', () => {
  const diplomat = actor('a4', 'North Korean diplomat in London', 'role');
  const residents = actor('a5', 'residents', 'role');
  const undated = (who: typeof diplomat) => ev({ type: 'DEFECTION', places: [P.hyesan], actors: [[who, 'target']] }, null);
  assert.ok(agree(undated(diplomat), undated(diplomat)).score >= LINK_SCORE);
  assert.ok(agree(undated(residents), undated(residents)).score < LINK_SCORE);
  const national = ev({ type: 'PUNISHMENT', places: [P.nk] }, null);
  assert.equal(agree(national, national).veto, 'no date to compare and no town in common');
  assert.equal(agree(national, national, 'shared text').veto, null);
});

test('story words the reports share add to the agreement, and five or more tie undated country-wide acts as shared text does', () => {
  const national = ev({ type: 'PUNISHMENT', places: [P.nk] }, null);
  const words = ['teenagers', 'dramas', 'labour', 'camp', 'smuggled'];
  const tied = agree(national, national, null, () => words);
  assert.equal(tied.veto, null);
  assert.ok(tied.reasons.includes('both tell of teenagers, dramas, labour, camp, smuggled'), tied.reasons.join('; '));
  assert.equal(agree(national, national, null, () => words.slice(0, 4)).veto, 'no date to compare and no town in common');
  const city = ev({ type: 'ARREST', date: '2019-03', places: [P.hyesan] });
  const plain = agree(city, city).score;
  assert.equal(agree(city, city, null, () => words.slice(0, 2)).score, plain);
  assert.equal(agree(city, city, null, () => words.slice(0, 3)).score, plain + 0.5);
  assert.equal(agree(city, city, null, () => [...words, 'a', 'b', 'c', 'd']).score, plain + 2);
});

test('a body common among the acts met is no shared participant; a rare one is', () => {
  const a = ev({ type: 'ARREST', date: '2019-03-05', places: [P.hyesan], actors: [[mss, 'agent']] });
  const b = ev({ type: 'ARREST', date: '2019-03-08', places: [P.hyesan], actors: [[mss, 'agent']] });
  const rare = agree(a, b);
  const common = agree(a, b, null, undefined, () => new Set(['org.mss']));
  assert.ok(rare.reasons.includes('both: Ministry of State Security'));
  assert.ok(!common.reasons.some((r) => r.includes('Ministry of State Security')));
  assert.equal(common.score, rare.score - 0.5);
});

test('the gate score plus the bound of the rest is never below the full score (pairs pruned by the bound cannot win)', () => {
  const kim = actor('a2', 'Kim Chol', 'person', 'person.kim-chol');
  const lee = actor('a3', 'Lee Sun', 'person', 'person.lee-sun');
  const guards = actor('a4', 'three border guards from the riverside post', 'role');
  const base = { type: 'ARREST' as const, date: '2019-03-05', places: [P.hyesan] };
  const specs: EventSpec[] = [
    base,
    { ...base, count: 3 },
    { ...base, count: 3, actors: [[kim, 'target'], [lee, 'target'], [mss, 'agent'], [guards, 'agent']] },
    { ...base, date: '2019-03', count: 9, actors: [[kim, 'target'], [mss, 'agent']] },
    { ...base, places: [P.ryanggang], actors: [[lee, 'target'], [guards, 'agent']] },
  ];
  const story = () => ['teenagers', 'stadium', 'dramas', 'memory', 'stick', 'classmates'];
  for (const x of specs) for (const y of specs) {
    const a = ev(x), b = ev(y, '2019-03-20', 'q');
    const g = gate(a, b, null, story, false);
    if (g.veto !== null) continue;
    assert.ok(agree(a, b, null, story).score <= g.score + boundOfRest(a, b), JSON.stringify([x, y]));
  }
});

test('a pair dated further apart than its type allows: apartByDates says what gate says of it', () => {
  const a = ev({ type: 'ARREST', date: '2019-03-05', places: [P.hyesan] });
  const pairs = [
    ev({ type: 'ARREST', date: '2019-05-20', places: [P.hyesan] }, '2019-06-01'),
    ev({ type: 'ARREST', date: '2019-05-20', places: [P.ryanggang] }, '2019-06-01'),
    ev({ type: 'ARREST', date: '2019-05-20', places: [P.samjiyon] }, '2019-06-01'),
    ev({ type: 'ARREST', date: '2019-05-20', places: [P.hyesan], modality: 'negated' }, '2019-06-01'),
    ev({ type: 'ARREST', date: '2019-05-20', places: [] }, '2019-06-01'),
  ];
  for (const b of pairs) {
    const g = gate(a, b, null, undefined, false);
    assert.notEqual(g.veto, null);
    assert.equal(apartByDates(a, b), g.apart, JSON.stringify(b.places));
  }
  assert.deepEqual(pairs.map((b) => apartByDates(a, b)), [true, true, false, false, false]);
});
