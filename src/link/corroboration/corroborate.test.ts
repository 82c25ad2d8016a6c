import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extraction, OUTLETS, P, report, source } from '../fixtures.case.js';
import { reportMeta } from '../workspace.js';
import { contradictions } from './contradictions.js';
import { corroborate } from './corroborate.js';
import { citedOutlets, descriptorKey } from './outlets.js';
import type { LinkReport } from '../../core/link-model.js';

const arrest = (id: string, outlet: string, descriptors: string[], opts: { text?: string; count?: number; date?: string } = {}) =>
  report(id, { outlet, published: '2021-04-10', text: opts.text },
    extraction([{ type: 'ARREST', date: opts.date ?? '2021-04', places: [P.hyesan], count: opts.count ?? null, sources: descriptors.map((_, i) => `s${i + 1}`) }],
      descriptors.map((d, i) => source(`s${i + 1}`, d))));

const members = (reports: LinkReport[], dupOf: Record<string, string> = {}) =>
  reports.map((r) => ({ event: r.events[0], report: reportMeta(r, dupOf[r.id] ?? null) }));

test('distinct outlets and distinct descriptors each count; the same outlet\'s same descriptor counts once', () => {
  const c = corroborate(members([
    arrest('a', 'Daily NK', ['a source in Ryanggang Province', 'a separate source in Hyesan']),
    arrest('b', 'Daily NK', ['A source in Ryanggang Province']),
    arrest('c', 'RFA', ['a resident of Hyesan']),
  ]));
  assert.equal(c.independentSources, 3);
  assert.deepEqual(c.outlets.sort(), ['outlet.dailynk', 'outlet.rfa']);
  assert.equal(c.witnesses.find((w) => w.refs.length === 2)?.outlet, 'outlet.dailynk');
});

test('a repost adds no witness and is listed as excluded', () => {
  const c = corroborate(members([arrest('a', 'Daily NK', ['a source in Hyesan']), arrest('copy', 'Blog', ['a source in Hyesan'])], { copy: 'a' }));
  assert.equal(c.independentSources, 1);
  assert.deepEqual(c.reposts, [{ reportId: 'copy', duplicateOf: 'a' }]);
});

test('an outlet citing another outlet is a chain to it, not a second witness', () => {
  const citing = arrest('y', 'Yonhap', ['a source in Ryanggang Province'], { text: 'Seven traders were held, a source in Ryanggang Province told Daily NK on Monday.' });
  assert.deepEqual(citing.citedOutlets, ['outlet.dailynk']);
  const c = corroborate(members([arrest('d', 'Daily NK', ['a source in Ryanggang Province']), citing]));
  assert.equal(c.independentSources, 1);
  assert.deepEqual(c.chains, [{ reportId: 'y', from: 'outlet.yonhap', to: 'outlet.dailynk' }]);
});

test('an unattributed account of an outlet counts only when that outlet names no source', () => {
  assert.equal(corroborate(members([arrest('a', 'RFA', []), arrest('b', 'RFA', ['a resident of Hyesan'])])).independentSources, 1);
  assert.equal(corroborate(members([arrest('a', 'RFA', []), arrest('b', 'Daily NK', [])])).independentSources, 2);
});

test('cited outlets need a citation verb; the own outlet is never cited', () => {
  assert.deepEqual(citedOutlets('RFA reported the arrests, and the family later spoke to Yonhap.', 'outlet.dailynk', OUTLETS), ['outlet.rfa', 'outlet.yonhap']);
  assert.deepEqual(citedOutlets('Daily NK has learned that the arrests continue.', 'outlet.dailynk', OUTLETS), []);
  assert.deepEqual(citedOutlets('A Daily NK archive photo shows the market.', null, OUTLETS), []);
  assert.equal(descriptorKey('The source in Hyesan'), descriptorKey('a Source in  Hyesan'));
});

test('contradictions list different counts and dates, but not a repost\'s', () => {
  const list = contradictions(members([
    arrest('a', 'Daily NK', [], { count: 7, date: '2021-04-02' }),
    arrest('b', 'RFA', [], { count: 12, date: '2021-04-06' }),
    arrest('c', 'Blog', [], { count: 40, date: '2021-03-01' }),
  ], { c: 'a' }));
  assert.deepEqual(list.map((x) => x.summary), ['number of people: 7 vs 12', 'dates: 2021-04-02 vs 2021-04-06']);
});

test('a month and a day inside it do not contradict', () => {
  assert.deepEqual(contradictions(members([arrest('a', 'Daily NK', [], { date: '2021-04-02' }), arrest('b', 'RFA', [], { date: '2021-04' })])), []);
});

test('contradictions list claims a report sets against each other and accounts that differ on whether it happened', () => {
  const claim = (id: string, other: string) => ({ id, speaker: null, content: { start: 0, end: 1 }, evidence: { start: 0, end: 1 }, stance: 'asserts' as const, allegedFalse: false, contestedWith: [other] });
  const disputed = report('fam', { outlet: 'RFA', published: '2021-04-10' },
    extraction([{ type: 'DEFECTION', date: '2021-04', places: [P.hyesan] }], [], [claim('c1', 'c2'), claim('c2', 'c1')]));
  const attempt = report('dnk', { outlet: 'Daily NK', published: '2021-04-12' },
    extraction([{ type: 'DEFECTION', date: '2021-04', places: [P.hyesan], modality: 'attempted' }]));
  const list = contradictions(members([disputed, attempt]));
  assert.deepEqual(list.map((c) => [c.kind, c.summary]), [
    ['modality', 'whether it happened: asserted vs attempted'],
    ['claim', 'contested claims in one report'],
  ]);
  assert.deepEqual(list[1].items, [{ reportId: 'fam', claimIds: ['c1', 'c2'], value: 'c1 vs c2' }]);
});

test('an official who denies the arrest is a contradiction, never a corroborating source', () => {
  const told = arrest('a', 'Daily NK', ['a source in Hyesan', 'a resident of Hyesan']);
  const denied = arrest('b', 'RFA', ['a provincial official']);
  denied.events[0] = { ...denied.events[0], modality: 'negated' };
  const m = members([told, denied]);
  const c = corroborate(m);
  assert.equal(c.independentSources, 2, 'only the two sources who tell of the arrest count');
  assert.deepEqual(c.outlets, ['outlet.dailynk']);
  const [denial] = contradictions(m).filter((x) => x.kind === 'modality');
  assert.match(denial.summary, /asserted vs negated/);
  assert.deepEqual(denial.items.map((i) => i.reportId), ['a', 'b']);
});
