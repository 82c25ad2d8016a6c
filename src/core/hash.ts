// 32-bit hashing for shingles, index keys and word filters. Written by hand because the job is a
// dozen lines (FNV-1a over UTF-16 units, then the murmur3 finaliser for avalanche)
// and it runs hundreds of millions of times when a corpus is linked from scratch.

/** murmur3's fmix32: spreads every input bit over the whole word. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** Combines hashes in order (for band keys and composite index keys). */
export function combine(h: number, v: number): number {
  return mix32((Math.imul(h ^ v, 0x9e3779b1) + 0x7f4a7c15) >>> 0);
}

/** A signed 32-bit key: fits an INTEGER column in SQLite and PostgreSQL alike. */
export const toKey = (h: number): number => h | 0;
