// Bodies the canon does not list, known by their head noun: "the Rail Inspection
// Commission", "the Education Ministry", "the Ministry of Light Industry", "Bureau 27",
// "the 115 Division". Capitalised modifiers before the head (or "of"/"for" and capitalised
// words after it, or a number) make a name; a head alone ("the Committee"), a plural
// ("Party committees"), a people's adjective alone ("Korean Service") or a title-case
// headline make none. Named as written: there is no canon entry to resolve to.
import type { Words } from '../../knowledge/words.js';
import { withoutPossessive } from '../../knowledge/words.js';
import { isFunctionWord } from './ordinary.js';

/** Head nouns of bodies, singular only: a plural ("Party committees") names many bodies, not one. */
const HEADS = new Set([
  'ministry', 'commission', 'committee', 'bureau', 'department', 'division', 'agency', 'office', 'council', 'command',
  'company', 'corporation', 'organization', 'organisation', 'union', 'league', 'federation', 'association',
  'institute', 'center', 'centre', 'court', 'unit', 'administration', 'directorate', 'network',
  'alliance', 'coalition', 'foundation', 'society', 'watch',
]);
/** Heads of rights groups and research bodies: named once as a teller or a workplace, such a body is a source. */
const CIVIL_HEADS = new Set(['network', 'alliance', 'coalition', 'foundation', 'watch', 'institute', 'center', 'centre', 'society', 'association']);
export const civilHead = (key: string): boolean => CIVIL_HEADS.has(key);
/** Capitalised function words that may open a name ("North Star Watch", "New Life Association"). */
const OPENERS = new Set(['north', 'south', 'east', 'west', 'new']);
/**
 * Heads a number names on its own: "Bureau 27", "the 115 Division", "Unit 8". Military
 * formations ("the 31st Brigade") are units of the army or the border guards, not bodies
 * of their own: no ordinals, no brigades.
 */
const NUMBERED = new Set(['bureau', 'division', 'unit', 'department', 'office', 'room', 'group', 'team']);
/** Words of a news outlet's name ("Kyodo News Agency", "Korea Broadcasting Corporation"): an outlet is a source, never an actor. */
const OUTLET_WORDS = new Set(['news', 'press', 'media', 'broadcasting', 'broadcast', 'television', 'tv', 'radio', 'times', 'post', 'daily', 'herald', 'journal', 'newspaper', 'wire']);
/** Words that make a body a unit of the one named after them: "the Investigation Bureau of the Ministry of ...". */
const UNIT_OF = new Set(['of', 'under', 'within', 'in']);
/** Words that join the capitalised words of a name after its head: "Ministry of Light Industry", "Committee for the Defence of ...". */
const HEAD_LINKS = new Set(['of', 'for']);
/** How many modifiers a name may carry before its head. */
const MAX_MODIFIERS = 6;
const NUMBER = /^\d+$/;

/** What a text's scan tells the finder about word j. */
export interface BodyWords {
  w: Words;
  text: string;
  /** a word no earlier mention (place, organisation) has taken */
  free: (j: number) => boolean;
  /** a word the text also writes in lower case, or a function word: capitalised only by its place */
  ordinary: (j: number) => boolean;
  /** a people's adjective ("Korean", "Chinese") */
  demonym: (j: number) => boolean;
  /** a word that starts a body the canon knows: a name does not run into one */
  known: (j: number) => boolean;
  /** the first word of a place (not a country) that ends right before word j, or -1 */
  placeBefore: (j: number) => number;
  /** word j - 1 when it alone names a country ("the North", "Korea"), not as an owner's possessive; or -1 */
  countryWordBefore: (j: number) => number;
}

/** An unlisted body starting at word i: the words [from, to) of its name, or null. */
export function unlistedBodyAt(b: BodyWords, i: number): { from: number; to: number } | null {
  const { w } = b;
  const key = w.key[i];
  if (NUMBER.test(key)) {
    // "the 115 Division"
    return i + 1 < w.length && w.brk[i + 1] === 0 && w.cap[i + 1] && NUMBERED.has(w.key[i + 1]) && b.free(i + 1) ? nameOf(b, i, i + 2) : null;
  }
  if (!w.cap[i] || !b.free(i) || (isFunctionWord(key) && !OPENERS.has(key))) return null;
  // "Yesterday Ministry officials met": a sentence's first word is capitalised by its place
  if ((i === 0 || w.brk[i] === 2) && !OPENERS.has(key) && b.ordinary(i)) return null;
  if (HEADS.has(key) || NUMBERED.has(key)) return headFirst(b, i);
  // capitalised modifiers, then the head: "Rail Inspection Commission", "Kwangbok Trading Company"
  let j = i;
  let named = false;
  while (j < w.length && j - i <= MAX_MODIFIERS && (j === i || (w.brk[j] === 0 && !b.known(j))) && b.free(j)) {
    const cap = w.cap[j] === 1 || (w.glued[j] === 1 && j > i);
    if (cap && HEADS.has(w.key[j]) && j > i) {
      if (!named || headline(w, i)) return null;
      // a name goes on after its head only in the head-first way ("... Committee for ..."); before a
      // body the canon knows it only qualifies that body ("the Surveillance Bureau Group 109")
      return j + 1 < w.length && w.brk[j + 1] === 0 && b.known(j + 1) ? null : nameOf(b, i, j + 1);
    }
    if (cap && (!isFunctionWord(w.key[j]) || (j === i && OPENERS.has(w.key[j])))) {
      if (!b.demonym(j)) named = true;
      j++;
      continue;
    }
    // "Product Development and Exchange Company": "and" between capitalised words
    if (w.key[j] === 'and' && j > i && j + 1 < w.length && w.brk[j + 1] === 0 && w.cap[j + 1] === 1) {
      j++;
      continue;
    }
    return null;
  }
  return null;
}

