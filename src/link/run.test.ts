import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actor, extraction, EDITED_TEXT, ORIGINAL_TEXT, P, report, source, UNRELATED_TEXT } from './fixtures.case.js';
import { indexKeys } from './incidents/blocking.js';
import { Constraints } from './incidents/decisions.js';
import { linkInto } from './run.js';
import { LinkWorkspace } from './workspace.js';

const mss = actor('a1', 'Ministry of State Security', 'organization', 'org.mss');
const pursuit = (date: string, place = P.shenyang) => extraction([{ type: 'PURSUIT', date, places: [place], actors: [[mss, 'agent']], sources: ['s1'] }], [source('s1', 'a source in China')]);

const incidentOf = (run: ReturnType<typeof linkInto>, reportId: string) => run.assignments.find((a) => a.reportId === reportId)!.incidentId;

test('events from two outlets on the same hunt link into one incident with an explanation', () => {
  const ws = new LinkWorkspace();
  const run = linkInto(ws, [
    report('dnk', { outlet: 'Daily NK', published: '2019-03-20' }, pursuit('2019-03-05')),
    report('rfa', { outlet: 'RFA', published: '2019-03-22' }, pursuit('2019-03-08', P.liaoning)),
    report('far', { outlet: 'RFA', published: '2019-09-22' }, pursuit('2019-09-08')),
  ]);
  assert.equal(incidentOf(run, 'dnk'), incidentOf(run, 'rfa'));
  assert.notEqual(incidentOf(run, 'far'), incidentOf(run, 'dnk'));
  const joined = run.assignments.find((a) => a.reportId === 'rfa')!;
  assert.equal(joined.explanation, 'same act (pursuit): Shenyang within Liaoning; dates 3 days apart; both: Ministry of State Security');
});

test('a later run joins a new report to an existing incident without relinking the old ones', () => {
  const ws = new LinkWorkspace();
  const first = linkInto(ws, [report('dnk', { outlet: 'Daily NK', published: '2019-03-20' }, pursuit('2019-03-05'))]);
  const second = linkInto(ws, [report('rfa', { outlet: 'RFA', published: '2019-03-22' }, pursuit('2019-03-06'))]);
  assert.deepEqual(second.reports.map((r) => r.id), ['rfa']);
  assert.equal(second.assignments.length, 1);
  assert.equal(incidentOf(second, 'rfa'), incidentOf(first, 'dnk'));
  assert.equal(linkInto(ws, [report('dnk', { outlet: 'Daily NK', published: '2019-03-20' }, pursuit('2019-03-05'))]).assignments.length, 0);
});

test('a repost is marked as a copy of the original and its events sit in the original\'s incidents', () => {
  const ws = new LinkWorkspace();
  const x = extraction([{ type: 'ARREST', places: [P.hyesan], count: 7 }]);
  const run = linkInto(ws, [
    report('orig', { outlet: 'Daily NK', published: '2020-05-02', text: ORIGINAL_TEXT }, x),
    report('copy', { outlet: 'Some Blog', published: '2020-05-04', text: EDITED_TEXT }, x),
    report('other', { outlet: 'RFA', published: '2020-05-03', text: UNRELATED_TEXT }, extraction([{ type: 'ARREST', places: [P.hoeryong] }])),
  ]);
  assert.equal(run.reports.find((r) => r.id === 'copy')!.duplicateOf, 'orig');
  assert.equal(run.reports.find((r) => r.id === 'other')!.duplicateOf, null);
  assert.equal(incidentOf(run, 'copy'), incidentOf(run, 'orig'));
  assert.match(run.assignments.find((a) => a.reportId === 'copy')!.explanation, /reposted text/);
});

