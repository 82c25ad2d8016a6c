// Finds the original a new report copies. Candidates are the reports sharing an LSH
// band key or an indexed anchor (keys shared by too many reports are stop keys, see
// KeyIndex); each candidate is then compared in full. The report already known is the original, and a copy of a
// copy points at the first one.
import type { LinkWorkspace } from '../workspace.js';
import { anchorKeys } from './anchors.js';
import { compareFingerprints, type Similarity } from './compare.js';
import { bandKeys } from './minhash.js';
import type { Fingerprint } from '../../core/link-model.js';

export const duplicateKeys = (fp: Fingerprint) => ({ bands: bandKeys(fp.signature), anchors: anchorKeys(fp.anchors) });

export interface DuplicateMatch {
  original: string;
  similarity: Similarity;
}

/** Shared anchors (about a word in two) that make two texts tell one story: a couple of sentences, not a stock phrase. */
export const RELATED_MIN_SHARED = 15;

export interface TextMatches {
  original: DuplicateMatch | null;
  /** earlier reports that are no copy but share passages (quotes, a wire's sentences) */
  related: { id: string; shared: number }[];
}

export function findOriginal(ws: LinkWorkspace, id: string, fp: Fingerprint): DuplicateMatch | null {
  return matchText(ws, id, fp).original;
}

export function matchText(ws: LinkWorkspace, id: string, fp: Fingerprint): TextMatches {
  const { bands, anchors } = duplicateKeys(fp);
  const candidates = new Set<number>();
  for (const k of bands) ws.duplicateIndex.forEach(k, (i) => candidates.add(i));
  for (const k of anchors) ws.duplicateIndex.forEach(k, (i) => candidates.add(i));
  let best: DuplicateMatch | null = null;
  let bestScore = 0;
  const related: TextMatches['related'] = [];
  const own = new Set(fp.anchors);
  for (const i of candidates) {
    const other = ws.fingerprinted[i];
    if (other.id === id) continue;
    const sim = compareFingerprints(fp, other.fp, own);
    const score = Math.max(sim.jaccard, sim.containment);
    if (sim.duplicate && score > bestScore) {
      bestScore = score;
      best = { original: ws.rootOf(other.id), similarity: sim };
    } else if (!sim.duplicate && sim.shared >= RELATED_MIN_SHARED) related.push({ id: other.id, shared: sim.shared });
  }
  return { original: best, related };
}

/** Files a report's fingerprint so later reports can find it. */
export function indexFingerprint(ws: LinkWorkspace, id: string, fp: Fingerprint): void {
  const i = ws.addFingerprint(id, fp);
  const { bands, anchors } = duplicateKeys(fp);
  for (const k of bands) ws.duplicateIndex.add(k, i);
  for (const k of anchors) ws.duplicateIndex.add(k, i);
}
