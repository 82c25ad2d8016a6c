// Finds date expressions in one pass over the tokens and resolves them against the
// publication date. A focused parser rather than chrono-node: chrono runs dozens of
// regular expressions over every text (too slow for corpus speed) and knows nothing
// of precision ("late last month" is a month, "this spring" a year) or of the day a
// source spoke to the outlet, which is never an event date.
import type { EventDate } from '../../core/model.js';
import type { DateMention } from '../doc.js';
import { lowerAt, type Tokens } from '../tokens.js';
import { MONTH_NUMBERS as MONTHS, WEEKDAY_NUMBERS as WEEKDAYS } from '../calendar-words.js';
import { addDays, addMonths, dayDate, daysInMonth, monthDate, parseYmd, weekday, yearDate, yearOf, type Ymd } from './calendar.js';

const SEASONS = new Set(['spring', 'summer', 'autumn', 'fall', 'winter']);
const NUMBER_WORDS = new Map([['a', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10]]);
const SPEECH_VERBS = new Set(['told', 'tell', 'tells', 'said', 'says', 'say', 'added', 'stated', 'explained', 'announced', 'reported', 'briefing', 'confirmed', 'revealed', 'noted', 'speaking', 'interview', 'interviewed', 'released', 'published']);
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'during', 'until', 'till', 'by', 'before', 'after', 'of', 'from', 'early', 'late', 'mid', 'throughout']);
/** "the fourth of last month": ordinals spelt out, as far as reporters write them */
const ORDINAL_WORDS = new Map([
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth',
  'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
].map((w, k) => [w, k + 1]));
const STARTERS = new Set([...ORDINAL_WORDS.keys(), ...MONTHS.keys(), ...WEEKDAYS.keys(), ...NUMBER_WORDS.keys(), ...SEASONS, 'last', 'this', 'past', 'next', 'following', 'that', 'same']);
const DAY = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const YEAR = /^(19|20)\d\d$/;

interface Hit { first: number; last: number; date: EventDate; anchorable?: boolean }
interface Context {
  t: Tokens;
  ref: Ymd | null;
  /** the first and the latest event date of day precision: "N days after the escape" counts from the first */
  firstDay: Ymd | null;
  lastDay: Ymd | null;
  /** the latest event date of any precision: "that autumn", "the following year" count from it */
  lastDate: EventDate | null;
}

const day = (t: Tokens, i: number): number | null => {
  const spelt = i < t.length ? ORDINAL_WORDS.get(t.lower[i]) : undefined;
  if (spelt !== undefined) return spelt;
  const m = i < t.length ? DAY.exec(t.lower[i]) : null;
  const n = m ? Number(m[1]) : 0;
  return n >= 1 && n <= 31 ? n : null;
};
const year = (t: Tokens, i: number): number | null => (i < t.length && YEAR.test(t.lower[i]) ? Number(t.lower[i]) : null);

/** "March 27", "Nov. 19, 2019", "March 2019", "in May", "mid-May" */
function monthExpr(c: Context, i: number, month: number): Hit | null {
  const { t } = c;
  let k = i + 1;
  if (lowerAt(t, k) === '.') k++;
  const d = day(t, k);
  if (d !== null) {
    const withComma = lowerAt(t, k + 1) === ',' && year(t, k + 2) !== null;
    const ofYear = ofRelativeYear(c, k + 1);
    const explicit = withComma ? year(t, k + 2) : year(t, k + 1) ?? ofYear;
    const y = explicit ?? (c.ref ? yearOf(c.ref, month, d) : null);
    if (y === null || d > daysInMonth(y, month)) return null;
    const last = explicit === null ? k : withComma ? k + 2 : ofYear !== null ? k + 3 : k + 1;
    return { first: i, last, date: dayDate(y, month, d), anchorable: true };
  }
  const y = year(t, k);
  if (y !== null) return { first: i, last: k, date: monthDate(y, month) };
  // a bare month name needs a date-like word before it ("in May", "early May", "since March")
  if (!BARE_MONTH_CUES.has(lowerAt(t, i - 1)) && !lowerAt(t, i).startsWith('mid-')) return null;
  if (!c.ref) return null;
  return { first: i, last: i, date: monthDate(yearOf(c.ref, month), month) };
}
/** "November 24 of this year", "March 3 of last year": the year named by "of this|last year" at token i. */
function ofRelativeYear(c: Context, i: number): number | null {
  const { t, ref } = c;
  if (!ref || lowerAt(t, i) !== 'of' || lowerAt(t, i + 2) !== 'year') return null;
  const w = lowerAt(t, i + 1);
  return w === 'this' ? ref.y : w === 'last' ? ref.y - 1 : null;
}
/** "in the spring", "since the summer", "during the winter": a season of the publication year */
const SEASON_CUES = new Set(['in', 'since', 'during']);
const BARE_MONTH_CUES = new Set(['in', 'early', 'late', 'mid', 'since', 'until', 'till', 'by', 'of', 'during', 'from', 'before', 'after', 'around', 'between', 'and', 'to', 'through', 'past', 'last', 'this']);

