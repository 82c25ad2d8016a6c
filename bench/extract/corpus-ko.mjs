// Generates the Korean benchmark corpus: reports in the manner of Korean-language outlets
// covering North Korea, from templates written for Casefile (no outlet's text), with the
// same seeded PRNG as the English corpus. Words are counted as Korean writes them: one
// space-separated word (eojeol) is one word.
import { batchesOf, createRandom } from './corpus.mjs';

const PROVINCES = ['양강도', '함경북도', '함경남도', '평안북도', '자강도', '황해남도', '강원도'];
const TOWNS = ['혜산시', '회령시', '무산군', '청진시', '신의주시', '삼지연시', '온성군', '함흥시', '만포시', '평성시'];
const CHINA = ['중국 단둥', '중국 옌지', '중국 선양', '중국 창바이현', '중국 훈춘'];
const ORGANS = ['보위부', '국가보위성', '도 보위국', '사회안전성', '보안서', '국경경비대', '검찰소', '당위원회', '중앙당 검열단'];
const PEOPLE = ['주민', '여성 주민', '간부', '노동자', '대학생', '밀수꾼', '군인', '일가족'];
const WHEN = ['지난 5일', '지난달 하순', '이달 초', '올해 3월', '지난달 중순', '최근', '지난 12일', '지난해 10월'];
const SOURCES = ['내부 소식통', '대북 소식통', '현지 소식통', '한 간부 소식통'];

const EVENTS = [
  (c) => `${c.when} ${c.town}에서 ${c.people} ${c.n}명이 ${c.organ}에 체포됐다.`,
  (c) => `${c.organ}는 ${c.town} 일대에서 불법 휴대전화 사용자에 대한 집중 단속과 검열을 벌이고 있다.`,
  (c) => `${c.people} ${c.n}명이 ${c.when} 두만강을 건너 탈북하려다 국경경비대에 붙잡혔다.`,
  (c) => `${c.china}에서 체포된 탈북민 ${c.n}여명이 ${c.when} 강제북송된 것으로 알려졌다.`,
  (c) => `${c.town}에서는 ${c.when} 마약 밀매에 가담한 ${c.people}에 대한 공개재판이 열려 ${c.n}명이 교화형을 선고받았다.`,
  (c) => `${c.organ} 간부가 뇌물을 받고 밀수를 눈감아 준 사실이 드러나 조사를 받고 있다.`,
  (c) => `당국은 탈북자 가족들을 산간 지역으로 추방하라는 지시를 내렸다.`,
  (c) => `${c.organ}는 주민들에게 탈북자를 신고하면 포상금을 주겠다고 포치했다.`,
  (c) => `조사 과정에서 ${c.organ}가 증거를 조작해 ${c.people}에게 누명을 씌운 것으로 전해졌다.`,
  (c) => `이 과정에서 ${c.people} 한 명이 심하게 구타를 당해 병원으로 옮겨졌다고 한다.`,
];
const TALK = [
  (c) => `${c.day}일 데일리NK ${c.province} 소식통에 따르면, ${c.body}`,
  (c) => `${c.province}의 ${c.source}은 "${c.body}"고 전했다.`,
  (c) => `소식통은 "${c.body}"며 "주민들 사이에서 불안감이 커지고 있다"고 말했다.`,
  (c) => `또 다른 소식통은 ${c.body.replace(/다\.$/, '다고')} 설명했다.`,
  (c) => c.body,
];

function context(r) {
  return {
    when: r.pick(WHEN), town: r.pick(TOWNS), organ: r.pick(ORGANS), people: r.pick(PEOPLE), n: r.int(2, 40),
    china: r.pick(CHINA), province: r.pick(PROVINCES), source: r.pick(SOURCES), day: r.int(1, 28),
  };
}

function report(r) {
  const paragraphs = [];
  const n = r.int(5, 12);
  for (let i = 0; i < n; i++) {
    const sentences = [];
    for (let j = r.int(1, 3); j > 0; j--) {
      const c = context(r);
      sentences.push(r.pick(TALK)({ ...c, body: r.pick(EVENTS)(c) }));
    }
    paragraphs.push(sentences.join(' '));
  }
  const c = context(r);
  const title = `${c.town} ${c.people} ${c.n}명 ${c.organ}에 체포`;
  const text = `${title}\n\n${paragraphs.join('\n\n')}`;
  return { title, text, outlet: '데일리NK', published: `2024-0${r.int(1, 9)}-${String(r.int(10, 28))}`, language: 'ko', words: text.split(/\s+/).filter(Boolean).length };
}

function* generateKoreanReports({ seed, words }) {
  const r = createRandom(seed ^ 0x6b6f);
  for (let total = 0; total < words; ) {
    const rep = report(r);
    total += rep.words;
    yield rep;
  }
}

export function koreanReportBatches({ seed = 20240611, words = 500_000 } = {}, batchWords = 50_000) {
  return batchesOf(generateKoreanReports({ seed, words }), batchWords);
}
