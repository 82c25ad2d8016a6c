// Finds date expressions in one pass over the tokens and resolves them against the
// publication date. A focused parser rather than chrono-node: chrono runs dozens of
// regular expressions over every text (too slow for corpus speed) and knows nothing
// of precision ("late last month" is a month, "this spring" a year) or of the day a
// source spoke to the outlet, which is never an event date.
import type { EventDate } from '../../core/model.js';
import type { DateMention } from '../doc.js';
import type { Tokens } from '../tokens.js';
import { addDays, addMonths, dayDate, daysInMonth, monthDate, parseYmd, weekday, yearDate, yearOf, type Ymd } from './calendar.js';

const MONTHS = new Map<string, number>([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['april', 4], ['apr', 4], ['may', 5],
  ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9], ['sept', 9],
  ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);
const WEEKDAYS = new Map([['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6]]);
const SEASONS = new Set(['spring', 'summer', 'autumn', 'fall', 'winter']);
const NUMBER_WORDS = new Map([['a', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10]]);
const SPEECH_VERBS = new Set(['told', 'tell', 'tells', 'said', 'says', 'say', 'added', 'stated', 'explained', 'announced', 'reported', 'briefing', 'confirmed', 'revealed', 'noted', 'speaking', 'interview', 'released', 'published']);
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'during', 'until', 'till', 'by', 'before', 'after', 'of', 'from', 'early', 'late', 'mid', 'throughout']);
const STARTERS = new Set([...MONTHS.keys(), ...WEEKDAYS.keys(), ...NUMBER_WORDS.keys(), ...SEASONS, 'last', 'this', 'past', 'next', 'following']);
const DAY = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const YEAR = /^(19|20)\d\d$/;

interface Hit { first: number; last: number; date: EventDate; anchorable?: boolean }
interface Context {
  t: Tokens;
  ref: Ymd | null;
  /** the first and the latest event date of day precision: "N days after the escape" counts from the first */
  firstDay: Ymd | null;
  lastDay: Ymd | null;
}

const day = (t: Tokens, i: number): number | null => {
  const m = i < t.length ? DAY.exec(t.lower[i]) : null;
  const n = m ? Number(m[1]) : 0;
  return n >= 1 && n <= 31 ? n : null;
};
const year = (t: Tokens, i: number): number | null => (i < t.length && YEAR.test(t.lower[i]) ? Number(t.lower[i]) : null);
const word = (t: Tokens, i: number): string => (i >= 0 && i < t.length ? t.lower[i] : '');

/** "March 27", "Nov. 19, 2019", "March 2019", "in May", "mid-May" */
function monthExpr(c: Context, i: number, month: number): Hit | null {
  const { t } = c;
  let k = i + 1;
  if (word(t, k) === '.') k++;
  const d = day(t, k);
  if (d !== null) {
    const withComma = word(t, k + 1) === ',' && year(t, k + 2) !== null;
    const explicit = withComma ? year(t, k + 2) : year(t, k + 1);
    const y = explicit ?? (c.ref ? yearOf(c.ref, month, d) : null);
    if (y === null || d > daysInMonth(y, month)) return null;
    const last = explicit === null ? k : withComma ? k + 2 : k + 1;
    return { first: i, last, date: dayDate(y, month, d), anchorable: true };
  }
  const y = year(t, k);
  if (y !== null) return { first: i, last: k, date: monthDate(y, month) };
  // a bare month name needs a date-like word before it ("in May", "early May", "since March")
  if (!BARE_MONTH_CUES.has(word(t, i - 1)) && !word(t, i).startsWith('mid-')) return null;
  if (!c.ref) return null;
  return { first: i, last: i, date: monthDate(yearOf(c.ref, month), month) };
}
/** "in the spring", "since the summer", "during the winter": a season of the publication year */
const SEASON_CUES = new Set(['in', 'since', 'during']);
const BARE_MONTH_CUES = new Set(['in', 'early', 'late', 'mid', 'since', 'until', 'till', 'by', 'of', 'during', 'from', 'before', 'after', 'around', 'between', 'and', 'to', 'through']);

/** "27 March 2019" */
function dayFirstExpr(c: Context, i: number, d: number): Hit | null {
  const { t } = c;
  const month = MONTHS.get(word(t, i + 1));
  if (!month || !t.upper[i + 1] || word(t, i + 1).length < 3) return null;
  const y = year(t, i + 2) ?? (c.ref ? yearOf(c.ref, month, d) : null);
  if (y === null || d > daysInMonth(y, month)) return null;
  return { first: i, last: year(t, i + 2) !== null ? i + 2 : i + 1, date: dayDate(y, month, d), anchorable: true };
}

/** "last month", "early this month", "late last year", "last week", "this spring", "last Tuesday" */
function relativeExpr(c: Context, i: number): Hit | null {
  const { t, ref } = c;
  if (!ref) return null;
  const w = word(t, i);
  const unit = word(t, i + 1);
  const back = w === 'last' || w === 'past' ? 1 : w === 'this' ? 0 : w === 'next' ? -1 : null;
  if (back === null) return null;
  if (unit === 'month') {
    const m = addMonths(ref.y, ref.m, -back);
    return { first: i, last: i + 1, date: monthDate(m.y, m.m) };
  }
  if (unit === 'year') return { first: i, last: i + 1, date: yearDate(ref.y - back) };
  if (unit === 'week') {
    const d = addDays(ref, -7 * back);
    return { first: i, last: i + 1, date: monthDate(d.y, d.m) };
  }
  if (SEASONS.has(unit)) return { first: i, last: i + 1, date: yearDate(ref.y - back) };
  const wd = WEEKDAYS.get(unit);
  if (wd !== undefined && back === 1) {
    const ago = ((weekday(ref) - wd + 7) % 7) || 7;
    const d = addDays(ref, -ago);
    return { first: i, last: i + 1, date: dayDate(d.y, d.m, d.d), anchorable: true };
  }
  return null;
}

/** "on Monday", "early Tuesday": the latest such day on or before publication */
function weekdayExpr(c: Context, i: number, wd: number): Hit | null {
  if (!c.ref || !c.t.upper[i]) return null;
  const d = addDays(c.ref, -((weekday(c.ref) - wd + 7) % 7));
  return { first: i, last: i, date: dayDate(d.y, d.m, d.d), anchorable: true };
}

/** "the next day", "the following day", "three days later", "two days after the escape" */
function followingExpr(c: Context, i: number): Hit | null {
  const { t } = c;
  const w = word(t, i);
  if ((w === 'next' || w === 'following') && word(t, i - 1) === 'the' && /^(?:day|morning|night|evening)$/.test(word(t, i + 1))) {
    if (!c.lastDay) return null;
    const d = addDays(c.lastDay, 1);
    return { first: i - 1, last: i + 1, date: dayDate(d.y, d.m, d.d), anchorable: true };
  }
  const n = NUMBER_WORDS.get(w) ?? (/^\d{1,2}$/.test(w) ? Number(w) : undefined);
  const unit = word(t, i + 1);
  if (n === undefined || !/^(?:days?|weeks?)$/.test(unit)) return null;
  const rel = word(t, i + 2);
  if (rel !== 'later' && rel !== 'after') return null;
  const anchor = rel === 'after' ? c.firstDay : c.lastDay;
  if (!anchor) return null;
  const d = addDays(anchor, unit.startsWith('week') ? 7 * n : n);
  return { first: i, last: i + 2, date: dayDate(d.y, d.m, d.d), anchorable: false };
}

/** "on the 15th" */
function ordinalDayExpr(c: Context, i: number): Hit | null {
  const { t } = c;
  const d = day(t, i);
  if (d === null || !/(st|nd|rd|th)$/.test(word(t, i)) || word(t, i - 1) !== 'the' || word(t, i - 2) !== 'on') return null;
  // reporters use a bare ordinal for the current month, or the last one when the day is still to come
  const m = c.ref ? (d <= c.ref.d ? { y: c.ref.y, m: c.ref.m } : addMonths(c.ref.y, c.ref.m, -1)) : null;
  if (!m || d > daysInMonth(m.y, m.m)) return null;
  return { first: i - 2, last: i, date: dayDate(m.y, m.m, d), anchorable: true };
}

function scanAt(c: Context, i: number): Hit | null {
  const { t } = c;
  const w = t.lower[i];
  const month = MONTHS.get(w.startsWith('mid-') ? w.slice(4) : w);
  if (month && t.upper[i] && (w !== 'may' || day(t, i + 1) !== null || year(t, i + 1) !== null || /^(?:in|early|late|since|of|until|by|mid)$/.test(word(t, i - 1)))) {
    return monthExpr(c, i, month);
  }
  const wd = WEEKDAYS.get(w);
  if (wd !== undefined && word(t, i - 1) !== 'last') return weekdayExpr(c, i, wd);
  if (w === 'last' || w === 'this' || w === 'past') return relativeExpr(c, i);
  if (w === 'next' || w === 'following' || NUMBER_WORDS.has(w) || /^\d{1,2}$/.test(w)) {
    const f = followingExpr(c, i);
    if (f || w === 'next' || w === 'following') return f;
  }
  const d = day(t, i);
  if (d !== null) return dayFirstExpr(c, i, d) ?? ordinalDayExpr(c, i);
  if (YEAR.test(w) && YEAR_PREPOSITIONS.has(word(t, i - 1))) return { first: i, last: i, date: yearDate(Number(w)) };
  if (SEASONS.has(w) && word(t, i - 1) === 'the' && SEASON_CUES.has(word(t, i - 2))) {
    return c.ref ? { first: i - 1, last: i, date: yearDate(c.ref.y) } : null;
  }
  return null;
}

/** The day a source told the outlet: a date right after a verb of speaking ("told Daily NK on Thursday"), or a dateline. */
function isSpeechDate(t: Tokens, first: number, last: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 6); k--) {
    const w = t.lower[k];
    if (SPEECH_VERBS.has(w)) return true;
    if (w === 'that' || w === '.' || w === '"' || w === ';') break;
  }
  // "SEOUL, Dec. 10 (Yonhap) --"
  return word(t, last + 1) === '(' && t.upper[last + 2] === 1 && word(t, last + 3) === ')';
}

export function scanDates(t: Tokens, published: string | null): DateMention[] {
  const c: Context = { t, ref: published ? parseYmd(published) : null, firstDay: null, lastDay: null };
  const out: DateMention[] = [];
  for (let i = 0; i < t.length; i++) {
    const w = t.lower[i];
    const c0 = w.charCodeAt(0);
    // cheap pre-filter: a date starts with a digit or one of a few words
    if (!(c0 >= 48 && c0 <= 57) && !STARTERS.has(w) && !w.startsWith('mid-')) continue;
    const hit = scanAt(c, i);
    if (!hit || !hit.date.value) continue;
    const use = isSpeechDate(t, hit.first, hit.last) ? 'speech' : 'event';
    out.push({ span: { start: t.start[hit.first], end: t.end[hit.last] }, date: hit.date, use });
    if (use === 'event' && hit.date.precision === 'day' && hit.anchorable !== undefined) {
      const ymd = parseYmd(hit.date.value);
      if (hit.anchorable) {
        c.firstDay ??= ymd;
        c.lastDay = ymd;
      }
    }
    i = hit.last;
  }
  return out;
}
