import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadKnowledge } from '../../knowledge/load.js';
import type { ActorMention, Doc } from '../doc.js';
import { createPlacesStage } from '../places/stage.js';
import { createActorsStage } from './stage.js';

const k = loadKnowledge({ userDir: join(tmpdir(), 'casefile-no-such-knowledge') });
const placesStage = createPlacesStage(k);
const actorsStage = createActorsStage(k);

function actors(text: string): (ActorMention & { text: string })[] {
  const doc: Doc = { text, title: 't', outlet: null, published: null, layers: {} };
  placesStage.run(doc);
  actorsStage.run(doc);
  return doc.layers.actors!.map((a) => ({ ...a, text: text.slice(a.span.start, a.span.end) }));
}
const orgs = (text: string) => actors(text).filter((a) => a.kind === 'organization').map((a) => [a.text, a.canonId]);

test('aliases, abbreviations and Hangul forms resolve to one canon organisation', () => {
  assert.deepEqual(orgs('The SSD, also called Bowibu (국가보위성), and the MPS arrested him.'), [['SSD', 'kp.mss'], ['Bowibu', 'kp.mss'], ['국가보위성', 'kp.mss'], ['MPS', 'kp.mps']]);
  assert.deepEqual(orgs('Officers of the General Reconnaissance Bureau and the RGB.'), [['General Reconnaissance Bureau', 'kp.rgb'], ['RGB', 'kp.rgb']]);
});

test('bodies real reports name are known: the Party\'s fronts fold into it, the mass organisations stand alone', () => {
  assert.deepEqual(orgs('The United Front Department and the Politburo met.').map((o) => o[1]), ['kp.wpk', 'kp.wpk']);
  assert.deepEqual(orgs('The Non-Socialist Group Suppression Committee fined the vendors and the Korean Children\'s Union marched.').map((o) => o[1]), ['kp.nonsocialist', 'kp.children-union']);
  assert.deepEqual(orgs('The Korean Red Cross and Fighters for a Free North Korea sent aid.').map((o) => o[1]), ['kr.redcross', 'ngo.ffnk']);
});

test('the Party is the Workers\' Party of Korea, and its departments fold into it', () => {
  assert.deepEqual(orgs('The Party sent orders through the Organization and Guidance Department.'), [['Party', 'kp.wpk'], ['Organization and Guidance Department', 'kp.wpk']]);
  assert.deepEqual(orgs('The Democratic Party objected.'), [], 'another party is not the WPK');
});

test('generic words resolve by country: Chinese police, police in a North Korean town', () => {
  assert.deepEqual(orgs('Chinese authorities detained her and Chinese public security officers questioned her.'), [['Chinese authorities', 'cn.mps'], ['Chinese public security', 'cn.mps']]);
  assert.deepEqual(orgs('Back home, police searched the house.'), [['police', 'kp.mps']]);
  assert.deepEqual(orgs('Police in Yanji stopped him.').map((o) => o[1]), ['cn.mps']);
  assert.deepEqual(orgs('Chinese police caught them. The police later handed them over.'), [['Chinese police', 'cn.mps'], ['police', 'cn.mps']]);
});

test('a bare generic word follows the body last named, then the places of its sentence', () => {
  assert.deepEqual(orgs('Chinese public security officers raided the flat. The police took three people away.').map((o) => o[1]), ['cn.mps', 'cn.mps']);
  assert.deepEqual(orgs('They crossed into Mongolia, where a border patrol found them.').map((o) => o[1]), ['mn.border']);
  assert.deepEqual(orgs('No unusual military activity was seen.'), [], '"military" alone needs a country');
});

test('a working group reports as the organisation it comes from, or not at all', () => {
  assert.deepEqual(orgs('An inspection team from the Central Public Prosecutors Office arrived.'), [['inspection team from the Central Public Prosecutors Office', 'kp.prosecutors']]);
  assert.deepEqual(orgs('An inspection group sent by the Party Central Committee arrived.'), [['inspection group sent by the Party Central Committee', 'kp.wpk']]);
  assert.deepEqual(orgs('An inspection team came to town.'), []);
});

test('a foreign body the canon lacks is still an organisation, named by its country', () => {
  const found = actors('Japanese police questioned the crew.').filter((a) => a.kind === 'organization');
  assert.deepEqual(found.map((a) => [a.name, a.canonId]), [['Japanese police', 'jp.police']]);
  const cambodian = actors('The Kazakh police refused.').filter((a) => a.kind === 'organization');
  assert.deepEqual(cambodian.map((a) => [a.name, a.canonId]), [['Kazakh police', null]]);
});

test('a ministry the canon lacks is an organisation named as written', () => {
  assert.deepEqual(actors('Officials of the Ministry of Light Industry and Ministry officials met.').filter((a) => a.kind === 'organization').map((a) => [a.name, a.canonId]), [['Ministry of Light Industry', null]]);
});

test('local units fold into their organisation and keep their place', () => {
  const found = actors("The Hyesan prosecutor's office and the Musan branch of the Ministry of People's Security, then the provincial Party committee.").filter((a) => a.kind === 'organization');
  assert.deepEqual(found.map((a) => [a.text, a.canonId, a.placeId]), [
    ["Hyesan prosecutor's office", 'kp.prosecutors', 'gn:2043837'],
    ["Musan branch of the Ministry of People's Security", 'kp.mps', 'gn:2042738'],
    ['provincial Party committee', 'kp.wpk', null],
  ]);
});

