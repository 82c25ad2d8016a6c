import { test } from 'node:test';
import assert from 'node:assert/strict';
import { words } from '../knowledge/words.js';
import type { Doc } from './doc.js';
import { lowerAt, tokenize, tokensOf, wordsIn, wordsOf } from './tokens.js';

const doc = (text: string): Doc => ({ text, title: '', outlet: null, published: null, layers: {} });

/** Tokens as lower@start-end, ^ when the first letter is a capital. */
function showTokens(text: string): string[] {
  const t = tokensOf(doc(text));
  return Array.from({ length: t.length }, (_, k) => `${t.lower[k]}@${t.start[k]}-${t.end[k]}${t.upper[k] ? '^' : ''}`);
}

/** Words as key@start-end/break, + when glued by a hyphen, ^ when capitalised. */
function showWords(text: string): string[] {
  const w = wordsOf(doc(text));
  // a document's words come out of its tokenising pass, a name's from the word loop alone: the two agree
  assert.deepEqual(words(text), w);
  return Array.from({ length: w.length }, (_, k) => `${w.key[k]}@${w.start[k]}-${w.end[k]}/${w.brk[k]}${w.glued[k] ? '+' : ''}${w.cap[k] ? '^' : ''}`);
}

test('a document is tokenised as a name or phrase is', () => {
  const text = "Kim Jong-un's men, 30,000 of them, left at 4:30 a.m.";
  assert.deepEqual(tokensOf(doc(text)), tokenize(text));
});

test('ASCII words, hyphens, joiners and possessives', () => {
  const text = "Hamgyong-bukto, Jong - un -- NIS's 30,000 a.m. 4:30";
  assert.deepEqual(showTokens(text), [
    'hamgyong-bukto@0-14^', ',@14-15', 'jong@16-20^', '-@21-22', 'un@23-25', '-@26-27', '-@27-28',
    "nis's@29-34^", '30,000@35-41', 'a.m@42-45', '.@45-46', '4:30@47-51',
  ]);
  assert.deepEqual(showWords(text), [
    'hamgyong@0-8/2^', 'bukto@9-14/0+', 'jong@16-20/1^', 'un@23-25/0', 'nis@29-34/0^',
    '30@35-37/0', '000@38-41/1', 'a@42-43/0', 'm@44-45/2', '4@47-48/2', '30@49-51/1',
  ]);
});

test('an apostrophe before a digit ends a token but not a word', () => {
  const text = "80'5 rock'n'roll '90s";
  assert.deepEqual(showTokens(text), ['80@0-2', "'@2-3", '5@3-4', "rock'n'roll@5-16", "'@17-18", '90s@18-21']);
  assert.deepEqual(showWords(text), ['805@0-4/2', 'rocknroll@5-16/0', '90s@18-21/0']);
});

test('curly quotes and apostrophes, and the modifier letter apostrophe', () => {
  const text = 'Kim’s “sources” — the NIS’s report; Pʼyŏngyang, Kimʼs';
  assert.deepEqual(showTokens(text), [
    "kim's@0-5^", '"@6-7', 'sources@7-14', '"@14-15', '-@16-17', 'the@18-21', "nis's@22-27^", 'report@28-34',
    ';@34-35', 'pʼyŏngyang@36-46^', ',@46-47', 'kimʼs@48-53^',
  ]);
  assert.deepEqual(showWords(text), [
    'kim@0-5/2^', 'sources@7-14/1', 'the@18-21/1', 'nis@22-27/0^', 'report@28-34/0', 'pyongyang@36-46/1^', 'kim@48-53/1^',
  ]);
});

test('accented Latin is folded in words and kept in tokens', () => {
  const text = "Sinŭiju, P'yŏngyang; Chŏngjin-si Éire";
  assert.deepEqual(showTokens(text), ['sinŭiju@0-7^', ',@7-8', "p'yŏngyang@9-19^", ';@19-20', 'chŏngjin-si@21-32^', 'éire@33-37^']);
  assert.deepEqual(showWords(text), ['sinuiju@0-7/2^', 'pyongyang@9-19/1^', 'chongjin@21-29/1^', 'si@30-32/0+', 'eire@33-37/0^']);
});

