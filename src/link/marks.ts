// A set of small non-negative integers (indexes into the workspace's events) that
// is emptied in constant time: each id holds the stamp of the use that last added
// it. Gathering an act's candidates from a few dozen blocks met the same ids many
// times over; a Set built and dropped per act was most of that work.
export class Marks {
  private stamps = new Uint32Array(4096);
  private stamp = 1;

  /** Empties the set. */
  clear(): void {
    if (++this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  /** Adds `id`; true if it was not in the set. */
  add(id: number): boolean {
    if (id >= this.stamps.length) {
      const grown = new Uint32Array(Math.max(id + 1, this.stamps.length * 2));
      grown.set(this.stamps);
      this.stamps = grown;
    }
    if (this.stamps[id] === this.stamp) return false;
    this.stamps[id] = this.stamp;
    return true;
  }
}
