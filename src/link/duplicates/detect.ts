// Finds the original a new report copies. Candidates are the reports sharing an LSH
// band key or an indexed anchor (keys shared by too many reports are stop keys, see
// KeyIndex); each candidate is then compared in full. The report already known is the original, and a copy of a
// copy points at the first one.
import type { LinkWorkspace } from '../workspace.js';
import { AnchorSet } from './anchor-set.js';
import { anchorKey, anchorKeys, overlap } from './anchors.js';
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
/**
 * A passage many of the reports met hold (a stock sentence, a line every outlet
 * prints) is no evidence that two of them tell one episode: an anchor held by more
 * than this many of them, or than this share, is left out of the count behind a
 * related tie. Reports of one episode that quote the same source are a handful.
 */
const RELATED_COMMON_MIN = 4;
const RELATED_COMMON_SHARE = 0.05;
/** The related reports kept, those sharing most: each brings its acts along as candidates. */
const RELATED_MAX = 8;

export interface TextMatches {
  original: DuplicateMatch | null;
  /** earlier reports that are no copy but share passages (quotes, a wire's sentences) */
  related: { id: string; shared: number }[];
  /**
   * every report met that shares RELATED_MIN_SHARED anchors, before the passages common
   * among those met are left out: which of them are related depends on the reports met
   */
  sharing: string[];
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
  const own = new AnchorSet(fp.anchors);
  const maybeRelated: Fingerprint[] = [];
  const ids: string[] = [];
  // how many of the reports met hold each of this report's anchors, tallied from the overlaps the comparisons find anyway
  const held = new Map<number, number>();
  const tally = (a: number) => held.set(a, (held.get(a) ?? 0) + 1);
  for (const i of candidates) {
    const other = ws.fingerprinted[i];
    if (other.id === id) { for (const a of other.fp.anchors) if (own.has(a)) tally(a); continue; }
    const o = overlap(fp.anchors, other.fp.anchors, own);
    for (const p of o.sharedAt) tally(other.fp.anchors[p]);
    const sim = compareFingerprints(fp, other.fp, o);
    const score = Math.max(sim.jaccard, sim.containment);
    if (sim.duplicate && score > bestScore) {
      bestScore = score;
      best = { original: ws.rootOf(other.id), similarity: sim };
    } else if (!sim.duplicate && sim.shared >= RELATED_MIN_SHARED) { maybeRelated.push(other.fp); ids.push(other.id); }
  }
  return { original: best, related: maybeRelated.length ? rareShared(ws, fp, held, candidates.size, maybeRelated, ids) : [], sharing: ids };
}

/** An anchor filed in the index under a key it stopped: in more than DUPLICATE_KEY_CAP reports. */
function stoppedAnchor(ws: LinkWorkspace, a: number): boolean {
  const k = anchorKey(a);
  return k !== null && ws.duplicateIndex.isStopped(k);
}

/**
 * Of the reports sharing passages, those that still share RELATED_MIN_SHARED anchors
 * once the anchors common among the reports met are left out (held by more than
 * RELATED_COMMON_MIN of them and RELATED_COMMON_SHARE, or filed in the index under a
 * key it stopped as boilerplate), most shared first, at most RELATED_MAX.
 */
function rareShared(ws: LinkWorkspace, fp: Fingerprint, held: ReadonlyMap<number, number>, met: number, fps: Fingerprint[], ids: string[]): TextMatches['related'] {
  const limit = Math.max(RELATED_COMMON_MIN, RELATED_COMMON_SHARE * met);
  const rare = new AnchorSet(fp.anchors.filter((a) => (held.get(a) ?? 0) <= limit && !stoppedAnchor(ws, a)));
  const out: TextMatches['related'] = [];
  for (let k = 0; k < fps.length; k++) {
    let shared = 0;
    for (const a of fps[k].anchors) if (rare.has(a)) shared++;
    if (shared >= RELATED_MIN_SHARED) out.push({ id: ids[k], shared });
  }
  return out.sort((a, b) => b.shared - a.shared || (a.id < b.id ? -1 : 1)).slice(0, RELATED_MAX);
}

/** Files a report's fingerprint so later reports can find it. */
export function indexFingerprint(ws: LinkWorkspace, id: string, fp: Fingerprint): void {
  const i = ws.addFingerprint(id, fp);
  const { bands, anchors } = duplicateKeys(fp);
  for (const k of bands) ws.duplicateIndex.add(k, i);
  for (const k of anchors) ws.duplicateIndex.add(k, i);
}
