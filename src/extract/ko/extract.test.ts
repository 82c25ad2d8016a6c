// Korean reports written for the project, through the whole built-in extractor with
// the bundled knowledge: the same record as from English reports, offsets into the Korean text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Extraction } from '../../core/model.js';
import { createBuiltinExtractor } from '../builtin.js';

const extractor = createBuiltinExtractor();
const run = (text: string, published: string | null = '2024-03-10') =>
  extractor.extractSync({ text, title: '시험 기사', outlet: null, published, language: 'ko' });
const ofType = (x: Extraction, type: string) => x.events.filter((e) => e.type === type);

const REPORT = [
  '혜산서 밀수 주민 체포',
  '',
  '10일 양강도 소식통에 따르면, 지난 5일 혜산시에서 밀수를 하던 주민 2명이 보위부에 체포됐다.',
  '',
  '소식통은 "이들은 지난달 하순 중국으로 구리를 밀반출한 혐의로 조사를 받고 있다"고 전했다.',
  '',
  '또 다른 소식통은 같은 마을의 한 가족이 탈북하려다 국경경비대에 붙잡혔다고 말했다.',
].join('\n');

test('a Korean report gives events, places, actors and sources with offsets into its text', () => {
  const text = REPORT;
  const x = run(text);
  const arrest = ofType(x, 'ARREST');
  assert.equal(arrest.length, 1);
  assert.deepEqual(arrest[0].places.map((p) => p.name).slice(0, 2), ['Hyesan', 'Ryanggang']);
  assert.deepEqual(arrest[0].date, { value: '2024-03-05', precision: 'day' });
  assert.equal(text.slice(arrest[0].trigger.start, arrest[0].trigger.end), '체포');
  assert.equal(arrest[0].count, 2);
  assert.ok(ofType(x, 'SMUGGLING').length >= 1);
  assert.ok(ofType(x, 'INVESTIGATION').length === 1);
  const defection = ofType(x, 'DEFECTION');
  assert.equal(defection.length, 1);
  assert.equal(defection[0].modality, 'attempted');
  assert.ok(x.actors.some((a) => a.canonId === 'kp.mss'));
  assert.ok(x.actors.some((a) => a.canonId === 'kp.border-guards'));
  for (const p of x.places) for (const m of p.mentions) assert.ok(/^(혜산|양강도|중국)/.test(text.slice(m.start, m.end)));
});

test('sources: a located one, the bare mention pointing back to it, and 또 다른 소식통 as a separate one', () => {
  const x = run(REPORT);
  assert.equal(x.sources.length, 2);
  assert.equal(x.sources[0].location, 'Ryanggang');
  assert.equal(x.sources[0].mentions.length, 2);
  assert.equal(REPORT.slice(x.sources[0].mentions[0].start, x.sources[0].mentions[0].end), '양강도 소식통');
  assert.equal(x.sources[1].location, null);
  // the day the source spoke (10일 ... 소식통에 따르면) is no event date
  assert.ok(x.events.every((e) => e.date.value !== '2024-03-10'));
});

test('relative dates resolve against the publication date at their precision', () => {
  const month = (s: string) => run(s).events[0]?.date;
  assert.deepEqual(month('함경북도 회령시에서 지난달 하순 주민이 체포됐다.'), { value: '2024-02', precision: 'month' });
  assert.deepEqual(month('함경북도 회령시에서 이달 초 주민이 체포됐다.'), { value: '2024-03', precision: 'month' });
  assert.deepEqual(month('함경북도 회령시에서 올해 1월 주민이 체포됐다.'), { value: '2024-01', precision: 'month' });
  // a day after the publication day is last month's
  assert.deepEqual(month('함경북도 회령시에서 25일 주민이 체포됐다.'), { value: '2024-02-25', precision: 'day' });
  assert.deepEqual(month('함경북도 회령시에서 2023년 11월 주민이 체포됐다.'), { value: '2023-11', precision: 'month' });
});

