// The contract of the people's part of the store (accounts, sessions, review
// decisions, audit log, re-extraction), run on SQLite and on PostgreSQL.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { applyReview, reviewItems } from '../../core/review.js';
import type { StoreFactory } from '../store.case.js';
import type { TestStore } from '../test-store.js';
import { family, pursuit } from '../test-fixtures.js';

export function reviewContract(name: string, open: StoreFactory): void {
  describe(`${name} store: review decisions`, () => {
    let t: TestStore;
    before(async () => {
      t = await open();
      await t.store.saveReport(family.report, family.raw, family.extraction);
      await t.store.saveReport(pursuit.report, pursuit.raw, pursuit.extraction);
    });
    after(async () => { await t?.cleanup(); });

    it('keeps decisions beside the extraction and gives them back in order, the extraction untouched', async () => {
      const e3 = family.extraction.events.find((e) => e.id === 'e3')!;
      const a = await t.store.review.addDecision({ reportId: family.report.id, item: 'event:e1', action: 'reject', value: null, basis: JSON.stringify(family.extraction.events[0]), author: 'ana' });
      const b = await t.store.review.addDecision({ reportId: family.report.id, item: 'event:e3', action: 'correct', value: { ...e3, modality: 'attempted' }, basis: JSON.stringify(e3), author: 'ana' });
      assert.ok(b.seq > a.seq);
      const listed = await t.store.review.listDecisions(family.report.id);
      assert.deepEqual(listed, [a, b]);
      assert.deepEqual(await t.store.review.listDecisions(pursuit.report.id), []);
      assert.deepEqual((await t.store.getReport(family.report.id))!.extraction, family.extraction);
      const reviewed = applyReview(family.extraction, listed);
      assert.equal(reviewed.events.some((e) => e.id === 'e1'), false);
      assert.equal(reviewed.events.find((e) => e.id === 'e3')!.modality, 'attempted');
    });

    it('linking reads the decisions with the report', async () => {
      const rows = await t.store.incidents.unlinkedReports(10, 0);
      const fam = rows.find((r) => r.report.id === family.report.id)!;
      assert.deepEqual(fam.decisions.map((d) => d.item), ['event:e1', 'event:e3']);
      assert.deepEqual(rows.find((r) => r.report.id === pursuit.report.id)!.decisions, []);
    });

    it('queues the least reviewed reports first', async () => {
      const q = await t.store.review.queue({});
      assert.equal(q.total, 2);
      assert.deepEqual(q.items.map((r) => [r.id, r.checked]), [[pursuit.report.id, 0], [family.report.id, 2]]);
      const x = family.extraction;
      assert.equal(q.items[1].items, x.events.length + x.actors.length + x.places.length + x.sources.length + x.claims.length);
    });

    it('re-extraction replaces the proposal, keeps every decision and marks the one it now conflicts with', async () => {
      const x = family.extraction;
      const changed = { ...x, extractor: 'better', events: x.events.map((e) => (e.id === 'e3' ? { ...e, count: 2 } : e)).filter((e) => e.id !== 'e5') };
      assert.deepEqual(await t.store.replaceExtraction(family.report.id, changed), { changed: true });
      assert.deepEqual(await t.store.replaceExtraction(family.report.id, changed), { changed: false });
      assert.deepEqual((await t.store.getReport(family.report.id))!.extraction, changed);
      assert.equal((await t.store.listEvents({ reportId: family.report.id })).total, x.events.length - 1);
      assert.equal((await t.store.listEvents({ q: 'fabricated' })).total, 0, 'the search index forgot the dropped event');
      assert.equal((await t.store.listEvents({ q: 'smuggled' })).total, 1);
      const decisions = await t.store.review.listDecisions(family.report.id);
      assert.equal(decisions.length, 2);
      const items = reviewItems(changed, decisions);
      const e3 = items.find((i) => i.id === 'event:e3')!;
      assert.equal(e3.review, 'corrected');
      assert.equal(e3.conflict, true);
      assert.equal((e3.value as { modality: string }).modality, 'attempted');
      assert.equal((e3.proposal as { count: number }).count, 2);
      assert.equal(items.find((i) => i.id === 'event:e1')!.review, 'rejected');
    });
  });

  describe(`${name} store: accounts and sessions`, () => {
    let t: TestStore;
    before(async () => { t = await open(); });
    after(async () => { await t?.cleanup(); });

    it('adds, changes, lists and removes accounts; a change ends the sessions', async () => {
      assert.equal(await t.store.users.count(), 0);
      assert.deepEqual(await t.store.users.put('ana', 'analyst', 'hash-1'), { created: true });
      await t.store.users.createSession('tok-1', 'ana', 'csrf-1', '2999-01-01T00:00:00.000Z');
      assert.equal((await t.store.users.findSession('tok-1', new Date().toISOString()))!.user.role, 'analyst');
      assert.equal(await t.store.users.findSession('tok-1', '3000-01-01T00:00:00.000Z'), null, 'an expired session is no session');
      assert.deepEqual(await t.store.users.put('ana', 'admin', 'hash-2'), { created: false });
      assert.equal(await t.store.users.findSession('tok-1', new Date().toISOString()), null);
      assert.equal((await t.store.users.find('ana'))!.passwordHash, 'hash-2');
      assert.deepEqual((await t.store.users.list()).map((u) => [u.name, u.role]), [['ana', 'admin']]);
      assert.equal(await t.store.users.remove('ana'), true);
      assert.equal(await t.store.users.remove('ana'), false);
      assert.equal(await t.store.users.count(), 0);
    });
  });

  describe(`${name} store: review states in the explore query`, () => {
    let t: TestStore;
    before(async () => { t = await open(); await t.store.saveReport(pursuit.report, pursuit.raw, pursuit.extraction); });
    after(async () => { await t?.cleanup(); });

    it('finds an event by its latest decision, a note changing nothing, and counts each state', async () => {
      const [first, second] = pursuit.extraction.events;
      const decide = (item: string, action: 'accept' | 'reject' | 'correct' | 'note', value: unknown = null) =>
        t.store.review.addDecision({ reportId: pursuit.report.id, item, action, value, basis: null, author: 'ana' });
      await decide(`event:${first.id}`, 'reject');
      await decide(`event:${first.id}`, 'accept', first);
      await decide(`event:${first.id}`, 'note', { body: 'checked against a second source' });
      await decide(`event:${second.id}`, 'correct', { ...second, modality: 'attempted' });
      const all = (await t.store.explore.summary({})).total;
      assert.ok(all >= 3, `the fixture has ${all} events`);
      const accepted = await t.store.explore.events({ review: ['accepted'] }, {});
      assert.deepEqual(accepted.items.map((e) => e.id), [first.id]);
      const proposed = await t.store.explore.events({ review: ['proposed'] }, { limit: 100 });
      assert.equal(proposed.total, all - 2);
      assert.ok(!proposed.items.some((e) => e.id === first.id || e.id === second.id));
      assert.equal((await t.store.explore.summary({ review: ['accepted', 'corrected'] })).total, 2);
      assert.equal((await t.store.explore.summary({ review: ['rejected'] })).total, 0);
      const facet = (await t.store.explore.summary({ review: ['accepted'] })).facets.review;
      assert.deepEqual(Object.fromEntries(facet.map((f) => [f.value, f.count])), { proposed: all - 2, accepted: 1, corrected: 1 });
    });
  });

  describe(`${name} store: audit log`, () => {
    let t: TestStore;
    before(async () => { t = await open(); });
    after(async () => { await t?.cleanup(); });

    it('appends a chain that verifies, lists newest first and filters', async () => {
      await Promise.all([1, 2, 3, 4, 5].map((i) => t.store.audit.append({ actor: i % 2 ? 'ana' : 'ben', action: 'review.accept', reportId: `r${i}`, before: { n: i }, after: { n: i + 1 } })));
      const check = await t.store.audit.verify();
      assert.deepEqual(check.problems, []);
      assert.equal(check.entries, 5);
      const all = await t.store.audit.list({});
      assert.deepEqual(all.items.map((e) => e.seq), [5, 4, 3, 2, 1]);
      assert.equal(check.head, all.items[0].hash);
      const ben = await t.store.audit.list({ actor: 'ben' });
      assert.equal(ben.total, 2);
      assert.equal((await t.store.audit.list({ reportId: 'r3' })).items[0].actor, 'ana');
    });
  });
}
