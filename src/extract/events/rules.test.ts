// One test per event rule added for field reports: returns, surveillance, abductions, unrest,
// passing words that record nothing, guesses, and where an event happened.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDoc } from '../testing.case.js';

const eventsOf = (text: string) => extractDoc(text).layers.events!.map((e) => ({ type: e.type, places: e.placeIds }));
const types = (text: string) => [...new Set(eventsOf(text).map((e) => e.type))].sort();
const placesOf = (text: string, type: string) => eventsOf(text).filter((e) => e.type === type).map((e) => e.places[0]);

test('returns: people sent back, returned in the passive, handed over at a border', () => {
  assert.ok(types('Police sent the four women back across the river.').includes('REPATRIATION'));
  assert.ok(types('Most of the people who had been returned were questioned.').includes('REPATRIATION'));
  assert.ok(types('The group was handed over at the border bridge.').includes('REPATRIATION'));
  assert.ok(types('Women forcibly returned from China were questioned.').includes('REPATRIATION'));
});

test('surveillance: identity checks, house searches, raids, tracked signals, informing on others', () => {
  for (const text of [
    'Police stepped up identity checks in Yanji.',
    'Agents found the phone during a house search.',
    'Inspectors have been raiding markets in Hyesan.',
    'A detection unit tracked her signal for a week.',
    'Inmates were made to inform on each other.',
  ]) assert.ok(types(text).includes('SURVEILLANCE'), text);
  assert.deepEqual(types('A detection unit tracked her signal for a week.'), ['SURVEILLANCE']);
});

test('an abduction is an arrest and the tracking before it a pursuit', () => {
  assert.deepEqual(types('The pastor was abducted in Yanji.'), ['ARREST']);
  assert.deepEqual(types('Agents had been tracking him for weeks.'), ['PURSUIT']);
  assert.deepEqual(types('The trader was lured to a meeting and bundled into a van.'), ['ARREST']);
});

test('unrest abroad: a riot is a protest, killing and hostage-taking are violence', () => {
  assert.deepEqual(types('Workers at a factory in Yanji rioted over unpaid wages.'), ['PROTEST']);
  assert.deepEqual(types('An official was beaten to death.'), ['VIOLENCE']);
  assert.deepEqual(types('The workers took two managers hostage.'), ['VIOLENCE']);
  assert.deepEqual(types('Women were forced to undergo abortions.'), ['VIOLENCE']);
});

test('passing words record nothing: monitors asked for, a unit named, a rebuttal, state policy, family money', () => {
  assert.deepEqual(types('The rapporteur asked the government to grant independent monitors access to prisons.'), []);
  assert.deepEqual(types('He served for years in the investigation section of a police station.'), []);
  assert.deepEqual(types('The fisherman had told investigators about the route.'), []);
  assert.deepEqual(types('State media dismissed reports of deaths as a smear.'), []);
  assert.deepEqual(types('The workers learned that their wages had been diverted to the North Korean state.'), []);
  assert.deepEqual(types('She had received money from a brother abroad.'), []);
  assert.deepEqual(types('Local smugglers had told him the man was a labourer.'), []);
});

test('what can happen by law, and a goal of being shot, record nothing', () => {
  assert.deepEqual(types('Distributing foreign films can be punished by death.'), []);
  assert.deepEqual(types('Two men were taken away to be shot.').filter((t) => t !== 'PUNISHMENT'), []);
});

test('a gloss in parentheses keeps the wording of its clause', () => {
  assert.deepEqual(types('Returnees could be sent to a kyohwaso (reform-through-labor camp) after questioning.'), []);
});

test('a guess is no report: "residents believe", "it is thought"', () => {
  assert.deepEqual(types('Residents believe he is being made a scapegoat.'), []);
  assert.deepEqual(types('It is thought the manager took bribes.'), []);
  assert.deepEqual(types('The manager was dismissed, and residents believe he took bribes.'), ['PUNISHMENT']);
});

test('an act told in the relative clause of a speaker is recorded', () => {
  assert.ok(types('A man from Hyesan who served four years for smuggling told the researchers about the camp.').includes('SMUGGLING'));
});