/** "27 March 2019" */
function dayFirstExpr(c: Context, i: number, d: number): Hit | null {
  const { t } = c;
  const month = MONTHS.get(lowerAt(t, i + 1));
  if (!month || !t.upper[i + 1] || lowerAt(t, i + 1).length < 3) return null;
  const y = year(t, i + 2) ?? (c.ref ? yearOf(c.ref, month, d) : null);
  if (y === null || d > daysInMonth(y, month)) return null;
  return { first: i, last: year(t, i + 2) !== null ? i + 2 : i + 1, date: dayDate(y, month, d), anchorable: true };
}

/** "last month", "early this month", "late last year", "last week", "this spring", "last Tuesday" */
function relativeExpr(c: Context, i: number): Hit | null {
  const { t, ref } = c;
  if (!ref) return null;
  const w = lowerAt(t, i);
  const unit = lowerAt(t, i + 1);
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
  const w = lowerAt(t, i);
  if ((w === 'next' || w === 'following') && lowerAt(t, i - 1) === 'the' && /^(?:day|morning|night|evening)$/.test(lowerAt(t, i + 1))) {
    if (!c.lastDay) return null;
    const d = addDays(c.lastDay, 1);
    return { first: i - 1, last: i + 1, date: dayDate(d.y, d.m, d.d), anchorable: true };
  }
  const n = countAt(t, i);
  const unit = lowerAt(t, i + 1);
  if (n === undefined || !/^(?:days?|weeks?)$/.test(unit)) return null;
  const rel = lowerAt(t, i + 2);
  if (rel !== 'later' && rel !== 'after') return null;
  const anchor = rel === 'after' ? c.firstDay : c.lastDay;
  if (!anchor) return null;
  const d = addDays(anchor, unit.startsWith('week') ? 7 * n : n);
  return { first: i, last: i + 2, date: dayDate(d.y, d.m, d.d), anchorable: false };
}

/** "on the 15th", "on the 3rd of this month", "on the 9th of last month", "on the 2nd of March" */
function ordinalDayExpr(c: Context, i: number): Hit | null {
  const { t } = c;
  const d = day(t, i);
  if (d === null || !/(st|nd|rd|th)$/.test(lowerAt(t, i)) || lowerAt(t, i - 1) !== 'the') return null;
  if (!c.ref) return null;
  const of = lowerAt(t, i + 1) === 'of' ? monthOf(c, i + 2, d) : null;
  // without "on", and for a spelt ordinal, only "the Nth of <month>" is a date ("the fourth of last month"),
  // not "the third of the suspects" or "on the tenth day"
  if ((lowerAt(t, i - 2) !== 'on' || ORDINAL_WORDS.has(lowerAt(t, i))) && !of) return null;
  // reporters use a bare ordinal for the current month, or the last one when the day is still to come
  const m = of ?? (d <= c.ref.d ? { y: c.ref.y, m: c.ref.m, last: i } : { ...addMonths(c.ref.y, c.ref.m, -1), last: i });
  if (d > daysInMonth(m.y, m.m)) return null;
  return { first: lowerAt(t, i - 2) === 'on' ? i - 2 : i - 1, last: m.last, date: dayDate(m.y, m.m, d), anchorable: true };
}

