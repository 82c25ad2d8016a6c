// One act told of several groups, each with its number and place: "detained five near X,
// seven in Y and ten in Z" is three arrests, one at each place, as an analyst codes them;
// "detained fifteen in X and Y" is one (the places share one number).
import type { CountMention } from '../doc.js';
import type { Tokens } from '../tokens.js';
import { tokenAt } from '../tokens.js';
import type { Geography } from './where.js';

/** How far a group's number may stand before its place: "20 defectors were arrested in X". */
const NUMBER_REACH = 6;
/** How far before the trigger its own group's number may stand. */
const OWN_NUMBER_REACH = 6;
const AT = new Set(['in', 'near', 'at']);
const ENDS = new Set([';', '.', ':']);

/** One group: its count and the places it was told at. */
export interface PlaceGroup {
  count: CountMention;
  placeIds: string[];
}

/**
 * Each group the trigger (tokens [first, last]) tells, in text order, when its stretch of the
 * sentence (from its own group's count to the next trigger, `limit`) holds two groups or more,
 * each a count of the sentence's `counts` then a place after "in", "near" or "at", or holds the
 * trigger's own group apart from other places of the sentence; else null.
 */
export function placeGroups(t: Tokens, geo: Geography, s: number, counts: readonly CountMention[], first: number, last: number, limit: number): PlaceGroup[] | null {
  const places = geo.bySentence[s];
  if (places.length < 2) return null;
  const placeAt = new Map<number, string>();
  for (const p of places) if (!p.ofSource && !p.destination && !p.residence) placeAt.set(tokenAt(t, p.span.start), p.placeId);
  // a count opens its group at its first token and is read whole ("two dozen")
  const countAt = new Map<number, { count: CountMention; end: number }>();
  for (const c of counts) countAt.set(tokenAt(t, c.span.start), { count: c, end: tokenAt(t, c.span.end - 1) });
  // "20 defectors were arrested in X and nine others in Y": the trigger's own group opens before it
  let from = last + 1;
  for (let k = first - 1; k >= 0 && first - k <= OWN_NUMBER_REACH && !ENDS.has(t.lower[k]) && t.lower[k] !== ','; k--) {
    if (countAt.has(k)) {
      from = k;
      break;
    }
  }
  const groups: PlaceGroup[] = [];
  let open: { at: number; group: PlaceGroup } | null = null;
  for (let k = from; k < limit && !ENDS.has(t.lower[k]); k++) {
    const c = countAt.get(k);
    if (c) {
      open = { at: c.end, group: { count: c.count, placeIds: [] } };
      groups.push(open.group);
      k = c.end;
      continue;
    }
    const id = placeAt.get(k);
    if (id === undefined) continue;
    // a place with no number of its own goes with the group before ("ten in X and Y", "in X, Y province")
    if (!open || (open.group.placeIds.length === 0 && !(AT.has(t.lower[k - 1]) && k - open.at <= NUMBER_REACH))) return null;
    open.group.placeIds.push(id);
  }
  if (groups.length === 0 || groups.some((g) => g.placeIds.length === 0)) return null;
  // one group is the trigger's own, set apart from the others the sentence tells ("13 arrested in X; police detained five in Y")
  if (groups.length === 1 && (from > first || groups[0].placeIds.length === placeAt.size)) return null;
  return groups;
}
