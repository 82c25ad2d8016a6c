// Reviewing a report through the API: each decision shows as the item's review
// state, the extraction stays the machine's, notes and descriptors stay from
// viewers, and every decision is in the audit log.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import { openTestStore, type TestStore } from '../../store/test-store.js';
import { createApp } from '../app.js';
import { hashPassword } from '../auth/credentials.js';
import { fixtureReports } from '../fixtures.case.js';
import { call, signIn, type Client } from '../test-client.case.js';

const [hyesan] = fixtureReports();
const id = hyesan.report.id;
let t: TestStore;
let app: Hono;
let ana: Client, vera: Client, adam: Client;

before(async () => {
  t = await openTestStore();
  await t.store.saveReport(hyesan.report, new TextEncoder().encode(hyesan.report.text), hyesan.extraction);
  const hash = await hashPassword('test password 1');
  await t.store.users.put('ana', 'analyst', hash);
  await t.store.users.put('vera', 'viewer', hash);
  await t.store.users.put('adam', 'admin', hash);
  app = createApp({ store: t.store });
  [ana, vera, adam] = await Promise.all(['ana', 'vera', 'adam'].map((n) => signIn(app, n, 'test password 1')));
});
after(() => t.cleanup());

const review = async (body: unknown, who = ana) => {
  const res = await call(app, who, 'POST', `/api/reports/${id}/review`, body);
  return { status: res.status, body: await res.json() as any };
};
const view = async (who = ana) => (await call(app, who, 'GET', `/api/reports/${id}`)).json() as Promise<any>;

describe('POST /api/reports/:id/review', () => {
  test('every item starts as proposed', async () => {
    const v = await view();
    assert.ok(v.items.length > 0);
    assert.ok(v.items.every((i: any) => i.review === 'proposed'));
    assert.equal(v.extraction.events[0].review, 'proposed');
    assert.deepEqual(v.progress, { items: v.items.length, checked: 0, conflicts: 0 });
  });

  test('accept, reject and correct set the state; the machine extraction is kept as it was', async () => {
    assert.equal((await review({ item: 'event:e1', action: 'accept' })).status, 200);
    assert.equal((await review({ item: 'event:e2', action: 'reject' })).body.item.review, 'rejected');
    const corrected = await review({ item: 'event:e3', action: 'correct', value: { modality: 'rumoured', count: 2 } });
    assert.equal(corrected.status, 200);
    assert.equal(corrected.body.item.value.modality, 'rumoured');
    const v = await view();
    const state = Object.fromEntries(v.items.map((i: any) => [i.id, i.review]));
    assert.equal(state['event:e1'], 'accepted');
    assert.equal(state['event:e2'], 'rejected');
    assert.equal(state['event:e3'], 'corrected');
    assert.equal(v.extraction.events.find((e: any) => e.id === 'e3').modality, 'asserted', 'the machine proposal stays beside the decision');
    assert.equal(v.extraction.events.find((e: any) => e.id === 'e2').review, 'rejected');
    const events = await (await call(app, vera, 'GET', `/api/events?reportId=${id}`)).json() as any;
    assert.deepEqual(Object.fromEntries(events.items.map((e: any) => [e.id, e.review])), { e1: 'accepted', e2: 'rejected', e3: 'corrected' });
  });

  test('a correction that breaks the model or a reference is refused, naming the field', async () => {
    const bad = await review({ item: 'event:e1', action: 'correct', value: { type: 'PICNIC' } });
    assert.equal(bad.status, 400);
    assert.match(bad.body.error.message, /type/);
    const dangling = await review({ item: 'event:e1', action: 'correct', value: { participants: [{ actorId: 'a99', role: 'agent' }] } });
    assert.equal(dangling.status, 400);
    assert.match(dangling.body.error.message, /a99/);
    assert.equal((await review({ item: 'event:e99', action: 'accept' })).status, 404);
  });

  test('adds an item from a selection of the text, with the selection as evidence', async () => {
    const start = hyesan.report.text.indexOf('Their relatives');
    const added = await review({ action: 'add', value: { kind: 'actor', start, end: start + 'Their relatives'.length, speaker: 'x' } });
    assert.equal(added.status, 400, 'unknown fields are refused by the model');
    const ok = await review({ action: 'add', value: { kind: 'event', type: 'ARREST', start, end: start + 40 } });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.item.review, 'added');
    assert.deepEqual(ok.body.item.value.evidence, { start, end: start + 40 });
  });

  test('merges two actors: references move to the one kept', async () => {
    const merged = await review({ item: 'actor:a3', action: 'merge', value: { into: 'actor:a2' } });
    assert.equal(merged.status, 200);
    assert.equal(merged.body.item.mergedInto, 'actor:a2');
    assert.equal((await review({ item: 'actor:a3', action: 'merge', value: { into: 'place:kp-hyesan' } })).status, 400);
  });

  test('a private note is seen by analysts, never by viewers; viewers cannot review', async () => {
    assert.equal((await review({ item: 'event:e1', action: 'note', value: { body: 'check the date with a second outlet' } })).status, 200);
    assert.deepEqual((await view()).notes.map((n: any) => n.body), ['check the date with a second outlet']);
    const v = await view(vera);
    assert.equal(v.notes, undefined);
    for (const i of v.items.filter((x: any) => x.kind === 'source')) assert.equal('descriptor' in i.value, false);
    assert.doesNotMatch(v.report.text, /resident source/);
    assert.equal((await review({ item: 'event:e1', action: 'accept' }, vera)).status, 403);
  });
});

describe('queue, history and the audit log', () => {
  test('the queue lists reports by what is left to check', async () => {
    const q = await (await call(app, ana, 'GET', '/api/review/queue')).json() as any;
    assert.equal(q.items[0].id, id);
    assert.ok(q.items[0].checked >= 5);
  });

  test('each decision is an audit entry with before and after; reading descriptors is one too', async () => {
    const history = await (await call(app, ana, 'GET', `/api/reports/${id}/history`)).json() as any;
    const actions = history.items.map((e: any) => e.action);
    for (const a of ['review.accept', 'review.reject', 'review.correct', 'review.add', 'review.merge', 'review.note', 'read.sources']) assert.ok(actions.includes(a), a);
    const correct = history.items.find((e: any) => e.action === 'review.correct');
    assert.equal(correct.before.value.modality, 'asserted');
    assert.equal(correct.after.value.modality, 'rumoured');
    assert.equal(correct.actor, 'ana');
    assert.equal((await call(app, ana, 'GET', '/api/audit')).status, 403);
    const log = await (await call(app, adam, 'GET', '/api/audit?user=ana&action=review.reject')).json() as any;
    assert.equal(log.total, 1);
    assert.deepEqual((await t.store.audit.verify()).problems, []);
  });
});
