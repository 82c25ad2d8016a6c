// Wording read in real reports: varied verbs per type, what speaks of a kind or a goal rather
// than an act, and where an act that names no place of its own happened. Texts written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDoc, lookupIn, WORLD } from '../testing.case.js';
import { clusterMentions, finer, type RawMention } from './cluster.js';
import { loadLexicon } from './lexicon.js';
import type { EventType } from '../../core/model.js';

const eventsOf = (text: string) => extractDoc(text).layers.events!.map((e) => ({ type: e.type, places: e.placeIds }));
const types = (text: string): EventType[] => [...new Set(eventsOf(text).map((e) => e.type))].sort();

test('varied wording of each type is read', () => {
  const cases: [EventType, string][] = [
    ['SURVEILLANCE', 'Security was tightened along the river in Hyesan.'],
    ['SURVEILLANCE', 'Border guards in Hyesan have been reinforced with agents from the city.'],
    ['SURVEILLANCE', 'Agents tapped the phones of traders in Hyesan.'],
    ['SURVEILLANCE', 'The unit leader goes door to door to check on residents every night.'],
    ['SURVEILLANCE', 'Households must report any visitors to the unit leader.'],
    ['SURVEILLANCE', 'Units along the river were placed on emergency alert.'],
    ['SURVEILLANCE', 'The riverbank near Hyesan is heavily patrolled by soldiers.'],
    ['SURVEILLANCE', 'Police put up roadblocks on the road to Yanji.'],
    ['SURVEILLANCE', "Officers boarded the bus and checked the passengers' papers."],
    ['SURVEILLANCE', 'Agents were posted at every station in Hyesan.'],
    ['SURVEILLANCE', 'The bureau recruited informers among the market traders.'],
    ['PURSUIT', 'Police in Yanji mounted an operation to catch the runaways.'],
    ['PURSUIT', 'Chinese police had been tracking the group since it reached Yanji.'],
    ['PURSUIT', 'Police in Yanji were on the trail of the deserters.'],
    ['DIRECTIVE', 'At a neighbourhood meeting, residents were told that nobody may cross the river.'],
    ['DIRECTIVE', 'The city made it compulsory for traders to register their stalls.'],
    ['DIRECTIVE', 'Officials in Hyesan demanded that every household hand in scrap metal.'],
    ['DIRECTIVE', 'A guideline on foreign phones was distributed to the security bureaus.'],
    ['CORRUPTION', 'Security agents colluded with the smugglers along the river.'],
    ['CORRUPTION', 'The officer sold the confiscated phones back to traders.'],
    ['CORRUPTION', 'His mother gave the investigator cigarettes and cash to have him freed.'],
    ['CORRUPTION', 'The guards charge a fee of 1,000 yuan for each crossing.'],
    ['CORRUPTION', 'The prosecutor misused his authority to enrich himself.'],
    ['SURVEILLANCE', 'Two agents tailed the family for a week.'],
    ['SURVEILLANCE', 'Officers have been inspecting phones of passers-by in Hyesan.'],
    ['SURVEILLANCE', 'The neighbour reported him to the police.'],
    ['SURVEILLANCE', 'A neighbour informed on the family to the security agency.'],
    ['DIRECTIVE', 'Officials told residents to stay indoors after dark.'],
    ['DIRECTIVE', 'The ministry distributed guidelines to border units.'],
    ['REPATRIATION', 'China repatriates them as soon as they are caught.'],
    ['CORRUPTION', 'The guard demanded money from the traders.'],
    ['CORRUPTION', 'He bought his way out of the labour camp.'],
    ['PURSUIT', 'Police were looking for the runaways near Yanji.'],
    ['DEFECTION', 'The diplomat sought asylum in a third country.'],
    ['VIOLENCE', 'The agents threatened to kill the pastor.'],
    ['VIOLENCE', 'Guards beat the woman severely.'],
    ['ARREST', 'Three women were captured by Chinese police last week.'],
    ['ARREST', 'He was taken to the police station in Hyesan.'],
    ['ARREST', 'The man is being held by the security ministry.'],
    ['PUNISHMENT', 'The cadre was removed from his post.'],
    ['PUNISHMENT', 'The woman received a five-year prison term.'],
    ['PUNISHMENT', 'The students were expelled from their university.'],
    ['PUNISHMENT', 'He was sent to prison for selling films.'],
    ['REPATRIATION', 'Some 500 North Koreans were refouled from China in October.'],
    ['DEFECTION', 'The worker absconded from a construction site in Russia.'],
    ['SURVEILLANCE', 'Authorities have set up checkpoints on roads into Hyesan.'],
    ['SURVEILLANCE', 'Police are conducting searches of homes in Hyesan.'],
    ['PROTEST', 'Women vendors clashed with police in Hyesan.'],
    ['DIRECTIVE', 'The government declared a state of emergency in Hyesan.'],
    ['DIRECTIVE', 'The authorities told residents not to approach the river.'],
    ['PROTEST', 'Residents resisted the police who came to demolish their homes.'],
    ['FABRICATION', 'The agents made up charges against the merchant.'],
    ['CORRUPTION', 'The guards let smugglers pass in exchange for money.'],
    ['DEFECTION', 'The diplomat left the embassy and sought refuge in South Korea.'],
  ];
  for (const [type, text] of cases) assert.ok(types(text).includes(type), `${type}: ${text} -> ${types(text).join(',')}`);
});