test('a place ending the sentence before is no unit place, and people have none', () => {
  const found = actors('They were held in Hyesan. Police questioned them. In Hoeryong, Choe Ryong Hae spoke.');
  assert.deepEqual(found.map((a) => [a.text, a.placeId]), [['Police', null], ['Choe Ryong Hae', null]]);
});

test('a local committee named with its town keeps the town', () => {
  const found = actors('The Hyesan City Party Committee and the Ryanggang Provincial Party Committee met.').filter((a) => a.kind === 'organization');
  assert.deepEqual(found.map((a) => [a.text, a.canonId, a.placeId]), [
    ['Hyesan City Party Committee', 'kp.wpk', 'gn:2043837'],
    ['Ryanggang Provincial Party Committee', 'kp.wpk', 'KP.ryanggang'],
  ]);
});

test('role actors keep their description, count and place', () => {
  const roles = actors('Three Party cadres fled. A low-level cadre in Ryanggang Province and his family members were taken, as were two smugglers.').filter((a) => a.kind === 'role');
  assert.deepEqual(roles.map((r) => [r.text, r.count, r.placeId]), [
    ['Three Party cadres', 3, null],
    ['low-level cadre in Ryanggang Province', null, 'KP.ryanggang'],
    ['his family members', null, null],
    ['two smugglers', 2, null],
  ]);
});

test('outlets and "the source" are not actors', () => {
  assert.deepEqual(actors('A source told Daily NK, and Radio Free Asia and Yonhap confirmed, the source said.'), []);
});

test('named people: canon leaders and Korean names, never places or outlets', () => {
  const people = actors('Kim Jong-un met Choe Ryong Hae; Ri Chol Ho, a trader, told NK News in Kim Jong Suk County.').filter((a) => a.kind === 'person');
  assert.deepEqual(people.map((p) => [p.text, p.canonId]), [['Kim Jong-un', 'p.kim-jong-un'], ['Choe Ryong Hae', 'p.choe-ryong-hae'], ['Ri Chol Ho', null]]);
  assert.deepEqual(actors('Kim Chol, 34, and Kim Jong agreed.').filter((a) => a.kind === 'person').map((p) => p.text), ['Kim Chol'], 'a short given name needs an age');
  assert.deepEqual(actors('Students of Kim Il Sung University.').filter((a) => a.kind === 'person'), [], 'a university named after a leader is no person');
});

test('offsets stay right with Hangul and accented text before the mention', () => {
  const text = '혜산에서 — Sinŭiju: the 보위부는 and the Ministry of State Security.';
  const found = actors(text);
  assert.deepEqual(found.map((a) => a.text), ['보위부', 'Ministry of State Security']);
  assert.equal(found[0].span.start, text.indexOf('보위부'));
});

test('a place in the sentence sets the country of a generic word before the body named last', () => {
  const found = orgs('Chinese police in Tumen questioned him. Back in Musan, a border guard took money.');
  assert.deepEqual(found.map((o) => o[1]), ['cn.mps', 'kp.border-guards']);
});

test('"security bureau" alone is whichever of state security and the police the report named last', () => {
  assert.deepEqual(orgs('He served in the MPS. The provincial security bureau set a quota.').map((o) => o[1]), ['kp.mps', 'kp.mps']);
  assert.deepEqual(orgs('The provincial security bureau set a quota.').map((o) => o[1]), ['kp.mss']);
});

test('"the army" closing its phrase is the army; "military" before a noun is not', () => {
  assert.deepEqual(orgs('Two soldiers were expelled from the army.').map((o) => o[1]), ['kp.kpa']);
  assert.deepEqual(orgs('The military source said little.'), []);
  assert.deepEqual(orgs('Officers questioned by military security officers.').map((o) => o[1]), ['kp.msc']);
});

test('a body\'s building named only as a place is no organisation; its people make it one', () => {
  assert.deepEqual(orgs('Agents were waiting at the customs post. They hoped to reach the South Korean Embassy.'), []);
  assert.deepEqual(orgs('RFA could not reach officials at the North Korean Embassy in Beijing.').map((o) => o[1]), ['kp.embassies']);
});

test('people of any origin are named when introduced by a role or as speakers, never a role alone', () => {
  const people = (text: string) => actors(text).filter((a) => a.kind === 'person').map((a) => a.text);
  assert.deepEqual(people('"It must end," said Maria Lopes, a lawyer with a rights group. Tomas Berg, the UN Special Rapporteur, agreed.'), ['Maria Lopes', 'Tomas Berg']);
  assert.deepEqual(people('The Committee, a body of workers, met. A lawyer, the head of the group, spoke.'), []);
});

test('Russian border guards are their own body, not the police; the South Korean navy is the South Korean military', () => {
  assert.deepEqual(orgs('The men were returned by Russian border guards and questioned by Russian police.').map((o) => o[1]), ['ru.border', 'ru.police']);
  assert.deepEqual(orgs('A South Korean navy vessel rescued them.').map((o) => o[1]), ['kr.military']);
});

test('a person named by surname only is a named person, and so is the bare surname after', () => {
  const people = (text: string) => actors(text).filter((a) => a.kind === 'person').map((a) => a.text);
  assert.deepEqual(people("A trader surnamed Pak was arrested. Pak's wife said Pak had paid the guards."), ['Pak', 'Pak', 'Pak']);
  assert.deepEqual(people('The woman, whose last name is Xu, left. Ms. Ryu stayed.'), ['Xu', 'Ryu']);
  assert.deepEqual(people('Pak Nam Sun left. Pak was not seen again.'), ['Pak Nam Sun'], 'a bare surname is only a person once introduced as one');
});