/** The month named at token i after "the Nth of": "this month", "last month" or a month name. */
function monthOf(c: Context, i: number, d: number): { y: number; m: number; last: number } | null {
  const { t, ref } = c;
  if (!ref) return null;
  const w = lowerAt(t, i);
  if ((w === 'this' || w === 'last') && lowerAt(t, i + 1) === 'month') return { ...addMonths(ref.y, ref.m, w === 'last' ? -1 : 0), last: i + 1 };
  const month = MONTHS.get(w);
  if (!month || !t.upper[i]) return null;
  const y = year(t, i + 1);
  return y !== null ? { y, m: month, last: i + 1 } : { y: yearOf(ref, month, d), m: month, last: i };
}

/** A count word or number at token i ("a", "two", "3"). */
const countAt = (t: Tokens, i: number): number | undefined => NUMBER_WORDS.get(lowerAt(t, i)) ?? (/^\d{1,2}$/.test(lowerAt(t, i)) ? Number(lowerAt(t, i)) : undefined);

/** "two years ago", "three months ago", "a week ago", "five days ago": counted back from publication */
function agoExpr(c: Context, i: number): Hit | null {
  const { t, ref } = c;
  const n = countAt(t, i);
  const unit = lowerAt(t, i + 1).replace(/s$/, '');
  if (!ref || n === undefined || lowerAt(t, i + 2) !== 'ago') return null;
  const at = { first: i, last: i + 2 };
  if (unit === 'year') return { ...at, date: yearDate(ref.y - n) };
  if (unit === 'month') {
    const m = addMonths(ref.y, ref.m, -n);
    return { ...at, date: monthDate(m.y, m.m) };
  }
  // weeks keep only the month, as "last week" does
  if (unit === 'week') {
    const d = addDays(ref, -7 * n);
    return { ...at, date: monthDate(d.y, d.m) };
  }
  if (unit !== 'day') return null;
  const d = addDays(ref, -n);
  return { ...at, date: dayDate(d.y, d.m, d.d), anchorable: false };
}

/** The narrative's last date moved on by some months, at the precision of the unit ("year" or "month"). */
function shiftLast(last: EventDate, unit: string, months: number): EventDate | null {
  const y = Number(last.value!.slice(0, 4));
  if (unit === 'year') return yearDate(y + Math.trunc(months / 12));
  if (unit !== 'month' || last.precision === 'year') return null;
  const m = addMonths(y, Number(last.value!.slice(5, 7)), months);
  return monthDate(m.y, m.m);
}

/** "that autumn", "that year", "the same month", "the following year", "a year later": told against the last date the narrative gave */
function anaphoricExpr(c: Context, i: number): Hit | null {
  const { t, lastDate } = c;
  if (!lastDate?.value) return null;
  const w = lowerAt(t, i);
  const unit = lowerAt(t, i + 1).replace(/s$/, '');
  if (w === 'that' || (w === 'same' && lowerAt(t, i - 1) === 'the')) {
    const date = SEASONS.has(unit) ? shiftLast(lastDate, 'year', 0) : shiftLast(lastDate, unit, 0);
    return date && { first: w === 'same' ? i - 1 : i, last: i + 1, date };
  }
  if ((w === 'following' || w === 'next') && lowerAt(t, i - 1) === 'the') {
    const date = shiftLast(lastDate, unit, unit === 'year' ? 12 : 1);
    return date && { first: i - 1, last: i + 1, date };
  }
  const n = countAt(t, i);
  if (n === undefined || lowerAt(t, i + 2) !== 'later') return null;
  const date = shiftLast(lastDate, unit, unit === 'year' ? 12 * n : n);
  return date && { first: i, last: i + 2, date };
}

