// Anchors: the shingles whose hash falls in a fixed 1/ANCHOR_MOD of the hash space
// (Broder's mod-m sampling), kept in text order. Because the choice depends only on
// the shingle, every anchor of an abridged copy is also an anchor of its original:
// the shared share estimates containment, which MinHash's Jaccard cannot see when
// one text is a small part of the other; the order shows whether the shared part is
// one copied run (a repost) or quotes scattered through a rewrite.
import { mix32, toKey } from '../hash.js';

export const ANCHOR_MOD = 2;

export function anchors(shingles: Uint32Array): Uint32Array {
  const out: number[] = [];
  for (const s of shingles) if (mix32(s ^ 0xa5a5a5a5) % ANCHOR_MOD === 0) out.push(s);
  return Uint32Array.from(out);
}

export interface Overlap {
  /** anchors both texts hold (anchors are distinct within a text) */
  shared: number;
  /** shared over the anchors of the shorter text */
  containment: number;
  /** in each text, the share of its anchors the other holds */
  coverage: [number, number];
  /**
   * In text i, the share of anchors inside the stretch that holds the shared ones
   * (the outer 5% of shared positions left out, so a stray stock phrase does not
   * stretch it): near 1 where the shared part is one copied run. Worked out on
   * demand: most pairs are settled without it.
   */
  density(i: 0 | 1): number;
}

/** Density of a run from the positions of the shared anchors in a text. */
function runDensity(pos: readonly number[]): number {
  if (pos.length < 3) return 0;
  const trim = Math.floor(pos.length * 0.05);
  return (pos.length - 2 * trim) / (pos[pos.length - 1 - trim] - pos[trim] + 1);
}

/** `inA`: the anchors of `a` as a set, built once when `a` meets many candidates. */
export function overlap(a: Uint32Array, b: Uint32Array, inA: ReadonlySet<number> = new Set(a)): Overlap {
  const posB: number[] = [];
  for (let i = 0; i < b.length; i++) if (inA.has(b[i])) posB.push(i);
  const shared = posB.length;
  const share = (n: number) => (n ? shared / n : 0);
  const dB = runDensity(posB);
  let dA: number | null = null;
  const densityA = () => {
    if (dA !== null) return dA;
    const inB = new Set(b), posA: number[] = [];
    for (let i = 0; i < a.length; i++) if (inB.has(a[i])) posA.push(i);
    return (dA = runDensity(posA));
  };
  return {
    shared, containment: share(Math.min(a.length, b.length)), coverage: [share(a.length), share(b.length)],
    density: (i) => (i === 1 ? dB : densityA()),
  };
}

/** One anchor in INDEX_SHARE is filed in the index: the same subset in every text, so containment still shows. */
const INDEX_SHARE = 16;

/** Index keys for a sample of the anchors, salted apart from band keys. */
export const anchorKeys = (a: Uint32Array): number[] => {
  const out: number[] = [];
  for (const x of a) {
    const h = mix32(x ^ 0x3c3c3c3c);
    if (h % INDEX_SHARE === 0) out.push(toKey(h));
  }
  return out;
};
