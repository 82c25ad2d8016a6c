// MinHash signatures (Broder 1997) and LSH banding. Each of the NUM_PERM hash
// functions is x -> a*x + b mod 2^32 with odd a: a permutation of the 32-bit
// shingle hashes, cheap enough to run 64 times per shingle.
import { combine, mix32, toKey } from '../../core/hash.js';

export const NUM_PERM = 64;
/**
 * 16 bands of 4 rows: a pair with Jaccard 0.6 becomes a candidate with p = 0.88, 0.7
 * with p = 0.98; copies that share less (abridged ones) are found through anchors.
 */
export const BANDS = 16;
export const ROWS = NUM_PERM / BANDS;

const A = new Uint32Array(NUM_PERM);
const B = new Uint32Array(NUM_PERM);
for (let i = 0; i < NUM_PERM; i++) {
  A[i] = (mix32(0x1234567 + i * 2) | 1) >>> 0;
  B[i] = mix32(0x7654321 + i * 2 + 1);
}

export function signature(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(NUM_PERM).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const x = shingles[s];
    for (let i = 0; i < NUM_PERM; i++) {
      const v = (Math.imul(x, A[i]) + B[i]) >>> 0;
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

/** The share of agreeing positions: an unbiased estimate of the Jaccard similarity. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** One key per band; two signatures sharing any key are candidates. */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = combine(0x5eed, band);
    for (let r = 0; r < ROWS; r++) h = combine(h, sig[band * ROWS + r]);
    keys.push(toKey(h));
  }
  return keys;
}
