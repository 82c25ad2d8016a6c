// The timeline's buckets: days, months or years, whichever keeps the dated span of
// the query within MAX_BUCKETS, so its rows stay few however many events match (one
// row per date as given was thousands). A date is counted in the bucket of its
// first day, at the coarser of the unit and its own precision: a year-precise date
// stays a year however fine the unit, and is drawn as that year.
import { DAY, dateSpan } from '../../core/date-span.js';

export type Unit = 'day' | 'month' | 'year';
type Precision = Unit;

/** buckets a timeline may have across its span */
export const MAX_BUCKETS = 120;
const LENGTH: Record<Unit, number> = { year: 4, month: 7, day: 10 };

/** counts by date as stored (value, or a prefix of it) and precision, and type */
export interface DateCount {
  date: string | null;
  precision: string;
  type: string;
  count: number;
}

export interface TimelineRow {
  /** the bucket: YYYY, YYYY-MM or YYYY-MM-DD */
  date: string;
  /** the precision the dates in it were given at */
  precision: Precision;
  type: string;
  count: number;
}

const isDated = (r: DateCount): r is DateCount & { date: string; precision: Precision } => r.date !== null && r.precision in LENGTH;

/** a date key at the coarser of its precision and its form */
const keyOf = (date: string, precision: Precision, unit: Unit) => date.slice(0, Math.min(LENGTH[unit], LENGTH[precision]));

/**
 * The finest unit whose buckets across the dated rows' span stay within
 * MAX_BUCKETS; the rows may be keyed by month (a day unit asks for them by day).
 */
export function unitFor(rows: DateCount[]): Unit {
  let lo = Infinity, hi = -Infinity;
  for (const r of rows) {
    if (!isDated(r)) continue;
    const [a, b] = dateSpan(keyOf(r.date, r.precision, 'day'));
    lo = Math.min(lo, a);
    hi = Math.max(hi, b);
  }
  if (lo === Infinity) return 'year';
  if ((hi - lo) / DAY <= MAX_BUCKETS) return 'day';
  const from = new Date(lo), to = new Date(hi - DAY);
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth() + 1;
  return months <= MAX_BUCKETS ? 'month' : 'year';
}

/** the rows summed into buckets of the unit, in order of bucket, precision and type; undated rows counted apart */
export function bucketed(rows: DateCount[], unit: Unit): { events: TimelineRow[]; undated: number } {
  const by = new Map<string, TimelineRow>();
  let undated = 0;
  for (const r of rows) {
    if (!isDated(r)) {
      undated += r.count;
      continue;
    }
    const date = keyOf(r.date, r.precision, unit);
    const id = `${date}\u0000${r.precision}\u0000${r.type}`;
    const row = by.get(id) ?? { date, precision: r.precision, type: r.type, count: 0 };
    row.count += r.count;
    by.set(id, row);
  }
  const order = (a: TimelineRow, b: TimelineRow) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.precision < b.precision ? -1 : a.precision > b.precision ? 1 : a.type < b.type ? -1 : a.type > b.type ? 1 : 0);
  return { events: [...by.values()].sort(order), undated };
}
