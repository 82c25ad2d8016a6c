// A count of units (reports) several lanes draw from, first come first served: what
// bounds the reports being extracted at once, whatever the number of lanes or the
// size of their files.
export class Budget {
  private used = 0;
  private waiting: { units: number; grant: () => void }[] = [];

  constructor(private readonly size: number) {}

  /** Resolves once `units` are granted; more than the whole budget is granted when nothing else is out. */
  take(units: number): Promise<void> {
    if (this.waiting.length === 0 && this.fits(units)) {
      this.used += units;
      return Promise.resolve();
    }
    return new Promise((grant) => this.waiting.push({ units, grant }));
  }

  give(units: number): void {
    this.used -= units;
    while (this.waiting.length > 0 && this.fits(this.waiting[0].units)) {
      const next = this.waiting.shift()!;
      this.used += next.units;
      next.grant();
    }
  }

  private fits(units: number): boolean {
    return this.used === 0 || this.used + units <= this.size;
  }
}
