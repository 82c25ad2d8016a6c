// The rule-based analyser and the Korean sentence splitter, on words written for the project.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildKoLexicon } from './lexicon.js';
import { BUNDLED_LEXICON } from '../lexicon-file.js';
import { createAnalyser, eojeols } from './morph.js';
import { splitKorean } from './sentences.js';
import { isKoreanSpan } from './script.js';

const lex = buildKoLexicon([BUNDLED_LEXICON]);
const an = createAnalyser(lex.morph);

test('particles come off a noun, several in a row', () => {
  assert.deepEqual(an.analyse('혜산에서'), { stem: '혜산', light: '', ending: '', particles: ['에서'] });
  assert.deepEqual(an.analyse('주민들이').particles, ['들', '이']);
  assert.equal(an.analyse('주민들이').stem, '주민');
  assert.equal(an.analyse('보위부는').stem, '보위부');
  assert.equal(an.analyse('혜산시에서도').stem, '혜산시');
});

test('a predicate splits into stem, light verb and ending', () => {
  assert.deepEqual(an.analyse('체포됐다'), { stem: '체포', light: '됐', ending: '다', particles: [] });
  assert.deepEqual(an.analyse('탈북하려다'), { stem: '탈북', light: '하', ending: '려다', particles: [] });
  assert.equal(an.analyse('체포당했다').light, '당했');
  assert.equal(an.analyse('처형한').stem, '처형');
  // no light verb in a noun that merely contains 하: 지하에서 is 지하 + 에서
  assert.equal(an.analyse('지하에서').stem, '지하');
});

test('words keep their UTF-16 offsets and drop punctuation', () => {
  const text = '“혜산시에서 2명이 체포됐다.”';
  const w = eojeols(text, { start: 0, end: text.length });
  assert.deepEqual(w.map((x) => x.text), ['혜산시에서', '2명이', '체포됐다']);
  for (const x of w) assert.equal(text.slice(x.start, x.end), x.text);
});

test('Korean sentences split after a verb ending and at line breaks; English is left alone', () => {
  const text = '주민 3명이 체포됐다. 이들은 조사를 받고 있다.\n사진=연합';
  const parts = splitKorean(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(parts, ['주민 3명이 체포됐다.', '이들은 조사를 받고 있다.', '사진=연합']);
  assert.equal(isKoreanSpan('Three people were arrested in Hyesan.', { start: 0, end: 36 }), false);
  assert.equal(isKoreanSpan('혜산(Hyesan)에서 체포됐다.', { start: 0, end: 19 }), true);
});

test('the bundled word lists load, and a broken user file is refused naming the file', async () => {
  assert.ok(lex.events.triggers.some((t) => t.type === 'ARREST' && t.words.includes('체포')));
  assert.equal(lex.sources.nouns.get('소식통'), 'anonymous_insider');
  const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'ko-lex-'));
  mkdirSync(join(dir, 'ko'));
  writeFileSync(join(dir, 'ko', 'events.json'), JSON.stringify({ triggers: [{ type: 'ARRESTED', words: ['체포'] }] }));
  assert.throws(() => buildKoLexicon([BUNDLED_LEXICON, dir]), (e: Error & { where?: string }) => /events\.json/.test(`${e.message} ${e.where}`));
  writeFileSync(join(dir, 'ko', 'events.json'), JSON.stringify({ triggers: [{ type: 'ARREST', words: ['나포'] }] }));
  assert.ok(buildKoLexicon([BUNDLED_LEXICON, dir]).events.triggers.some((t) => t.words.includes('나포')));
});
