import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDoc, textOf, WORLD } from '../testing.case.js';

const eventsOf = (text: string, opts = {}) => {
  const doc = extractDoc(text, opts);
  return doc.layers.events!.map((e) => ({ type: e.type, modality: e.modality, places: e.placeIds, date: e.date.value, count: e.count, trigger: textOf(doc, e.trigger), sources: e.sourceKeys }));
};
const types = (text: string) => eventsOf(text).map((e) => e.type);

test('each of the fifteen types has triggers', () => {
  const cases: [string, string][] = [
    ['DEFECTION', 'A cadre from Hyesan defected last week.'],
    ['PURSUIT', 'Agents have been hunting the escapees in Yanji.'],
    ['ARREST', 'Police arrested two traders in Hyesan.'],
    ['REPATRIATION', 'The women were repatriated from China.'],
    ['PUNISHMENT', 'The manager was sentenced to ten years.'],
    ['COLLECTIVE_PUNISHMENT', 'His whole family has paid the price for his escape.'],
    ['SURVEILLANCE', 'Informants report back on the workers.'],
    ['SMUGGLING', 'Traders smuggle copper across the river.'],
    ['CORRUPTION', 'The officer took bribes from traders.'],
    ['FABRICATION', 'The secretary forged the delivery records.'],
    ['INVESTIGATION', 'Prosecutors opened an investigation into the mine.'],
    ['DIRECTIVE', 'The committee issued a directive on markets.'],
    ['INCENTIVE', 'Residents were offered a reward for tips.'],
    ['VIOLENCE', 'Guards beat a woman on the river bank.'],
    ['PROTEST', 'Vendors protested against the new rules.'],
  ];
  for (const [type, sentence] of cases) assert.ok(types(sentence).includes(type as never), `${type}: ${sentence} -> ${types(sentence).join(',')}`);
});

test('modality cues: attempted, planned, ordered, rumoured', () => {
  const m = (text: string) => eventsOf(text).find((e) => e.type !== 'DIRECTIVE')?.modality;
  assert.equal(m('A soldier tried to defect across the border.'), 'attempted');
  assert.equal(m('The family was planning to defect in the summer.'), 'planned');
  assert.equal(m('Agents were ordered to arrest the traders.'), 'ordered');
  assert.equal(m('Rumours are circulating that the director defected.'), 'rumoured');
  assert.deepEqual(eventsOf('Agents were ordered to arrest the traders.').map((e) => e.type), ['DIRECTIVE', 'ARREST']);
});

test('negated events are not recorded: the report says they did not happen', () => {
  assert.deepEqual(types('The guards did not arrest him.'), []);
  assert.deepEqual(types('No family members have been detained so far, the source added.'), []);
  assert.deepEqual(types('Nobody dares to complain about the new quota.'), []);
  assert.deepEqual(types('Police detained two traders, but no one was beaten.'), ['ARREST']);
});

test('passing mentions record no event: a speaker, a counterpart, a unit described, hunting things not people', () => {
  assert.deepEqual(types('Many families first heard of it through phone calls from brokers.'), []);
  assert.deepEqual(types('A broker in Yanji said the route was closed.'), []);
  assert.deepEqual(types('Officers of Unit 27, a task force that hunts down foreign films, visited the school.'), []);
  assert.deepEqual(types('The ministry dispatched officers to Nakhodka to monitor the workers.'), ['SURVEILLANCE']);
  assert.deepEqual(types('She crossed the river in May with help from a broker.').sort(), ['DEFECTION', 'SMUGGLING']);
});

test('hypotheticals, goals and prevention record no event', () => {
  assert.deepEqual(types('If they are caught, they will be sent back.'), []);
  assert.deepEqual(types('His house would be taken away and he could be punished.'), []);
  assert.deepEqual(types('The state sent agents to arrest defectors.').filter((t) => t === 'ARREST'), []);
  assert.deepEqual(types('Checks were tightened to prevent further defections.').filter((t) => t === 'DEFECTION'), []);
  assert.deepEqual(types('Papers made it look as though the men had been murdered.').filter((t) => t === 'VIOLENCE'), []);
});

