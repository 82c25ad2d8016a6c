// Anchors: the shingles whose hash falls in a fixed 1/ANCHOR_MOD of the hash space
// (Broder's mod-m sampling), kept in text order. Because the choice depends only on
// the shingle, every anchor of an abridged copy is also an anchor of its original:
// the shared share estimates containment, which MinHash's Jaccard cannot see when
// one text is a small part of the other; the order shows whether the shared part is
// one copied run (a repost) or quotes scattered through a rewrite.
import { mix32, toKey } from '../../core/hash.js';
import { AnchorSet, type AnchorLookup } from './anchor-set.js';

export const ANCHOR_MOD = 2;

export function anchors(shingles: Uint32Array): Uint32Array {
  const out: number[] = [];
  for (const s of shingles) if (mix32(s ^ 0xa5a5a5a5) % ANCHOR_MOD === 0) out.push(s);
  return Uint32Array.from(out);
}

export interface Overlap {
  /** anchors both texts hold (anchors are distinct within a text) */
  shared: number;
  /** where they stand in b */
  sharedAt: readonly number[];
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
   * The same density in both texts at once, over the shared anchors that stand in the
   * same order in both, where a gap that sits at the same place in both texts and is
   * about as long in each counts as held: a phrase reworded in place (a word or two
   * swapped, as a site that re-spins copied articles does) leaves such paired gaps;
   * a sentence added, dropped or told in other words leaves a gap on one side, or gaps
   * of different lengths. Near 1 for an edited copy, not for a rewrite.
   */
  editedDensity(): [number, number];
}

/** The longest reworded phrase, in anchors (about one per word), and how much longer one side's wording may be. */
export const EDIT_GAP = 8;
export const EDIT_SKEW = 3;

/** Density of a run from the positions of the shared anchors in a text. */
function runDensity(pos: readonly number[]): number {
  if (pos.length < 3) return 0;
  const trim = Math.floor(pos.length * 0.05);
  const first = trim, last = pos.length - 1 - trim;
  return (last - first + 1) / (pos[last] - pos[first] + 1);
}

/**
 * The shared anchors in the same order in both texts, as [positions in a, positions
 * in b]: the longest increasing run of b-positions taken in a's order (patience
 * sorting), so a paragraph moved elsewhere does not count as aligned.
 */
function alignedPositions(a: Uint32Array, inB: ReadonlyMap<number, number>): [number[], number[]] {
  const pa: number[] = [], pb: number[] = [];
  for (let i = 0; i < a.length; i++) {
    const j = inB.get(a[i]);
    if (j !== undefined) { pa.push(i); pb.push(j); }
  }
  const tails: number[] = [], prev = new Int32Array(pb.length);
  for (let k = 0; k < pb.length; k++) {
    let lo = 0, hi = tails.length;
    while (lo < hi) { const m = (lo + hi) >> 1; if (pb[tails[m]] < pb[k]) lo = m + 1; else hi = m; }
    prev[k] = lo > 0 ? tails[lo - 1] : -1;
    tails[lo] = k;
  }
  const keep: number[] = [];
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = prev[k]) keep.push(k);
  keep.reverse();
  return [keep.map((k) => pa[k]), keep.map((k) => pb[k])];
}

/** Densities of an aligned run in both texts, paired gaps of a reworded phrase counted as held. */
function pairedDensity(pa: readonly number[], pb: readonly number[]): [number, number] {
  if (pa.length < 3) return [0, 0];
  const trim = Math.floor(pa.length * 0.05);
  const first = trim, last = pa.length - 1 - trim;
  let heldA = 1, heldB = 1;
  for (let k = first + 1; k <= last; k++) {
    const ga = pa[k] - pa[k - 1] - 1, gb = pb[k] - pb[k - 1] - 1;
    const reworded = Math.max(ga, gb) <= EDIT_GAP && Math.abs(ga - gb) <= EDIT_SKEW;
    heldA += 1 + (reworded ? ga : 0);
    heldB += 1 + (reworded ? gb : 0);
  }
  return [heldA / (pa[last] - pa[first] + 1), heldB / (pb[last] - pb[first] + 1)];
}

/** `inA`: the anchors of `a` as a set, built once when `a` meets many candidates. */
export function overlap(a: Uint32Array, b: Uint32Array, inA: AnchorLookup = new AnchorSet(a)): Overlap {
  const posB: number[] = [];
  for (let i = 0; i < b.length; i++) if (inA.has(b[i])) posB.push(i);
  const shared = posB.length;
  const share = (n: number) => (n ? shared / n : 0);
  const dB = runDensity(posB);
  // where each of b's anchors stands, built only when a pair needs more than b's density
  let inB: Map<number, number> | null = null;
  const indexB = () => {
    if (inB) return inB;
    inB = new Map();
    for (let j = 0; j < b.length; j++) inB.set(b[j], j);
    return inB;
  };
  let dA: number | null = null;
  return {
    shared, sharedAt: posB, containment: share(Math.min(a.length, b.length)), coverage: [share(a.length), share(b.length)],
    density: (i) => {
      if (i === 1) return dB;
      if (dA === null) {
        const held = indexB();
        const posA: number[] = [];
        for (let k = 0; k < a.length; k++) if (held.has(a[k])) posA.push(k);
        dA = runDensity(posA);
      }
      return dA;
    },
    editedDensity: () => pairedDensity(...alignedPositions(a, indexB())),
  };
}

/** One anchor in INDEX_SHARE is filed in the index: the same subset in every text, so containment still shows. */
const INDEX_SHARE = 16;

/** The index key of an anchor in the sample filed, or null: salted apart from band keys. */
export function anchorKey(x: number): number | null {
  const h = mix32(x ^ 0x3c3c3c3c);
  return h % INDEX_SHARE === 0 ? toKey(h) : null;
}

/** Index keys for a sample of the anchors. */
export const anchorKeys = (a: Uint32Array): number[] => {
  const out: number[] = [];
  for (const x of a) {
    const k = anchorKey(x);
    if (k !== null) out.push(k);
  }
  return out;
};
