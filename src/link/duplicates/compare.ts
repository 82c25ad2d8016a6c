// Decides whether two fingerprints are the same content. A repost is one copied run
// of text: where the two texts overlap, nearly everything is shared, whatever the
// line breaks, headline, page furniture around it or a cut-off end. A rewrite or
// another outlet's story that quotes the same sources shares passages scattered
// among its own words, and is no copy (it may still be the same incident).
import { overlap, type Overlap } from './anchors.js';
import { jaccard } from './minhash.js';
import type { Fingerprint } from '../../core/link-model.js';

/** both texts this dense in shared anchors where they overlap: one text copied */
export const BOTH_DENSE = 0.85;
/** one text this dense: an abridged or extended copy of the other */
export const ONE_DENSE = 0.95;
/** a text this much held by the other, densely: an abridged copy with small edits */
export const MOSTLY_HELD = 0.8;
/** both texts this dense when phrases reworded in place count as held: an edited copy */
export const EDITED_DENSE = 0.93;
/**
 * share of the shorter text a copy holds at least: two stories under one site's furniture (an
 * aggregator's viewer text) share a dense run too, but a small part of either
 */
export const MIN_CONTAINMENT = 0.4;
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

/** `o`: their overlap, when the caller has it already (worked out against a set of `a`'s anchors). */
export function compareFingerprints(a: Fingerprint, b: Fingerprint, o: Overlap = overlap(a.anchors, b.anchors)): Similarity {
  const j = jaccard(a.signature, b.signature);
  const enough = o.shared >= Math.max(6, Math.min(MIN_SHARED, 0.5 * Math.min(a.anchors.length, b.anchors.length)));
  const pct = (x: number) => `${Math.round(100 * x)}%`;
  const base = { jaccard: j, containment: o.containment, shared: o.shared };
  if (!enough || o.containment < MIN_CONTAINMENT) return { ...base, duplicate: false, reason: `different text (${pct(o.containment)} shared)` };
  // b's density is at hand; a's is worked out only where it can decide
  const dB = o.density(1);
  const needA = dB >= BOTH_DENSE || o.coverage[0] >= MOSTLY_HELD || o.shared >= MIN_SHARED * 1.5;
  const dA = needA ? o.density(0) : 0;
  if (Math.min(dA, dB) >= BOTH_DENSE) return { ...base, duplicate: true, reason: `the same text (${pct(o.containment)} of the shorter one copied in one run)` };
  if (Math.max(dA, dB) >= ONE_DENSE && o.shared >= MIN_SHARED * 1.5) return { ...base, duplicate: true, reason: `${pct(o.containment)} of the shorter text is in the longer as one run (abridged or extended copy)` };
  const abridged = (o.coverage[0] >= MOSTLY_HELD && dA >= BOTH_DENSE) || (o.coverage[1] >= MOSTLY_HELD && dB >= BOTH_DENSE);
  if (abridged) return { ...base, duplicate: true, reason: `${pct(Math.max(...o.coverage))} of one text is in the other, lightly edited (abridged copy)` };
  // Edits spread through a copy (a word changed in many sentences) thin the plain density; the gaps they leave are paired and short.
  if (o.shared >= MIN_SHARED * 1.5 && Math.min(...o.editedDensity()) >= EDITED_DENSE) {
    return { ...base, duplicate: true, reason: `${pct(o.containment)} of the shorter text is in the other in one run, with words changed here and there (edited copy)` };
  }
  return { ...base, duplicate: false, reason: `different text (${pct(o.containment)} shared, scattered)` };
}
