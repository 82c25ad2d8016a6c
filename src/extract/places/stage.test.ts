import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadKnowledge, placeById } from '../../knowledge/load.js';
import type { Doc, PlaceMention } from '../doc.js';
import { createPlacesStage } from './stage.js';

const k = loadKnowledge({ userDir: join(tmpdir(), 'casefile-no-such-knowledge') });
const stage = createPlacesStage(k);

function places(text: string): (PlaceMention & { text: string })[] {
  const doc: Doc = { text, title: 't', outlet: null, published: null, layers: {} };
  stage.run(doc);
  return doc.layers.places!.map((p) => ({ ...p, text: text.slice(p.span.start, p.span.end) }));
}

test('finds places with their level and hierarchy, level words included in the span', () => {
  const found = places('A trader from Hyesan in Ryanggang Province crossed into Changbai County.');
  assert.deepEqual(found.map((p) => [p.text, p.level]), [['Hyesan', 'city'], ['Ryanggang Province', 'province'], ['Changbai County', 'county']]);
  assert.deepEqual(placeById(k, found[0].placeId)!.ancestors, ['KP.ryanggang', 'KP']);
  assert.deepEqual(placeById(k, found[2].placeId)!.ancestors, ['CN.jilin', 'CN']);
});

test('a capital or country as the subject of an act of state is metonymy', () => {
  const found = places('Pyongyang dispatched agents, Beijing has refused to help and Seoul said little, while refugees hid in Beijing and left Pyongyang.');
  assert.deepEqual(found.map((p) => [p.text, p.metonymy]), [['Pyongyang', true], ['Beijing', true], ['Seoul', true], ['Beijing', false], ['Pyongyang', false]]);
});

test('a government that calls, describes or estimates is metonymy; a city in a call is not', () => {
  const found = places('The purges are what Seoul has called a campaign of fear, and Beijing estimates the numbers; a woman in Seoul called him.');
  assert.deepEqual(found.map((p) => [p.text, p.metonymy]), [['Seoul', true], ['Beijing', true], ['Seoul', false]]);
});

test('a government that believes or suspects is metonymy; a city people believe in is not', () => {
  const found = places('Nobody knows when Seoul believes the purge began, and Beijing suspects a leak; traders in Seoul believe it.');
  assert.deepEqual(found.map((p) => [p.text, p.metonymy]), [['Seoul', true], ['Beijing', true], ['Seoul', false]]);
});

test('a government named as the object of an act of state is metonymy too', () => {
  assert.deepEqual(places('Activists urged Beijing to stop, and South Korea\'s envoy flew to Beijing.').map((p) => [p.text, p.metonymy]), [['Beijing', true], ['South Korea', false], ['Beijing', false]]);
});

test('governments joined by "and" share the reading, places after a preposition do not', () => {
  assert.deepEqual(places('Moscow and Beijing vetoed it after he fled to China and Russia sent him back.').map((p) => [p.text, p.metonymy]), [['Moscow', true], ['Beijing', true], ['China', false], ['Russia', true]]);
});

test('governments in dealings with each other are governments', () => {
  assert.deepEqual(places('Talks with Hanoi and Beijing failed; relations between Seoul and Pyongyang soured; she flew to Hanoi and Beijing.').map((p) => p.metonymy), [true, true, true, true, false, false]);
});

test('romanisation variants resolve to one place', () => {
  const ids = places('Hamgyong-bukto, North Hamgyong, Hamgyŏng-bukto and 함경북도 are one province; Sinuiju is Sinŭiju.').map((p) => p.placeId);
  assert.deepEqual(new Set(ids.slice(0, 4)).size, 1);
  assert.equal(ids[4], ids[5]);
});

test('adjectives and organisation names are not places', () => {
  const found = places('North Korean and Chinese officials met the Pyongyang Times and the Workers\' Party of Korea; the North Korean border is closed.');
  assert.deepEqual(found, []);
});

