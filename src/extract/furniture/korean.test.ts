import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findFurniture } from './detect.js';

const kinds = (text: string) => findFurniture(text, null).map((f) => [f.kind, text.slice(f.span.start, f.span.end)]);

test('Korean captions, credits, bylines and stamps are furniture; report sentences are not', () => {
  const text = [
    '혜산서 밀수꾼 체포',
    '서울-홍길동 hong@example.org',
    '입력 : 2024-03-10 09:05:18 수정 : 2024-03-10 10:00:00',
    '',
    '압록강 건너편에서 바라본 혜산시 전경. /사진=시험통신',
    '',
    '(서울=시험통신) 홍길동 기자 = 양강도 혜산시에서 주민 3명이 체포됐다고 소식통이 전했다.',
    '',
    '▲ 국경 경비 초소의 모습 ⓒ시험통신',
    '',
    '소식통은 "이들은 중국으로 구리를 넘겼다"고 말했다. /사진=이 문장은 보도 내용이다',
  ].join('\n');
  assert.deepEqual(kinds(text), [
    ['byline', '서울-홍길동 hong@example.org'],
    ['dateline', '입력 : 2024-03-10 09:05:18 수정 : 2024-03-10 10:00:00'],
    ['caption', '압록강 건너편에서 바라본 혜산시 전경. /사진=시험통신'],
    ['byline', '(서울=시험통신) 홍길동 기자 = '],
    ['caption', '▲ 국경 경비 초소의 모습 ⓒ시험통신'],
  ]);
});