test('a surname with an age, after "by her surname," or after a word for a person and "named" or "called" is a named person', () => {
  const people = (text: string) => actors(text).filter((a) => a.kind === 'person').map((a) => a.text);
  assert.deepEqual(people('Ryu, 52, crossed the river in 2017. Ryu now drives a taxi.'), ['Ryu', 'Ryu']);
  assert.deepEqual(people('The teacher, identified only by her surname, Moon, was fired.'), ['Moon']);
  assert.deepEqual(people('A broker named Zhou and a guard called Yeon were paid.'), ['Zhou', 'Yeon']);
  assert.deepEqual(people('She called Song on Monday.'), [], '"called" as a verb introduces no one');
  assert.deepEqual(people('A nurse who gave her name as Ho left.'), ['Ho']);
});

test('a bare Korean surname as a speaker is a person, the one named in full before if any', () => {
  const people = actors('Choe said the fee had doubled. On Monday, Choe told reporters he would leave.').filter((a) => a.kind === 'person').map((a) => a.text);
  assert.deepEqual(people, ['Choe', 'Choe']);
  const named = actors('The group is led by Pak Jin-hyok, a former officer. Pak said the fee had doubled. "It is too much," Pak told reporters.')
    .filter((a) => a.kind === 'person').map((a) => a.name);
  assert.deepEqual(named, ['Pak Jin-hyok', 'Pak Jin-hyok', 'Pak Jin-hyok']);
});

test('a generic body is of the country its own clause places it in', () => {
  assert.deepEqual(orgs('The women were caught by public security officers near the border in Yanji.').map((o) => o[1]), ['cn.mps']);
  assert.deepEqual(orgs('The women were caught by public security officers in Hyesan.').map((o) => o[1]), ['kp.mps']);
  assert.deepEqual(orgs('Police said the women were caught, and were later sent to Yanji.').map((o) => o[1]), ['kp.mps'], 'a place after a break is another clause\'s');
});

test('an embassy placed in a city is that city\'s guest, not its state\'s', () => {
  assert.deepEqual(orgs('Staff of the Chinese embassy in Pyongyang left.').map((o) => o[1]), ['cn.embassy']);
  assert.deepEqual(orgs('A diplomat at the Rome embassy defected.').map((o) => o[1]), [], 'no owner is told');
  assert.deepEqual(orgs('The DPRK embassy confirmed it. A diplomat at the Rome embassy defected.').map((o) => o[1]), ['kp.embassies', 'kp.embassies']);
});

test('one name romanised several ways is one person, named as first written', () => {
  const people = actors('Pak Kyong-hui spoke first. Later Pak Kyung-hee and Park Kyung-hui were quoted; Pak Kyong-nam was not.')
    .filter((a) => a.kind === 'person').map((a) => [a.text, a.name]);
  assert.deepEqual(people, [['Pak Kyong-hui', 'Pak Kyong-hui'], ['Pak Kyung-hee', 'Pak Kyong-hui'], ['Park Kyung-hui', 'Park Kyung-hui'], ['Pak Kyong-nam', 'Pak Kyong-nam']]);
});

test('bare "police" with no country near it belongs to the country the story is told in so far', () => {
  assert.deepEqual(orgs('The men crossed into Yanji and hid near Tumen for a week. Police found them in a barn.').map((o) => o[1]), ['cn.mps']);
  assert.deepEqual(orgs('Traders in Hyesan and Musan sold phones from Yanji. Police searched their homes.').map((o) => o[1]), ['kp.mps']);
});

test('a name followed by a role held somewhere, with no article, is a person', () => {
  const people = (text: string) => actors(text).filter((a) => a.kind === 'person').map((a) => a.text);
  assert.deepEqual(people('Jane Roe, Asia director at a rights group, said so. North Gate Market, home of traders, closed.'), ['Jane Roe']);
});

test('a body named only as what someone deserted ("an army deserter") is no actor; the army acting still is', () => {
  assert.deepEqual(orgs('A North Korean army deserter crossed the river. Two military defectors reached Seoul.'), []);
  assert.deepEqual(orgs('The North Korean army sealed the border.').map((o) => o[1]), ['kp.kpa']);
});

test('where an anonymous informant works ("a source in law enforcement") names no actor; the body acting does', () => {
  assert.deepEqual(orgs('A source in law enforcement said the trial was held. An insider from the police added more.'), []);
  assert.deepEqual(orgs('The police in Hyesan arrested a trader, a source said.').map((o) => o[1]), ['kp.mps']);
});

test('bare "security officials" and "security personnel" in North Korea are state security; "public security" in China is not', () => {
  assert.deepEqual(orgs('Security personnel along the border took bribes. Two security officials were punished.').map((o) => o[1]), ['kp.mss', 'kp.mss']);
  assert.deepEqual(orgs('In Yanji, public security officials detained them.').map((o) => o[1]), ['cn.mps']);
});

test('an NGO met under its reversed English name is still the one canon body', () => {
  assert.deepEqual(orgs('Videos released by a group called North-South Development were shown.').map((o) => o[1]), ['ngo.sand']);
});