test("a list's items share the scope of the clause that opens it, though its first item is no trigger", () => {
  assert.deepEqual(types('Deserters could get long terms in prison, beatings, or execution.'), []);
  assert.deepEqual(types('Returnees risk prison, beatings, or public execution.'), []);
  // a clause after a comma is no item of a list
  assert.deepEqual(types('Guards stopped the cart at dawn, arrested the driver, and left.'), ['ARREST']);
  assert.deepEqual(types('Police could not find the man, and arrested his neighbour.'), ['ARREST']);
});

test('a state called on is appealed to, not ordered; people called on are', () => {
  assert.deepEqual(types('The rights group called on China not to send the nine women back.').filter((t) => t === 'DIRECTIVE'), []);
  assert.deepEqual(types('The city committee called on Pyongyang residents to report strangers.'), ['DIRECTIVE']);
});

test('the arrest of family members is both ARREST and COLLECTIVE_PUNISHMENT; their eviction is collective only', () => {
  assert.deepEqual(types('All of his family members have been arrested by the local police.').sort(), ['ARREST', 'COLLECTIVE_PUNISHMENT']);
  assert.deepEqual(types('His wife and children were evicted from their flat.'), ['COLLECTIVE_PUNISHMENT']);
  assert.deepEqual(types('The court sentenced the editors Son and Baek to death.'), ['PUNISHMENT'], 'a surname that is a family word is no relative');
});

test('an operation across several places is one event listing them all', () => {
  const found = eventsOf('The three-man task force has been combing Shenyang and Yanji and went as far as Beijing.');
  assert.equal(found.length, 1);
  assert.equal(found[0].type, 'PURSUIT');
  assert.deepEqual([...found[0].places].sort(), ['cn.beijing', 'cn.shenyang', 'cn.yanji']);
  assert.equal(found[0].count, 3);
});

test('metonymy is not a place: "Pyongyang dispatched agents"', () => {
  const world = WORLD.map((p) => (p.name === 'Pyongyang' ? { ...p, metonymy: true } : p));
  const found = eventsOf('Pyongyang dispatched some 150 agents to Shenyang.', { places: world });
  assert.deepEqual(found.map((e) => [e.type, e.places, e.count]), [['PURSUIT', ['cn.shenyang'], 150]]);
});

test('the day a source spoke is not the event date; a vague date keeps its precision', () => {
  const found = eventsOf('A source told Daily NK on Monday that a cadre in Hyesan defected early this month.', { published: '2024-05-22' });
  assert.deepEqual(found.map((e) => [e.type, e.date]), [['DEFECTION', '2024-05']]);
});

test('a clause set apart in time ("days after") does not take the date of the act before it', () => {
  const found = eventsOf('Guards beat a trader in Hyesan on May 9, two days after officials ordered a border closure.');
  assert.deepEqual(found.map((e) => [e.type, e.date]), [['VIOLENCE', '2024-05-09'], ['DIRECTIVE', null]]);
});

test('a journey is dated by its start, not by a later leg', () => {
  const found = eventsOf('Three women who fled Hyesan reached South Korea in May 2023. They had crossed the river in March 2023.');
  assert.deepEqual(found.filter((e) => e.type === 'DEFECTION').map((e) => e.date), ['2023-03']);
});

test('a month is made the day a later mention of the same event gives, not the first day told', () => {
  const found = eventsOf('Police detained two traders in Hyesan last month. They crossed the river on May 3 and were picked up in Hyesan the next day.', { published: '2024-06-10' });
  assert.deepEqual(found.filter((e) => e.type === 'ARREST').map((e) => e.date), ['2024-05-04']);
});

test('families ordered out of their homes are punished for another\'s act, and no order is recorded', () => {
  const found = eventsOf('The families of the two defectors were ordered out of their homes in Hyesan.');
  assert.deepEqual(found.map((e) => e.type), ['COLLECTIVE_PUNISHMENT']);
});