test('the acts of one report\'s episode share a case; background about an older episode does not', () => {
  const ws = new LinkWorkspace();
  const x = extraction([
    { type: 'DEFECTION', date: '2019-03-05', places: [P.hyesan] },
    { type: 'ARREST', date: '2019-03-09', places: [P.hyesan] },
    { type: 'INVESTIGATION', date: null, places: [P.hyesan] },
    { type: 'PUNISHMENT', date: '2017-06', places: [P.hyesan] },
  ]);
  const run = linkInto(ws, [report('one', { published: '2019-03-20' }, x)]);
  const [flight, arrest, inquiry, old] = run.assignments;
  assert.equal(arrest.incidentId, flight.incidentId);
  assert.equal(inquiry.incidentId, flight.incidentId);
  assert.match(arrest.explanation, /told in the same report as the defection/);
  assert.notEqual(old.incidentId, flight.incidentId);
  assert.deepEqual(run.assignments.map((a) => a.episode), [true, true, true, false]);
});

test('an analyst\'s split keeps the events apart and a merge keeps them together in later runs', () => {
  const reports = () => [
    report('dnk', { outlet: 'Daily NK', published: '2019-03-20' }, pursuit('2019-03-05')),
    report('rfa', { outlet: 'RFA', published: '2019-03-22' }, pursuit('2019-03-06')),
    report('far', { outlet: 'RFA', published: '2019-09-22' }, pursuit('2019-09-08')),
  ];
  const split = linkInto(new LinkWorkspace(new Constraints([{ kind: 'split', moved: ['rfa#e1'], rest: ['dnk#e1'] }])), reports());
  assert.notEqual(incidentOf(split, 'rfa'), incidentOf(split, 'dnk'));

  const merged = linkInto(new LinkWorkspace(new Constraints([{ kind: 'merge', events: ['dnk#e1', 'far#e1'] }])), reports());
  assert.equal(incidentOf(merged, 'far'), incidentOf(merged, 'dnk'));
  assert.equal(merged.assignments.find((a) => a.reportId === 'far')!.explanation, 'merged by an analyst');

  const mergeAfterSplit = new Constraints([{ kind: 'split', moved: ['rfa#e1'], rest: ['dnk#e1'] }, { kind: 'merge', events: ['rfa#e1', 'dnk#e1'] }]);
  const last = linkInto(new LinkWorkspace(mergeAfterSplit), reports());
  assert.equal(incidentOf(last, 'rfa'), incidentOf(last, 'dnk'));
});

test('blocking compares only events that share type, place and month', () => {
  const ws = new LinkWorkspace();
  const many = Array.from({ length: 300 }, (_, i) => report(`r${i}`, { published: '2019-03-20' },
    extraction([{ type: i % 2 ? 'ARREST' : 'SMUGGLING', date: `2019-${String(1 + (i % 3)).padStart(2, '0')}`, places: [i % 5 ? P.hoeryong : P.dandong] }])));
  linkInto(ws, many);
  let probes = 0;
  const newcomer = report('new', { published: '2019-03-20' }, extraction([{ type: 'ARREST', date: '2019-03-10', places: [P.dandong] }]));
  const spy = ws.blockIndex.collect.bind(ws.blockIndex);
  ws.blockIndex.collect = (k, recent, marks, out) => { const had = out.length; spy(k, recent, marks, out); probes += out.length - had; };
  linkInto(ws, [newcomer]);
  // ARREST in Dandong (or Liaoning, China) in Feb-Apr: 30 of the 300 events at most
  assert.ok(probes > 0 && probes <= 30, `probes ${probes}`);
});

test('a repost without dates, of acts placed only in a country, still joins its original\'s case; an unrelated text does not', () => {
  const ws = new LinkWorkspace();
  const national = extraction([{ type: 'PUNISHMENT', date: null, places: [P.nk] }]);
  const run = linkInto(ws, [
    report('orig', { outlet: 'Daily NK', published: null, text: ORIGINAL_TEXT }, national),
    report('copy', { outlet: 'Some Blog', published: null, text: EDITED_TEXT }, national),
    report('other', { outlet: 'RFA', published: null, text: UNRELATED_TEXT }, national),
  ]);
  assert.equal(incidentOf(run, 'copy'), incidentOf(run, 'orig'));
  assert.notEqual(incidentOf(run, 'other'), incidentOf(run, 'orig'));
});

