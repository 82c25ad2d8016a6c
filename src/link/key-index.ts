// An inverted index from 32-bit keys to small integer ids, used for both duplicate
// candidates and incident blocking. A key whose list grows past `cap` is boilerplate
// (a stock phrase, an over-full block) and stops producing candidates, which keeps
// candidate generation linear in the corpus.
//
// A run from scratch files millions of postings, so the index lives in typed arrays
// (an open-addressing table of keys, postings as doubly linked lists in insertion
// order, so the latest few of a long list are reached from its tail) rather than a
// Map of arrays: a tenth of the memory, and nothing for the GC to trace. Each key
// also keeps where its last `window` postings start, so reading them walks no list
// backwards (a step back is a cache miss of its own in a list of millions).

import type { Marks } from './marks.js';

const EMPTY = 0;
const STOPPED = -1;

export class KeyIndex {
  /** per slot: the key, its posting count (EMPTY, STOPPED or n > 0), first and last posting */
  private keys = new Int32Array(1024);
  private counts = new Int32Array(1024);
  private heads = new Int32Array(1024);
  private tails = new Int32Array(1024);
  /** per slot: the first of its last `window` postings */
  private starts = new Int32Array(1024);
  private used = 0;
  /** postings: id, and the next and previous posting of the same key (-1 ends the list) */
  private ids = new Int32Array(4096);
  private next = new Int32Array(4096);
  private prev = new Int32Array(4096);
  private postings = 0;

  /** window: how many of a key's latest postings collect usually reads (see firstOfLast) */
  constructor(readonly cap: number, readonly window = 0) {}

  add(key: number, id: number): void {
    const s = this.slot(key, true);
    const n = this.counts[s];
    if (n === STOPPED) return;
    if (n === 0) {
      this.counts[s] = 1;
      this.heads[s] = this.tails[s] = this.starts[s] = this.posting(id);
      return;
    }
    if (this.ids[this.tails[s]] === id) return; // the same id filed twice in a row (one report's repeated key)
    if (n >= this.cap) { this.counts[s] = STOPPED; return; }
    const p = this.posting(id);
    this.next[this.tails[s]] = p;
    this.prev[p] = this.tails[s];
    this.tails[s] = p;
    this.counts[s] = n + 1;
    if (n >= this.window) this.starts[s] = this.next[this.starts[s]];
  }

  stop(key: number): void {
    this.counts[this.slot(key, true)] = STOPPED;
  }

  isStopped(key: number): boolean {
    const s = this.slot(key, false);
    return s >= 0 && this.counts[s] === STOPPED;
  }

  /** Calls back once per (key, id) posting, in the order they were added; with `recent`, only for the last that many. */
  forEach(key: number, fn: (id: number) => void, recent = Infinity): void {
    for (let p = this.firstOfLast(key, recent); p >= 0; p = this.next[p]) fn(this.ids[p]);
  }

  /**
   * Appends to `out` the ids of the last `recent` postings of `key` that `marks` did not
   * hold yet (marking them), in the order they were added: forEach without a callback
   * per posting, for gathering an act's candidates from dozens of blocks.
   */
  collect(key: number, recent: number, marks: Marks, out: number[]): void {
    for (let p = this.firstOfLast(key, recent); p >= 0; p = this.next[p]) {
      const id = this.ids[p];
      if (marks.add(id)) out.push(id);
    }
  }

  /** The posting that starts the last `recent` of `key`'s, or -1 when it has none: the head, the window's start, or stepped back from the tail. */
  private firstOfLast(key: number, recent: number): number {
    const s = this.slot(key, false);
    const n = s < 0 ? 0 : this.counts[s];
    if (n <= 0) return -1;
    if (n <= recent) return this.heads[s];
    if (recent === this.window) return this.starts[s];
    let p = this.tails[s];
    for (let k = recent; k > 1; k--) p = this.prev[p];
    return p;
  }

  /** The slot holding `key`; with `claim`, a new slot for a new key, else -1. */
  private slot(key: number, claim: boolean): number {
    // linear probing stays short up to about 70% full
    if (claim && 10 * (this.used + 1) > 7 * this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    for (let s = Math.imul(key, 0x9e3779b1) & mask; ; s = (s + 1) & mask) {
      if (this.counts[s] === EMPTY) {
        if (!claim) return -1;
        this.keys[s] = key;
        this.used++;
        return s;
      }
      if (this.keys[s] === key) return s;
    }
  }

  private posting(id: number): number {
    if (this.postings === this.ids.length) {
      this.ids = grown(this.ids, this.ids.length * 2);
      this.next = grown(this.next, this.next.length * 2);
      this.prev = grown(this.prev, this.prev.length * 2);
    }
    const p = this.postings++;
    this.ids[p] = id;
    this.next[p] = -1;
    this.prev[p] = -1;
    return p;
  }

  private grow(): void {
    const { keys, counts, heads, tails, starts } = this;
    const size = keys.length * 2;
    this.keys = new Int32Array(size);
    this.counts = new Int32Array(size);
    this.heads = new Int32Array(size);
    this.tails = new Int32Array(size);
    this.starts = new Int32Array(size);
    const mask = size - 1;
    for (let old = 0; old < keys.length; old++) {
      if (counts[old] === EMPTY) continue;
      let s = Math.imul(keys[old], 0x9e3779b1) & mask;
      while (this.counts[s] !== EMPTY) s = (s + 1) & mask;
      this.keys[s] = keys[old];
      this.counts[s] = counts[old];
      this.heads[s] = heads[old];
      this.tails[s] = tails[old];
      this.starts[s] = starts[old];
    }
  }
}

function grown(a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(size);
  out.set(a);
  return out;
}
