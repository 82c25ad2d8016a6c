// Where an event happened, as the geography of its report tells it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDoc, WORLD } from '../testing.case.js';
import type { PlaceMention } from '../doc.js';
import { datelinesOf } from './where.js';

const placed = (text: string, opts = {}) => extractDoc(text, opts).layers.events!.map((e) => [e.type, e.placeIds]);

test("a state's mission works abroad: its country is no bound on where a place around puts its act", () => {
  const actors = [{ name: 'North Korean embassy', kind: 'organization' as const, canonId: 'kp.embassies' }, { name: 'Ministry of State Security', kind: 'organization' as const, canonId: 'kp.mss' }];
  const text = (agency: string) => `A trade official worked at a firm in Shenyang until last month. The ${agency} tried to track him down.`;
  assert.deepEqual(placed(text('North Korean embassy'), { actors }), [['PURSUIT', ['cn.shenyang']]]);
  // an agency at home is bound to its country: the place around is where the man was, not where it acted
  assert.deepEqual(placed(text('Ministry of State Security'), { actors }), [['PURSUIT', ['kp']]]);
});

test('a report that names no scene is set in the country of the state it tells acting', () => {
  const places = WORLD.map((p) => (p.name === 'North Korea' ? { ...p, metonymy: true } : p));
  assert.deepEqual(placed('Four students were sentenced to ten years of hard labour. North Korea bans foreign films.', { places }), [['PUNISHMENT', ['kp']]]);
});

test("a state opening a later clause as its subject places an act its sentence names no place for; an agent's owner does not", () => {
  const places = WORLD.map((p) => (p.name === 'China' ? { ...p, metonymy: true } : p));
  const text = (clause: string) => `Activists in Seoul spoke on Monday. As part of the investigation, ${clause} a woman.`;
  assert.deepEqual(placed(text("China's police are questioning"), { places }), [['INVESTIGATION', ['cn']]]);
  assert.deepEqual(placed(text("officers sent by China's police are questioning"), { places }), [['INVESTIGATION', ['kr.seoul']]]);
});

test('what someone knows or tells about is no scene, but "the city of" a place is one', () => {
  const lead = 'Police arrested two traders in Hyesan. ';
  assert.deepEqual(placed(`${lead}\n\nGuards beat a courier, a source with knowledge of China said.`), [['ARREST', ['kp.hyesan']], ['VIOLENCE', ['kp.hyesan']]]);
  assert.deepEqual(placed(`${lead}\n\nGuards beat a courier, spreading rumours about China.`), [['ARREST', ['kp.hyesan']], ['VIOLENCE', ['kp.hyesan']]]);
  assert.deepEqual(placed(`${lead}\n\nGuards beat a courier in the city of Yanji.`), [['ARREST', ['kp.hyesan']], ['VIOLENCE', ['cn.yanji']]]);
});

test('a line opening in capitals and a dash is a dateline only when the capitals name a place', () => {
  const text = 'A – short note.\nUN - talks stalled.\nYANJI – Police detained two traders.';
  const at = text.indexOf('YANJI');
  const yanji: PlaceMention = { span: { start: at, end: at + 5 }, placeId: 'cn.yanji', name: 'Yanji', level: 'city', metonymy: false };
  assert.deepEqual(datelinesOf(text, [yanji]).map((d) => text.slice(d.start, d.end).trim()), ['YANJI –']);
  assert.deepEqual(datelinesOf(text, []), []);
});

test('where people went is no setting of the report when it names where they came from', () => {
  const text = 'A factory manager fled to South Korea in spring.\n\nHe had run a mine near Hyesan.\n\nThe regime then issued an order to shoot anyone approaching the river.';
  // the national order is the North's, not the destination's
  assert.deepEqual(placed(text), [['DEFECTION', ['kr', 'kp.hyesan']], ['DIRECTIVE', ['kp']], ['VIOLENCE', ['kp.hyesan']]]);
});
