// Time on a day axis. A dated event covers the days its precision allows; an
// undated one only happened before its report appeared, within REPORT_LAG_DAYS.
import type { EventDate } from '../core/model.js';
import { dayRange } from '../store/dates.js';

/** how long before publication an undated event is assumed to lie */
export const REPORT_LAG_DAYS = 60;

export const dayNumber = (iso: string): number => Math.floor(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000);
export const isoDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
/** months since year 0: the time bucket of blocking */
export const monthOf = (day: number): number => {
  const d = new Date(day * 86_400_000);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};

export function eventSpan(date: EventDate, published: string | null): { lo: number | null; hi: number | null; basis: 'date' | 'published' | 'none' } {
  const r = dayRange(date);
  if (r.from && r.to) return { lo: dayNumber(r.from), hi: dayNumber(r.to), basis: 'date' };
  if (published) {
    const p = dayNumber(published);
    return { lo: p - REPORT_LAG_DAYS, hi: p, basis: 'published' };
  }
  return { lo: null, hi: null, basis: 'none' };
}

/** Days between two spans; 0 when they overlap. */
export const spanGap = (aLo: number, aHi: number, bLo: number, bHi: number): number => Math.max(0, Math.max(aLo, bLo) - Math.min(aHi, bHi));
