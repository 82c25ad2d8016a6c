import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WordBits } from './word-bits.js';

test('every word added may be there; most words never added are told apart', () => {
  const bits = new WordBits();
  const added = Array.from({ length: 3000 }, (_, i) => `name${i}`);
  for (const w of added) bits.add(w);
  for (const w of added) assert.equal(bits.mayHave(w), true, w);
  // with 3,000 words in 65,536 bits, about one unseen word in twenty shares a bit
  const others = Array.from({ length: 3000 }, (_, i) => `other${i}`);
  const maybe = others.filter((w) => bits.mayHave(w)).length;
  assert.ok(maybe < 300, `${maybe} of 3000 unseen words passed`);
  assert.equal(new WordBits().mayHave('name0'), false);
});