test('where relatives live is not where the event happened', () => {
  const text = 'The five were tried at the Hyesan stadium.\n\n"They only talked to their children in Seoul," she said. "One woman was arrested in January."';
  assert.deepEqual(placesOf(text, 'ARREST'), ['kp.hyesan']);
});

test('a place someone was sent from, or goods came from, is not where the event happened', () => {
  assert.deepEqual(placesOf('An official sent from Pyongyang was beaten in Yanji.', 'VIOLENCE'), ['cn.yanji']);
  assert.deepEqual(placesOf('A woman caught selling phones from China was sentenced in Hyesan.', 'PUNISHMENT'), ['kp.hyesan']);
});

test('where agents are dispatched is where they act, past a long organisation name', () => {
  assert.deepEqual(placesOf('The state dispatched officers of the Ministry of State Security to Yanji to monitor the workers.', 'SURVEILLANCE'), ['cn.yanji']);
});

test('punishments at different places are two events; "the execution" joins the one at its place', () => {
  const doc = extractDoc('A woman was sentenced in Yanji in March. A man was executed in Hyesan. The execution in Hyesan took place in May.', { published: '2024-06-10' });
  const found = doc.layers.events!.filter((e) => e.type === 'PUNISHMENT').map((e) => [e.placeIds[0], e.date.value]);
  assert.deepEqual(found, [['cn.yanji', '2024-03'], ['kp.hyesan', '2024-05']]);
});

test('sanctions: expulsion from a named party, relocation to a farm, a crackdown told as a verb', () => {
  assert.deepEqual(types("The manager was expelled from the Workers' Party."), ['PUNISHMENT']);
  assert.deepEqual(types('The two men were moved to a cooperative farm in the mountains.'), ['PUNISHMENT']);
  assert.deepEqual(types('Authorities have cracked down on private grain sales.'), ['SURVEILLANCE']);
});

test('an aunt or a cousin is family: her sanction for his act is collective punishment', () => {
  assert.deepEqual(types('My aunt was made to write a self-criticism.'), ['COLLECTIVE_PUNISHMENT']);
});

test('collective punishments at two places are two events', () => {
  const found = placesOf('His parents were arrested in Yanji. In Hyesan, her husband was dismissed.', 'COLLECTIVE_PUNISHMENT');
  assert.equal(found.length, 2);
});

test('what is expected or likely to happen records nothing', () => {
  assert.deepEqual(types('The woman is expected to be sent to a labor camp.'), []);
  assert.deepEqual(types('The woman is likely to be sent to a labor camp.'), []);
});

test('defections: workers who vanish abroad, a broker taking someone across, a header line without a subject', () => {
  assert.deepEqual(types('Three waitresses disappeared from the restaurant.'), ['DEFECTION']);
  assert.ok(types('That autumn a broker took me across the river.').includes('DEFECTION'));
  assert.deepEqual(types('Crossed the Tumen River into China in March 2019.'), ['DEFECTION']);
});

test('money a family receives is no bribe', () => {
  assert.deepEqual(types("Defectors' families were receiving money from the South."), []);
});

test('goods moved into a place put no one there', () => {
  assert.deepEqual(placesOf('In Hyesan, a man who smuggled copper into China was beaten.', 'VIOLENCE'), ['kp.hyesan']);
});

test('searching a home is surveillance, not a pursuit', () => {
  assert.deepEqual(types('Agents searching her home in Hyesan found a phone.'), ['SURVEILLANCE']);
  assert.ok(types('Agents were searching for the defectors in Yanji.').includes('PURSUIT'));
});

test('clause scope: negated contractions, threats, causes, conditions on anyone and list items record nothing', () => {
  assert.deepEqual(types('Guards said the two soldiers haven\u2019t been arrested yet.'), []);
  assert.deepEqual(types('Officials threatened to execute the traders.'), []);
  assert.deepEqual(types('The city was locked down in March because of smuggling.'), []);
  assert.deepEqual(types('Travellers to the region face a serious risk of arrest, detention or deportation.'), []);
  assert.deepEqual(types('Police confiscate yuan from vendors who are caught using it.'), []);
  // a particular act named as the cause is still told
  assert.ok(types('The border was closed because of their defection to China.').includes('DEFECTION'));
  assert.ok(types('Police arrested two brokers in Hyesan, detained a guard and deported a trader.').includes('REPATRIATION'));
});

