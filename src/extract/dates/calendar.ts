// Calendar arithmetic on plain YYYY-MM-DD strings (UTC), so that resolving a relative
// date never depends on the machine's time zone.
import type { EventDate } from '../../core/model.js';

export interface Ymd { y: number; m: number; d: number }

export const parseYmd = (s: string): Ymd => ({ y: Number(s.slice(0, 4)), m: Number(s.slice(5, 7)), d: Number(s.slice(8, 10)) });
const pad = (n: number) => String(n).padStart(2, '0');

export const dayDate = (y: number, m: number, d: number): EventDate => ({ value: `${y}-${pad(m)}-${pad(d)}`, precision: 'day' });
export const monthDate = (y: number, m: number): EventDate => ({ value: `${y}-${pad(m)}`, precision: 'month' });
export const yearDate = (y: number): EventDate => ({ value: String(y), precision: 'year' });

export function addDays(date: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addMonths(y: number, m: number, months: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + months;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

/** 0 = Sunday */
export const weekday = (date: Ymd): number => new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay();

export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The year in which a month (and day) most recently fell on or before the reference. */
export function yearOf(ref: Ymd, m: number, d = 1): number {
  return m < ref.m || (m === ref.m && d <= ref.d) ? ref.y : ref.y - 1;
}
