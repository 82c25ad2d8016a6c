import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstPhraseEnd, phraseAt, phraseEndsBefore, phraseIn, wordsAt, type Phrase } from './phrases.js';
import { tokenize, type Tokens } from './tokens.js';

/** Phrases written as "word|form word": one Set of forms per position. */
const phrases = (...written: string[]): Phrase[] => written.map((p) => p.split(' ').map((el) => new Set(el.split('|'))));

const t = tokenize('Residents believe the guards were moved because of rising smuggling near the river');
const at = (word: string, from = 0): number => {
  for (let k = from; k < t.length; k++) if (t.lower[k] === word) return k;
  throw new Error(`no "${word}"`);
};

test('wordsAt reads one form per position', () => {
  assert.equal(wordsAt(t, at('because'), phrases('because of')[0]), true);
  assert.equal(wordsAt(t, at('because'), phrases('because from')[0]), false);
});

test('phraseAt needs the phrase to end before the limit', () => {
  const list = phrases('the guards|soldiers', 'near the');
  assert.equal(phraseAt(t, at('the'), t.length, list), true);
  assert.equal(phraseAt(t, at('the'), at('the') + 1, list), false);
  assert.equal(phraseAt(t, at('guards'), t.length, list), false);
});

test('phraseIn finds any phrase of the list inside the window only', () => {
  const list = phrases('were moved', 'rising smuggling');
  assert.equal(phraseIn(t, 0, t.length, list), true);
  assert.equal(phraseIn(t, 0, at('moved'), list), false);
  assert.equal(phraseIn(t, at('rising'), t.length, list), true);
});

test('firstPhraseEnd is where the earliest-ending phrase ends, whatever the order of the list', () => {
  const list = phrases('near the river', 'residents believe', 'because of');
  assert.equal(firstPhraseEnd(t, 0, t.length, list), at('believe') + 1);
  assert.equal(firstPhraseEnd(t, 0, t.length, [...list].reverse()), at('believe') + 1);
  // a phrase must end before the end given
  assert.equal(firstPhraseEnd(t, 0, at('believe') + 1, list), at('believe') + 1);
  assert.equal(firstPhraseEnd(t, 2, t.length, list), at('of') + 1);
});

test('phraseEndsBefore allows a gap of up to reach words that pass the test', () => {
  const list = phrases('because of', 'amid');
  const any = (_t: Tokens, _from: number, _to: number) => true;
  const noThe = (tk: Tokens, from: number, to: number) => {
    for (let k = from; k < to; k++) if (tk.lower[k] === 'the') return false;
    return true;
  };
  const smuggling = at('smuggling');
  assert.equal(phraseEndsBefore(t, smuggling, 0, list, 1, any), true);
  assert.equal(phraseEndsBefore(t, smuggling, 0, list, 0, any), false);
  // the phrase may not start before `from`
  assert.equal(phraseEndsBefore(t, smuggling, at('of'), list, 1, any), false);
  const river = at('river');
  assert.equal(phraseEndsBefore(t, river, 0, phrases('near'), 1, any), true);
  assert.equal(phraseEndsBefore(t, river, 0, phrases('near'), 1, noThe), false);
});
