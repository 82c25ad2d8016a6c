// An inverted index from 32-bit keys to small integer ids, used for both duplicate
// candidates and incident blocking. A key whose list grows past `cap` is boilerplate
// (a stock phrase, an over-full block) and stops producing candidates, which keeps
// candidate generation linear in the corpus.
export class KeyIndex {
  private readonly lists = new Map<number, number | number[]>();
  private readonly stopped = new Set<number>();

  constructor(readonly cap: number) {}

  add(key: number, id: number): void {
    if (this.stopped.has(key)) return;
    const cur = this.lists.get(key);
    if (cur === undefined) this.lists.set(key, id);
    else if (typeof cur === 'number') { if (cur !== id) this.lists.set(key, [cur, id]); }
    else if (cur[cur.length - 1] !== id) {
      if (cur.length >= this.cap) { this.lists.delete(key); this.stopped.add(key); }
      else cur.push(id);
    }
  }

  stop(key: number): void {
    this.lists.delete(key);
    this.stopped.add(key);
  }

  isStopped(key: number): boolean {
    return this.stopped.has(key);
  }

  /** Calls back once per (key, id) posting. */
  forEach(key: number, fn: (id: number) => void): void {
    const cur = this.lists.get(key);
    if (cur === undefined) return;
    if (typeof cur === 'number') fn(cur);
    else for (const id of cur) fn(id);
  }

  get stoppedKeys(): ReadonlySet<number> {
    return this.stopped;
  }
}
