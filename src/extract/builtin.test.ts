// The seed situations, told in the project's own words, through the whole built-in
// extractor with the bundled knowledge.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Extraction } from '../core/model.js';
import { createBuiltinExtractor } from './builtin.js';

const extractor = createBuiltinExtractor();
const run = (text: string, published: string | null = '2021-03-12') =>
  extractor.extractSync({ text, title: 'test report', outlet: 'Daily NK', published, language: 'en' });
const names = (x: Extraction, type: string) => x.events.filter((e) => e.type === type).flatMap((e) => e.places.map((p) => p.name));

const PURSUIT_REPORT = [
  "North Korea's Ministry of State Security has sent a small squad of agents into China to capture three Party officials who defected last month, two of them crossing from North Korea and one abandoning his post at a trading firm in China.",
  '',
  'A source in China familiar with the matter told Daily NK on Tuesday that the three-man team has been searching Shenyang and Yanji and has now moved on to Beijing. A separate source in China confirmed the account.',
  '',
  '"The agents carry photographs of the men and ask at every guesthouse," the source said. Managers at state trading companies in China also act as informants for the ministry and secretly monitor their staff, he added.',
  '',
  'Kim Jong Un has issued a directive that all escapees must be returned without exception, according to the source.',
  '',
  'When the agents cannot find their targets, they forge documents to make it appear that the men have died, the source said.',
].join('\n');

const SMUGGLING_REPORT = [
  'A mid-level official in Ryanggang Province has fled the country after a pine nut smuggling scheme failed, a Daily NK source in Ryanggang Province said. Senior cadres claimed that he ran away to escape his debts, but his family insists that he fled because other cadres betrayed him.',
  '',
  "The official had agreed to smuggle pine nuts from Ryanggang Province into China at the request of a provincial cadre. When the scheme was uncovered by the local prosecutor's office, an investigation began.",
  '',
  'All of his family members have since been arrested by the local police, a separate source in Ryanggang Province said. The senior cadres also fabricated testimonies, saying that he had long wanted to go to South Korea, the source added.',
].join('\n');

test('the pursuit report: defection, one pursuit across three cities, surveillance, directive, forgery', () => {
  const x = run(PURSUIT_REPORT);
  assert.doesNotThrow(() => Extraction.parse(x));
  const types = new Set(x.events.map((e) => e.type));
  for (const t of ['DEFECTION', 'PURSUIT', 'SURVEILLANCE', 'DIRECTIVE', 'FABRICATION']) assert.ok(types.has(t as never), `${t} in ${[...types]}`);
  // capture was the goal, not an arrest
  assert.ok(!types.has('ARREST'));
  const pursuits = x.events.filter((e) => e.type === 'PURSUIT');
  assert.equal(pursuits.length, 1);
  for (const city of ['Shenyang', 'Yanji', 'Beijing']) assert.ok(names(x, 'PURSUIT').includes(city), city);
  assert.equal(pursuits[0].count, 3);
  // told on Tuesday: not the event date
  assert.notEqual(pursuits[0].date.value, '2021-03-09');
  assert.deepEqual(x.sources.map((s) => s.location), ['China', 'China']);
  assert.ok(x.actors.some((a) => a.kind === 'person' && a.name === 'Kim Jong Un'));
  assert.ok(!x.actors.some((a) => /daily nk/i.test(a.name)), 'the outlet is no actor');
});

test('the smuggling report: defection, smuggling into China, investigation, arrest of the family, fabricated testimony', () => {
  const x = run(SMUGGLING_REPORT, null);
  assert.doesNotThrow(() => Extraction.parse(x));
  const types = new Set(x.events.map((e) => e.type));
  for (const t of ['DEFECTION', 'SMUGGLING', 'INVESTIGATION', 'ARREST', 'COLLECTIVE_PUNISHMENT', 'FABRICATION']) assert.ok(types.has(t as never), `${t} in ${[...types]}`);
  assert.ok(names(x, 'SMUGGLING').includes('Ryanggang') && names(x, 'SMUGGLING').includes('China'));
  assert.ok(names(x, 'ARREST').includes('Ryanggang'));
  assert.deepEqual(x.sources.map((s) => s.location), ['Ryanggang', 'Ryanggang']);
  const debt = x.claims.find((c) => SMUGGLING_REPORT.slice(c.content.start, c.content.end).includes('debts'))!;
  const cadres = x.claims.find((c) => SMUGGLING_REPORT.slice(c.content.start, c.content.end).includes('betrayed'))!;
  assert.deepEqual(debt.contestedWith, [cadres.id]);
  assert.deepEqual(cadres.contestedWith, [debt.id]);
  const testimony = x.claims.find((c) => SMUGGLING_REPORT.slice(c.content.start, c.content.end).includes('South Korea'))!;
  assert.equal(testimony.allegedFalse, true);
});