test('the episode is the time most dated acts agree on: an early aside about an older year is background', () => {
  const ws = new LinkWorkspace();
  const x = extraction([
    { type: 'PUNISHMENT', date: '2011', places: [P.nk] },
    { type: 'PUNISHMENT', date: '2019-03-05', places: [P.hyesan] },
    { type: 'ARREST', date: '2019-03-09', places: [P.hyesan] },
  ]);
  // the episode's acts are assigned first, then the background
  const [punishment, arrest, aside] = linkInto(ws, [report('one', { published: '2019-03-20' }, x)]).assignments;
  assert.equal(aside.linkedTo, null);
  assert.equal(arrest.incidentId, punishment.incidentId);
  assert.notEqual(aside.incidentId, punishment.incidentId);
  assert.deepEqual([punishment.episode, arrest.episode, aside.episode], [true, true, false]);
});

test('in a busy place and month, a report that fits many cases only by place and time founds its own; a shared name and day still join', () => {
  const named = actor('p1', 'Ri Chol-su', 'person');
  const arrest = (id: string, date: string, who?: typeof named) =>
    report(id, { outlet: 'RFA', published: '2019-03-28' }, extraction([{ type: 'ARREST', date, places: [P.hyesan], actors: who ? [[who, 'target']] : [] }]));
  // eight stories already on record as separate cases
  const ws = new LinkWorkspace();
  for (let i = 0; i < 8; i++) {
    const e = arrest(`s${i}`, '2019-03-10', i === 0 ? named : undefined).events[0];
    const at = ws.addEvent(e, `case-${i}`);
    for (const k of indexKeys(e)) ws.blockIndex.add(k, at);
  }
  const vague = linkInto(ws, [arrest('vague', '2019-03')]);
  assert.equal(vague.assignments[0].score, null);
  const sure = linkInto(ws, [arrest('sure', '2019-03-10', named)]);
  assert.equal(sure.assignments[0].incidentId, 'case-0');
  assert.match(sure.assignments[0].explanation, /one of 9 reports this act fits/);
});

test('a stock paragraph two outlets both print does not tie acts dated years apart; the same passages tie acts with no dates to tell them apart', () => {
  const stock = 'The border city has long been a hub of trade with China, and the security services there keep watch on families with relatives abroad, on traders who travel to the river, and on anyone found with a foreign phone, according to people who left the area in recent years and now live in the South.';
  const text = (lead: string) => `${lead}\n\n${stock}`;
  const arrest = (date: string | null) => extraction([{ type: 'ARREST', date, places: [P.hyesan] }]);
  const dated = linkInto(new LinkWorkspace(), [
    report('early', { outlet: 'Daily NK', published: '2019-03-20', text: text(ORIGINAL_TEXT) }, arrest('2019-03')),
    report('late', { outlet: 'RFA', published: '2022-08-20', text: text(UNRELATED_TEXT) }, arrest('2022-08')),
  ]);
  assert.notEqual(incidentOf(dated, 'late'), incidentOf(dated, 'early'));
  const undated = linkInto(new LinkWorkspace(), [
    report('first', { outlet: 'Daily NK', published: null, text: text(ORIGINAL_TEXT) }, arrest(null)),
    report('second', { outlet: 'RFA', published: null, text: text(UNRELATED_TEXT) }, arrest(null)),
  ]);
  assert.equal(incidentOf(undated, 'second'), incidentOf(undated, 'first'));
  assert.match(undated.assignments.find((a) => a.reportId === 'second')!.explanation, /shares \d+ passages of text/);
});

