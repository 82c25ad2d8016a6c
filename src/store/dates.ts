// Event dates have a precision; a filter range matches an event when the days its
// date can mean overlap the range ("March 2024" matches from=2024-03-15).
import { CasefileError } from '../core/errors.js';
import type { EventDate } from '../core/model.js';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** First and last day a date value can mean, at the coarser of its precision and its form. */
export function dayRange(date: EventDate): { from: string | null; to: string | null } {
  if (date.value === null || date.precision === 'unknown') return { from: null, to: null };
  const [y, m, d] = date.value.split('-');
  if (date.precision === 'year' || m === undefined) return { from: `${y}-01-01`, to: `${y}-12-31` };
  if (date.precision === 'month' || d === undefined) return { from: `${y}-${m}-01`, to: `${y}-${m}-${pad(lastDay(+y, +m))}` };
  return { from: date.value, to: date.value };
}

const FILTER_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A filter bound given as YYYY, YYYY-MM or YYYY-MM-DD, widened to a day on the chosen side. */
export function boundDay(value: string, side: 'from' | 'to'): string {
  const m = FILTER_DATE.exec(value);
  const month = m?.[2] === undefined ? null : +m[2];
  const day = m?.[3] === undefined ? null : +m[3];
  if (!m || (month !== null && (month < 1 || month > 12)) || (day !== null && (day < 1 || day > lastDay(+m[1], month!)))) {
    throw new CasefileError('E_BAD_PARAM', `expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "${value}"`, { where: side });
  }
  const range = dayRange({ value, precision: day !== null ? 'day' : month !== null ? 'month' : 'year' });
  return side === 'from' ? range.from! : range.to!;
}