test('a capital whose lower case is longer (İ) shifts no offsets', () => {
  const text = 'İstanbul and Éire: Kim’s';
  assert.deepEqual(showTokens(text), ['i̇stanbul@0-8^', 'and@9-12', 'éire@13-17^', ':@17-18', "kim's@19-24^"]);
  // kept as it was: once lower-casing has shifted the text, a non-ASCII capital is not flagged in words
  assert.deepEqual(showWords(text), ['istanbul@0-8/2', 'and@9-12/0', 'eire@13-17/0', 'kim@19-24/1^']);
});

test('Hangul words are whole, Chinese characters one word each', () => {
  const text = '혜산에서 보위부는 "체포"했다. 中国人民在丹东。Kim中a';
  assert.deepEqual(showTokens(text), [
    '혜산에서@0-4', '보위부는@5-9', '"@10-11', '체포@11-13', '"@13-14', '했다@14-16', '.@16-17',
    '中国人民在丹东@18-25', '。@25-26', 'kim中a@26-31^',
  ]);
  assert.deepEqual(showWords(text), [
    '혜산에서@0-4/2', '보위부는@5-9/0', '체포@11-13/1', '했다@14-16/1', '中@18-19/2', '国@19-20/0', '人@20-21/0', '民@21-22/0',
    '在@22-23/0', '丹@23-24/0', '东@24-25/0', 'kim@26-29/1^', '中@29-30/0', 'a@30-31/0',
  ]);
});

test('CJK marks and apostrophes next to Chinese characters', () => {
  const text = "a々b 中'b a'中";
  assert.deepEqual(showTokens(text), ['a々b@0-3', "中'b@4-7", "a'中@8-11"]);
  assert.deepEqual(showWords(text), ['a@0-1/2', 'b@2-3/1', '中@4-5/0', 'b@6-7/0', 'a@8-10/0', '中@10-11/0']);
});

test('emoji and other astral characters are no words', () => {
  const text = 'Hyesan 🚨 raid 😀! 𝐀bc';
  assert.deepEqual(showTokens(text), [
    'hyesan@0-6^', '\ud83d@7-8', '\udea8@8-9', 'raid@10-14', '\ud83d@15-16', '\ude00@16-17', '!@17-18', '\ud835@19-20', '\udc00@20-21', 'bc@21-23',
  ]);
  assert.deepEqual(showWords(text), ['hyesan@0-6/2^', 'raid@10-14/1', 'bc@21-23/2']);
});

test('a no-break space separates like a space, other wide spaces like punctuation', () => {
  const text = 'Kim\u00a0Jong-un\u2003said\u3000today';
  assert.deepEqual(showTokens(text), ['kim@0-3^', 'jong-un@4-11^', 'said@12-16', 'today@17-22']);
  assert.deepEqual(showWords(text), ['kim@0-3/2^', 'jong@4-8/0^', 'un@9-11/0+', 'said@12-16/1', 'today@17-22/1']);
});

test('lowerAt reads a token and gives the empty word outside the text', () => {
  const t = tokenize('Agents Arrived.');
  assert.equal(lowerAt(t, 0), 'agents');
  assert.equal(lowerAt(t, 2), '.');
  assert.equal(lowerAt(t, -1), '');
  assert.equal(lowerAt(t, 3), '');
});

test('a text of one-character tokens, and Chinese of one-character words, outgrow the first arrays and lose nothing', () => {
  // the arrays start at a quarter of the text's length: these hold a token or a word per character or two
  const letters = Array.from({ length: 400 }, (_, i) => String.fromCharCode(65 + (i % 26))).join(' ');
  const t = tokenize(letters);
  assert.equal(t.length, 400);
  assert.equal(t.lower[399], 'j');
  assert.deepEqual([t.start[399], t.end[399], t.upper[399]], [798, 799, 1]);
  const chinese = '中国'.repeat(300);
  const w = wordsIn(chinese);
  assert.equal(w.length, 600);
  assert.equal(w.key[599], '国');
  assert.deepEqual([w.start[599], w.end[599], w.brk[599]], [599, 600, 0]);
});
