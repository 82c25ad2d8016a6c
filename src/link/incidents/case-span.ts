// How long a case may run. An act that joins a case only because its report told
// it beside the act that matched (one episode) brings its report's time along; the
// next report matches that act and brings its own, and a case chains across years
// through reports that each agree with it on one act. A case's time is therefore
// kept within CASE_DAYS for such joins: an act that would stretch it further is
// linked on its own.
import { NO_DAY, type EventDays } from '../event-days.js';
import type { CaseDays } from '../../core/link-model.js';

/** Longest time between a case's acts that acts joining through their episode may make. */
export const CASE_DAYS = 90;

/**
 * The shortest stretch of days holding a day of every act placed in time: from the
 * earliest day any act can end (`from`) to the latest any can begin (`to`), nothing
 * when they all overlap. Read per act as a span, so a month or a year-wide date
 * stretches it only as far as it must.
 */
export class CaseSpan {
  private from = Infinity;
  private to = -Infinity;

  /** The span of the members (workspace indexes), and of the members stored beyond them (`stored`: a part of the case was loaded). */
  static of(members: readonly number[], days: EventDays, stored?: CaseDays): CaseSpan {
    const s = new CaseSpan();
    if (stored) { s.from = stored.from; s.to = stored.to; }
    for (const i of members) if (days.lo[i] !== NO_DAY) s.add(days.lo[i], days.hi[i]);
    return s;
  }

  /** The span of the acts, as a summary stores it. */
  static days(acts: readonly { lo: number | null; hi: number | null }[]): CaseDays | null {
    const s = new CaseSpan();
    for (const e of acts) s.add(e.lo, e.hi);
    return s.from === Infinity ? null : { from: s.from, to: s.to };
  }

  /** Days the case runs once an act on [lo, hi] has joined. */
  length(lo: number, hi: number): number {
    return Math.max(0, Math.max(this.to, lo) - Math.min(this.from, hi));
  }

  /** Whether an act on [lo, hi] (null: not placed in time) keeps the case within CASE_DAYS. */
  admits(lo: number | null, hi: number | null): boolean {
    return lo === null || this.length(lo, hi!) <= CASE_DAYS;
  }

  add(lo: number | null, hi: number | null): void {
    if (lo === null) return;
    if (hi! < this.from) this.from = hi!;
    if (lo > this.to) this.to = lo;
  }
}
