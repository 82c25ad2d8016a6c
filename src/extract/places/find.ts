// Finds gazetteer places in a text: one scan of the place trie, then the guards that
// keep a name from being taken for a place where it is not one.
import type { PlaceMention } from '../doc.js';
import type { Knowledge, PlaceRecord } from '../../knowledge/load.js';
import type { Match } from '../../knowledge/trie.js';
import { withoutPossessive, type Words } from '../../knowledge/words.js';
import { afterPreposition, isMetonymy } from './metonymy.js';
import { unlistedPlaceAt } from './unlisted.js';
import { riverReading } from './rivers.js';
import { settleByNeighbours } from './neighbours.js';
import { SURNAMES } from '../actors/people.js';

/** Level words that belong to the name before them ("Ryanggang Province", "Hyesan City"). */
// a Map, so that a word such as "constructor" is not read off Object.prototype
const LEVEL_WORDS = new Map<string, 'province' | 'county' | 'city' | 'any'>(Object.entries({
  province: 'province', provinces: 'province', prefecture: 'province', krai: 'province', oblast: 'province', region: 'province',
  county: 'county', counties: 'county', city: 'city', district: 'any', municipality: 'city', town: 'city',
  autonomous: 'any',
} as const));
/** Romanised suffixes glued by a hyphen ("Hyesan-si", "Musan-gun", "Yanggang-do"). */
const GLUED_SUFFIXES = new Set(['do', 'gun', 'kun', 'si', 'shi', 'up', 'ri', 'dong', 'gu', 'guyok']);
/** A country preferred when one name is several places, in the order this domain meets them. */
const COUNTRY_RANK = ['KP', 'CN', 'KR', 'RU', 'MN', 'VN', 'LA', 'TH', 'KH', 'MM', 'JP', 'US'];
const LEVEL_RANK = { country: 0, province: 1, county: 2, city: 3, site: 4 } as const;

type Wanted = 'province' | 'county' | 'city' | 'any' | null;

const countryRank = (p: PlaceRecord) => {
  const c = COUNTRY_RANK.indexOf(p.country ?? '');
  return c < 0 ? COUNTRY_RANK.length : c;
};

/** Is p the likelier reading than q: the level asked for, then country, level and population? Compared key by key, without building the keys. */
function before(p: PlaceRecord, q: PlaceRecord, wanted: Wanted): boolean {
  const pLevel = wanted && wanted !== 'any' && p.level !== wanted ? 1 : 0;
  const qLevel = wanted && wanted !== 'any' && q.level !== wanted ? 1 : 0;
  const pCountry = countryRank(p);
  const qCountry = countryRank(q);
  // every key is read before any is compared: findPlaces calls this on each name, and a key read only on a tie
  // would be first met after V8 had compiled findPlaces with this inside it
  const pRank = LEVEL_RANK[p.level];
  const qRank = LEVEL_RANK[q.level];
  const pPopulation = -(p.population ?? 0);
  const qPopulation = -(q.population ?? 0);
  if (pLevel !== qLevel) return pLevel < qLevel;
  if (pCountry !== qCountry) return pCountry < qCountry;
  if (pRank !== qRank) return pRank < qRank;
  return pPopulation < qPopulation;
}

/** Currency words: "US dollars" and "Chinese yuan" name money, not the country. */
const CURRENCIES = new Set(['dollar', 'dollars', 'yuan', 'won', 'yen', 'ruble', 'rubles', 'rouble', 'roubles', 'renminbi', 'rmb']);

/** Currency signs written straight after a country's code: "US$", "HK$", "A$", "NZ$". */
const CURRENCY_SIGNS = new Set(['$', '¥', '€', '£', '₩']);

/** "the North Korean ..." is an adjective; "Hwasong-17" is a missile, not the town; "US dollars" and "US$281" are money. */
function notAPlaceAfter(text: string, w: Words, to: number): boolean {
  if (CURRENCY_SIGNS.has(text.charAt(w.end[to - 1]))) return true;
  if (to >= w.length || w.brk[to] !== 0) return false;
  const next = w.key[to];
  return next === 'korean' || next === 'koreans' || CURRENCIES.has(next) || (w.glued[to] === 1 && next.charCodeAt(0) <= 57);
}

