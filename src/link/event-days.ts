// The days each workspace event can fall on, as two columns of numbers. Linking
// reads them for the hundreds of acts each act's blocks reach, most of which time
// rules out; read off the event objects, each was a cache miss of its own.

/** Stands for an event with no days (neither its date nor its report's publication bounds it). */
export const NO_DAY = -0x80000000;

export class EventDays {
  lo = new Int32Array(4096);
  hi = new Int32Array(4096);

  /** Files the days of the event at index `i`. */
  set(i: number, lo: number | null, hi: number | null): void {
    if (i >= this.lo.length) {
      const size = Math.max(i + 1, this.lo.length * 2);
      this.lo = grown(this.lo, size);
      this.hi = grown(this.hi, size);
    }
    this.lo[i] = lo ?? NO_DAY;
    this.hi[i] = hi ?? NO_DAY;
  }
}

function grown(a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(size);
  out.set(a);
  return out;
}
