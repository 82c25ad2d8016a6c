// Where an event happened, as the geography of its report tells it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDoc } from '../testing.case.js';

const placed = (text: string, opts = {}) => extractDoc(text, opts).layers.events!.map((e) => [e.type, e.placeIds]);

test("a state's mission works abroad: its country is no bound on where a place around puts its act", () => {
  const actors = [{ name: 'North Korean embassy', kind: 'organization' as const, canonId: 'kp.embassies' }, { name: 'Ministry of State Security', kind: 'organization' as const, canonId: 'kp.mss' }];
  const text = (agency: string) => `A trade official worked at a firm in Shenyang until last month. The ${agency} tried to track him down.`;
  assert.deepEqual(placed(text('North Korean embassy'), { actors }), [['PURSUIT', ['cn.shenyang']]]);
  // an agency at home is bound to its country: the place around is where the man was, not where it acted
  assert.deepEqual(placed(text('Ministry of State Security'), { actors }), [['PURSUIT', ['kp']]]);
});