test('a title introduces a name of any origin; a relative clause marks a person, a people\'s name never is one', () => {
  const people = (text: string) => actors(text).filter((a) => a.kind === 'person').map((a) => a.text);
  assert.deepEqual(people('A ministry spokesman Wang Lin said nothing, and Reverend Paul Grant, who runs a shelter, agreed.'), ['Wang Lin', 'Paul Grant']);
  assert.deepEqual(people('Reporter Ana Silva met Pastor Kim Sungryeol in Yanji.'), ['Ana Silva', 'Kim Sungryeol']);
  assert.deepEqual(people('Some of the South Koreans, who had crossed earlier, were detained.'), []);
});

test('a country\'s possessive owns its embassy, and work there makes the embassy a body, not a site', () => {
  assert.deepEqual(orgs('She worked at China\'s embassy in Hanoi until March.').map((o) => o[1]), ['cn.embassy']);
  assert.deepEqual(orgs('He held a post at North Korea\'s embassy in Rome.').map((o) => o[1]), ['kp.embassies']);
  assert.deepEqual(orgs('They waited at North Korea\'s embassy in Rome.').map((o) => o[1]), [], 'a site to wait at');
});

test('the defence ministry and security bodies resolve by their country', () => {
  assert.deepEqual(orgs('Workers sent by Pyongyang\'s defence ministry and Bowiseong agents.').map((o) => o[1]), ['kp.mnd', 'kp.mss']);
  assert.deepEqual(orgs('South Korea\'s Ministry of Defence confirmed it.').map((o) => o[1]), ['kr.mnd']);
});
const people = (text: string) => actors(text).filter((a) => a.kind === 'person').map((a) => [a.text, a.name]);
test('names written given name first, and speakers named before "said", are people; ordinary words never are', () => {
  assert.deepEqual(people('Hyeonseo Lee, who fled in 1997, spoke. Ji-hyun Park and Joseph Kim came. Then Kim left.').map((p) => p[0]), ['Hyeonseo Lee', 'Ji-hyun Park', 'Joseph Kim']);
  assert.deepEqual(people('Maria Lopes said the camps must close. Security Council said nothing. Then Police said more.').map((p) => p[0]), ['Maria Lopes']);
});
test('a surname after a title is the person named in full before, or a surname-only person', () => {
  assert.deepEqual(people('Kim Jong Un spoke. Later Chairman Kim left. Maria Lopes said so, and Ms. Lopes added more.'), [['Kim Jong Un', 'Kim Jong Un'], ['Kim', 'Kim Jong Un'], ['Maria Lopes', 'Maria Lopes'], ['Lopes', 'Maria Lopes']]);
  assert.deepEqual(people('Pastor Han was arrested. A broker identified by his surname of Choe, and a defector named Park, fled.').map((p) => p[0]), ['Han', 'Choe', 'Park']);
});
test('a body that only qualifies a source, names a date or owns what follows is no actor', () => {
  assert.deepEqual(orgs('A law enforcement source said so. Police sources agreed.'), []);
  assert.deepEqual(orgs('Ahead of the Party anniversary, and of the anniversary of the Party founding, the military’s security units waited.'), []);
  assert.deepEqual(orgs('He went to the county People’s Committee.').map((o) => o[1]), ['kp.peoples-committee']);
});
test('the North\'s state media act as organs of the state unless they only report', () => {
  assert.deepEqual(orgs('The statement was carried by the official Korean Central News Agency.').map((o) => o[1]), ['outlet.kcna']);
  assert.deepEqual(orgs('The Korean Central News Agency (KCNA) quoted him. Yonhap reported it.'), []);
  assert.deepEqual(orgs('KCNA and other official outlets reported the visit.'), [], 'a medium coordinated with other tellers tells too');
});
test('"its" gives a body the country its sentence is about; local governments and investigators resolve by country', () => {
  assert.deepEqual(orgs('South Korea said on Tuesday that its intelligence service had finished.').map((o) => o[1]), ['kr.nis']);
  assert.deepEqual(orgs('Chinese investigators came. The Jilin provincial government imposed a curfew.').map((o) => o[1]), ['cn.mps', 'cn.local-government']);
  assert.deepEqual(orgs('Investigators came. The government said so.'), [], 'no country is told');
});

test('courts are of the country that holds them: Chinese and South Korean courts are not the North\'s', () => {
  assert.deepEqual(orgs('A court in Yanji sentenced the broker, and the Jilin Intermediate People\'s Court heard his appeal.').map((o) => o[1]), ['cn.courts', 'cn.courts']);
  assert.deepEqual(orgs('The Seoul Central District Court acquitted the defector, and South Korea\'s Supreme Court agreed.').map((o) => o[1]), ['kr.courts', 'kr.courts']);
  assert.deepEqual(orgs('The provincial court in Hyesan sentenced the smugglers.').map((o) => o[1]), ['kp.courts']);
});

test('a body joined by "and" to one of known country shares it; a body named whole after the adjective keeps its name', () => {
  assert.deepEqual(orgs('Chinese police and border guards searched the village.').map((o) => o[1]), ['cn.mps', 'cn.mps']);
  assert.deepEqual(orgs('North Korean border guards and police searched the village.').map((o) => o[1]), ['kp.border-guards', 'kp.mps']);
  assert.deepEqual(orgs('Chinese soldiers and police searched the village.').map((o) => o[1]), ['cn.mps'], 'the adjective of the people joined before');
  assert.deepEqual(orgs('Chinese state security agents followed the pastor.').map((o) => o[1]), ['cn.mss']);
  assert.deepEqual(orgs('Chinese security forces raided the safe house.').map((o) => o[1]), ['cn.mps']);
});

