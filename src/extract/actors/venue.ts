// A body's building named only as where something happened or where someone went
// ("waiting at the customs post", "planning to reach the embassy") is a site, not an
// organisation that acts or is acted upon; its people or their work make it the body
// again ("officials at the embassy", "customs officers", "worked at the embassy").
import type { Words } from '../../knowledge/words.js';
import { ARTICLES, ROLE_HEADS } from './roles.js';

/** Words that name a body's building rather than the body. */
const VENUES = new Set(['post', 'posts', 'facility', 'facilities', 'checkpoint', 'checkpoints', 'house', 'building', 'compound', 'embassy', 'consulate']);
/** Words before "at" that make the body an employer, not a site: "worked at the embassy", "his post at the consulate". */
const EMPLOYMENT = new Set(['worked', 'works', 'working', 'work', 'post', 'posted', 'stationed', 'served', 'serving', 'employed', 'job', 'diplomat', 'diplomats', 'staff']);
/** Words before a building that make it a place: a location or a goal of movement. */
const LOCATIVE = new Set(['at', 'near', 'reach', 'reached', 'reaching', 'toward', 'towards']);

/** Is the body mentioned at words [start, end) named only as a building? */
export function isVenue(w: Words, start: number, end: number): boolean {
  const building = VENUES.has(w.key[end - 1]) || (end < w.length && w.brk[end] === 0 && VENUES.has(w.key[end]));
  if (!building) return false;
  let j = start;
  if (j > 0 && w.brk[j] === 0 && ARTICLES.has(w.key[j - 1])) j--;
  if (j === 0 || w.brk[j] !== 0 || !LOCATIVE.has(w.key[j - 1])) return false;
  return !(j > 1 && w.brk[j - 1] === 0 && (ROLE_HEADS.has(w.key[j - 2]) || EMPLOYMENT.has(w.key[j - 2])));
}
