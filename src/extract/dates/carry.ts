// Whether an event told without a date of its own still belongs to the episode the
// narrative dated last. A sentence that moves the story on ("have since been sent",
// "was later expelled", "meanwhile") or tells of a state that goes on ("have been
// visiting homes") has a time of its own, which the earlier date does not fix.
import { lowerAt, type Tokens } from '../tokens.js';

/** Words that move a sentence away from the time told before, wherever they stand. */
const MOVES_ON = new Set(['since', 'now', 'meanwhile', 'currently', 'nowadays', 'routinely', 'usually', 'regularly']);
/** Words that move on only the acts after them ("detained and later expelled"). */
const THEN_ON = new Set(['later', 'afterwards', 'subsequently', 'eventually']);

/** Does the event whose trigger ends at token `anchor` in the sentence [first, end) take the narrative's date? */
export function continuesNarrative(t: Tokens, first: number, end: number, anchor: number): boolean {
  for (let k = first; k < end; k++) {
    const w = t.lower[k];
    if (MOVES_ON.has(w) || (THEN_ON.has(w) && k < anchor)) return false;
    // "have been visiting": an ongoing state, not the dated episode
    if ((w === 'has' || w === 'have') && t.lower[k + 1] === 'been' && (lowerAt(t, k + 2)).endsWith('ing')) return false;
  }
  return true;
}