test('a country code with a currency sign is money, not the country', () => {
  assert.deepEqual(places('They paid US$4,500 and HK$200 to a broker, then flew to the US.').map((p) => p.text), ['US']);
});

test('Chinese text, written without spaces, is matched character by character', () => {
  const text = '他在丹东被抓，后来被送到新义州。沈阳和延吉。';
  assert.deepEqual(places(text).map((p) => [p.text, p.placeId]), [['丹东', 'gn:2037886'], ['新义州', 'gn:2040893'], ['沈阳', 'gn:2034937'], ['延吉', 'gn:2033467']]);
});

test('offsets stay right after Hangul and accented text', () => {
  const text = '보위부 요원들이 혜산에서 — Sinŭiju, then Hoeryŏng.';
  const found = places(text);
  assert.deepEqual(found.map((p) => p.text), ['혜산', 'Sinŭiju', 'Hoeryŏng']);
  assert.equal(found[0].span.start, text.indexOf('혜산'));
});

test('a capitalised name before a level word is an unlisted place', () => {
  const found = places('They hid in Ryongbuk-ri of Sambong County, then in Songhung District of New York City. Each County and the Party City said.');
  assert.deepEqual(found.map((p) => [p.text, p.level]), [['Ryongbuk-ri', 'site'], ['Sambong County', 'city'], ['Songhung District', 'site'], ['New York City', 'city']]);
  assert.deepEqual(placeById(k, found[0].placeId), { id: 'unlisted:site:Ryongbuk', name: 'Ryongbuk', level: 'site', country: null, parent: null, ancestors: [], lat: null, lon: null, alternateNames: [] });
});

test('a town name right after a Korean surname is a given name', () => {
  assert.deepEqual(places('Kim Yongha was born in Anak.').map((p) => p.text), ['Anak']);
});

test('short or common names are guarded by capitals', () => {
  assert.deepEqual(places('They met in the north of the country, then moved to the North.').map((p) => p.text), ['the North']);
  assert.deepEqual(places('The North Pyongan office and the North.').map((p) => p.text), ['North Pyongan', 'the North']);
});

test('a town named like a river is the river after an article or before "rivers"', () => {
  const found = places('A zone along the Tumen and Yalu rivers; she crossed the Tumen near Tumen City and went on to Tumen.');
  assert.deepEqual(found.map((p) => [p.text, p.name]), [['Tumen', 'Tumen River'], ['Yalu', 'Yalu River'], ['Tumen', 'Tumen River'], ['Tumen City', 'Tumen'], ['Tumen', 'Tumen']]);
});

test('border towns match in McCune-Reischauer, Revised Romanization, North Korean and Hangul spellings', () => {
  const spellings: [string, string][] = [
    ['Onsong', 'Onsŏng Onseong 온성'], ['Hoeryong', 'Hoeryŏng Hoeryeong Hoiryeong Hoiryong 회령'], ['Musan', 'Musan-gun 무산'],
    ['Samjiyon', 'Samjiyŏn Samjiyeon 삼지연'], ['Hyesan', 'Hyesan-si 혜산'], ['Sinuiju', 'Sinŭiju Shinuiju 신의주'],
    ['Chongjin', 'Ch\'ŏngjin Cheongjin 청진'], ['North Pyongan', 'North Phyongan, Phyongan-bukto, Pyeonganbuk-do'],
    ['South Pyongan', 'South Phyongan, Phyongan-namdo'],
  ];
  for (const [name, text] of spellings) {
    const found = places(text);
    assert.ok(found.length >= 2 && found.every((p) => p.name === name), `${name}: ${JSON.stringify(found.map((p) => [p.text, p.name]))}`);
  }
});

test('money named after a country is no place', () => {
  assert.deepEqual(places('They paid 2,000 US dollars in Hyesan and fled to the US.').map((p) => p.text), ['Hyesan', 'US']);
});

