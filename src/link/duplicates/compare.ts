// Decides whether two fingerprints are the same content: near-identical text
// (Jaccard over shingles, robust to a new title, a changed sentence or a short
// added comment) or one text contained in the other (an abridged copy, or the
// original inside a copy with long commentary).
import { containment } from './anchors.js';
import { jaccard } from './minhash.js';
import type { Fingerprint } from './fingerprint.js';

export const RESEMBLANCE_MIN = 0.5;
export const CONTAINMENT_MIN = 0.75;
/** below this many anchors the containment estimate is too noisy to trust */
const MIN_ANCHORS = 6;

export interface Similarity {
  jaccard: number;
  /** share of the shorter text found in the longer */
  containment: number;
  duplicate: boolean;
  reason: string;
}

export function compareFingerprints(a: Fingerprint, b: Fingerprint): Similarity {
  const j = jaccard(a.signature, b.signature);
  const [small, large] = a.anchors.length <= b.anchors.length ? [a, b] : [b, a];
  const c = small.anchors.length >= MIN_ANCHORS ? containment(small.anchors, large.anchors) : 0;
  const pct = (x: number) => `${Math.round(100 * x)}%`;
  if (j >= RESEMBLANCE_MIN) return { jaccard: j, containment: c, duplicate: true, reason: `near-identical text (${pct(j)} shingles shared)` };
  if (c >= CONTAINMENT_MIN) return { jaccard: j, containment: c, duplicate: true, reason: `${pct(c)} of the shorter text is in the longer (abridged or extended copy)` };
  return { jaccard: j, containment: c, duplicate: false, reason: `different text (${pct(j)} shingles shared)` };
}
