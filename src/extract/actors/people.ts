// Named people beyond the canon: a Korean surname followed by a romanised given name
// ("Choe Ryong Hae", "Park Jin-seok"), or a capitalised name after a title
// ("Minister ...", "Rapporteur ..."). Names that are places, organisations or
// outlets are matched before this and never reach it.
import type { Words } from '../../knowledge/words.js';

export const SURNAMES = new Set([
  'kim', 'lee', 'ri', 'yi', 'rhee', 'park', 'pak', 'choe', 'choi', 'jong', 'jung', 'chung', 'jeong', 'kang', 'cho', 'jo',
  'yoon', 'yun', 'jang', 'chang', 'lim', 'rim', 'im', 'han', 'oh', 'seo', 'so', 'shin', 'sin', 'kwon', 'hwang', 'ahn', 'an',
  'song', 'ryu', 'yu', 'hong', 'jeon', 'jon', 'chon', 'ko', 'koh', 'mun', 'moon', 'yang', 'ryang', 'son', 'sohn', 'bae',
  'pae', 'baek', 'paek', 'heo', 'ho', 'nam', 'noh', 'ro', 'roh', 'ha', 'kwak', 'sung', 'cha', 'joo', 'ju', 'woo', 'koo',
  'ku', 'min', 'na', 'ra', 'jin', 'chin', 'ji', 'chi', 'um', 'eom', 'chae', 'won', 'cheon', 'chon', 'bang', 'pang', 'gong',
  'kong', 'hyun', 'hyon', 'ham', 'byun', 'pyon', 'yeom', 'yom', 'choo', 'chu', 'do', 'to', 'seok', 'sok', 'tak', 'ma',
  'kil', 'gil', 'yeon', 'pyo', 'thae', 'tae', 'hyeon', 'ok', 'maeng', 'pyon', 'sim', 'shim', 'kye', 'kyu', 'ryom', 'yoo',
  // other romanisations of common surnames (Seo, Baek, Jeon, Heo, Ryu, Kwak, Byeon, Yook ...)
  'suh', 'paik', 'chun', 'jun', 'hur', 'huh', 'yeo', 'seol', 'sul', 'goo', 'gu', 'rho', 'pyun', 'byeon', 'kweon', 'gwak',
  'yook', 'yuk', 'ryuk', 'kook', 'guk', 'kuk', 'bong', 'pong', 'hahn', 'yim', 'lyu', 'ryoo', 'jee', 'cheong', 'chong', 'wi',
  'yeom', 'eum', 'ohm', 'gang', 'bahk', 'myung', 'kyung', 'tak', 'jegal', 'namgung', 'hwangbo', 'sunwoo', 'dokgo',
]);
/** One romanised Korean syllable (McCune-Reischauer or Revised Romanization); an open vowel may be written with an h ("Eun-ah", "Oh"). */
const SYLLABLE = /^(?:ch|sh|kk|tt|pp|ss|jj|th|kh|ph|[bcdghjklmnprstwy])?(?:[wy]?[aeiou]{1,2}|eo|eu|ae|oe|ui)(?:ng|n|m|l|k|p|t|g|b|h)?$/;
const GIVEN = /^[a-z]+$/;
/** Two syllables written as one word run to ten letters ("Chungryeol"). */
const MAX_GIVEN = 10;

/** Does a folded word read as one or two romanised syllables? */
function koreanGiven(key: string): number {
  if (!GIVEN.test(key) || key.length > MAX_GIVEN) return 0;
  if (SYLLABLE.test(key)) return 1;
  for (let cut = 1; cut < key.length; cut++) if (SYLLABLE.test(key.slice(0, cut)) && SYLLABLE.test(key.slice(cut))) return 2;
  return 0;
}

/** Words after a name that make it the name of a thing ("Kim Il Sung University"). */
const THING_AFTER = new Set(['university', 'square', 'stadium', 'street', 'bridge', 'station', 'hospital', 'academy', 'school', 'county', 'city', 'district', 'prize', 'order', 'medal', 'hall', 'palace', 'mausoleum', 'military', 'memorial', 'institute', 'foundation', 'port', 'airport', 'plant', 'factory', 'mine']);

/** A name's words stand one space or hyphen apart, never across a line. */
const tight = (w: Words, j: number): boolean => w.brk[j] === 0 && w.start[j] - w.end[j - 1] === 1;

/** Is the name ending before word j part of the name of a thing ("Kim Il Sung University")? */
export function namesAThing(w: Words, j: number): boolean {
  return j < w.length && w.brk[j] === 0 && THING_AFTER.has(w.key[j]);
}