test('a surname in apposition, or between commas after a word for a person, is a person; Chinese surnames speak too', () => {
  const people = (text: string) => actors(text).filter((a) => a.kind === 'person').map((a) => a.name);
  assert.deepEqual(people('Zhang, a farmer in the border village, said the soldiers took rice.'), ['Zhang']);
  assert.deepEqual(people('Hwang, who crossed the river in 2009, said the guards were paid.'), ['Hwang']);
  assert.deepEqual(people('The villager, Zhang, said the soldiers took rice. A farmer, Ryu, hid them.'), ['Zhang', 'Ryu']);
  assert.deepEqual(people('Wang said the soldiers were hungry.'), ['Wang']);
  assert.deepEqual(people('Pak Jin-hyok runs the shelter. Pak, who fled in 2001, says it is full.'), ['Pak Jin-hyok', 'Pak Jin-hyok'], 'the surname is the one named in full before');
  assert.deepEqual(people('Separately, a defector told the paper. However, a guard said no.'), [], 'an adverb before a description names no one');
});

test('the mass organisations, Party departments and militia are known by the names translations give them', () => {
  assert.deepEqual(orgs('The Youth Union and the youth alliance in Hyesan called up students; the Women\'s League sent housewives.').map((o) => o[1]), ['kp.youth-league', 'kp.youth-league', 'kp.women-union']);
  assert.deepEqual(orgs('The Cadres Department and the Finance and Accounting Department reviewed the case.').map((o) => o[1]), ['kp.wpk', 'kp.wpk']);
  assert.deepEqual(orgs('The Worker-Peasant Red Guards held drills while the People\'s Safety Department searched homes.').map((o) => o[1]), ['kp.red-guards', 'kp.mps']);
});

test('a name tied to its body before "said", or followed by the body\'s own title for it, is a person', () => {
  const people = (text: string) => actors(text).filter((a) => a.kind === 'person').map((a) => a.name);
  assert.deepEqual(people('Jane Roe of the Asia Institute for Peace said the trial was unfair.'), ['Jane Roe']);
  assert.deepEqual(people('"The trial was unfair," said Jane Roe of Human Rights Watch.'), ['Jane Roe']);
  assert.deepEqual(people('Jane Roe, Human Rights Watch\'s Asia director, said the trial was unfair.'), ['Jane Roe']);
  assert.deepEqual(people('Voice of America said the trial was unfair.'), [], 'a body\'s own name is no person');
});

test('a name the person chose for the report, a starred or quoted name, and a surname as the subject of a verb of telling are people', () => {
  const people = (text: string) => actors(text).filter((a) => a.kind === 'person').map((a) => a.name);
  assert.deepEqual(people('A woman who asked to be called Sora said the guards took her phone.'), ['Sora']);
  assert.deepEqual(people('The trader, who goes by Sora, fled in 2019.'), ['Sora']);
  assert.deepEqual(people('Sora* fled in 2019 with her son.'), ['Sora']);
  assert.deepEqual(people('A woman called \'Sora\' was arrested.'), ['Sora']);
  assert.deepEqual(people('Kang recalls the night the guards came.'), ['Kang']);
  assert.deepEqual(people('Sora fled in 2019 with her son.'), [], 'a bare word is no name');
});

test('the side of the border named after a body gives its country', () => {
  assert.deepEqual(orgs('Border guards on the Chinese side fired shots.').map((o) => o[1]), ['cn.mps']);
  assert.deepEqual(orgs('Chinese police and border guards on the North Korean side met.').map((o) => o[1]), ['cn.mps', 'kp.border-guards']);
  assert.deepEqual(orgs('Police on the bus checked papers.').map((o) => o[1]), ['kp.mps'], 'a side is no bus');
});

test('a body that only tells what someone once was ("a former KPA soldier", "a KPA deserter") is no actor', () => {
  assert.deepEqual(orgs('Among them is a former Korean People\'s Army soldier and a KPA deserter.'), []);
  assert.deepEqual(orgs('A former MSS agent said MSS agents beat him.').map((o) => o[1]), ['kp.mss']);
});

test('Chinese border units under the names the North\'s have are the Chinese police', () => {
  assert.deepEqual(orgs('Chinese border security forces and Chinese border guard units searched the hills.').map((o) => o[1]), ['cn.mps', 'cn.mps']);
  assert.deepEqual(orgs('North Korean border security forces searched the hills.').map((o) => o[1]), ['kp.border-guards']);
});

test('a consulate is named as one, under its state\'s mission', () => {
  assert.deepEqual(orgs('The DPRK consulate in Shenyang sent officials to the factory.'), [['DPRK consulate', 'kp.embassies']]);
  assert.ok(k.actors.get('kp.embassies')!.names.some((n) => n.name === 'North Korean consulate'));
});

test('South Korean intelligence is the NIS; an intelligence agent is only a person\'s trade; bare intelligence is no body', () => {
  assert.deepEqual(orgs('South Korean intelligence said the official was executed, South Korean intelligence officials added.').map((o) => o[1]), ['kr.nis', 'kr.nis']);
  assert.deepEqual(orgs('He met a South Korean intelligence agent in Yanji.'), []);
  assert.deepEqual(orgs('He sold intelligence to traders.'), []);
});