test('a demand to end an act, and a payment to no official, record no act', () => {
  assert.deepEqual(types('Rights groups have called for an end to forced repatriations.'), []);
  assert.ok(!types('Brokers guide people across the river in exchange for money.').includes('CORRUPTION'));
});

test('a broken pattern no longer needs the words "the public" to read an order to residents', () => {
  assert.deepEqual(types('The committee told traders to close their stalls.'), ['DIRECTIVE']);
});

test('a goal, a kind of people and a noun the trigger modifies record no act', () => {
  assert.deepEqual(types('In order to clamp down on phones, the bureau bought new cars.'), []);
  assert.deepEqual(types('Smugglers who need phones pay more for them.'), []);
  assert.deepEqual(types('Smugglers who crossed the river last week were questioned.').includes('SMUGGLING'), true);
  assert.deepEqual(types('Former prison camp detainees met in Seoul.'), []);
  assert.ok(types('She told interrogators that she had paid the guards.').includes('INVESTIGATION'));
  assert.ok(types('He was sent to a prison camp in May.').includes('PUNISHMENT'));
});

test('a trigger noun after a purpose\'s words names an aim, not an act', () => {
  assert.deepEqual(types('Agents went to Sinuiju for the purpose of the arrest of two traders.').includes('ARREST'), false);
  // a result is no aim: the arrest happened
  assert.deepEqual(types('Police raided the market in Hyesan, leading to the arrest of twenty traders.').includes('ARREST'), true);
  assert.ok(types('The tip led to the arrest of two traders in Sinuiju.').includes('ARREST'));
});

test('a threat scopes over its clause and the clause it opens with "that"', () => {
  assert.deepEqual(types('Officials in Hyesan are threatening harsh punishment for smugglers.'), []);
  assert.deepEqual(types('Police warned the traders that their stalls would be confiscated.'), []);
  assert.ok(!types('Guards warned residents along the river that those who cross will be arrested on the spot.').includes('ARREST'));
  // "and" starts another predicate: the arrest was made
  assert.ok(types('Police warned the traders and arrested two of them in Hyesan.').includes('ARREST'));
  // a threat of violence is itself coded
  assert.ok(types('Agents threatened the pastor with death.').includes('VIOLENCE'));
});

test('a nationwide order is set in the country, apart from a local order in the same report', () => {
  const directives = (text: string) => eventsOf(text).filter((e) => e.type === 'DIRECTIVE').map((e) => e.places);
  assert.deepEqual(directives('The central authorities issued a directive to crack down on foreign films. In Hyesan, police ordered traders to close their stalls.'), [['kp'], ['kp.hyesan']]);
  // a reference back joins the order already told
  assert.equal(directives('A nationwide ban on foreign films took effect. Since the ban, police in Hyesan have searched homes.').length, 1);
});

test('state quarantine rules are a national policy', () => {
  const directives = (text: string) => eventsOf(text).filter((e) => e.type === 'DIRECTIVE').map((e) => e.places);
  assert.deepEqual(directives('Guards in Hyesan caught two smugglers. Under the emergency quarantine rules, smuggling is punished severely.'), [['kp']]);
});

