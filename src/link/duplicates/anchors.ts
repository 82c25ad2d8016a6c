// Anchors: the shingles whose hash falls in a fixed 1/ANCHOR_MOD of the hash space
// (Broder's mod-m sampling). Because the choice depends only on the shingle, every
// anchor of an abridged copy is also an anchor of its original: the shared share
// estimates containment, which MinHash's Jaccard cannot see when one text is a
// small part of the other.
import { mix32, toKey } from '../hash.js';

export const ANCHOR_MOD = 8;

export function anchors(shingles: Uint32Array): Uint32Array {
  const out: number[] = [];
  for (const s of shingles) if (mix32(s ^ 0xa5a5a5a5) % ANCHOR_MOD === 0) out.push(s);
  return Uint32Array.from(out).sort();
}

/** Shared anchors over the anchors of `a` (both sorted). */
export function containment(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0) return 0;
  let i = 0, j = 0, shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { shared++; i++; j++; }
    else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared / a.length;
}

/** One anchor in INDEX_SHARE is filed in the index: the same subset in every text, so containment still shows. */
const INDEX_SHARE = 4;

/** Index keys for a sample of the anchors, salted apart from band keys. */
export const anchorKeys = (a: Uint32Array): number[] => {
  const out: number[] = [];
  for (const x of a) {
    const h = mix32(x ^ 0x3c3c3c3c);
    if (h % INDEX_SHARE === 0) out.push(toKey(h));
  }
  return out;
};
