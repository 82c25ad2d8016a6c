// Reads one role actor around its head noun ("three Party cadres in Ryanggang",
// "his family members"): modifiers backwards, a count, a place after "in"/"from".
import type { RoleScan } from './scan.js';
import { ARTICLES, COMPOUND_HEADS, DETERMINERS, ROLE_HEADS, ROLE_MODIFIERS, numberOf } from './roles.js';

const LINKING = new Set(['of', 'and', 'the', 'for']);

/** Heads that say something on their own; "a man" or "members" alone do not. */
const TELLING_HEADS = new Set(['cadre', 'cadres', 'defector', 'defectors', 'smuggler', 'smugglers', 'informant', 'informants', 'broker', 'brokers', 'relatives', 'wife', 'husband', 'parents']);

/** A role actor whose head noun is word `i`; returns the next word to scan, or null when `i` is no head. */
export function roleAt(s: RoleScan, i: number): number | null {
  const { w, text } = s;
  if (i >= w.length || !ROLE_HEADS.has(w.key[i])) return null;
  const head = i;
  let end = i + 1;
  if (end < w.length && w.brk[end] === 0 && COMPOUND_HEADS.has(w.key[end])) end++;
  // a head followed by another head ("family members", "border guard soldiers") reads on
  while (end < w.length && w.brk[end] === 0 && ROLE_HEADS.has(w.key[end]) && end - head < 3) end++;
  let start = head;
  while (start > 0 && w.brk[start] === 0 && start > head - 5) {
    const k = w.key[start - 1];
    if (ROLE_MODIFIERS.has(k) || s.taken[start - 1] || numberOf(k) !== null) start--;
    else break;
  }
  // a description starts on a word of its own, not on the "of" of an organisation's name
  while (start < head && LINKING.has(w.key[start])) start++;
  let count: number | null = null;
  for (let j = start; j < head; j++) count ??= numberOf(w.key[j]);
  if (start > 0 && w.brk[start] === 0 && DETERMINERS.has(w.key[start - 1])) {
    start--;
    count ??= numberOf(w.key[start]);
  }
  if (ARTICLES.has(w.key[start]) && start < head) start++;
  let placeId: string | null = null;
  if (end + 1 < w.length && w.brk[end] === 0 && (w.key[end] === 'in' || w.key[end] === 'from' || w.key[end] === 'at')) {
    const p = s.placeFrom.get(end + 1);
    if (p && !p.p.metonymy) {
      placeId = p.p.placeId;
      end = p.to;
    }
  }
  if (end - start === 1 && !TELLING_HEADS.has(w.key[head])) return end;
  const span = { start: w.start[start], end: w.end[end - 1] };
  s.out.push({ span, kind: 'role', canonId: null, name: text.slice(span.start, span.end), placeId, count });
  return end;
}
