import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../tokens.js';
import { continuesNarrative } from './carry.js';

/** Does the event at `trigger` in a one-sentence text take the date told before it? */
function carries(sentence: string, trigger: string): boolean {
  const t = tokenize(sentence);
  const at = t.lower.indexOf(trigger);
  return continuesNarrative(t, 0, t.length, at);
}

test('a sentence that moves the story on does not take the earlier date', () => {
  assert.equal(carries('Two of them have since been sent to a camp.', 'sent'), false);
  assert.equal(carries('Meanwhile, officers keep watch on the family.', 'watch'), false);
  assert.equal(carries('Agents have been visiting homes at night.', 'visiting'), false);
});

test('"later" moves on only the acts after it', () => {
  assert.equal(carries('The guards were detained and later expelled.', 'detained'), true);
  assert.equal(carries('The guards were detained and later expelled.', 'expelled'), false);
  assert.equal(carries('Police then took the vendors away.', 'took'), true);
});