test('the same type at distinct places is two events; at a place and inside it, one', () => {
  const found = eventsOf('Police arrested a smuggler in Hyesan. Chinese police detained his buyer in Yanji. The arrest in Ryanggang Province shocked traders.');
  assert.deepEqual(found.filter((e) => e.type === 'ARREST').map((e) => e.places[0]), ['kp.hyesan', 'cn.yanji']);
});

test('an event whose sentence names only the place of the source is set there, not in an earlier paragraph', () => {
  const found = eventsOf('Police arrested two traders in Yanji last week.\n\nA source in Hyesan said agents had questioned the families of the traders.');
  assert.deepEqual(found.filter((e) => e.type === 'INVESTIGATION').map((e) => e.places[0]), ['kp.hyesan']);
});

test('events carry the sources of their sentence or paragraph', () => {
  const doc = extractDoc('A source in China said agents were combing Yanji. A separate source in Ryanggang said police arrested a broker in Hyesan.');
  const byType = new Map(doc.layers.events!.map((e) => [e.type, e.sourceKeys]));
  const keys = [...new Set(doc.layers.sources!.map((s) => s.key))];
  assert.deepEqual(byType.get('PURSUIT'), [keys[0]]);
  assert.deepEqual(byType.get('ARREST'), [keys[1]]);
});

test('a relative reached only by phone is neither the target nor the place of an arrest', () => {
  const found = eventsOf('Police in Hyesan arrested a woman who had used a Chinese phone to call her sister in Seoul.');
  assert.deepEqual(found.map((e) => [e.type, e.places]), [['ARREST', ['kp.hyesan']]]);
  assert.deepEqual(eventsOf('A woman who called her sister in Seoul was arrested.').map((e) => [e.type, e.places]), [['ARREST', []]]);
});

test('where someone\'s contacts are, or a body is based, is not where an inquiry happened', () => {
  const found = eventsOf('Agents in Hyesan questioned his wife about his contacts in China.');
  assert.deepEqual(found.map((e) => [e.type, e.places]), [['INVESTIGATION', ['kp.hyesan']]]);
  assert.deepEqual(eventsOf('In Hyesan last spring, a Seoul-based group said, guards beat a woman.').map((e) => [e.type, e.places]), [['VIOLENCE', ['kp.hyesan']]]);
});

test('where a source sent goods is not where the event the source tells of happened', () => {
  const found = eventsOf('Police arrested two traders in Yanji last week.\n\nA source in Hyesan who smuggled copper into China said guards beat her.');
  assert.deepEqual(found.filter((e) => e.type === 'VIOLENCE').map((e) => e.places), [['kp.hyesan']]);
});

test('a definite trigger singled out by a place after it is a new event, not a reference back', () => {
  const found = eventsOf('Guards in Hyesan put him in solitary confinement. Later he was moved to the political prison camp at Yanji.');
  assert.deepEqual(found.map((e) => [e.type, e.places]), [['PUNISHMENT', ['kp.hyesan']], ['PUNISHMENT', ['cn.yanji']]]);
  const back = eventsOf('He was sent to a labor camp in Hyesan. His family learned of the labor camp later.');
  assert.equal(back.filter((e) => e.type === 'PUNISHMENT').length, 1);
});

test("a relative clause about someone's past is no scene, unless the event is told in it", () => {
  const beaten = eventsOf('Guards beat a woman, who had attended a church in Yanji, at the jail in Hyesan.');
  assert.deepEqual(beaten.map((e) => [e.type, e.places]), [['VIOLENCE', ['kp.hyesan']]]);
  const arrested = eventsOf('A trader, who was arrested in Yanji last year, now lives in Seoul.');
  assert.deepEqual(arrested.map((e) => [e.type, e.places]), [['ARREST', ['cn.yanji']]]);
});

test('"led away" is an arrest; "leaving for" names where goods went, not the scene of what happened on the way', () => {
  assert.deepEqual(types('Agents led away four inspectors.'), ['ARREST']);
  assert.deepEqual(types('Agents led the traders away.'), ['ARREST']);
  const found = eventsOf('Guards arrested drivers of trucks leaving for Yanji at a checkpoint in Hyesan.');
  assert.deepEqual(found.map((e) => [e.type, e.places]), [['ARREST', ['kp.hyesan']]]);
});

