// Anchors: the shingles whose hash falls in a fixed 1/ANCHOR_MOD of the hash space
// (Broder's mod-m sampling), kept in text order. Because the choice depends only on
// the shingle, every anchor of an abridged copy is also an anchor of its original:
// the shared share estimates containment, which MinHash's Jaccard cannot see when
// one text is a small part of the other; the order shows whether the shared part is
// one copied run (a repost) or quotes scattered through a rewrite.
import { mix32, toKey } from '../../core/hash.js';

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
  /**
   * The same density with gaps of up to EDIT_GAP unshared anchors counted as held: a
   * word or two changed inside a copied sentence leaves such a gap, a sentence told
   * in other words a longer one. Near 1 for an edited copy, not for a rewrite.
   */
  editedDensity(i: 0 | 1): number;
}

/** Unshared anchors in a row that a changed word or two leave (anchors are about one shingle in two). */
export const EDIT_GAP = 4;

/** Density of a run from the positions of the shared anchors in a text; gaps up to `tolerated` count as held. */
function runDensity(pos: readonly number[], tolerated = 0): number {
  if (pos.length < 3) return 0;
  const trim = Math.floor(pos.length * 0.05);
  const first = trim, last = pos.length - 1 - trim;
  let held = last - first + 1;
  if (tolerated > 0) for (let k = first + 1; k <= last; k++) {
    const gap = pos[k] - pos[k - 1] - 1;
    if (gap <= tolerated) held += gap;
  }
  return held / (pos[last] - pos[first] + 1);
}

/** `inA`: the anchors of `a` as a set, built once when `a` meets many candidates. */
export function overlap(a: Uint32Array, b: Uint32Array, inA: ReadonlySet<number> = new Set(a)): Overlap {
  const posB: number[] = [];
  for (let i = 0; i < b.length; i++) if (inA.has(b[i])) posB.push(i);
  const shared = posB.length;
  const share = (n: number) => (n ? shared / n : 0);
  const dB = runDensity(posB);
  let posA: number[] | null = null;
  const positionsA = () => {
    if (posA) return posA;
    const inB = new Set(b);
    posA = [];
    for (let i = 0; i < a.length; i++) if (inB.has(a[i])) posA.push(i);
    return posA;
  };
  let dA: number | null = null;
  return {
    shared, containment: share(Math.min(a.length, b.length)), coverage: [share(a.length), share(b.length)],
    density: (i) => (i === 1 ? dB : (dA ??= runDensity(positionsA()))),
    editedDensity: (i) => runDensity(i === 1 ? posB : positionsA(), EDIT_GAP),
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