/** "Kim Yongha": a town's name right after a Korean surname is a given name. */
function givenName(w: Words, i: number, places: PlaceRecord[]): boolean {
  return i > 0 && w.brk[i] === 0 && w.cap[i - 1] === 1 && SURNAMES.has(w.key[i - 1]) && places.every((p) => p.level === 'city' || p.level === 'site' || p.level === 'county');
}

/**
 * Where a match ends, 0 for none. A helper read on every match, so that the rare test of a longer name inside a
 * lower-case-led one ("the North Pyongan") reads a warm property access, not one V8 first meets after compiling.
 */
const matchEnd = (m: Match<unknown> | null): number => (m === null ? 0 : m.to);

export function findPlaces(k: Knowledge, text: string, w: Words): PlaceMention[] {
  const out: PlaceMention[] = [];
  const ranges: { from: number; to: number; state: boolean }[] = [];
  /** every place each mention's name can be */
  const readings: PlaceRecord[][] = [];
  for (let i = 0; i < w.length; ) {
    const m = k.placeTrie.matchAt(text, w, i);
    // "the North Pyongan ...": a longer name starting inside a lower-case-led one wins
    if (!m || (matchEnd(m) - i > 1 && (!w.cap[i] || w.key[i] === 'the') && matchEnd(k.placeTrie.matchAt(text, w, i + 1)) > matchEnd(m))) {
      const unlisted = m ? null : unlistedPlaceAt(k, text, w, i);
      if (unlisted) {
        out.push(unlisted.mention);
        ranges.push({ from: i, to: unlisted.to, state: false });
        readings.push([]);
      }
      i = unlisted?.to ?? i + 1;
      continue;
    }
    const places: PlaceRecord[] = [];
    for (const { value: v } of m.hits) if (v.kind === 'place') places.push(k.places.get(v.id)!);
    // an organisation's or outlet's name that merely contains a place is no place
    if (!places.length || notAPlaceAfter(text, w, m.to) || givenName(w, i, places)) {
      i = m.to;
      continue;
    }
    let end = m.to;
    let wanted: Wanted = null;
    while (end < w.length && w.brk[end] === 0 && (LEVEL_WORDS.has(w.key[end]) || (w.glued[end] && GLUED_SUFFIXES.has(w.key[end])))) {
      wanted ??= LEVEL_WORDS.get(w.key[end]) ?? null;
      end++;
    }
    // from the first reading, which is never before itself: the loop's reads run on every name, not only on a
    // name of several places, which V8 would otherwise first meet after compiling this function
    let best = places[0];
    for (let n = 0; n < places.length; n++) {
      const p = places[n];
      if (before(p, best, wanted)) best = p;
    }
    if (end === m.to && best.level !== 'site') best = riverReading(k, w, i, m.to) ?? best;
    out.push({
      span: { start: w.start[i], end: withoutPossessive(text, w.end[end - 1] - (end === m.to ? m.trim : 0)) },
      placeId: best.id,
      name: best.name,
      level: best.level,
      metonymy: (best.level === 'country' || best.capital) && isMetonymy(w, i, end),
    });
    ranges.push({ from: i, to: end, state: best.level === 'country' || best.capital });
    readings.push(places);
    i = end;
  }
  settleByNeighbours(k, out, readings, ranges, w);
  coordinateMetonymy(out, ranges, w);
  return out;
}

/**
 * "Moscow and Beijing vetoed", "talks with Hanoi and Beijing": governments joined by
 * "and" share the reading, backwards from a subject and forwards from an object.
 */
function coordinateMetonymy(out: PlaceMention[], ranges: { from: number; to: number; state: boolean }[], w: Words): void {
  const joined = (n: number) => ranges[n + 1].from === ranges[n].to + 1 && (w.key[ranges[n].to] === 'and' || w.key[ranges[n].to] === 'or');
  for (let n = out.length - 2; n >= 0; n--) {
    if (out[n + 1].metonymy && !out[n].metonymy && ranges[n].state && !afterPreposition(w, ranges[n].from) && joined(n)) out[n].metonymy = true;
  }
  for (let n = 0; n + 1 < out.length; n++) {
    if (out[n].metonymy && !out[n + 1].metonymy && ranges[n + 1].state && joined(n)) out[n + 1].metonymy = true;
  }
}