test("a wire dateline after a headline is no scene, nor where a speaker is; the acting agency's country is", () => {
  const arrest = (text: string) => eventsOf(text).filter((e) => e.type === 'ARREST').map((e) => e.places);
  assert.deepEqual(arrest('Defectors arrested in China\n\nSEOUL, May 2 (UPI) -- Police detained seven people, a group said.'), [['cn']]);
  // without the agency: a city in capitals, or a city with the day
  assert.deepEqual(arrest('Defectors arrested in China\n\nSHENYANG - Police detained seven people at a market.'), [['cn']]);
  assert.deepEqual(arrest('Defectors arrested in China\n\nShenyang, May 2, 2020 – Police detained seven people at a market.'), [['cn']]);
  assert.deepEqual(arrest('Defectors arrested\n\nPolice in Shenyang - the city police - detained seven people.'), [['cn.shenyang']], 'a place inside a sentence is no dateline');
  const actors = [{ name: 'Chinese police', kind: 'organization' as const, canonId: 'cn.mps' }];
  const told = (text: string) => extractDoc(text, { actors }).layers.events!.filter((e) => e.type === 'ARREST').map((e) => e.placeIds);
  assert.deepEqual(told('A rights group in Seoul said on Tuesday that Chinese police detained 12 defectors.'), [['cn']]);
});

test('an act told before ", media said" is not a description of the speaker', () => {
  assert.deepEqual(types('A diplomat in Yanji left his post last month, media said.'), ['DEFECTION']);
});

test('a state acting in the sentence places an act that names no place; a speaking state does not', () => {
  // the places stage marks a state named as acting or speaking ("South Korea said") as metonymy
  const places = WORLD.map((p) => (p.id === 'kr' && p.name === 'South Korea' ? { ...p, metonymy: true } : p));
  const arrest = (text: string) => extractDoc(text, { places }).layers.events!.filter((e) => e.type === 'ARREST').map((e) => e.placeIds);
  assert.deepEqual(arrest("China's police detained dozens of refugees.\n\nActivists in Seoul confirmed it."), [['cn']]);
  assert.deepEqual(arrest('South Korea said police detained dozens of refugees. The raid took place in Yanji.'), [['cn.yanji']]);
});

test('a source reporting what officers did is no informing', () => {
  assert.ok(!types('A source in Hyesan reported that local police officers had closed the market.').includes('SURVEILLANCE'));
});

test("a group's seat is no scene", () => {
  const ev = eventsOf('Police arrested two women, the Seoul-based daily reported.');
  assert.deepEqual(ev.find((e) => e.type === 'ARREST')?.places, []);
});

test("a headline's guessed place yields to the place the body gives", () => {
  const lex = loadLexicon();
  const lookup = lookupIn(WORLD);
  const mention = (start: number, placeIds: string[], borrowed: boolean): RawMention => ({
    type: 'ARREST', modality: 'asserted', trigger: { start, end: start + 8 }, evidence: { start, end: start + 40 },
    date: { value: null, precision: 'unknown' }, placeIds, participants: [], count: null, sourceKeys: [],
    anaphoric: false, dateOwn: false, borrowed, national: false, fallback: false,
  });
  const events = clusterMentions([mention(0, ['kr.seoul'], true), mention(100, ['cn.yanji'], false)], lex, lookup, []);
  assert.equal(events.length, 1);
  assert.deepEqual(events[0].placeIds, ['cn.yanji']);
  // a guess in the same country may be a second arrest there
  assert.equal(clusterMentions([mention(0, ['kp.pyongyang'], true), mention(100, ['kp.hyesan'], false)], lex, lookup, []).length, 2);
  // two places each told by the text stay two arrests
  assert.equal(clusterMentions([mention(0, ['kp.hyesan'], false), mention(100, ['cn.yanji'], false)], lex, lookup, []).length, 2);
});

test('a journey is dated by its start, not by an episode years before', () => {
  assert.equal(finer({ value: '2017-06', precision: 'month' }, { value: '2017-05', precision: 'month' }, true).value, '2017-05');
  assert.equal(finer({ value: '2017-02', precision: 'month' }, { value: '2014', precision: 'year' }, true).value, '2017-02');
});

