// Places the gazetteer does not list but the text marks as places: one or two
// capitalised words before a level word ("Sambong County", "Ryongbuk-ri",
// "Songhung District"). They get an id that carries their level and name
// ("unlisted:site:Ryongbuk", read back by placeById) and no hierarchy; an analyst
// can add them to the user gazetteer.
import type { PlaceLevel } from '../../core/model.js';
import type { PlaceMention } from '../doc.js';
import { unlistedId, type Knowledge } from '../../knowledge/load.js';
import { withoutPossessive, type Words } from '../../knowledge/words.js';

// Maps, not objects: a word such as "constructor" must not be read off Object.prototype
const table = (entries: Record<string, PlaceLevel>) => new Map(Object.entries(entries));
const LEVEL_OF = table({ county: 'county', province: 'province', prefecture: 'province', city: 'city', district: 'site', village: 'site', township: 'site' });
/**
 * Lower-case words after a name inside a sentence that make it a local place: a
 * neighbourhood or a market is named after its district ("the Chaeha market", "the
 * Wiyon and Songhu neighbourhoods").
 */
const LOCAL_OF = table({
  county: 'county', counties: 'county', district: 'site', districts: 'site', village: 'site', villages: 'site',
  neighbourhood: 'site', neighbourhoods: 'site', neighborhood: 'site', neighborhoods: 'site', market: 'site', markets: 'site',
});
/** Capitalised words before "market" that name a day or a time, not a place ("the Sunday market"). */
const TIMES = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|new|lunar)$/;
const GLUED_LEVEL = table({ ri: 'site', dong: 'site', gun: 'county', up: 'site', kun: 'county' });
/** Capitalised words that open a sentence or a name but are no place ("The City", "Each County"). */
const NOT_A_NAME = new Set(['the', 'a', 'an', 'in', 'at', 'on', 'from', 'to', 'of', 'near', 'and', 'or', 'for', 'by', 'into', 'across', 'after', 'before', 'during', 'since', 'while', 'when', 'but', 'with', 'outside', 'inside', 'throughout', 'around', 'between', 'both', 'this', 'that', 'these', 'those', 'each', 'every', 'another', 'which', 'our', 'their', 'his', 'her', 'its', 'one', 'any', 'some', 'no', 'border', 'capital', 'party', 'people', 'central', 'inner', 'provincial', 'local', 'same', 'neighbouring', 'neighboring', 'nearby', 'home', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'special', 'economic']);

/** Words of the gazetteer's demonyms ("Korean", "Chinese"): "North Korean markets" names no place called "Korean". */
const DEMONYM_WORDS = new WeakMap<Knowledge, Set<string>>();
function demonymWords(k: Knowledge): Set<string> {
  let words = DEMONYM_WORDS.get(k);
  if (!words) {
    words = new Set([...k.places.values()].flatMap((p) => p.demonyms ?? []).flatMap((d) => d.toLowerCase().split(/\s+/)).filter((x) => !NOT_A_NAME.has(x)));
    DEMONYM_WORDS.set(k, words);
  }
  return words;
}

/** An unlisted place starting at word i: the mention and the word after it, or null. */
export function unlistedPlaceAt(k: Knowledge, text: string, w: Words, i: number): { mention: PlaceMention; to: number } | null {
  if (!w.cap[i] || NOT_A_NAME.has(w.key[i]) || /^\d/.test(w.key[i]) || demonymWords(k).has(w.key[i])) return null;
  for (let n = 1; n <= 2; n++) {
    const lvl = i + n;
    if (lvl >= w.length || w.brk[lvl] !== 0) return null;
    const level = w.glued[lvl] ? GLUED_LEVEL.get(w.key[lvl]) : w.cap[lvl] ? LEVEL_OF.get(w.key[lvl]) : local(w, i, lvl);
    // "the Wiyon and Songhu neighbourhoods": the first name shares the level word after the second
    const shared = !level && n === 1 && coordinated(w, lvl);
    if (level || shared) {
      // a person's or an organisation's name before "City" is no place name
      if (k.actorTrie.matchAt(text, w, i)) return null;
      const name = text.slice(w.start[i], w.end[lvl - 1]);
      const end = level ? lvl + 1 : lvl;
      return {
        mention: { span: { start: w.start[i], end: withoutPossessive(text, w.end[end - 1]) }, placeId: unlistedId(level ?? 'site', name), name, level: level ?? 'site', metonymy: false },
        to: end,
      };
    }
    if (!w.cap[lvl] || NOT_A_NAME.has(w.key[lvl])) return null;
  }
  return null;
}

/** A lower-case level word at lvl after a name that does not open its sentence. */
function local(w: Words, i: number, lvl: number): PlaceLevel | undefined {
  return i > 0 && w.brk[i] === 0 && !TIMES.test(w.key[i]) ? LOCAL_OF.get(w.key[lvl]) : undefined;
}

/** "and Songhu neighbourhoods": another name and a plural level word follow the conjunction at j. */
function coordinated(w: Words, j: number): boolean {
  if (j + 2 >= w.length || (w.key[j] !== 'and' && w.key[j] !== 'or') || w.brk[j + 1] !== 0 || w.brk[j + 2] !== 0 || !w.cap[j + 1]) return false;
  const plural = w.key[j + 2];
  return plural.endsWith('s') && LOCAL_OF.has(plural) && !w.cap[j + 2];
}
