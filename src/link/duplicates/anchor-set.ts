// A set of 32-bit anchor hashes in an open-addressing table. Most hashes lie above
// 2^30, which a JavaScript Set holds as boxed numbers, hashed and compared as
// doubles; a report's anchors are looked up in for every anchor of every report it meets.
export interface AnchorLookup {
  has(x: number): boolean;
}

export class AnchorSet implements AnchorLookup {
  private readonly table: Uint32Array;
  private readonly mask: number;
  /** 0 marks an empty slot, so the anchor 0 is kept aside */
  private zero = false;

  constructor(values: ArrayLike<number>) {
    let size = 16;
    while (size < 2 * values.length) size *= 2;
    this.table = new Uint32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < values.length; i++) this.add(values[i]);
  }

  has(x: number): boolean {
    if (x === 0) return this.zero;
    for (let s = Math.imul(x, 0x9e3779b1) >>> 0 & this.mask; ; s = (s + 1) & this.mask) {
      const v = this.table[s];
      if (v === x) return true;
      if (v === 0) return false;
    }
  }

  private add(x: number): void {
    if (x === 0) { this.zero = true; return; }
    let s = Math.imul(x, 0x9e3779b1) >>> 0 & this.mask;
    while (this.table[s] !== 0 && this.table[s] !== x) s = (s + 1) & this.mask;
    this.table[s] = x;
  }
}