test('modality: negation and a guess record nothing; a rumour is rumoured; reported speech is asserted', () => {
  assert.equal(ofType(run('보위부는 혜산시에서 주민들을 체포하지 않았다.'), 'ARREST').length, 0);
  assert.equal(ofType(run('소식통은 혜산시 간부가 뇌물을 받았을 가능성이 크다고 말했다.'), 'CORRUPTION').length, 0);
  assert.equal(ofType(run('평양에서 간부 3명이 처형됐다는 소문이 돌고 있다.'), 'PUNISHMENT')[0]?.modality, 'rumoured');
  assert.equal(ofType(run('혜산시에서 주민 수십 명이 체포된 것으로 알려졌다.'), 'ARREST')[0]?.modality, 'asserted');
  assert.equal(ofType(run('혜산시에서 주민 수십 명이 체포된 것으로 알려졌다.'), 'ARREST')[0]?.count, 10);
});

test('a defector is no defection unless the next words catch or return them', () => {
  assert.equal(ofType(run('한국에 사는 탈북민들이 보낸 돈이 혜산시에 전해졌다.'), 'DEFECTION').length, 0);
  const x = run('중국 선양에서 탈북민 5명이 공안에 체포돼 강제북송됐다.');
  assert.deepEqual(ofType(x, 'DEFECTION')[0]?.places[0]?.name, 'Shenyang');
  assert.ok(ofType(x, 'REPATRIATION').length === 1);
});

test('what the state does at home is placed in North Korea, not in a foreign country the sentence names', () => {
  const x = run('보위부는 한국 영화를 본 주민들에 대한 검열을 진행했다.');
  assert.deepEqual(ofType(x, 'INVESTIGATION')[0]?.places.map((p) => p.name), ['North Korea']);
});

test('relatives punished for another\'s act are a collective punishment', () => {
  const x = run('청진시에서 간부 1명이 처형됐고 그의 가족들까지 추방됐다.');
  assert.equal(ofType(x, 'COLLECTIVE_PUNISHMENT').length, 1);
  assert.equal(ofType(run('회령시의 일가족이 관리소로 보내졌다.'), 'COLLECTIVE_PUNISHMENT').length, 0);
});

test('a report mixing English and Korean is read sentence by sentence', () => {
  const text = 'Two women were arrested in Musan last week, a source said.\n\n혜산시에서 주민 3명이 공개재판을 받았다.';
  const x = run(text);
  assert.deepEqual(ofType(x, 'ARREST')[0]?.places[0]?.name, 'Musan');
  const punishment = ofType(x, 'PUNISHMENT');
  assert.equal(punishment[0]?.places[0]?.name, 'Hyesan');
  assert.equal(text.slice(punishment[0].trigger.start, punishment[0].trigger.end), '공개재판');
});

test('working to catch someone is a pursuit, not an arrest; a warned punishment is no event', () => {
  const x = run(['국경 봉쇄', '', '보위부는 도주한 군인들을 체포하기 위해 혜산에 요원들을 파견했다고 소식통이 전했다.', '', '당국은 불법 전화 사용자에 대한 처벌이 예고되었다고 밝혔다.'].join('\n'));
  const types = x.events.map((e) => e.type);
  assert.ok(types.includes('PURSUIT') && !types.includes('ARREST') && !types.includes('PUNISHMENT'));
  const y = run('양강도 소식통은 "보안원들이 밀수꾼 검거에 나섰다"고 말했다.');
  assert.deepEqual(y.events.map((e) => e.type).filter((t) => t !== 'SMUGGLING'), ['PURSUIT']);
});

test("a defector's family punished is collective punishment, and names no defection", () => {
  const x = run('함경북도 소식통은 "탈북자 가족에 대한 처벌은 농촌 추방이 보통"이라고 전했다.');
  const types = x.events.map((e) => e.type);
  assert.ok(types.includes('COLLECTIVE_PUNISHMENT'));
  assert.ok(!types.includes('DEFECTION'));
});

test('an inspection is an investigation, as in English reports', () => {
  const x = run('보위성 주도의 검열에서 주민 3명이 처벌을 받았다고 소식통이 전했다.');
  assert.ok(x.events.some((e) => e.type === 'INVESTIGATION'));
  assert.ok(!x.events.some((e) => e.type === 'SURVEILLANCE'));
});

