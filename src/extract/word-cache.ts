// The tokeniser's lower-cased words, kept across documents: reports use the same few
// thousand words again and again, and a token handed the string an earlier one made
// allocates nothing (a slice per token was the scan's largest share of the garbage
// the collector then sweeps). A shared string also carries the hash V8 computed for
// it on its first lookup, so the stages' Map and Set lookups of it skip hashing it.
// A fixed table where a word displaces the one in its slot: bounded memory, and a
// miss costs no more than the slice it replaces.

/** Slots of the table: a power of two, several times the words a corpus uses often. */
const SLOTS = 1 << 15;
/**
 * Longer words are not kept: V8 makes a slice of 13 characters or more a view of the string it was cut from,
 * and a kept view would hold a whole report's text in memory for one word of it.
 */
const LONGEST_CACHED = 12;

export class WordCache {
  private readonly words: string[] = new Array<string>(SLOTS).fill('');

  /**
   * The word folded.slice(s, e), `hash` the FNV-1a hash of its characters as the
   * scan read them (hashString in core/hash.ts, before its finaliser).
   */
  take(folded: string, s: number, e: number, hash: number): string {
    if (e - s > LONGEST_CACHED) return folded.slice(s, e);
    const slot = Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d) >>> 17;
    const known = this.words[slot];
    if (known.length === e - s && sameAt(folded, s, known)) return known;
    const word = folded.slice(s, e);
    this.words[slot] = word;
    return word;
  }
}

/** Whether `word` stands in `text` at s (its length is checked by the caller). */
function sameAt(text: string, s: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (text.charCodeAt(s + k) !== word.charCodeAt(k)) return false;
  return true;
}