test('a dotted initialism names its body, and its full stops split no sentence', () => {
  assert.deepEqual(orgs('The U.N. Security Council met after the U.N. Human Rights Office spoke.').map((o) => o[1]), ['un.sc', 'un.ohchr']);
  assert.deepEqual(orgs("Diplomats at the U.N. said so.").map((o) => o[1]), ['un']);
});

test('"of" a country names the owner of a body: the ministry of the DPRK, the state security ministry of China', () => {
  assert.deepEqual(orgs('The Ministry of Foreign Affairs of the DPRK rejected it.').map((o) => o[1]), ['kp.mofa']);
  assert.deepEqual(orgs('The Ministry of State Security of China questioned him.').map((o) => o[1]), ['cn.mss']);
});

test('a mission with no owner of its own belongs to the state whose people its sentence is about', () => {
  assert.deepEqual(orgs('North Korean officials sent the consulate in Shenyang to calm the workers.').map((o) => o[1]), ['kp.embassies']);
  assert.deepEqual(orgs('A North Korean diplomat at the embassy in Rome fled.').map((o) => o[1]), ['kp.embassies']);
  assert.deepEqual(orgs('The South Korean envoy met staff at the embassy in Hanoi.').map((o) => o[1]), ['kr.embassy']);
  assert.deepEqual(orgs('They sought shelter at an embassy in Hanoi.'), [], 'no owner in sight');
});

test('people introduced with a compound role, after a chain of titles, or with a Korean given name written with an h', () => {
  const people = (text: string) => actors(text).filter((a) => a.kind === 'person').map((a) => a.text);
  assert.deepEqual(people('Mark Doe, deputy Asia director at a rights group, said the camp was full.'), ['Mark Doe']);
  assert.deepEqual(people('Anna Roe, executive director of a refugee charity, said so.'), ['Anna Roe']);
  assert.deepEqual(people('Vice Unification Minister Bae Seoung-min spoke on Friday.'), ['Bae Seoung-min']);
  assert.deepEqual(people('The guard, Ryu Eun-ah, was jailed; Yoon Ji-oh fled.'), ['Ryu Eun-ah', 'Yoon Ji-oh']);
  assert.deepEqual(people('Crowds Cheered As Former Trade Minister, Jo Bloggs\'s Husband, Returned Home'), [], 'a title is no part of a name');
});

test('a body in another country\'s organisation\'s possessive is its part; "security agency" is the security organ named last', () => {
  assert.deepEqual(orgs('The Chinese Communist Party\'s Central Committee met in Beijing.').map((o) => o[1]), ['cn.ccp']);
  assert.deepEqual(orgs('The Workers\' Party\'s Central Committee met.').map((o) => o[1]), ['kp.wpk', 'kp.wpk']);
  assert.deepEqual(orgs('The local security agency questioned the family.').map((o) => o[1]), ['kp.mss']);
});

test('the canon knows the bodies reports name: Party organs, South Korean agencies, UN bodies in English and Korean', () => {
  assert.deepEqual(orgs('The Central Party sent the Organization Guidance Department and the Discipline Inspection Department.').map((o) => o[1]), ['kp.wpk', 'kp.wpk', 'kp.wpk']);
  assert.deepEqual(orgs('The Korea Immigration Service and the National Police Agency questioned him.').map((o) => o[1]), ['kr.immigration', 'kr.police']);
  assert.deepEqual(orgs('The Busan District Prosecutors\' Office indicted him.').map((o) => o[1]), ['kr.prosecutors']);
  assert.deepEqual(orgs('The UN Working Group on Arbitrary Detention and the International Labour Organization wrote.').map((o) => o[1]), ['un.wgad', 'un.ilo']);
  assert.deepEqual(orgs('유엔 총회는 결의안을 채택했고 유엔 안보리는 논의했다.').map((o) => o[1]), ['un.ga', 'un.sc']);
});

test('one-word names read by how they are introduced: an age in brackets, a pseudonym, a quoted speaker, a cited surname', () => {
  const people = (text: string) => actors(text).filter((a) => a.kind === 'person').map((a) => a.text);
  assert.deepEqual(people('Ryom (37) was held for a month.'), ['Ryom']);
  assert.deepEqual(people('Dahye, a pseudonym, swam across the river.'), ['Dahye']);
  assert.deepEqual(people('"There was no rice left," recalled Dahye.'), ['Dahye']);
  assert.deepEqual(people('"There was no rice left," Dahye said.'), ['Dahye']);
  assert.deepEqual(people('According to Paek, the guards took his phone.'), ['Paek']);
  assert.deepEqual(people('Amnesty International wrote first. "It must stop," Amnesty said.'), [], 'a word of a body named before is no person');
  assert.deepEqual(people('"It must stop," Then said the guard.'), [], 'an ordinary word is no name');
});

test('a rights group named once as a claim\'s teller or a speaker\'s workplace is a source; one the story rests on is an actor', () => {
  assert.deepEqual(orgs('The radio, quoting Human Rights Watch, reported the arrests.'), []);
  assert.deepEqual(orgs('Jane Roe, a researcher at Human Rights Watch, said the guards were paid.'), []);
  assert.deepEqual(orgs('Liberty in North Korea rescued twelve people in May.').map((o) => o[1]), ['ngo.link']);
  assert.deepEqual(orgs('Human Rights Watch said the returns broke the law. Human Rights Watch later wrote to Beijing.').map((o) => o[1]), ['ngo.hrw', 'ngo.hrw']);
});