function scanAt(c: Context, i: number): Hit | null {
  const { t } = c;
  const w = t.lower[i];
  const mid = w.startsWith('mid-');
  const month = MONTHS.get(mid ? w.slice(4) : w);
  // "mid-October": the token starts with the lower-case prefix, so its capital is not checked
  if (month && (t.upper[i] || mid) && (w !== 'may' || day(t, i + 1) !== null || year(t, i + 1) !== null || /^(?:in|early|late|since|of|until|by|mid)$/.test(lowerAt(t, i - 1)))) {
    return monthExpr(c, i, month);
  }
  const wd = WEEKDAYS.get(w);
  // "Wednesday, June 16, 2021": the weekday only names the day the date after it gives
  if (wd !== undefined && lowerAt(t, i - 1) !== 'last' && !(lowerAt(t, i + 1) === ',' && MONTHS.has(lowerAt(t, i + 2)))) return weekdayExpr(c, i, wd);
  if (w === 'last' || w === 'this' || w === 'past') return relativeExpr(c, i);
  if (w === 'next' || w === 'following' || NUMBER_WORDS.has(w) || /^\d{1,2}$/.test(w)) {
    const f = followingExpr(c, i) ?? agoExpr(c, i) ?? anaphoricExpr(c, i);
    if (f || w === 'next' || w === 'following') return f;
  }
  if (w === 'that' || w === 'same') return anaphoricExpr(c, i);
  const d = day(t, i);
  if (d !== null) return dayFirstExpr(c, i, d) ?? ordinalDayExpr(c, i);
  if (YEAR.test(w) && YEAR_PREPOSITIONS.has(lowerAt(t, i - 1))) return { first: i, last: i, date: yearDate(Number(w)) };
  if (SEASONS.has(w) && lowerAt(t, i - 1) === 'the' && SEASON_CUES.has(lowerAt(t, i - 2))) {
    // "in the winter of 2020"
    const y = lowerAt(t, i + 1) === 'of' ? year(t, i + 2) : null;
    if (y !== null) return { first: i - 1, last: i + 2, date: yearDate(y) };
    return c.ref ? { first: i - 1, last: i, date: yearDate(c.ref.y) } : null;
  }
  return null;
}

/** Verbs that release a document: they mark a speech date only when a document is what was released. */
const RELEASE_VERBS = new Set(['released', 'published']);
const DOCUMENTS = new Set(['report', 'reports', 'statement', 'study', 'survey', 'document', 'documents', 'findings', 'paper', 'data', 'video', 'book', 'transcript', 'footage', 'testimony', 'account']);
/** Auxiliaries open a clause of its own: "said residents had been ordered on the 15th" dates the order. */
const AUXILIARIES = new Set(['had', 'has', 'have', 'been', 'was', 'were', 'is', 'are']);

const releasesDocument = (t: Tokens, k: number): boolean => {
  for (let j = Math.max(0, k - 3); j <= k + 3; j++) if (DOCUMENTS.has(lowerAt(t, j))) return true;
  return false;
};

/** How far before a date a verb of speaking ("told Daily NK on Thursday") and "according to" ("according to sources in the North on the 13th") may stand. */
const SPEECH_REACH = 6;
const ACCORDING_REACH = 8;

/**
 * The day a source told the outlet: a date right after a verb of speaking ("told Daily NK on Thursday")
 * or closing an "according to" phrase with no comma between, or a dateline.
 */
function isSpeechDate(t: Tokens, first: number, last: number): boolean {
  let comma = false;
  for (let k = first - 1; k >= Math.max(0, first - ACCORDING_REACH); k--) {
    const w = t.lower[k];
    if (w === 'according' && t.lower[k + 1] === 'to') {
      if (!comma) return true;
      break;
    }
    if (SPEECH_VERBS.has(w) && first - k <= SPEECH_REACH) return !RELEASE_VERBS.has(w) || releasesDocument(t, k);
    if (w === 'that' || w === '.' || w === '"' || w === ';' || AUXILIARIES.has(w)) break;
    if (w === ',') comma = true;
  }
  // "SEOUL, Dec. 10 (Yonhap) --"
  return lowerAt(t, last + 1) === '(' && t.upper[last + 2] === 1 && lowerAt(t, last + 3) === ')';
}

/** "between November and December last year": a range is dated at what its ends share (the year), or not at all. */
function rangeOf(c: Context, hit: Hit | null): Hit | null {
  if (!hit?.date.value || lowerAt(c.t, hit.first - 1) !== 'between' || lowerAt(c.t, hit.last + 1) !== 'and') return hit;
  const end = scanAt(c, hit.last + 2);
  if (!end?.date.value) return hit;
  const a = hit.date.value;
  const b = end.date.value;
  const date = a === b ? hit.date : a.slice(0, 7) === b.slice(0, 7) ? monthDate(Number(a.slice(0, 4)), Number(a.slice(5, 7))) : a.slice(0, 4) === b.slice(0, 4) ? yearDate(Number(a.slice(0, 4))) : null;
  return date && { first: hit.first - 1, last: end.last, date };
}