test('background, what a rule lays down, a goal and the kind of act a crackdown targets record no act', () => {
  assert.deepEqual(types('The state has long punished deserters severely.'), []);
  assert.deepEqual(types('Public executions are a common tool of fear in the provinces.'), []);
  assert.deepEqual(types('The decree prescribes that smugglers be sentenced to hard labour.'), ['DIRECTIVE']);
  assert.deepEqual(types('The aim of the drive is to root out bribery among cadres.'), []);
  assert.deepEqual(types('Officers in Hyesan began cracking down on smuggling last week.'), ['SURVEILLANCE']);
  // an act told about particular people stays
  assert.ok(types('The executions were carried out in Hyesan on Monday.').includes('PUNISHMENT'));
  assert.ok(types('Police in Hyesan have arrested smugglers for decades, and arrested two more on Monday.').includes('ARREST'));
});

test('a penalty the law lays down and an act someone fears record no act', () => {
  assert.deepEqual(types('Crossing the border without a permit carries a sentence of labour reform.'), []);
  assert.deepEqual(types('Under the revised code, the offence earns up to seven years in a labour camp.'), []);
  assert.deepEqual(types('Desertion is punishable by death.'), []);
  assert.deepEqual(types('Trafficking in drugs can lead to execution.'), []);
  assert.deepEqual(types('Viewers of foreign films face sentences of up to ten years.'), []);
  assert.deepEqual(types('The traders kept quiet out of fear of being detained.'), []);
  assert.deepEqual(types('Afraid of arrest, the couple stayed in the village.'), []);
  // acts told stay: a sentence passed, a fear that did not stop the arrest, "up to" a count of people
  assert.ok(types('A court in Hyesan sentenced him to seven years in a labour camp.').includes('PUNISHMENT'));
  assert.ok(types('Fearing a crackdown, the traders hid their goods, but police arrested two of them in Hyesan.').includes('ARREST'));
  assert.ok(types('Up to twenty people were arrested in Hyesan last week.').includes('ARREST'));
  // a past act that ran "for up to" a term, people "subject to" or "liable for" something, a maximum sentence passed, acts feared because they happened
  assert.ok(types('Police in Hyesan detained him for up to three months before releasing him.').includes('ARREST'));
  assert.ok(types('Those subject to the inspection were arrested in Hyesan.').includes('ARREST'));
  assert.ok(types('Officials held liable for the famine were executed in Pyongyang.').includes('PUNISHMENT'));
  assert.ok(types('The trader was given the maximum sentence of ten years in a labour camp.').includes('PUNISHMENT'));
  assert.ok(types('Residents grew afraid of the arrests that police carried out in Hyesan last week.').includes('ARREST'));
});

test('an act the words make one that may be ("a possible informant", "potential defectors") is not told', () => {
  assert.deepEqual(types('Police in Yanji questioned a woman, a possible informant.'), ['INVESTIGATION']);
  assert.deepEqual(types('The campaign targets potential defectors in Hyesan.'), []);
  assert.ok(types('An informant in Hyesan reported him to the police.').includes('SURVEILLANCE'));
});

test('a defection told only at home, in a report set abroad, went where the report finds the defectors', () => {
  const defection = (text: string) => eventsOf(text).filter((e) => e.type === 'DEFECTION').map((e) => e.places);
  assert.deepEqual(defection('Police in Yanji arrested four defectors on Monday. The women had fled Hyesan in March.'), [['kp.hyesan', 'cn.yanji']]);
  // a report set at home adds nothing
  assert.deepEqual(defection('Guards in Hyesan are on edge. Two soldiers fled Hyesan in March.'), [['kp.hyesan']]);
});

test("the state's own bodies issue national orders", () => {
  const directives = (text: string) => eventsOf(text).filter((e) => e.type === 'DIRECTIVE').map((e) => e.places);
  assert.deepEqual(directives('Guards in Hyesan caught two traders. The Politburo issued a directive on border control last month.'), [['kp']]);
  assert.deepEqual(directives('Guards in Hyesan caught two traders. The General Staff Department ordered units to open fire on intruders.'), [['kp']]);
});

test('goods "meant for" a use and a border closure named as a point in time record no goal or order', () => {
  assert.ok(types('The officials sold rice meant for the army and falsified the records in Hyesan.').includes('FABRICATION'));
  assert.deepEqual(types('Conditions in Hyesan have worsened since the border closure.'), []);
});