/** "Ministry of Light Industry", "Bureau 27": a head opening its name. */
function headFirst(b: BodyWords, i: number): { from: number; to: number } | null {
  const { w } = b;
  if (i + 1 >= w.length || w.brk[i + 1] !== 0) return null;
  if (NUMBERED.has(w.key[i]) && NUMBER.test(w.key[i + 1])) return nameOf(b, i, i + 2);
  if (!HEAD_LINKS.has(w.key[i + 1]) || withoutPossessive(b.text, w.end[i]) !== w.end[i]) return null;
  let end = i + 2;
  if (end < w.length && w.brk[end] === 0 && w.key[end] === 'the') end++;
  const first = end;
  while (end < w.length && w.brk[end] === 0 && b.free(end) && !b.known(end) && (w.cap[end] || (w.key[end] === 'and' && end > first && end + 1 < w.length && w.cap[end + 1] && !HEADS.has(w.key[end + 1])))) end++;
  return end > first && !headline(w, i) ? nameOf(b, i, end) : null;
}

/**
 * The name of words [from, to), with a place written right before it ("the Hyesan Mine
 * Company"); null for an outlet's name, or for a unit of a body the canon knows ("the
 * Investigation Bureau of the Ministry of State Security" is that ministry).
 */
function nameOf(b: BodyWords, from: number, to: number): { from: number; to: number } | null {
  const { w } = b;
  for (let j = from; j < to; j++) if (OUTLET_WORDS.has(w.key[j])) return null;
  let k = to;
  if (k + 1 < w.length && w.brk[k] === 0 && w.brk[k + 1] === 0 && UNIT_OF.has(w.key[k])) {
    k++;
    if (w.key[k] === 'the' && k + 1 < w.length && w.brk[k + 1] === 0) k++;
    if (b.known(k)) return null;
  }
  // a place's word before the name is part of it: "the Hyesan Mine Company", "the North Star Watch"
  const place = w.brk[from] !== 0 ? -1 : Math.max(b.placeBefore(from), b.countryWordBefore(from));
  return { from: place >= 0 ? place : from, to };
}

/**
 * "the New Korea Women's Union": capitalised words right before a body the canon knows, one of
 * them a word no place or body has taken and one a country's word or a direction ("North", "New"),
 * make a longer name the canon does not list. Returns the name's first word, or -1 when the body stands alone
 * ("South Korea's Ministry of Unification", "Hyesan Central Court", "Yesterday Ministry officials").
 */
export function nameBefore(b: BodyWords, at: number): number {
  const { w } = b;
  let j = at;
  let own = -1;
  // only where a word of the name reads as a place or a direction ("New Korea", "North Star"), the cause of a cut name
  let placeLike = false;
  // and a word besides an opener: "New Ministry of Unification" is the ministry, newly capitalised
  let named = false;
  while (j > 0 && w.brk[j] === 0 && j - 1 >= at - MAX_MODIFIERS) {
    const country = b.countryWordBefore(j);
    if (country >= 0) {
      j = country;
      placeLike = named = true;
      continue;
    }
    const k = j - 1;
    // a body's own head before it makes two bodies ('the Surveillance Bureau Group 109'), not one name
    if (!w.cap[k] || !b.free(k) || b.demonym(k) || HEADS.has(w.key[k]) || (isFunctionWord(w.key[k]) && !OPENERS.has(w.key[k]))) break;
    if ((k === 0 || w.brk[k] === 2) && !OPENERS.has(w.key[k]) && b.ordinary(k)) break;
    if (OPENERS.has(w.key[k])) placeLike = true;
    else named = true;
    j = own = k;
  }
  return own >= 0 && placeLike && named && !headline(w, at) ? j : -1;
}

/** How many words a sentence must have to be read as a possible title-case headline. */
const HEADLINE_WORDS = 4;

/** Is word i in a title-case headline: a sentence whose every word but function words is capitalised? */
function headline(w: Words, i: number): boolean {
  let from = i;
  while (from > 0 && w.brk[from] !== 2) from--;
  let to = i + 1;
  while (to < w.length && w.brk[to] !== 2) to++;
  if (to - from < HEADLINE_WORDS) return false;
  for (let j = from; j < to; j++) if (!w.cap[j] && !w.glued[j] && !isFunctionWord(w.key[j]) && !NUMBER.test(w.key[j])) return false;
  return true;
}
