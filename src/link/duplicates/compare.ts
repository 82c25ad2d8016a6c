// Decides whether two fingerprints are the same content. A repost is one copied run
// of text: where the two texts overlap, nearly everything is shared, whatever the
// line breaks, headline, page furniture around it or a cut-off end. A rewrite or
// another outlet's story that quotes the same sources shares passages scattered
// among its own words, and is no copy (it may still be the same incident).
import { overlap } from './anchors.js';
import { jaccard } from './minhash.js';
import type { Fingerprint } from './fingerprint.js';

/** both texts this dense in shared anchors where they overlap: one text copied */
export const BOTH_DENSE = 0.85;
/** one text this dense: an abridged or extended copy of the other */
export const ONE_DENSE = 0.95;
/** a text this much held by the other, densely: an abridged copy with small edits */
export const MOSTLY_HELD = 0.8;
/** shared anchors a copy needs (fewer for very short texts) */
const MIN_SHARED = 20;

export interface Similarity {
  jaccard: number;
  /** share of the shorter text found in the longer */
  containment: number;
  /** anchors (about one word in two) shared */
  shared: number;
  duplicate: boolean;
  reason: string;
}

export function compareFingerprints(a: Fingerprint, b: Fingerprint): Similarity {
  const j = jaccard(a.signature, b.signature);
  const o = overlap(a.anchors, b.anchors);
  const [low, high] = o.density[0] <= o.density[1] ? o.density : [o.density[1], o.density[0]];
  const enough = o.shared >= Math.max(6, Math.min(MIN_SHARED, 0.5 * Math.min(a.anchors.length, b.anchors.length)));
  const pct = (x: number) => `${Math.round(100 * x)}%`;
  const base = { jaccard: j, containment: o.containment, shared: o.shared };
  if (enough && low >= BOTH_DENSE) return { ...base, duplicate: true, reason: `the same text (${pct(o.containment)} of the shorter one copied in one run)` };
  if (enough && high >= ONE_DENSE && o.shared >= MIN_SHARED * 1.5) return { ...base, duplicate: true, reason: `${pct(o.containment)} of the shorter text is in the longer as one run (abridged or extended copy)` };
  const abridged = [0, 1].some((i) => o.coverage[i] >= MOSTLY_HELD && o.density[i] >= BOTH_DENSE);
  if (enough && abridged) return { ...base, duplicate: true, reason: `${pct(Math.max(...o.coverage))} of one text is in the other, lightly edited (abridged copy)` };
  return { ...base, duplicate: false, reason: `different text (${pct(o.containment)} shared, scattered)` };
}