/** Words a page's date stamp carries besides the date ("Date : October 30, 2018", "21:00 JST, February 17, 2024", "Updated Monday May 27, 2019"). */
const STAMP_WORDS = new Set([
  'date', 'published', 'posted', 'updated', 'last', 'modified', 'on', 'at', 'am', 'pm', 'a.m', 'p.m', 'jst', 'kst', 'utc', 'gmt', 'est', 'edt', 'pst', 'pdt', 'cst',
  ':', '|', ',', '.', '-', '/', '(', ')', ...WEEKDAYS.keys(),
]);
const STAMP_LABELS = new Set(['date', 'published', 'posted', 'updated', 'modified']);
const CLOCK = /^\d{1,2}:\d\d$/;
const isStampWord = (w: string) => STAMP_WORDS.has(w) || /^\d+$/.test(w) || CLOCK.test(w);
/** Whether a line break stands between tokens k and k + 1. */
const breakAfter = (t: Tokens, text: string, k: number) => text.slice(t.end[k], t.start[k + 1]).includes('\n');

/** "Posted by Sophie-Ha Wednesday, June 16, 2021": a name after a posting label, ending at token k. */
function bylineBefore(t: Tokens, k: number): boolean {
  for (let j = k; j >= 0 && k - j <= 4; j--) {
    if (t.lower[j] === 'by') return STAMP_LABELS.has(lowerAt(t, j - 1));
    if (!t.upper[j]) return false;
  }
  return false;
}

/**
 * A date alone on its line, with at most a label, weekday or time: the page's stamp, not the report's words.
 * Line repair may have joined the stamp to the title after it ("Date : October 30, 2018 Broker arrested"):
 * a full date opening its paragraph and run on without a comma is a stamp too ("On October 30, 2018, police ..." is not).
 */
function isPageStamp(t: Tokens, text: string, first: number, last: number): boolean {
  let k = first - 1;
  // a clock time or a label before the date marks a stamp wherever line repair left it ("... Manager 21:00 JST, February 17, 2024")
  let marked = false;
  for (; k >= 0 && !breakAfter(t, text, k); k--) {
    if (!isStampWord(t.lower[k])) {
      if (!marked && !bylineBefore(t, k)) return false;
      break;
    }
    if (STAMP_LABELS.has(t.lower[k]) || CLOCK.test(t.lower[k])) marked = true;
  }
  let alone = true;
  for (let j = last + 1; j < t.length && !breakAfter(t, text, j - 1); j++) if (!isStampWord(t.lower[j])) { alone = false; break; }
  if (alone) return true;
  const opens = (first - 1 < 0 || breakAfter(t, text, first - 1) || t.lower[first - 1] !== 'on') && !(first - 1 > k && t.lower[first - 1] === 'at');
  return opens && YEAR.test(t.lower[last]) && lowerAt(t, last + 1) !== ',';
}

/** The report's dates; with the text, a date standing alone on a line is the page's stamp ('page'). */
export function scanDates(t: Tokens, published: string | null, text?: string): DateMention[] {
  const c: Context = { t, ref: published ? parseYmd(published) : null, firstDay: null, lastDay: null, lastDate: null };
  const out: DateMention[] = [];
  for (let i = 0; i < t.length; i++) {
    const w = t.lower[i];
    const c0 = w.charCodeAt(0);
    // cheap pre-filter: a date starts with a digit or one of a few words
    if (!(c0 >= 48 && c0 <= 57) && !STARTERS.has(w) && !w.startsWith('mid-')) continue;
    const hit = rangeOf(c, scanAt(c, i));
    if (!hit || !hit.date.value) continue;
    const use = text !== undefined && isPageStamp(t, text, hit.first, hit.last) ? 'page' : isSpeechDate(t, hit.first, hit.last) ? 'speech' : 'event';
    out.push({ span: { start: t.start[hit.first], end: t.end[hit.last] }, date: hit.date, use });
    if (use === 'event') c.lastDate = hit.date;
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
