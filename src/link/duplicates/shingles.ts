// Word shingles of a report's text: lower-cased letter/digit runs, k words per
// shingle, each hashed to 32 bits. The title is left out on purpose so a repost
// under another headline shingles the same.
import { combine, hashString } from '../../core/hash.js';

export const SHINGLE_WORDS = 3;

export function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Distinct shingle hashes, in first-seen order. */
export function shingles(text: string, k = SHINGLE_WORDS): Uint32Array {
  const w = words(text).map((x) => hashString(x));
  const seen = new Set<number>();
  if (w.length > 0 && w.length < k) seen.add(w.reduce(combine, 0));
  for (let i = 0; i + k <= w.length; i++) {
    let h = 0;
    for (let j = 0; j < k; j++) h = combine(h, w[i + j]);
    seen.add(h);
  }
  return Uint32Array.from(seen);
}
