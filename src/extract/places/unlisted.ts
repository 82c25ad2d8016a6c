// Places the gazetteer does not list but the text marks as places: one or two
// capitalised words before a level word ("Sambong County", "Ryongbuk-ri",
// "Songhung District"). They get an id that carries their level and name
// ("unlisted:site:Ryongbuk", read back by placeById) and no hierarchy; an analyst
// can add them to the user gazetteer.
import type { PlaceLevel } from '../../core/model.js';
import type { PlaceMention } from '../doc.js';
import { unlistedId, type Knowledge } from '../../knowledge/load.js';
import { withoutPossessive, type Words } from '../../knowledge/words.js';

const LEVEL_OF: Record<string, PlaceLevel> = { county: 'county', province: 'province', prefecture: 'province', city: 'city', district: 'site', village: 'site', township: 'site' };
const GLUED_LEVEL: Record<string, PlaceLevel> = { ri: 'site', dong: 'site', gun: 'county', up: 'site', kun: 'county' };
/** Capitalised words that open a sentence or a name but are no place ("The City", "Each County"). */
const NOT_A_NAME = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'each', 'every', 'another', 'which', 'our', 'their', 'his', 'her', 'its', 'one', 'any', 'some', 'no', 'border', 'capital', 'party', 'people', 'central', 'inner', 'provincial', 'local', 'same', 'neighbouring', 'neighboring', 'nearby', 'home', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'special', 'economic']);

/** An unlisted place starting at word i: the mention and the word after it, or null. */
export function unlistedPlaceAt(k: Knowledge, text: string, w: Words, i: number): { mention: PlaceMention; to: number } | null {
  if (!w.cap[i] || NOT_A_NAME.has(w.key[i]) || /^\d/.test(w.key[i])) return null;
  for (let n = 1; n <= 2; n++) {
    const lvl = i + n;
    if (lvl >= w.length || w.brk[lvl] !== 0) return null;
    const level = w.glued[lvl] ? GLUED_LEVEL[w.key[lvl]] : w.cap[lvl] ? LEVEL_OF[w.key[lvl]] : undefined;
    if (level) {
      // a person's or an organisation's name before "City" is no place name
      if (k.actorTrie.matchAt(text, w, i)) return null;
      const name = text.slice(w.start[i], w.end[lvl - 1]);
      return {
        mention: { span: { start: w.start[i], end: withoutPossessive(text, w.end[lvl]) }, placeId: unlistedId(level, name), name, level, metonymy: false },
        to: lvl + 1,
      };
    }
    if (!w.cap[lvl] || NOT_A_NAME.has(w.key[lvl])) return null;
  }
  return null;
}