test('a police state is no body', () => {
  assert.deepEqual(orgs('It is a police state where neighbours inform.'), []);
  assert.deepEqual(orgs('Police in Hyesan searched the house.').map((o) => o[1]), ['kp.mps']);
});

test('a country that arrests stands for its police; one that sends people back, and North Korea, name no body', () => {
  assert.deepEqual(orgs('China has arrested forty defectors since May.'), [['China', 'cn.mps']]);
  assert.deepEqual(orgs('Laos detained the nine near the border.').map((o) => o[1]), ['la.police']);
  assert.deepEqual(orgs('South Korea deported the two sailors.'), []);
  assert.deepEqual(orgs('North Korea arrested the smugglers.'), []);
  assert.deepEqual(orgs('China is a party to the refugee convention.'), []);
});

test('a given name alone speaks or is described, once the text also writes it as a name inside a sentence', () => {
  const people = (text: string) => actors(text).filter((a) => a.kind === 'person').map((a) => a.text);
  assert.deepEqual(people('Dahye said the guards took her phone. Her brother called Dahye later.'), ['Dahye', 'Dahye']);
  assert.deepEqual(people('Dahye, who fled in 2019, lives in Incheon. A friend of Dahye drove her.'), ['Dahye', 'Dahye']);
  assert.deepEqual(people('Dahye said the guards took her phone.'), [], 'one bare mention is no evidence of a name');
  assert.deepEqual(people('Critics said the rule was cruel. Then Critics Weekly wrote.'), [], 'a word for people is no name');
});

test('the North\'s police and Party under other spellings: a Ministry of Public Security owned by North Korea, the Social Security Command, Worker\'s Party', () => {
  assert.deepEqual(orgs('North Korea\'s Ministry of Public Security and China\'s Ministry of Public Security met.').map((o) => o[1]), ['kp.mps', 'cn.mps']);
  assert.deepEqual(orgs('Teams of the Social Security Command raided homes; the Worker\'s Party approved.').map((o) => o[1]), ['kp.mps', 'kp.wpk']);
});

test('a Chinese surname alone after a title is a person, the one named in full before if any', () => {
  const people = (text: string) => actors(text).filter((a) => a.kind === 'person').map((a) => [a.text, a.name]);
  assert.deepEqual(people('Pastor Gao hid the women in his church.'), [['Gao', 'Gao']]);
  assert.deepEqual(people('Xi Jinping hosted the talks. President Xi spoke first.'), [['Xi Jinping', 'Xi Jinping'], ['Xi', 'Xi Jinping']]);
});

test('a name introduced as a first or given name, or a surname quoted after "said", is a person', () => {
  const people = (text: string) => actors(text).filter((a) => a.kind === 'person').map((a) => a.text);
  assert.deepEqual(people('Her first name is Dahye and she is thirty.'), ['Dahye']);
  assert.deepEqual(people('The guards came at night, said Ryom, who now lives in Incheon.'), ['Ryom']);
  assert.deepEqual(people('The guards came at night, said Dahye.'), [], 'a given name alone after "said" has no quotation to vouch for it');
});

test('a foreign outlet is an organisation when the story acts on it, and never when the report cites it', () => {
  assert.deepEqual(orgs('The Korea Herald and the Korea Times, two dailies, printed the photo. The court sentenced their editors.').map((o) => o[1]), ['outlet.koreaherald', 'outlet.koreatimes', 'kp.courts']);
  assert.deepEqual(orgs('The Hankyoreh was fined for the photo.').map((o) => o[1]), ['outlet.hankyoreh']);
  assert.deepEqual(orgs('The Hankyoreh reported the raid.'), [], 'the teller');
  assert.deepEqual(orgs('A trader spoke to the Hankyoreh. The Hankyoreh later printed the photo.'), [], 'cited once, a source throughout');
  assert.deepEqual(orgs('The diplomat allegedly lived in London.'), [], 'a common word is no outlet\'s name');
});

test('officials and victims real reports name often are canon people under their usual spellings', () => {
  const ids = (text: string) => actors(text).filter((a) => a.kind === 'person').map((p) => p.canonId);
  assert.deepEqual(ids('Secretary of State Mike Pompeo flew in; Pompeo met Lavrov.'), ['p.pompeo', 'p.pompeo', 'p.lavrov']);
});

test('a body\'s name, or the tail of a longer capitalised name, described after a comma is no person', () => {
  const people = (text: string) => actors(text).filter((a) => a.kind === 'person').map((p) => p.text);
  assert.deepEqual(people('They shot a clerk from the County Grain Supply Office, a storeman and a driver.'), []);
  assert.deepEqual(people('They shot a clerk from Upper Grain Supply, a storeman at the depot.'), []);
  assert.deepEqual(people('Mara Vell, a lawyer in Seoul, objected.'), ['Mara Vell']);
});

test('a month or day after a function word opens no introduced name; a vague body before a rank only describes a person', () => {
  const people = (text: string) => actors(text).filter((a) => a.kind === 'person').map((p) => p.text);
  assert.deepEqual(people('In March, a former army general was seen in public again.'), []);
  assert.deepEqual(people('Jane Roe, a former army general, was seen in public again.'), ['Jane Roe']);
  assert.deepEqual(people('Will Carver, a reporter in Seoul, said the border was shut.'), ['Will Carver'], 'a given name that is also a function word');
  assert.deepEqual(orgs('A former North Korean military chief was seen in public again.'), []);
  assert.deepEqual(orgs('North Korean troops crossed the line.').map((o) => o[1]), ['kp.kpa']);
});

