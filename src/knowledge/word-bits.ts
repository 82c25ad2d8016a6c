// A bit per hashed word: a set that can only say "maybe" or "no". A scan that looks
// every word of a text up in a large Map waits on memory for entries that are rarely
// in the CPU's cache, and most words are in no such map; a bit table small enough to
// stay in cache answers "no" for nearly all of them first. No false "no": every word
// added sets its bit.
import { hashString as hashOf } from '../core/hash.js';

/** Bits of the table: a power of two, many times the words a table here holds. */
const BITS = 1 << 16;

export class WordBits {
  private readonly bits = new Uint32Array(BITS >> 5);

  add(word: string): void {
    const b = hashOf(word) & (BITS - 1);
    this.bits[b >> 5] |= 1 << (b & 31);
  }

  /** False when the word was never added; true when it may have been. */
  mayHave(word: string): boolean {
    const b = hashOf(word) & (BITS - 1);
    return (this.bits[b >> 5] & (1 << (b & 31))) !== 0;
  }
}
