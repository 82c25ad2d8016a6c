import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDoc } from '../testing.case.js';

const actors = [{ name: 'Park Sun-hee', kind: 'person' as const }, { name: 'security agents', kind: 'role' as const }];
const participants = (text: string) => {
  const doc = extractDoc(text, { actors });
  return doc.layers.events!.map((e) => `${e.type}: ${e.participants.map((p) => `${doc.layers.actors![p.actorIndex].name} ${p.role}`).join(', ')}`);
};

test('the one who tells of an event is no participant of it: "said Kim", "according to Kim", "Kim, who heads a group, told reporters"', () => {
  for (const text of [
    'Two traders were arrested in Hyesan last week, said Park Sun-hee of a Seoul-based group.',
    'Two traders were arrested in Hyesan last week, according to Park Sun-hee.',
    'Two traders were arrested in Hyesan last week, Park Sun-hee, who heads a group in Seoul, told reporters.',
  ]) {
    const found = participants(text);
    assert.ok(found.length > 0 && found.every((e) => !e.includes('Park Sun-hee')), `${text} -> ${found.join(' | ')}`);
  }
  assert.ok(participants('Park Sun-hee was arrested in Hyesan last week.').some((e) => e.includes('Park Sun-hee target')));
  assert.ok(participants('Two traders were arrested in Hyesan by security agents, Park Sun-hee said.').some((e) => e.includes('security agents agent') && !e.includes('Park')));
});