test('a date past "and" and another act dates that act; one scene told with "and" shares its date', () => {
  const found = eventsOf('Police in Hyesan arrested a cadre for selling documents and executed him on May 9.', { published: '2024-05-22' });
  assert.deepEqual(found.map((e) => [e.type, e.date]), [['ARREST', null], ['PUNISHMENT', '2024-05-09']]);
  const scene = eventsOf('Guards shot and killed a man in Hyesan on May 9.', { published: '2024-05-22' });
  assert.deepEqual(scene.map((e) => [e.type, e.date]), [['VIOLENCE', '2024-05-09']]);
});

test('a page stamp run into the title never dates an event', () => {
  const found = eventsOf('Date : October 30, 2024 Broker arrested in Hyesan\n\nA broker was arrested in Hyesan at the end of August.', { published: '2024-10-30' });
  assert.deepEqual(found.filter((e) => e.type === 'ARREST').map((e) => e.date), ['2024-08']);
});

test('a mention whose sentence names no place retells the event told before, not a new one elsewhere', () => {
  const text = 'Police in Hyesan arrested two traders in March.\n\nA source in Yanji said the police had long watched the market. The arrests were quick, and the two were detained at night.';
  assert.deepEqual(eventsOf(text).filter((e) => e.type === 'ARREST').map((e) => e.places[0]), ['kp.hyesan']);
});

test('a place named to locate another ("a source in Ryanggang, bordering China") is no scene for the lines after it', () => {
  const text = '"Guards beat traders at night," a source in Ryanggang, bordering China, said.\n\nPolice detained a trader on Monday.';
  assert.deepEqual(eventsOf(text).map((e) => [e.type, e.places]), [['VIOLENCE', ['kp.ryanggang']], ['ARREST', ['kp.ryanggang']]]);
  const borders = eventsOf('Police detained two traders in Jilin, which borders North Korea.');
  assert.deepEqual(borders.map((e) => [e.type, e.places]), [['ARREST', ['cn.jilin']]]);
});

test('a reference back that names its place tells where an event with only a guessed place happened', () => {
  const text = 'Officials in Seoul met on Monday.\n\nThe authorities staged a public trial last month.\n\nThe executions took place in March at a stadium in Hyesan.';
  assert.deepEqual(eventsOf(text).map((e) => [e.type, e.places]), [['PUNISHMENT', ['kp.hyesan']]]);
});

test('a definite trigger with nothing of its type before it tells a new event at its own place', () => {
  const text = 'In Yanji, officials are still discussing the assassination. Separately, guards in Hyesan beat a trader.';
  const violence = eventsOf(text).filter((e) => e.type === 'VIOLENCE').map((e) => e.places);
  assert.deepEqual(violence, [['cn.yanji'], ['kp.hyesan']]);
});

test('banishment to the countryside, reporting on one another, a killing by assassins, an office used for gain', () => {
  assert.ok(types('The authorities banished two cadres and their families to the countryside.').includes('COLLECTIVE_PUNISHMENT'));
  assert.ok(types('Neighbourhood heads make residents report on one another.').includes('SURVEILLANCE'));
  assert.ok(types('Agents carried out the assassination of a pastor near the border.').includes('VIOLENCE'));
  assert.ok(types('The inspector took advantage of his position to collect goods.').includes('CORRUPTION'));
  assert.ok(types('Police launched a clampdown on phone users.').includes('SURVEILLANCE'));
});

test('a place around outside the country of the named agency acting is no guess for its act; "the authorities" name no agency', () => {
  // the actors stage may resolve "the authorities" to the agency told nearby: here to China's police, as "Chinese police"
  const actors = [{ name: 'Chinese police', kind: 'organization' as const, canonId: 'cn.mps' }, { name: 'authorities', kind: 'organization' as const, canonId: 'cn.mps' }];
  const chinese = eventsOf('Activists in Seoul spoke on Monday. Chinese police detained two defectors.', { actors });
  // (the two defectors also tell their defection: only the arrest is in question here)
  assert.deepEqual(chinese.filter((e) => e.type === 'ARREST').map((e) => [e.type, e.places]), [['ARREST', ['cn']]]);
  const vague = eventsOf('Activists in Seoul spoke on Monday. The authorities detained two defectors.', { actors });
  assert.deepEqual(vague.filter((e) => e.type === 'ARREST').map((e) => [e.type, e.places]), [['ARREST', ['kr.seoul']]]);
});

