// Finds the noun phrase that a verb of speaking attributes words to: the subject before
// the verb ("a source in Ryanggang Province said"), the phrase after an inverted verb
// (", said a trader in Hunchun"), or after "according to". Commas around a relative
// clause or an apposition are crossed ("The resident, who requested anonymity, said").
import type { Tokens } from '../tokens.js';

export interface Phrase {
  /** token indexes, inclusive */
  first: number;
  last: number;
}

const STOP = new Set([',', ';', ':', '"', '.', '!', '?', '-']);
const TRAILING = new Set(['also', 'later', 'has', 'have', 'had', 'reportedly', 'then', 'further', 'previously', 'recently', 'once', 'again', 'separately', 'earlier', 'subsequently', 'only', 'is', 'was', 'were', 'did', 'does', 'do', 'even', 'still', 'originally', 'first', 'publicly', 'privately', 'flatly', 'repeatedly', 'in', 'has']);
const RELATIVE = new Set(['who', 'which', 'whose', 'whom']);
const MAX_WIDEN = 3;

/** Conjunctions that open a sentence, not a descriptor ("But the manager insists"). */
const LEADING = new Set(['but', 'yet', 'so', 'however', 'meanwhile']);

function trim(t: Tokens, first: number, last: number): Phrase | null {
  while (first <= last && LEADING.has(t.lower[first])) first++;
  while (last >= first && TRAILING.has(t.lower[last])) last--;
  return last >= first ? { first, last } : null;
}

const DETERMINERS = new Set(['a', 'an', 'the', 'one']);

/** "an official and an activist said": a short noun phrase before the "and" at b, not a clause. */
function coordinated(t: Tokens, b: number, sFirst: number): boolean {
  let c = b - 1;
  while (c >= sFirst && b - c <= 6 && !STOP.has(t.lower[c]) && t.lower[c] !== 'that') c--;
  return b - c <= 6 && DETERMINERS.has(t.lower[c + 1]);
}

/**
 * The subject phrase before a verb at v. It is widened back across commas while it is
 * empty, a relative clause, or holds no head (`anchored`). A subject that starts after
 * "and" is a coordinated lede ("an official and an activist said") and is skipped.
 */
export function subjectBefore(t: Tokens, v: number, sFirst: number, anchored: (p: Phrase) => boolean): Phrase | null {
  let b = v - 1;
  while (b >= sFirst && !STOP.has(t.lower[b]) && t.lower[b] !== 'that' && t.lower[b] !== 'and') b--;
  if (b >= sFirst && t.lower[b] === 'and' && b < v - 1 && coordinated(t, b, sFirst)) return null;
  if (b >= sFirst && t.lower[b] === 'that') return trim(t, b + 1, v - 1);
  let phrase = trim(t, b + 1, v - 1);
  for (let widen = 0; widen < MAX_WIDEN && b >= sFirst && t.lower[b] === ','; widen++) {
    if (phrase && !RELATIVE.has(t.lower[phrase.first]) && anchored(phrase)) break;
    let c = b - 1;
    while (c >= sFirst && !STOP.has(t.lower[c])) c--;
    b = c;
    phrase = trim(t, c + 1, v - 1);
  }
  return phrase && anchored(phrase) ? phrase : null;
}

/** The phrase after a token (", said a trader in Hunchun who deals with ..."; "according to X, who ..."). */
export function phraseAfter(t: Tokens, from: number, sEnd: number): Phrase | null {
  let e = from;
  while (e < sEnd && !STOP.has(t.lower[e])) e++;
  // a relative clause right after a name belongs to the descriptor ("Park, who heads a Seoul-based group")
  if (e < sEnd && t.lower[e] === ',' && RELATIVE.has(t.lower[e + 1] ?? '')) {
    e += 2;
    while (e < sEnd && !STOP.has(t.lower[e]) && t.lower[e] !== 'that') e++;
  }
  return trim(t, from, e - 1);
}