/** Titles that introduce a person's name. */
export const TITLES = new Set([
  'mr', 'ms', 'mrs', 'dr', 'president', 'minister', 'chairman', 'chairwoman', 'director', 'ambassador', 'rapporteur', 'spokesperson',
  'spokesman', 'spokeswoman', 'secretary', 'professor', 'judge', 'commander', 'colonel', 'captain', 'lieutenant', 'premier', 'lawmaker',
  'representative', 'rep', 'envoy', 'senator', 'researcher', 'analyst',
  // clergy, ranks and offices
  'pastor', 'reverend', 'rev', 'bishop', 'general', 'gen', 'marshal', 'sergeant', 'sgt', 'governor', 'mayor', 'prosecutor', 'leader',
  // the trades that report and defend
  'correspondent', 'journalist', 'reporter', 'activist', 'lawyer', 'attorney', 'author', 'writer', 'scholar', 'defector',
  // heads of bodies and holders of office, as reports put them before a name ("UN human rights chief ...")
  'chief', 'head', 'deputy', 'vice', 'chair', 'chairperson', 'commissioner', 'counselor', 'counsellor', 'congressman',
  'congresswoman', 'assemblyman', 'assemblywoman', 'legislator', 'comrade', 'missionary', 'priest', 'founder',
  'coordinator', 'administrator', 'consul', 'corporal',
]);

/**
 * A person's name starting at word i: [from, to) in words, or null. `free(j)` tells
 * whether word j is not already part of a place or an organisation.
 */
export function personAt(w: Words, i: number, free: (j: number) => boolean): number | null {
  // a Korean surname may open a name of any origin after a title ("spokesman Hong Lei")
  return (w.cap[i] && SURNAMES.has(w.key[i]) ? koreanName(w, i, free) : null) ?? titledName(w, i, free);
}

function koreanName(w: Words, i: number, free: (j: number) => boolean): number | null {
  let syllables = 0;
  let j = i + 1;
  while (j < w.length && j < i + 4 && tight(w, j) && free(j) && (w.cap[j] || w.glued[j])) {
    const n = koreanGiven(w.key[j]);
    if (!n) break;
    syllables += n;
    j++;
  }
  // a one-syllable given name only with an age after it ("Kim Chol, 34"): alone it is half a name
  const aged = syllables === 1 && j < w.length && w.brk[j] === 1 && /^\d{1,2}$/.test(w.key[j]);
  if ((syllables !== 2 && !aged) || !free(i)) return null;
  return namesAThing(w, j) ? null : j;
}

function titledName(w: Words, i: number, free: (j: number) => boolean): number | null {
  // a title before another ("Vice Minister", "Lieutenant General") is read from the last one
  if (i === 0 || w.brk[i] !== 0 || !TITLES.has(w.key[i - 1]) || TITLES.has(w.key[i]) || !w.cap[i] || !free(i)) return null;
  let j = i;
  // a hyphenated part goes with its word ("Seoung-hyun"); a title inside opens a later name ("Vice Unification Minister Moon")
  while (j < w.length && j < i + 3 && (j === i || tight(w, j)) && (w.cap[j] || (j > i && w.glued[j])) && free(j)) {
    if (j > i && TITLES.has(w.key[j])) return null;
    j++;
  }
  while (j < w.length && w.glued[j] && tight(w, j) && free(j)) j++;
  return j - i >= 2 ? j : null;
}

const GIVEN_NAME = /^[a-z\u00e0-\u024f]{2,12}$/;

/**
 * A name written given name first, as many defectors and Korean-Americans write theirs
 * ("Hyeonseo Lee", "Ji-hyun Park", "Joseph Kim"): one given name (a hyphenated Korean
 * one counts as one) and a Korean surname closing the name. `ordinary(j)` tells a common
 * word of the text ("Then Kim") from a name. [i, to) in words, or null.
 */
export function givenFirstAt(w: Words, i: number, free: (j: number) => boolean, ordinary: (j: number) => boolean): number | null {
  // a surname first is read surname first: "Kim Jong" is half a name, not Mr Jong ("Ji-hyun" is a given name)
  if (!w.cap[i] || !GIVEN_NAME.test(w.key[i]) || (SURNAMES.has(w.key[i]) && !(i + 1 < w.length && w.glued[i + 1])) || TITLES.has(w.key[i]) || !free(i) || ordinary(i)) return null;
  let j = i + 1;
  // "Ji-hyun": the second syllable is glued to the first, in lower case or not
  if (j < w.length && w.glued[j] && koreanGiven(w.key[i]) === 1 && koreanGiven(w.key[j]) === 1) j++;
  if (j >= w.length || !tight(w, j) || !w.cap[j] || !SURNAMES.has(w.key[j]) || !free(j)) return null;
  const to = j + 1;
  // a capitalised word after it makes the surname the start of another name ("Joseph Kim Jong")
  if (to < w.length && w.brk[to] === 0 && w.cap[to]) return null;
  return namesAThing(w, to) ? null : to;
}