test('a paragraph many unrelated reports print does not tie two of them; shared only by the two, it does', () => {
  const stock = 'The border city has long been a hub of trade with China, and the security services there keep watch on families with relatives abroad, on traders who travel to the river, and on anyone found with a foreign phone, according to people who left the area in recent years and now live in the South.';
  const leads = [
    'A bridge repair in Manpo ran three months late because the cement never arrived from the port.',
    'Farmers near Sariwon were told to hand over a larger share of the maize harvest than last autumn.',
    'A school in Haeju opened a new wing for computer classes, paid for by parents, teachers there said.',
    'Fishing boats in Sinpo stayed in harbour for a week after fuel deliveries stopped without warning.',
    'Students in Kanggye were sent to help plant rice seedlings instead of sitting their spring exams.',
    'A coal mine near Tanchon cut rations for its workers after output fell short of the quarterly plan.',
  ];
  const arrest = (date: string | null) => extraction([{ type: 'ARREST', date, places: [P.hyesan] }]);
  const pair = [
    report('first', { outlet: 'Daily NK', published: null, text: `${ORIGINAL_TEXT}\n\n${stock}` }, arrest(null)),
    report('second', { outlet: 'RFA', published: null, text: `${UNRELATED_TEXT}\n\n${stock}` }, arrest(null)),
  ];
  // each page long enough that the paragraph is a small part of it (no copy of the pair's pages)
  const page = (i: number) => [...leads.slice(i), ...leads.slice(0, i)].join(' ');
  const printed = leads.map((_, i) => report(`stock-${i}`, { outlet: `Outlet ${i}`, published: `2019-01-0${i + 1}`, text: `${page(i)}\n\n${stock}` }, extraction([])));
  const crowded = linkInto(new LinkWorkspace(), [...printed, ...pair]);
  assert.notEqual(incidentOf(crowded, 'second'), incidentOf(crowded, 'first'));
  const alone = linkInto(new LinkWorkspace(), pair);
  assert.equal(incidentOf(alone, 'second'), incidentOf(alone, 'first'));
});

test('an episode agreeing with one report of a case on two acts joins it; agreeing on each act with a different report of a grown case does not', () => {
  // a province and a month (2 + 1.5) fall short of a link alone; a second act agreed on adds 1
  const acts = (id: string, types: ('ARREST' | 'DEFECTION')[]) =>
    report(id, { outlet: 'RFA', published: '2019-03-28' }, extraction(types.map((type) => ({ type, date: '2019-03', places: [P.ryanggang] }))));
  const file = (ws: LinkWorkspace, id: string, types: ('ARREST' | 'DEFECTION')[], incident: string) => {
    for (const e of acts(id, types).events) {
      const at = ws.addEvent(e, incident);
      for (const k of indexKeys(e)) ws.blockIndex.add(k, at);
    }
  };
  const told = new LinkWorkspace();
  file(told, 'one', ['ARREST', 'DEFECTION'], 'case-0');
  const again = linkInto(told, [acts('again', ['ARREST', 'DEFECTION'])]);
  assert.ok(again.assignments.every((a) => a.incidentId === 'case-0'));
  assert.match(again.assignments[0].explanation, /also agree on defection/);
  const grown = new LinkWorkspace();
  file(grown, 'arrest', ['ARREST'], 'case-0');
  file(grown, 'flight', ['DEFECTION'], 'case-0');
  const apart = linkInto(grown, [acts('apart', ['ARREST', 'DEFECTION'])]);
  assert.ok(apart.assignments.every((a) => a.incidentId !== 'case-0'));
});

test('a case that already holds many reports of a busy place and month does not draw in an act that fits it only by place and time', () => {
  const arrest = (id: string, date: string) => report(id, { outlet: 'RFA', published: '2019-03-28' }, extraction([{ type: 'ARREST', date, places: [P.hyesan] }]));
  // eight reports' arrests already chained into one case
  const ws = new LinkWorkspace();
  for (let i = 0; i < 8; i++) {
    const e = arrest(`s${i}`, '2019-03-10').events[0];
    const at = ws.addEvent(e, 'case-0');
    for (const k of indexKeys(e)) ws.blockIndex.add(k, at);
  }
  const vague = linkInto(ws, [arrest('vague', '2019-03')]);
  assert.equal(vague.assignments[0].score, null);
  assert.notEqual(vague.assignments[0].incidentId, 'case-0');
});