test('evidence offsets point at the words in the text', () => {
  const x = run(SMUGGLING_REPORT, null);
  const arrest = x.events.find((e) => e.type === 'ARREST')!;
  assert.equal(SMUGGLING_REPORT.slice(arrest.trigger.start, arrest.trigger.end), 'arrested');
  assert.ok(SMUGGLING_REPORT.slice(arrest.evidence.start, arrest.evidence.end).startsWith('All of his family members'));
});

const typesOf = (x: Extraction) => x.events.map((e) => e.type);
const eventOf = (x: Extraction, type: string) => x.events.find((e) => e.type === type);

test('metonymy: "Pyongyang dispatched" and "Beijing refused" are governments; "reporters in Beijing" is a place', () => {
  const x = run('Pyongyang dispatched four agents to Yanji to hunt the family. Beijing refused to comment, and a foreign ministry spokesperson in Beijing told reporters the case was unknown.');
  assert.deepEqual(names(x, 'PURSUIT'), ['Yanji', 'Yanbian', 'Jilin', 'China']);
  // China is listed as the country of the pursuit's place, with no mention of its own
  assert.deepEqual(x.places.map((p) => p.name).sort(), ['Beijing', 'China', 'Yanji']);
  assert.deepEqual(x.places.find((p) => p.name === 'Beijing')!.mentions.length, 1);
  assert.deepEqual(x.places.find((p) => p.name === 'China')!.mentions, []);
});

test('a date across "and" belongs to the other verb: detained in late March, handed over on April 9', () => {
  const x = run('Chinese police detained five women in Dandong in late March and handed them over to North Korean authorities on April 9.', '2024-04-15');
  assert.equal(eventOf(x, 'ARREST')?.date.value, '2024-03');
  assert.equal(eventOf(x, 'REPATRIATION')?.date.value, '2024-04-09');
});

test('a rule about "anyone" who would do something records no event; an order to do it is a directive', () => {
  const x = run('Lecturers told residents that anyone caught helping people cross the river would be shot. The committee ordered every household to sign a pledge.');
  assert.deepEqual(typesOf(x), ['DIRECTIVE']);
});

test('an execution by firing squad is a punishment, not an act of violence', () => {
  const x = run('The man was shot by a firing squad in Hyesan after a public trial.');
  assert.deepEqual(typesOf(x), ['PUNISHMENT']);
});

test('"stopping people and checking their phones" is surveillance; "to prevent defections" still records none', () => {
  assert.ok(typesOf(run('Patrols have been stopping students in Pyongyang and checking their mobile phones.')).includes('SURVEILLANCE'));
  assert.ok(!typesOf(run('Guards were posted to stop further defections.')).includes('DEFECTION'));
});

test('calling reports "fabrications" is a denial, not a fabrication; forging a report is one', () => {
  assert.ok(!typesOf(run('Pyongyang has in the past dismissed such reports as "fabrications".')).includes('FABRICATION'));
  assert.ok(typesOf(run('The officer forged a report that she had drowned.')).includes('FABRICATION'));
});

test('counts in words and approximations reach the event', () => {
  const x = run('Some two dozen agents were sent to comb Yanji, and about thirty activists protested in Seoul.');
  assert.equal(eventOf(x, 'PURSUIT')?.count, 24);
  assert.equal(eventOf(x, 'PROTEST')?.count, 30);
});

test('page furniture is kept as a layer and no stage reads a person, place or source in it', () => {
  const text = [
    'Guards seize phones in Musan',
    'By Choi Min Ho',
    'Traders queue at a market in Chongjin, North Hamgyong Province. / Image: Example file photo',
    'Security agents seized dozens of phones in Musan last week, a source in North Hamgyong Province told Daily NK.',
    'Related: Soldiers arrested in Sinuiju, a source in China said',
  ].join('\n\n');
  const x = run(text);
  assert.deepEqual(x.furniture?.map((f) => f.kind), ['byline', 'caption', 'related']);
  for (const f of x.furniture!) {
    for (const item of [...x.actors, ...x.sources]) for (const m of item.mentions) assert.ok(m.end <= f.start || m.start >= f.end, `${JSON.stringify(m)} lies in furniture`);
    for (const e of x.events) assert.ok(e.trigger.end <= f.start || e.trigger.start >= f.end);
  }
  assert.equal(x.actors.some((a) => a.kind === 'person'), false);
  assert.equal(x.sources.length, 1);
  // a caption's places are places the page names, but no event's
  assert.ok(x.places.some((p) => p.name === 'Chongjin'));
  assert.equal(x.places.some((p) => p.name === 'Sinuiju'), false);
  assert.ok(x.events.every((e) => e.places.every((p) => p.name !== 'Chongjin')));
});
