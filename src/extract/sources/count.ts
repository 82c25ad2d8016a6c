// How many sources a plural introduction names: "two residents of the city" → 2.
import { numberValue } from '../counts/numbers.js';
import { lowerAt, type Tokens } from '../tokens.js';

/** The number word between first and the head at headIndex, if any. */
export function countBefore(t: Tokens, first: number, headIndex: number): number | null {
  for (let i = first; i < headIndex; i++) {
    const n = numberValue(t.lower[i]);
    // "two hundred defectors": the number goes on
    if (n !== null) return numberValue(lowerAt(t, i + 1)) === null ? n : null;
  }
  return null;
}
