import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actorCanonById, buildKnowledge, BUNDLED_DIR, loadKnowledge, namesInYear, placeById, reportingActor, type Knowledge } from './load.js';
import { words } from './words.js';
import { CasefileError } from '../core/errors.js';

const k = loadKnowledge({ userDir: join(tmpdir(), 'casefile-no-such-knowledge') });

function canonOf(kb: Knowledge, name: string): string[] {
  const m = kb.actorTrie.matchAt(name, words(name), 0);
  return (m?.hits ?? []).flatMap((h) => (h.value.kind === 'canon' ? [h.value.id] : []));
}
function placeOf(kb: Knowledge, name: string): string[] {
  const m = kb.placeTrie.matchAt(name, words(name), 0);
  return (m?.hits ?? []).flatMap((h) => (h.value.kind === 'place' ? [h.value.id] : []));
}

test('every name of state security, in English, romanised Korean and Hangul, is one actor', () => {
  for (const name of ['Ministry of State Security', 'State Security Department', 'SSD', 'Bowibu', '국가보위성', '국가안전보위부', '보위부', 'National Security Agency']) {
    assert.deepEqual(canonOf(k, name), ['kp.mss'], name);
  }
  assert.deepEqual(canonOf(k, "Ministry of People's Security"), ['kp.mps']);
  assert.deepEqual(canonOf(k, '사회안전성'), ['kp.mps']);
  assert.deepEqual(canonOf(k, 'General Reconnaissance Bureau'), ['kp.rgb']);
});

test('renamings carry the years each name was in use', () => {
  const mss = k.actors.get('kp.mss')!;
  assert.ok(namesInYear(mss, 2010).includes('국가안전보위부'));
  assert.ok(!namesInYear(mss, 2010).includes('국가보위성'));
  assert.ok(namesInYear(mss, 2020).includes('국가보위성'));
  const mps = k.actors.get('kp.mps')!;
  assert.ok(namesInYear(mps, 2015).includes("Ministry of People's Security"));
  assert.ok(!namesInYear(mps, 2022).includes("Ministry of People's Security"));
});

test('a Party department folds into the Party; outlets are a kind of their own', () => {
  assert.equal(reportingActor(k, 'kp.wpk.ogd')?.id, 'kp.wpk');
  assert.equal(actorCanonById(k, 'outlet.dailynk')?.kind, 'outlet');
  assert.ok(actorCanonById(k, 'kp.mss')?.aliases.includes('SSD'));
});

test('places carry their hierarchy: Hyesan in Ryanggang in North Korea', () => {
  const [hyesan] = placeOf(k, 'Hyesan');
  const p = placeById(k, hyesan)!;
  assert.equal(p.level, 'city');
  assert.deepEqual(p.ancestors, ['KP.ryanggang', 'KP']);
  assert.equal(p.country, 'KP');
  assert.ok(p.lat! > 41 && p.lat! < 42, 'coordinates kept from GeoNames');
  assert.ok(p.alternateNames.includes('혜산'));
});

test('romanisation variants reach the same place', () => {
  for (const [a, b] of [['Ryanggang', 'Yanggang'], ['North Hamgyong', 'Hamgyong-bukto'], ['Sinuiju', 'Sinŭiju'], ['Sinuiju', 'Shinuiju'], ['Chagang', 'Jagang'], ['Hoeryong', 'Hoeryeong'], ['Pyongyang', '평양']]) {
    assert.deepEqual(placeOf(k, a), placeOf(k, b), `${a} = ${b}`);
    assert.equal(placeOf(k, a).length, 1, a);
  }
});

function userDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-knowledge-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

test("a user's folder extends the knowledge and overrides entries by id", () => {
  const dir = userDir({
    'actors/mine.json': JSON.stringify([
      { id: 'kp.mss', name: 'State Security (user name)', kind: 'organization', country: 'KP', names: ['Bowibu'] },
      { id: 'my.unit', name: 'Unit 6000', kind: 'organization', country: 'KP', names: ['Sixth Bureau'] },
    ]),
    'gazetteer/towns.jsonl': `${JSON.stringify({ id: 'KP.ryanggang.somewhere', name: 'Somewheretown', level: 'county', parent: 'KP.ryanggang' })}\n`,
  });
  const mine = buildKnowledge([BUNDLED_DIR, dir]);
  assert.equal(mine.actors.get('kp.mss')?.name, 'State Security (user name)');
  assert.deepEqual(canonOf(mine, 'SSD'), [], 'the replaced entry keeps none of its old names');
  assert.deepEqual(canonOf(mine, 'Sixth Bureau'), ['my.unit']);
  assert.deepEqual(placeById(mine, 'KP.ryanggang.somewhere')?.ancestors, ['KP.ryanggang', 'KP']);
  assert.equal(k.actors.get('kp.mss')?.name, 'Ministry of State Security', 'the bundled knowledge is untouched');
});

test('a broken knowledge file fails loudly, naming the file and the entry', () => {
  const bad = userDir({ 'actors/bad.json': JSON.stringify([{ id: 'ok.one', name: 'Fine', kind: 'organization' }, { id: 'bad.two', name: 'Broken', kind: 'club' }]) });
  assert.throws(() => buildKnowledge([BUNDLED_DIR, bad]), (e: unknown) => e instanceof CasefileError && e.code === 'E_KNOWLEDGE' && /bad\.json/.test(e.message) && /entry 2 \("bad\.two"\)/.test(e.message) && /kind/.test(e.message));
  const notJson = userDir({ 'gazetteer/x.json': '[{"id": ' });
  assert.throws(() => buildKnowledge([BUNDLED_DIR, notJson]), /x\.json: a knowledge file is invalid: not valid JSON/);
  const dangling = userDir({ 'gazetteer/x.json': JSON.stringify([{ id: 'X.town', name: 'Nowhere', level: 'city', parent: 'X.none' }]) });
  assert.throws(() => buildKnowledge([BUNDLED_DIR, dangling]), /entry "X\.town": parent "X\.none" is not in the gazetteer/);
  const clash = userDir({ 'actors/x.json': JSON.stringify([{ id: 'x.police', name: 'Other police', kind: 'organization', country: 'CN', generic: ['police'] }]) });
  assert.throws(() => buildKnowledge([BUNDLED_DIR, clash]), /generic "police" for CN is claimed by both/);
});
