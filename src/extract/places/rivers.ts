// "the Tumen", "the Tumen and Yalu rivers": a town that shares its name with a river
// (Tumen, on the Tumen River) is the river when the text says so, with an article
// (towns take none) or with "rivers" after a coordination.
import type { Knowledge, PlaceRecord } from '../../knowledge/load.js';
import { words, type Words } from '../../knowledge/words.js';

const RIVER_WORDS = new Set(['river', 'rivers']);
const COORDINATION_REACH = 4;
const cache = new WeakMap<Knowledge, Map<string, PlaceRecord>>();

/** Rivers by the folded words of their name without "River" ("tumen", "amnok"). */
function riversOf(k: Knowledge): Map<string, PlaceRecord> {
  let index = cache.get(k);
  if (index) return index;
  index = new Map();
  for (const p of k.places.values()) {
    if (p.level !== 'site') continue;
    for (const name of [p.name, ...p.names.map((n) => n.name)]) {
      const keys = words(name).key;
      if (keys.length > 1 && keys[keys.length - 1] === 'river') index.set(keys.slice(0, -1).join(' '), p);
    }
  }
  cache.set(k, index);
  return index;
}

/** "Tumen rivers", "Tumen and Yalu rivers": "rivers" closes the phrase the name at words [.., to) opens. */
function riversFollow(w: Words, to: number): boolean {
  for (let j = to; j < w.length && j < to + COORDINATION_REACH && w.brk[j] < 2; j++) if (RIVER_WORDS.has(w.key[j])) return true;
  return false;
}

/** The river a name at words [i, to) stands for, or null when the text reads it as the town. */
export function riverReading(k: Knowledge, w: Words, i: number, to: number): PlaceRecord | null {
  // most names are one word: no joined copy of it
  const river = riversOf(k).get(to - i === 1 ? w.key[i] : w.key.slice(i, to).join(' '));
  if (!river) return null;
  const article = i > 0 && w.brk[i] === 0 && w.key[i - 1] === 'the';
  return article || riversFollow(w, to) ? river : null;
}
