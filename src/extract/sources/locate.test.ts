import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PlaceMention } from '../doc.js';
import { loadSourceLexicon } from './lexicon.js';
import { statedName } from './locate.js';
import { standardSpellings } from './spelling.js';

/** The mention of `spelled` in the text, resolved to the gazetteer's place `name`. */
const mention = (text: string, spelled: string, name: string): PlaceMention => {
  const start = text.indexOf(spelled);
  return { span: { start, end: start + spelled.length }, placeId: 'kp.kangwon', name, level: 'province', metonymy: false };
};

test('a source\'s location keeps the report\'s spelling of the place, without its level word', () => {
  const text = 'A farmer in Gangwon Province said the harvest was seized.';
  assert.equal(statedName(text, mention(text, 'Gangwon Province', 'Kangwon'), loadSourceLexicon()), 'Gangwon');
});

test('a place not written as a proper name in Latin letters keeps the gazetteer\'s name', () => {
  const lex = loadSourceLexicon();
  for (const spelled of ['the North', 'DPRK', 'N. Korea', '강원도']) {
    const text = `A resident of ${spelled} said so.`;
    assert.equal(statedName(text, mention(text, spelled, 'North Korea'), lex), 'North Korea', spelled);
  }
});

test('a spelling that is no standard romanisation of a Korean place gives way to the gazetteer\'s name', () => {
  const lex = loadSourceLexicon();
  const standard = standardSpellings('Kangwon', ['Kangwŏn', 'Gangwon Province', 'Kangweon', '강원도']);
  const at = (spelled: string) => {
    const text = `A miner in ${spelled} Province said the pits flooded.`;
    return statedName(text, mention(text, `${spelled} Province`, 'Kangwon'), lex, standard);
  };
  assert.equal(at('Gangwon'), 'Gangwon');
  assert.equal(at('Kang-won'), 'Kang-won');
  assert.equal(at('Kangweon'), 'Kangwon');
});

test('South Korea\'s initial-sound rule is a standard spelling: a leading r or n before i or y may drop', () => {
  const standard = standardSpellings('Ryanggang', ['Yanggang', 'Ryangkang', '양강도'])!;
  assert.ok(standard.has('ryanggang') && standard.has('yanggang'));
  assert.ok(!standard.has('ryangkang'));
});

test('a place without a Hangul name keeps every spelling the gazetteer lists', () => {
  assert.equal(standardSpellings('Yanji', ['Yanji City', 'Yenji']), null);
});

test('a country keeps the name the report gives it', () => {
  const text = 'A diplomat in Britain said the talks stalled.';
  const start = text.indexOf('Britain');
  const m: PlaceMention = { span: { start, end: start + 7 }, placeId: 'gb', name: 'United Kingdom', level: 'country', metonymy: false };
  assert.equal(statedName(text, m, loadSourceLexicon(), standardSpellings('United Kingdom', ['Britain', '영국'])), 'Britain');
});
