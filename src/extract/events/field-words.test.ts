// The wording field reports use for control, orders, graft and unrest, beyond the ontology's
// typical triggers: each sentence here is written for the project, and each rule has a
// near-miss that must record nothing of the type.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDoc } from '../testing.case.js';

const types = (text: string) => [...new Set(extractDoc(text).layers.events!.map((e) => e.type))].sort();
const has = (text: string, type: string) => assert.ok(types(text).includes(type as never), `${type}: ${text}`);
const hasNot = (text: string, type: string) => assert.ok(!types(text).includes(type as never), `no ${type}: ${text}`);

test('an act ordered in the infinitive records the order too; a told act does not', () => {
  assert.deepEqual(types('The regime told the border guards in Hyesan to shoot intruders.'), ['DIRECTIVE', 'VIOLENCE']);
  hasNot('A farmer told reporters the guards were arrested.', 'DIRECTIVE');
});

test('surveillance: households visited, searches for banned media, guests registered, movements controlled', () => {
  for (const text of [
    'Unit leaders visit every household in the district twice a week.',
    'Inspectors went through each home on the street.',
    'Officers spent the week checking for foreign films on laptops.',
    'Agents stopped students in Hyesan to look through their phones.',
    'Families must now register overnight guests with the unit leader.',
    'Everyone has to notify the unit leader before a trip.',
    'Police ran night inspections of lodgings near the station.',
    'Guards at the bridge stop every truck for an hour.',
    'New checkpoints were set up on the road to the river.',
    'The bureau keeps close tabs on returnees.',
    'Agents barged into the apartment at dawn.',
    'Movements of returnees are strictly controlled.',
    'Returnees face an ideological review.',
  ]) has(text, 'SURVEILLANCE');
  hasNot('Two deserters stormed into a farmhouse looking for food.', 'SURVEILLANCE');
  hasNot('He visited his family in Hyesan.', 'SURVEILLANCE');
});

test('directives: people made to act, bars, restrictions, rules introduced', () => {
  for (const text of [
    'The committee required all traders to close by noon.',
    'The authorities barred villagers from the river bank.',
    'Students are no longer allowed to leave the dormitory at night.',
    'The city restricted travel to the coast.',
    'Police were authorized to seize foreign currency.',
    'The Cabinet set price ceilings on rice and maize.',
    'A new policy was rolled out in spring.',
    'Instructions were relayed to every factory.',
    'The district was sealed off for a week.',
    'The border has been shut since the outbreak.',
  ]) has(text, 'DIRECTIVE');
  hasNot('He had to leave the meeting early.', 'DIRECTIVE');
});

test('corruption: shakedowns, payoffs, a cut for officials, release bought, permits sold', () => {
  for (const text of [
    'Inspectors have been shaking down stall owners.',
    'The guards live on payoffs from traders.',
    'Customs officers demanded a bigger cut of each shipment.',
    'Traders hand a share of their takings to the officers.',
    'She was let go after her brother paid the station chief.',
    'The agent freed him after taking most of the cash.',
    'Officials have been asking for dollars to stamp the papers.',
    'Cadres skimmed grain off the rations.',
    'Officials at the office sold travel permits for yuan.',
    'Guards waved the trucks through for a fee.',
  ]) has(text, 'CORRUPTION');
  hasNot('He was released after paying a fine.', 'CORRUPTION');
  hasNot('Officials said the market earned money.', 'CORRUPTION');
});

test('a counted group of defectors records their defection; the families of defectors do not', () => {
  has('Police in Yanji held 15 defectors last week.', 'DEFECTION');
  has('Three escapees reached the embassy.', 'DEFECTION');
  hasNot('The families of defectors are watched.', 'DEFECTION');
  hasNot('She works with defectors in Seoul.', 'DEFECTION');
});

test('unrest and inquiries: altercations with officers, a case opened', () => {
  has('Vendors got into a scuffle with market inspectors.', 'PROTEST');
  has('Prosecutors opened a case against the director.', 'INVESTIGATION');
});

test('an order given far before the infinitive still records it; a wish told to reporters does not', () => {
  has('The ministry instructed the local police in Hyesan to arrest phone users.', 'DIRECTIVE');
  hasNot('The woman told reporters she had wanted to flee.', 'DIRECTIVE');
});

test('a counted group of defectors tells a defection only where no other word of the report does', () => {
  const defections = (text: string) => extractDoc(text).layers.events!.filter((e) => e.type === 'DEFECTION').map((e) => e.placeIds[0]);
  assert.deepEqual(defections('Police in Yanji held 15 defectors.'), ['cn.yanji']);
  assert.deepEqual(defections('Two soldiers fled from Hyesan in May. Police in Yanji held the two defectors a week later.'), ['kp.hyesan']);
  assert.deepEqual(defections('The families of the two defectors were banished.'), []);
});
