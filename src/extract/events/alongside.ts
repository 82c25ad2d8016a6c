// Readings that another act told in the same sentence settles: "one was caught at the scene while
// another fled" tells of an escape from the capture, not of a defection; "a firing squad killed him"
// tells of the execution the sentence names, not of violence besides it.
import type { Tokens } from '../tokens.js';
import type { Lexicon } from './lexicon.js';
import type { TriggerHit } from './match.js';

/** How many words after the flight's verb may say where it went ("fled across the river", "escaped the country"). */
const CROSSING_REACH = 3;

/** Whether a flight verb follows a capture told earlier in its sentence and says of no border crossed or place reached. */
export function fleesCapture(t: Tokens, hit: TriggerHit, hits: readonly TriggerHit[], sEnd: number, lex: Lexicon): boolean {
  if (hit.trigger.type !== 'DEFECTION' || !lex.flight.has(t.lower[hit.first])) return false;
  if (!hits.some((h) => h.trigger.type === 'ARREST' && h.last < hit.first)) return false;
  for (let k = hit.last + 1; k < sEnd && k <= hit.last + CROSSING_REACH; k++) if (lex.crossing.has(t.lower[k])) return false;
  return true;
}

/** Whether a killing is the execution its sentence tells ("a firing squad killed him", "shot dead at a public execution"). */
export function killsByExecution(t: Tokens, hit: TriggerHit, hits: readonly TriggerHit[], lex: Lexicon): boolean {
  if (hit.trigger.type !== 'VIOLENCE' || !lex.killing.has(t.lower[hit.first])) return false;
  return hits.some((h) => h.trigger.type === 'PUNISHMENT' && anyIn(t, h, lex.execution));
}

function anyIn(t: Tokens, hit: TriggerHit, words: Set<string>): boolean {
  for (let k = hit.first; k <= hit.last; k++) if (words.has(t.lower[k])) return true;
  return false;
}
