// A report's text fingerprint: MinHash signature for resemblance, anchors for
// containment, and the shingle count. Packs into bytes for the store.
import { anchors } from './anchors.js';
import { NUM_PERM, signature } from './minhash.js';
import { shingles } from './shingles.js';
import type { Fingerprint } from '../../core/link-model.js';

export function fingerprint(text: string): Fingerprint {
  const s = shingles(text);
  return { size: s.length, signature: signature(s), anchors: anchors(s) };
}

/** Layout: size, anchor count, signature, anchors (all uint32). */
export function packFingerprint(fp: Fingerprint): Uint8Array {
  const out = new Uint32Array(2 + NUM_PERM + fp.anchors.length);
  out[0] = fp.size;
  out[1] = fp.anchors.length;
  out.set(fp.signature, 2);
  out.set(fp.anchors, 2 + NUM_PERM);
  return new Uint8Array(out.buffer);
}

export function unpackFingerprint(bytes: Uint8Array): Fingerprint {
  // copy: the driver's buffer may be unaligned or shared
  const words = new Uint32Array(new Uint8Array(bytes).buffer);
  const n = words[1];
  return { size: words[0], signature: words.slice(2, 2 + NUM_PERM), anchors: words.slice(2 + NUM_PERM, 2 + NUM_PERM + n) };
}