test('a name before a lower-case district, neighbourhood or market word inside a sentence is an unlisted place', () => {
  const found = places('Goods turned up at the Pomun market, and agents searched the Oksan and Tongam neighbourhoods. Black market prices rose at the Sunday market.');
  assert.deepEqual(found.map((p) => [p.text, p.placeId]), [
    ['Pomun market', 'unlisted:site:Pomun'], ['Oksan', 'unlisted:site:Oksan'], ['Tongam neighbourhoods', 'unlisted:site:Tongam'],
  ]);
});

test('a word after a place that names an Object property is not a level word', () => {
  const found = places('Traders in Hyesan constructor crews and Hyesan city officials met.');
  assert.deepEqual(found.map((p) => p.text), ['Hyesan', 'Hyesan city']);
});

test('a demonym before a venue word is no unlisted place', () => {
  assert.deepEqual(places('Prices rose in some North Korean markets and in Chinese markets, but not in the Sunam market.').map((p) => p.text), ['Sunam']);
});

test('Chungsan, a prison-camp county of South Pyongan, in its spellings', () => {
  const found = places('Chungsan, Chŭngsan County, Jeungsan and 증산');
  assert.deepEqual(found.map((p) => p.name), ['Chungsan', 'Chungsan', 'Chungsan', 'Chungsan']);
  assert.deepEqual(placeById(k, found[0].placeId)!.ancestors, ['KP.south-pyongan', 'KP']);
});

test('the seas around Korea and the Northern Limit Line are places', () => {
  assert.deepEqual(places('They drifted in the East Sea (Sea of Japan), then in the Yellow Sea near the Northern Limit Line (NLL).').map((p) => p.name),
    ['East Sea', 'East Sea', 'Yellow Sea', 'Northern Limit Line', 'Northern Limit Line']);
});

test('a government called on to act is metonymy; a market named after a town is not', () => {
  const found = places('Pyongyang should immediately open its prisons, while the Hyesan open market stayed busy.');
  assert.deepEqual(found.map((p) => [p.text, p.metonymy]), [['Pyongyang', true], ['Hyesan', false]]);
});

test('a word naming an Object property is no level word for an unlisted place either', () => {
  const found = places('Workers at the Pongsu Constructor yard in Hyesan were fined.');
  assert.ok(found.every((p) => !p.placeId.includes('native code')), JSON.stringify(found.map((p) => p.placeId)));
});
test('a preposition opening a sentence is no part of an unlisted place; border districts are listed', () => {
  const doc: Doc = { text: 'In Saebyol County, guards were arrested. He fled from Chongsong to Sanhe.', title: 't', outlet: null, published: null, layers: {} };
  createPlacesStage(loadKnowledge({ userDir: join(tmpdir(), 'casefile-no-such-knowledge') })).run(doc);
  assert.deepEqual(doc.layers.places!.map((p) => p.name), ['Kyongwon', 'Chongsong', 'Sanhe'], 'Saebyol is the old name of Kyongwon');
});

test('a name that is several places is read by the place named beside it: the Gangwon of Wonsan is the North\'s, the Gangwon of Sokcho the South\'s', () => {
  const north = places('Guards detained a man in Wonsan, Gangwon Province, last week.');
  assert.deepEqual(north.map((p) => [p.text, p.placeId]), [['Wonsan', 'gn:1866923'], ['Gangwon Province', 'KP.kangwon']]);
  const south = places('The defector now lives in Sokcho, Gangwon Province, near the border.');
  assert.deepEqual(south.map((p) => [p.text, placeById(k, p.placeId)!.country]), [['Sokcho', 'KR'], ['Gangwon Province', 'KR']]);
  const named = places('She settled in Gangwon Province, South Korea.');
  assert.equal(placeById(k, named[0].placeId)!.country, 'KR');
  // alone, the name takes the domain's first country
  assert.equal(placeById(k, places('Rain fell across Gangwon Province.')[0].placeId)!.country, 'KP');
});
