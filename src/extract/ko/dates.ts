// Korean dates, resolved against the publication date at the precision the text
// gives: 2020년 3월 5일, 3월 5일, 지난 5일 / 5일 (day), 지난달 하순, 이달 초, 올해 3월,
// 3월 초 (month), 지난해 (year). A day followed by the source or the outlet
// (1일 데일리NK 양강도 소식통에 따르면) is the day the source spoke, not the event's.
import type { EventDate, Span } from '../../core/model.js';
import type { DateMention, Stage } from '../doc.js';
import type { KoLexicon } from './lexicon.js';
import { isHangul, koreanLayerStage } from './script.js';

type Time = KoLexicon['time'];
const pad = (n: number) => String(n).padStart(2, '0');

interface Anchor { y: number; m: number; d: number }

function anchorOf(published: string | null): Anchor | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

function shiftMonth(y: number, m: number, by: number): [number, number] {
  const k = y * 12 + (m - 1) + by;
  return [Math.floor(k / 12), (k % 12) + 1];
}

const day = (y: number, m: number, d: number): EventDate => ({ value: `${y}-${pad(m)}-${pad(d)}`, precision: 'day' });
const month = (y: number, m: number): EventDate => ({ value: `${y}-${pad(m)}`, precision: 'month' });

/** The regular expression for one sentence's date phrases, built from the lexicon's words. */
function datePattern(t: Time): RegExp {
  const alt = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/\s/g, '\\s*')).join('|');
  return new RegExp(
    [
      `(?<year>\\d{4})년(?:\\s*(?<ym>\\d{1,2})월(?:\\s*(?<yd>\\d{1,2})일)?)?`,
      `(?<rely>${alt(t.yearOffsets.keys())})(?:\\s*(?<rym>\\d{1,2})월(?:\\s*(?<ryd>\\d{1,2})일)?)?`,
      `(?<relm>${alt(t.monthOffsets.keys())})(?:\\s*(?<rmd>\\d{1,2})일)?`,
      `(?<md>\\d{1,2})월(?:\\s*(?<mdd>\\d{1,2})일)?`,
      `(?:(?<last>지난)\\s*)?(?<d>\\d{1,2})일`,
      `(?<dayword>${alt(t.dayOffsets.keys())})`,
    ].map((p) => `(?:${p})`).join('|'),
    'gu',
  );
}

/** Resolves one match; null when there is no publication date to resolve it against. */
function resolve(g: Record<string, string | undefined>, a: Anchor | null, t: Time): EventDate | null {
  if (g.year) {
    const y = Number(g.year);
    if (g.yd) return day(y, Number(g.ym), Number(g.yd));
    return g.ym ? month(y, Number(g.ym)) : { value: String(y), precision: 'year' };
  }
  if (!a) return null;
  if (g.rely) {
    const y = a.y + t.yearOffsets.get(g.rely.replace(/\s/g, ''))!;
    if (g.ryd) return day(y, Number(g.rym), Number(g.ryd));
    return g.rym ? month(y, Number(g.rym)) : { value: String(y), precision: 'year' };
  }
  if (g.relm) {
    const [y, m] = shiftMonth(a.y, a.m, t.monthOffsets.get(g.relm) ?? t.monthOffsets.get(g.relm.replace(/\s/g, '')) ?? 0);
    return g.rmd ? day(y, m, Number(g.rmd)) : month(y, m);
  }
  if (g.md) {
    const m = Number(g.md);
    // a month after the publication month is last year's
    const y = m > a.m ? a.y - 1 : a.y;
    return g.mdd ? day(y, m, Number(g.mdd)) : month(y, m);
  }
  if (g.d) {
    const d = Number(g.d);
    if (d < 1 || d > 31) return null;
    // a day after the publication day is last month's
    const [y, m] = d > a.d ? shiftMonth(a.y, a.m, -1) : [a.y, a.m];
    return day(y, m, d);
  }
  if (g.dayword) {
    const dt = new Date(Date.UTC(a.y, a.m - 1, a.d + t.dayOffsets.get(g.dayword)!));
    return day(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
  }
  return null;
}

export function scanKoreanDates(text: string, sentence: Span, published: string | null, t: Time, re: RegExp): DateMention[] {
  const a = anchorOf(published);
  const out: DateMention[] = [];
  const body = text.slice(sentence.start, sentence.end);
  re.lastIndex = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const before = m.index > 0 ? body.charCodeAt(m.index - 1) : 32;
    // inside a longer number or word (9월 in 19월, 이달 in 지난이달)
    if ((before >= 48 && before <= 57) || isHangul(before)) continue;
    const date = resolve(m.groups!, a, t);
    if (!date) continue;
    let end = m.index + m[0].length;
    // 지난달 하순, 3월 초: the part of the month keeps month precision
    const part = /^\s*(\S+)/.exec(body.slice(end));
    if (part && date.precision !== 'day' && t.monthParts.some((p) => part[1].startsWith(p) && part[1].length <= p.length + 2)) end += part[0].length;
    // the words that follow within the clause: the source's or the outlet's name marks the day of speech
    const next = body.slice(end, end + 30).split(/[,.]/)[0];
    // 26일 알려졌다, 8일 보도했다: a verb of telling right after the day dates the telling
    const told = t.speechVerbs.some((v) => next.trimStart().startsWith(v));
    const use = date.precision === 'day' && (told || t.speechMarks.some((w) => next.includes(w))) ? 'speech' : 'event';
    out.push({ span: { start: sentence.start + m.index, end: sentence.start + end }, date, use });
  }
  return out;
}

export function createKoreanDatesStage(t: Time): Stage {
  const re = datePattern(t);
  return koreanLayerStage('ko-dates', 'dates', [], (doc, span) => scanKoreanDates(doc.text, span, doc.published, t, re));
}