test('a unit or a post named after its watch (경비대, 경계근무) is no surveillance; the watching is', () => {
  const unit = run('제3국경경비여단 소속 군관이 밀수 혐의로 체포됐다고 소식통이 전했다.');
  assert.ok(unit.events.some((e) => e.type === 'ARREST'));
  assert.ok(!unit.events.some((e) => e.type === 'SURVEILLANCE'));
  const post = run('그는 경계근무를 서던 중 동료와 다툼을 벌였다고 한다.');
  assert.ok(!post.events.some((e) => e.type === 'SURVEILLANCE'));
  const watch = run('보위부가 탈북자 가족들을 밤낮으로 감시하고 있다고 소식통이 전했다.');
  assert.ok(watch.events.some((e) => e.type === 'SURVEILLANCE'));
});

test('conduct a campaign aims at (처벌 대상, 검열대상은 ... 밀수 등) is no event; the campaign is', () => {
  const x = run('도 검열단은 이번 검열의 주된 대상은 간부들의 비리와 개인 밀수 등이라고 밝혔다고 소식통이 전했다.');
  const types = x.events.map((e) => e.type);
  assert.ok(types.includes('INVESTIGATION'));
  assert.ok(!types.includes('SMUGGLING'));
  const y = run('소식통은 "휴대전화로 외부와 연락하면 처벌 대상이 된다"고 말했다.');
  assert.ok(!y.events.some((e) => e.type === 'PUNISHMENT'));
});

test('an appeal for the detained (구제를 요청, 석방 촉구) is a protest', () => {
  const x = run('가족들은 국가인권위원회에 이들의 긴급구제를 요청했다고 단체 대표가 전했다.');
  assert.ok(x.events.some((e) => e.type === 'PROTEST'));
  const y = run('단체들은 중국 대사관 앞에서 탈북자들의 석방을 촉구했다.');
  assert.ok(y.events.some((e) => e.type === 'PROTEST'));
});

test("a trigger noun is told by its clause's predicate: a forecast, a possibility or a risk records nothing", () => {
  // the predicate comes several words after the noun
  assert.equal(ofType(run('소식통은 "이들은 함경북도의 정치범수용소 중에서도 가장 험한 곳에 보내질 가능성이 크다"고 말했다.'), 'PUNISHMENT').length, 0);
  assert.equal(ofType(run('체포된 주민들은 평양에서 공개 처형될 수도 있다고 소식통이 전했다.'), 'PUNISHMENT').length, 0);
  assert.equal(ofType(run('회령시 간부는 곧 철직될 것으로 보인다.'), 'PUNISHMENT').length, 0);
  assert.equal(ofType(run('선양에서 붙잡힌 탈북민 10명이 북송위기에 처했다.'), 'REPATRIATION').length, 0);
  assert.equal(ofType(run('중국 선양에서 탈북민 10명 체포, 사형 유력'), 'PUNISHMENT').length, 0);
  assert.equal(ofType(run('국경 초소가 무너져 주민들의 탈북이 용이해졌다고 소식통이 전했다.'), 'DEFECTION').length, 0);
  // what was done stays asserted, the noun's own clause read to its end
  assert.equal(ofType(run('혜산시 주민 2명이 노동단련대 6개월 처벌을 받았다고 소식통이 전했다.'), 'PUNISHMENT')[0]?.modality, 'asserted');
  assert.equal(ofType(run('도 보위부는 밀수꾼들에 대한 처벌을 받지 않았다고 밝혔다.'), 'PUNISHMENT').length, 0);
});

test('words joined by a middle dot share the last one\'s ending: 체포·송환하기 위해 is a pursuit', () => {
  const x = run('보위부는 도주한 군인을 체포·송환하기 위해 중국에 요원들을 보냈다고 소식통이 전했다.');
  assert.ok(ofType(x, 'PURSUIT').length === 1);
  assert.equal(ofType(x, 'ARREST').length, 0);
  // the same pair told as done is an arrest
  assert.equal(ofType(run('무산군에서 밀수꾼 3명이 체포·구금됐다.'), 'ARREST').length, 1);
});