test('a law enacted is a directive of the state that enacted it; what the law provides for is no event', () => {
  const text = 'Two students from Hyesan studied in Tokyo last year. North Korea enacted a law in 2020 that provides for long sentences for anyone who watches foreign films.';
  assert.deepEqual(eventsOf(text).filter((e) => e.type === 'DIRECTIVE').map((e) => e.places), [['kp']]);
  assert.ok(!types(text).includes('PUNISHMENT'));
});

test('pursuit, violence and surveillance words of field reports', () => {
  assert.ok(types('Police worked to track down their whereabouts in Yanji.').includes('PURSUIT'));
  assert.ok(types('Plain-clothes officers came to Yanji to catch the group.').includes('PURSUIT'));
  assert.ok(types('Two soldiers died in a shootout with police in Yanji.').includes('VIOLENCE'));
  assert.ok(types('The deserters robbed a farmhouse in Yanji.').includes('VIOLENCE'));
  assert.ok(types('Agents recorded the phone calls of traders in Hyesan.').includes('SURVEILLANCE'));
  assert.ok(types('Officers patrolled the river bank in Hyesan with radio detectors.').includes('SURVEILLANCE'));
  assert.ok(!types('Women shouted at patrolling police in Hyesan.').includes('SURVEILLANCE'));
  assert.ok(!types('Students in Hyesan were caught watching South Korean dramas.').includes('SURVEILLANCE'));
  assert.ok(types('Residents of Hyesan were forced to watch the execution.').includes('DIRECTIVE'));
});

test('"an army deserter" is a defection though the army is no actor of the report', () => {
  assert.ok(types('Beijing protested after a North Korean army deserter killed three villagers in Helong.').includes('DEFECTION'));
});

test('a flight from a capture the sentence tells is no defection; a flight over the border is', () => {
  assert.deepEqual(types('One of the traders was arrested at the market, while the other fled but later gave himself up.'), ['ARREST']);
  assert.ok(types('One man was arrested on the bank, and his friend fled across the river.').includes('DEFECTION'));
  assert.ok(types('The soldier fled to China in May.').includes('DEFECTION'));
});

test('"public order" is no order, and money taken is a bribe only where an official takes it', () => {
  assert.deepEqual(types('Smuggling is punished harshly as an act that disturbs order along the border.').filter((x) => x === 'DIRECTIVE'), []);
  assert.deepEqual(types('The women had been receiving money for reading fortunes.'), []);
  assert.ok(types('The border guard was receiving money from the smugglers every month.').includes('CORRUPTION'));
  assert.ok(types('The company commander of the post, who took the equivalent of 3,000 yuan, let them through.').includes('CORRUPTION'));
});

test('a killing the sentence tells as an execution is the execution, not violence besides it', () => {
  assert.deepEqual(types('A firing squad killed the man in front of the crowd in Hyesan.'), ['PUNISHMENT']);
  assert.deepEqual(types('The two women were shot dead at a public execution in Hyesan.'), ['PUNISHMENT']);
  assert.deepEqual(types('He was executed in Hyesan, and his body was taken away.'), ['PUNISHMENT']);
  // a beating before it is violence of its own
  assert.ok(types('Guards beat the man before he was executed in Hyesan.').includes('VIOLENCE'));
});

test("a trigger inside another's gap is an argument of its own, not a lesser reading of the same words", () => {
  assert.deepEqual(types('The workers took a monitoring officer hostage in Yanji.'), ['SURVEILLANCE', 'VIOLENCE']);
});

test('a raid by deserters or civilians is a robbery, not a control raid', () => {
  assert.deepEqual(types('Hungry deserters raided farm households near Yanji.').filter((x) => x === 'SURVEILLANCE'), []);
  assert.ok(types('Police raided the market in Hyesan.').includes('SURVEILLANCE'));
});
