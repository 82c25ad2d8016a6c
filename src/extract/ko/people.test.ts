import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createBuiltinExtractor } from '../builtin.js';

const extractor = createBuiltinExtractor();
const people = (text: string) =>
  extractor.extractSync({ text, title: '시험 기사', outlet: null, published: '2024-03-10', language: 'ko' }).actors
    .filter((a) => a.kind === 'person')
    .map((a) => [a.name, a.mentions.map((m) => text.slice(m.start, m.end))]);

test('a name introduced by a title, an organisation and title, or a kinship word is a person, with its later uses', () => {
  const text = '박영철 인권연대 대표는 기자회견에서 체포 사실을 밝혔다. 박영철은 "중국 공안이 이들을 넘겼다"고 말했다.\n\n처형된 간부의 부인 조미향과 동생 조철수도 추방됐다.';
  assert.deepEqual(people(text), [
    ['박영철', ['박영철', '박영철']],
    ['조미향', ['조미향']],
    ['조철수', ['조철수']],
  ]);
});

test('a withheld name (오모 씨) and its short forms are one person; nouns that start like surnames are not', () => {
  const text = '회령시 주민 오모 씨(45)가 지난달 보위부에 체포됐다. 오 씨는 조사를 받고 있으며 오씨의 가족도 감시를 받는다.\n\n선장이 배를 몰았고 주도하던 간부가 연애한 사실도 드러났다. 김씨 일가의 통치는 계속된다.';
  assert.deepEqual(people(text), [['오모 씨', ['오모 씨', '오 씨', '오씨']]]);
});

test('a bare three-syllable word with no introduction is no person', () => {
  assert.deepEqual(people('장마당에서 단속이 심해졌다고 양강도 소식통이 전했다.'), []);
});