test('a caught smuggler (단속됐다) is an arrest only, not also the crackdown the bare word names', () => {
  const x = run('혜산시에서 구리를 넘기던 주민이 초소에 단속됐다고 소식통이 전했다.');
  assert.equal(ofType(x, 'ARREST').length, 1);
  assert.equal(ofType(x, 'SURVEILLANCE').length, 0);
  assert.equal(ofType(run('보안서는 이달 들어 장마당 단속을 강화했다.'), 'SURVEILLANCE').length, 1);
});

test('a camp tells a punishment only with someone sent or held there', () => {
  assert.equal(ofType(run('북한은 함경남도에 대규모 수용소를 짓고 있는 것으로 알려졌다.'), 'PUNISHMENT').length, 0);
  assert.equal(ofType(run('요덕관리소에는 여성 수감시설이 따로 있다.'), 'PUNISHMENT').length, 0);
  assert.equal(ofType(run('회령시 주민 2명이 교화소로 보내졌다고 소식통이 전했다.'), 'PUNISHMENT').length, 1);
  assert.equal(ofType(run('간부의 가족은 수용소나 산골로 추방됐다.'), 'PUNISHMENT').length, 1);
});

test('smugglers crossing the border are on a smuggling run; a resident crossing it defects', () => {
  const x = run('체포된 밀수꾼 5명 중 중국에 월경했던 2명이 처벌을 받았다.');
  assert.equal(ofType(x, 'DEFECTION').length, 0);
  assert.equal(ofType(x, 'SMUGGLING').length, 1);
  const y = run('온성군 주민 일가족 4명이 지난달 두만강을 건너 중국으로 갔다.');
  assert.equal(ofType(y, 'DEFECTION').length, 1);
});

test('a broker in a defection\'s words is smuggling; a remittance or phone broker is not', () => {
  assert.equal(ofType(run('그는 브로커를 통해 탈북했다고 말했다.'), 'SMUGGLING').length, 1);
  assert.equal(ofType(run('혜산시의 송금브로커 여러 명이 탈북민 가족에게 돈을 전해주다 체포됐다.'), 'SMUGGLING').length, 0);
});

test('bribes and a blind eye for money are corruption; a house search is surveillance', () => {
  assert.equal(ofType(run('경비대 군인들은 돈을 받고 밀수를 묵인했다고 소식통이 전했다.'), 'CORRUPTION').length, 1);
  const x = run('보안원들이 집집마다 가택수색을 벌였다고 소식통이 전했다.');
  assert.equal(ofType(x, 'SURVEILLANCE').length, 1);
  assert.equal(ofType(x, 'PURSUIT').length, 0);
});

test('the dragnet or the investigator is no investigation; being found out (발각) is surveillance; catching for a purpose is a pursuit', () => {
  assert.equal(ofType(run('그는 결국 보위부의 수사망에 걸려 체포됐다.'), 'INVESTIGATION').length, 0);
  assert.equal(ofType(run('병사 한 명이 한국 방송을 듣다가 발각되어 체포됐다.'), 'SURVEILLANCE').length, 1);
  const x = run('당국은 도주한 공범들을 잡기 위해 국경 초소에 병력을 보냈다.');
  assert.equal(ofType(x, 'PURSUIT').length, 1);
  assert.equal(ofType(run('보위원들이 장성의 친척들을 끌어갈 때 주민들이 지켜봤다.'), 'ARREST').length, 1);
});

test('a source is described by a bare noun after its place (함경북도 사법기관 한 소식통), not by words across a bracket', () => {
  const x = run('방송은 함경북도 사법기관 한 소식통을 인용해 청진시에서 주민 2명이 체포됐다고 보도했다.');
  assert.deepEqual(x.sources.map((s) => s.location), ['North Hamgyong']);
  const y = run('미국 자유아시아방송(RFA)이 내부 소식통을 인용해 혜산시에서 주민이 체포됐다고 전했다.');
  assert.ok(y.sources.every((s) => s.location !== 'United States'));
});

