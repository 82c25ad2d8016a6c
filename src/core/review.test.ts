import assert from 'node:assert/strict';
import { test } from 'node:test';
import { family } from '../store/test-fixtures.js';
import { applyReview, reviewItems, reviewStates, type ReviewDecision } from './review.js';

let seq = 0;
const d = (item: string, action: ReviewDecision['action'], value: unknown = null, basis: string | null = null): ReviewDecision =>
  ({ seq: ++seq, reportId: family.report.id, item, action, value, basis, author: 'ana', createdAt: '2026-12-01T00:00:00Z' });

test('a merged actor disappears and its references and mentions move to the one kept', () => {
  const x = family.extraction;
  const a3 = x.actors.find((a) => a.id === 'a3')!;
  const reviewed = applyReview(x, [d('actor:a3', 'merge', { into: 'actor:a2' })]);
  assert.equal(reviewed.actors.some((a) => a.id === 'a3'), false);
  const a2 = reviewed.actors.find((a) => a.id === 'a2')!;
  assert.ok(a2.aliases.includes(a3.name));
  assert.equal(a2.mentions.length, x.actors.find((a) => a.id === 'a2')!.mentions.length + a3.mentions.length);
  assert.deepEqual(reviewed.events.find((e) => e.id === 'e1')!.participants, [{ actorId: 'a1', role: 'agent' }, { actorId: 'a2', role: 'target' }]);
  assert.deepEqual(reviewed.claims.find((c) => c.id === 'c2')!.speaker, { actorId: 'a2' });
  assert.deepEqual(x.actors.find((a) => a.id === 'a2')!.aliases, [], 'the machine extraction is not changed');
});

test('rejecting a source or an actor drops the references to it; a later decision wins', () => {
  const reviewed = applyReview(family.extraction, [d('source:s1', 'reject'), d('actor:a4', 'reject'), d('event:e4', 'reject'), d('event:e4', 'accept', family.extraction.events[3])]);
  assert.ok(reviewed.events.every((e) => e.sources.length === 0));
  assert.equal(reviewed.claims.find((c) => c.id === 'c1')!.speaker, null);
  assert.ok(reviewed.events.some((e) => e.id === 'e4'));
  assert.equal(reviewStates([d('event:e1', 'reject'), d('event:e1', 'note', { body: 'x' })]).get('event:e1'), 'rejected', 'a note changes no state');
});

test('an item people added joins the record', () => {
  const added = { ...family.extraction.events[0], id: 'h1', type: 'PUNISHMENT' as const };
  const items = reviewItems(family.extraction, [d('event:h1', 'add', added)]);
  assert.equal(items.find((i) => i.id === 'event:h1')!.review, 'added');
  assert.equal(applyReview(family.extraction, [d('event:h1', 'add', added)]).events.length, family.extraction.events.length + 1);
});
