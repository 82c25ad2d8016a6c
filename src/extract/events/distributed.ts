// One act told of several groups, each with its number and place: "detained five near X,
// seven in Y and ten in Z" is three arrests, one at each place, as an analyst codes them;
// "detained fifteen in X and Y" is one (the places share one number).
import type { Tokens } from '../tokens.js';
import { tokenAt } from '../tokens.js';
import { UNITS } from '../counts/numbers.js';
import type { Geography } from './where.js';

/** How far a group's number may stand before its place: "20 defectors were arrested in X". */
const NUMBER_REACH = 6;
/** How far before the trigger its own group's number may stand. */
const OWN_NUMBER_REACH = 6;
const AT = new Set(['in', 'near', 'at']);
const ENDS = new Set([';', '.', ':']);

const isNumber = (word: string) => /^\d{1,5}$/.test(word) || (UNITS.has(word) && word !== 'one' && word !== 'thousand' && word !== 'hundred');

/**
 * The place ids of each group the trigger (tokens [first, last]) tells, in text order, when its
 * stretch of the sentence (from its own group's number to the next trigger, `limit`) holds two
 * groups or more, each a number then a place after "in", "near" or "at", or holds the trigger's
 * own group apart from other places of the sentence; else null.
 */
export function placeGroups(t: Tokens, geo: Geography, s: number, first: number, last: number, limit: number): string[][] | null {
  const places = geo.bySentence[s];
  if (places.length < 2) return null;
  const placeAt = new Map<number, string>();
  for (const p of places) if (!p.ofSource && !p.destination && !p.residence) placeAt.set(tokenAt(t, p.span.start), p.placeId);
  // "20 defectors were arrested in X and nine others in Y": the trigger's own group opens before it
  let from = last + 1;
  for (let k = first - 1; k >= 0 && first - k <= OWN_NUMBER_REACH && !ENDS.has(t.lower[k]) && t.lower[k] !== ','; k--) {
    if (isNumber(t.lower[k])) {
      from = k;
      break;
    }
  }
  const groups: string[][] = [];
  let open: { at: number; ids: string[] } | null = null;
  for (let k = from; k < limit && !ENDS.has(t.lower[k]); k++) {
    if (isNumber(t.lower[k])) {
      open = { at: k, ids: [] };
      groups.push(open.ids);
      continue;
    }
    const id = placeAt.get(k);
    if (id === undefined) continue;
    // a place with no number of its own goes with the group before ("ten in X and Y", "in X, Y province")
    if (!open || (open.ids.length === 0 && !(AT.has(t.lower[k - 1]) && k - open.at <= NUMBER_REACH))) return null;
    open.ids.push(id);
  }
  if (groups.length === 0 || groups.some((g) => g.length === 0)) return null;
  // one group is the trigger's own, set apart from the others the sentence tells ("13 arrested in X; police detained five in Y")
  if (groups.length === 1 && (from > first || groups[0].length === placeAt.size)) return null;
  return groups;
}