test('a titled speaker who says the sentence, or is cited, is a source; where they live is its location', () => {
  const x = run(['탈북민 구출 단체 대표 회견', '', '김철수 탈북자구출연대 대표는 "선양에서 탈북민 10명이 체포됐다"고 말했다.', '', '김 대표는 이들이 곧 북송될 것이라고 덧붙였다.', '', '한국에 사는 탈북자 가족 A 씨에 따르면 이들 중에는 어린이도 있다.'].join('\n'));
  assert.deepEqual(x.sources.map((s) => s.location), [null, 'South Korea']);
  assert.equal(x.sources[0].mentions.length, 2);
  // a person the source speaks about is no source
  const y = run('소식통은 "최 씨는 중국에 다녀온 뒤 체포됐다"고 말했다.');
  assert.equal(y.sources.length, 1);
  assert.ok(!/씨/.test(y.sources[0].descriptor));
});

test('Korean names of places abroad and of North Korean counties are found (쿤밍, 창춘, 윈난성, 홍원군, 영국)', () => {
  const x = run('홍원군 출신 탈북민 일가족이 윈난성 쿤밍을 거쳐 라오스로 가다 창춘에서 붙잡혔다고 영국 언론이 전했다.');
  const names = x.places.map((p) => p.name);
  for (const n of ['Hongwŏn', 'Yunnan', 'Kunming', 'Changchun', 'United Kingdom']) assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
});

test('a day right before a verb of telling (26일 알려졌다) dates the telling, not the event', () => {
  const x = run('보위부가 국경 지역에 검열단을 파견한 것으로 9일 알려졌다.');
  assert.equal(ofType(x, 'INVESTIGATION')[0]?.date.value, null);
  const y = run('보위부가 지난 5일 국경 지역에 검열단을 파견한 것으로 알려졌다.');
  assert.equal(ofType(y, 'INVESTIGATION')[0]?.date.value, '2024-03-05');
});

test('an act that is the condition of a rule (탈북하다 걸리면) is no event; the habit the rule describes is', () => {
  const x = run('소식통은 "국경에서 밀수를 하면 곧바로 노동단련대에 보내진다"고 말했다.');
  assert.equal(ofType(x, 'SMUGGLING').length, 0);
  assert.equal(ofType(x, 'PUNISHMENT').length, 1);
  // a noun in 면 (반면) is no condition, and a time noun closes the clause (끌어갈 때)
  assert.equal(ofType(run('무산군에서는 밀수를 한 반면 회령시에서는 그러지 않았다.'), 'SMUGGLING').length, 1);
  assert.equal(ofType(run('보안원들이 주민들을 끌어갈 때 저항하면 때렸다.'), 'ARREST').length, 1);
});

test('a transfer to a place outside North Korea (옌지로 송환) is no repatriation; a return to North Korea is', () => {
  assert.equal(ofType(run('선양에서 탈북자 9명이 체포돼 옌지로 송환됐다.'), 'REPATRIATION').length, 0);
  assert.equal(ofType(run('탈북자 9명이 신의주로 송환됐다.'), 'REPATRIATION').length, 1);
});

test('an act named to point at its people (숙청된 간부의 고향은 ...) is the one told, not a new one where they come from', () => {
  const x = run(['평양서 간부 숙청', '', '평양에서 호위사령부 간부 1명이 숙청됐다고 소식통이 전했다.', '', '숙청된 간부의 고향은 평안남도 평성시로 알려졌다.'].join('\n'));
  assert.deepEqual(ofType(x, 'PUNISHMENT').map((e) => e.places[0]?.name), ['Pyongyang']);
});

test('a source located by a country and a province in it takes the province (중국 지린성의 소식통)', () => {
  const x = run('중국 지린성의 소식통은 탈북민 5명이 체포됐다고 말했다.');
  assert.deepEqual(x.sources.map((s) => s.location), ['Jilin']);
});
