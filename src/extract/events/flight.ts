// A flight is a defection only when it leaves the country: "one was caught at the scene while
// another fled" tells of an escape from the capture the sentence has just told, not of a defection.
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
