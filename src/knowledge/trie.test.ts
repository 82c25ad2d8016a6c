import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WordTrie } from './trie.js';
import { words } from './words.js';

/** Every longest match, left to right, as value@text. */
function scan(trie: WordTrie<string>, text: string): string[] {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i < w.length; ) {
    const m = trie.matchAt(text, w, i);
    if (!m) {
      i++;
      continue;
    }
    out.push(`${m.hits.map((h) => h.value).join('+')}@${text.slice(w.start[m.from], w.end[m.to - 1] - m.trim)}`);
    i = m.to;
  }
  return out;
}

test('longest name wins and names do not cross punctuation', () => {
  const t = new WordTrie<string>();
  t.add('North Korea', 'kp');
  t.add('North Hamgyong', 'nh');
  t.add('Korea', 'korea');
  assert.deepEqual(scan(t, 'From North Korea to North Hamgyong.'), ['kp@North Korea', 'nh@North Hamgyong']);
  assert.deepEqual(scan(t, 'far north, Korea'), ['korea@Korea']);
});

test('acronyms must be written in capitals, capitalised names capitalised', () => {
  const t = new WordTrie<string>();
  t.add('SSD', 'mss');
  t.add('Party', 'wpk');
  t.add('border guards', 'bg');
  assert.deepEqual(scan(t, 'The SSD, not the ssd; the Party, not a party; Border Guards and border guards.'), ['mss@SSD', 'wpk@Party', 'bg@Border Guards', 'bg@border guards']);
  assert.deepEqual(scan(t, "The SSD's agents, not the Ssd's."), ["mss@SSD's"]);
});

test('spaced, hyphenated and run-together spellings meet, accents and apostrophes folded', () => {
  const t = new WordTrie<string>();
  t.add('Hamgyong-bukto', 'nh');
  t.add("P'yŏngyang", 'py');
  assert.deepEqual(scan(t, 'Hamgyong bukto, Hamgyongbukto, HAMGYONG-BUKTO; Pyongyang and Pyŏngyang.'), ['nh@Hamgyong bukto', 'nh@Hamgyongbukto', 'nh@HAMGYONG-BUKTO', 'py@Pyongyang', 'py@Pyŏngyang']);
});

test('a Hangul name matches with a particle attached, and the particle is trimmed', () => {
  const t = new WordTrie<string>();
  t.add('혜산', 'hyesan');
  t.add('보위부', 'mss');
  assert.deepEqual(scan(t, '혜산에서 보위부는 조사했다'), ['hyesan@혜산', 'mss@보위부']);
});

test('every first word of many names still starts its match past the first-word filter', () => {
  const t = new WordTrie<string>();
  // enough names that their first words share bits of the filter
  const names = Array.from({ length: 5000 }, (_, i) => `Place${i.toString(36)} Town`);
  for (const name of names) t.add(name, name);
  const text = names.filter((_, i) => i % 7 === 0).join(', ');
  assert.deepEqual(scan(t, text), names.filter((_, i) => i % 7 === 0).map((n) => `${n}@${n}`));
  assert.deepEqual(scan(t, 'Placeqqqq Town, Town Place0'), []);
});

test('an acronym name matches its dotted spelling, and only in capitals', () => {
  const t = new WordTrie<string>();
  t.add('UN', 'un');
  t.add('UN Security Council', 'unsc');
  assert.deepEqual(scan(t, "The U.N. warned; the U.N.'s envoy and the U.N. Security Council met."), ['un@U.N.', "un@U.N.'s", 'unsc@U.N. Security Council']);
  assert.deepEqual(scan(t, 'un, u.n.'), []);
});

test('the last word of a Hangul name of several words may carry a particle', () => {
  const t = new WordTrie<string>();
  t.add('유엔', 'un');
  t.add('유엔 총회', 'ga');
  t.add('노동당 중앙위원회', 'cc');
  assert.deepEqual(scan(t, '유엔 총회는 결의했고 노동당 중앙위원회에서 논의했다'), ['ga@유엔 총회', 'cc@노동당 중앙위원회']);
  assert.deepEqual(scan(t, '유엔 관계자는'), ['un@유엔'], 'a word that starts no longer name leaves the shorter one');
});