test('family members make an arrest or a sanction collective only in its own clause, past an aside about its subject', () => {
  assert.deepEqual(types('His parents had moved to Hyesan, and police arrested him in Yanji.'), ['ARREST']);
  assert.deepEqual(types('A trader, whose wife works in China, was arrested in Hyesan.'), ['ARREST']);
  assert.ok(types('Her husband, a guard at a post near Hyesan, was dismissed from his post.').includes('COLLECTIVE_PUNISHMENT'));
  assert.ok(types('Police arrested the parents of a defector in Hyesan.').includes('COLLECTIVE_PUNISHMENT'));
});

test('"gun fight" written apart is a shootout', () => {
  assert.deepEqual(types('Two soldiers were wounded in a gun fight near Hyesan.'), ['VIOLENCE']);
});

test('a condition on anyone ("those caught with ...") holds over a bare noun phrase after it, not over a particular act', () => {
  assert.deepEqual(types('Those caught with foreign contraband are named at meetings.'), []);
  assert.deepEqual(types('Anyone found smuggling copper is named at meetings.'), []);
  assert.deepEqual(types('Traders imposed the fee because of his smuggling.'), ['SMUGGLING']);
});

test('a law newly enacted is a directive; one only said to be in force is the background of the charge', () => {
  assert.ok(types('North Korea enacted a new law on foreign films last year.').includes('DIRECTIVE'));
  assert.deepEqual(types('He was sentenced under the film law now enforced by the courts.'), ['PUNISHMENT']);
});

test('expelling or banishing people from a body or to a place is a sanction, whatever stands between', () => {
  assert.deepEqual(types('The committee expelled three senior mine officials from the Party.'), ['PUNISHMENT']);
  assert.deepEqual(types('The county banished two market managers to a remote village.'), ['PUNISHMENT']);
});

test('an assault rifle, a verbal attack by state media and feared retaliation are no violence', () => {
  assert.deepEqual(types('The soldiers carried assault rifles.'), []);
  assert.deepEqual(types('State media attacked the new policy in a commentary.'), []);
  assert.deepEqual(types('Witnesses stay silent for fear of retaliation.'), []);
  assert.deepEqual(types('A guard assaulted a trader at the market.'), ['VIOLENCE']);
});

test('one act told of several groups, each with its number and place, is one event per place; places sharing a number are one', () => {
  const arrests = (text: string) => eventsOf(text).filter((e) => e.type === 'ARREST').map((e) => e.places[0]);
  assert.deepEqual(arrests('Police detained four traders near Beijing, six in Shenyang and about 12 in Yanji and Jilin last month.'), ['cn.beijing', 'cn.shenyang', 'cn.yanji']);
  assert.deepEqual(arrests('Eleven workers were arrested in Shenyang and three others in Beijing.'), ['cn.shenyang', 'cn.beijing']);
  assert.equal(arrests('Police detained fifteen traders in Shenyang and Beijing.').length, 1);
});

test('each group\'s act counts its own group; a year is no group\'s count', () => {
  const arrests = (text: string) => eventsOf(text).filter((e) => e.type === 'ARREST').map((e) => [e.places[0], e.count]);
  assert.deepEqual(arrests('Guards detained three workers near Yanji, eight in Shenyang and about 30 in Beijing.'), [['cn.yanji', 3], ['cn.shenyang', 8], ['cn.beijing', 30]]);
  // "2020" opens no group: the one count covers both places, so the act is one
  assert.deepEqual(arrests('Guards detained nine workers in Shenyang and in 2020 in Beijing.').length, 1);
});