test('plural security agencies name no one organ', () => {
  assert.deepEqual(orgs('Party cadres ran the crackdown with security agencies.').map((o) => o[1]), ['kp.wpk']);
});

test("a foreign affairs ministry is its country's foreign ministry", () => {
  assert.deepEqual(orgs("Seoul's Foreign Affairs Ministry and China's foreign affairs ministry both declined to comment.").map((o) => o[1]), ['kr.mofa', 'cn.mofa']);
});

test('a body the canon does not list is known by its head noun, a number, or a name after its head', () => {
  const names = (text: string) => orgs(text).map((o) => o[0]);
  assert.deepEqual(names('The Rail Inspection Commission ordered a review, and the Mining Safety Bureau was dissolved.'), ['Rail Inspection Commission', 'Mining Safety Bureau']);
  assert.deepEqual(names("The Central Committee's Bureau 27 was searched, and officials of the 115 Division were questioned."), ['Central Committee', 'Bureau 27', '115 Division']);
  // a place written before the name is part of it
  assert.deepEqual(names('The Hyesan Timber Trading Company was closed.'), ['Hyesan Timber Trading Company']);
  // a sentence's first word is capitalised by its place, not as part of a name
  assert.deepEqual(names('Angry Union members were detained by police; the crowd was angry.'), ['police']);
});

test('no unlisted body from a lone or plural head, a headline, an outlet, a unit of a known body or a passing mention', () => {
  const names = (text: string) => orgs(text).map((o) => o[0]);
  assert.deepEqual(names('The Committee met. Party committees in every county met.'), ['Party committees']);
  assert.deepEqual(names('Rail Inspection Commission Opens Case Against Hyesan Traders'), []);
  assert.deepEqual(names('The Kyodo News Agency said the boat sank.'), []);
  assert.deepEqual(names('The Investigation Bureau of the Ministry of State Security arrested him.'), ['Ministry of State Security']);
  // named once, doing nothing in its sentence: a mention in passing
  assert.deepEqual(names('He once studied the history of the Rail Inspection Commission in school.'), []);
  // a rights group named once as the teller of a claim is a source of the report
  assert.deepEqual(names('The Pine Tree Network said families were detained.'), []);
});

test('kinds of body listed before a plural noun for bodies are no actors', () => {
  assert.deepEqual(orgs('The group draws officials from the party, military, police, prosecution and security departments.'), []);
  assert.deepEqual(orgs('Police and MSS agents arrested him.').map((o) => o[1]), ['kp.mps', 'kp.mss']);
  // a list not drawn from anything names the bodies that acted
  assert.deepEqual(orgs('Residents said police, prosecutors and other authorities detained him.').map((o) => o[1]), ['kp.mps', 'kp.prosecutors']);
});

test('a word right after a number is a currency, not a surname', () => {
  assert.deepEqual(actors('Brokers charged about 5000 Yuan per person. For 800 Yuan, the carriers moved goods.').filter((a) => a.kind === 'person'), []);
});

test('a resettlement centre named as where someone stays is a site; named as a doer it is the body', () => {
  assert.deepEqual(orgs('After her arrival she spent twelve weeks at Hanawon before moving to Incheon.'), []);
  assert.deepEqual(orgs('Hanawon said fewer arrivals were expected this year.').map((o) => o[1]), ['kr.hanawon']);
});

test('a plural for bodies of a kind, with no place or country, names no canon body', () => {
  assert.deepEqual(orgs('The courts have grown harsher with smugglers.'), []);
  assert.deepEqual(orgs("Local people's committees were told to register returnees."), []);
  assert.deepEqual(orgs('The returnees were handed over through Chinese customs offices along the river.'), []);
  assert.deepEqual(orgs('MSS offices in every county questioned the returnees.').map((o) => o[1]), ['kp.mss']);
  // one court with its place, and the singular, stay
  assert.deepEqual(orgs('The court in Hyesan sentenced the trader.').map((o) => o[1]), ['kp.courts']);
  assert.deepEqual(orgs('The court sentenced the trader.').map((o) => o[1]), ['kp.courts']);
});

test("a name's capitalised words that read as a place or a direction stay in it", () => {
  assert.deepEqual(orgs('Researchers at the North Lantern Watch counted the cases, and the North Lantern Watch published them.').map((o) => o[0]), ['North Lantern Watch', 'North Lantern Watch']);
  assert.deepEqual(orgs("The New Korea Women's Union asked for their release.").map((o) => o[0]), ["New Korea Women's Union"]);
  // a country owning a body the canon knows is no part of its name
  assert.deepEqual(orgs("South Korea's Ministry of Unification confirmed the arrival.").map((o) => o[1]), ['kr.mou']);
  // an opener alone is no name: a capitalised "New" before a known body leaves it the body
  assert.deepEqual(orgs('Last week New Ministry of Unification guidelines took effect.').map((o) => o[1]), ['kr.mou']);
});

test('a month before a day of the month is no name', () => {
  assert.deepEqual(actors('Church members prayed outside the consulate, calling on China to free the detainees, Feb. 3, 2013.').filter((a) => a.kind === 'person'), []);
});
