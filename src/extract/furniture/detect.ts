// Page furniture: the parts of a stored web page that are not the report's words.
// Bylines, datelines and timestamps, photo captions and credits, navigation and
// breadcrumbs, "Read more" and related-article lists, share and follow prompts,
// comment sections, and the site name glued to a title ("... – Mothership.SG").
// Detected on the repaired text, whose paragraphs are separated by "\n\n": most
// furniture is a whole paragraph; bylines, credits and site names can share a
// paragraph with report text and are cut to their own words.
import type { Span } from '../../core/model.js';
import { hasHangul, koreanFurnitureLines } from './korean.js';
import { MONTH_NUMBERS, WEEKDAY_NUMBERS } from '../calendar-words.js';

export type FurnitureKind = 'byline' | 'dateline' | 'caption' | 'credit' | 'navigation' | 'related' | 'prompt' | 'comments' | 'site-name';

export interface Furniture {
  span: Span;
  kind: FurnitureKind;
}

interface Paragraph {
  start: number;
  end: number;
  text: string;
}

function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n\n', start);
    if (end < 0) end = text.length;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
    start = end + 2;
  }
  return out;
}

/** Words in s, counted up to `limit` + 1 (furniture is short: a long paragraph is counted no further). */
function wordCount(s: string, limit: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n <= limit; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

// A capitalised name word: "Kim", "Chae-hwan", "O'Brien", "KANG".
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*`;
const NAMES = String.raw`${NAME}(?:\s+${NAME}){1,2}`;

/** "By Kim Chae Hwan", "Posted by Editor", "Written by ... and ...": a byline opening a paragraph. */
const BYLINE_LEAD = new RegExp(String.raw`^(?:By|BY|Posted by|Written by|Reported by|Reporter|Translated by|\*Translated by|Edited by)\s*:?\s+(?:${NAMES}|\p{Lu}\p{L}+)(?:\s*(?:,|and|&)\s*${NAMES})*`, 'u');
/** "Belmont Lay | November 26, 2021": an author's name before a bar. */
/** A cheap first test for BYLINE_LEAD, whose Unicode classes are slow to try on every paragraph. */
const BYLINE_WORD = /^(?:By|BY|Posted|Written|Reported|Reporter|Translated|\*Translated|Edited)\b/;
const NAME_BAR = new RegExp(String.raw`^${NAMES}(?:\s*[;,&]\s*${NAMES})*\s*\|`, 'u');
/** "Jane Roe; John Doe | 2017-01-12 16:26" opening a paragraph that runs on into the report. */
const NAMES_BAR_DATE = new RegExp(String.raw`^${NAMES}(?:\s*[;,&]\s*${NAMES})*\s*\|\s*\d{4}[-./]\d{1,2}[-./]\d{1,2}(?:\s+\d{1,2}:\d{2})?`, 'u');
/** A paragraph that is only names and an e-mail address, or only names joined by "and". */
const NAMES_ONLY = new RegExp(String.raw`^${NAMES}(?:\s*,?\s*(?:and|&)?\s*${NAMES})*(?:\s+\S+@\S+)?$`, 'u');
const EMAIL = /\S+@\S+\.\w+/;
/** "Jane Roe (jroe@example.com)", "BY JANE ROE [jroe@example.com]": a writer's contact line inside a paragraph. */
const CONTACT_LINE = /^[^\n@]{0,60}[([<]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*(?:[)\]>]\s*)?$/u;
/** How many words a contact line may have besides its address. */
const CONTACT_WORDS = 6;
/** "[Example Biz= Jane Roe]": an outlet and its reporter in brackets opening a line. */
const OUTLET_REPORTER = new RegExp(String.raw`^\[[^\]=\n]{1,40}=\s*${NAMES}\s*\]`, 'u');
const STAFF = 'reporter|journalist|correspondent|writer|contributor|editor|columnist';
/** "Reported by ... for ... Service. Translated by ... Written in English by ...": the credits closing a report. */
const CREDITS = /^(?:(?:Reported|Translated|Written|Edited|Produced|Compiled)\b[^.]{0,60}?\bby\s+[^.]{2,80}\.?\s*)+$/;
/**
 * "Jane Roe is a reporter for ...", "Jane Roe is one of the Daily Post's staff writers": the writer's
 * note closing a report (the report's own people are no staff of the outlet).
 */
const AUTHOR_NOTE = new RegExp(String.raw`^${NAMES}\s+is\s+(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:${STAFF})s?\s+(?:for|at|with)\b|one\s+of\s+(?:[\p{L}'’-]+\s+){1,5}(?:${STAFF})s\b)`, 'u');
/** How many paragraphs at a report's end may hold its credits and writer's note. */
const CLOSING_PARAGRAPHS = 3;
const MAX_CLOSING_WORDS = 40;

const MAX_TIMESTAMP = 120;
// a stamp abbreviates freely, "Mar" and "Tue" too
const MONTHS = [...MONTH_NUMBERS.keys(), 'mar'].join('|');
const WEEKDAYS = [...WEEKDAY_NUMBERS.keys(), 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].join('|');
const TIME_WORDS = new Set(['am', 'pm', 'a.m', 'p.m', 'at', 'on', 'date', 'posted', 'updated', 'published', 'last', 'modified', 'kst', 'jst', 'ist', 'gmt', 'utc', 'et', 'edt', 'est', 'hrs', 'by', 'editor', 'admin', 'staff']);
const MONTH_OR_DAY = new RegExp(`^(?:${MONTHS}|${WEEKDAYS})$`);

/** "November 26, 2021, 04:14 AM", "Posted March. 03, 2017 07:09", "2016/07/29 12:06". */
function isTimestamp(s: string): boolean {
  if (s.length > MAX_TIMESTAMP) return false;
  const words = s.toLowerCase().split(/[\s,:|/.()-]+/u).filter(Boolean);
  if (words.length === 0 || words.length > 16) return false;
  let dated = false;
  for (const w of words) {
    if (/^\d+(?:st|nd|rd|th|am|pm|h)?$/u.test(w)) dated ||= w.length === 4 || words.length > 2;
    else if (MONTH_OR_DAY.test(w)) dated = true;
    else if (!TIME_WORDS.has(w)) return false;
  }
  return dated;
}

// Credits and captions: the picture's source named after a marker. The ASCII patterns
// here carry no `u` flag: with it, V8 runs a case-blind \b about fifty times slower.
const CAPTION_MARK = /(?:\bphoto(?:graph)?s?\s*:|\bimage\s*:|\/\s*image\b|\bfile photo\b|\(file photo\)|\bphotographed (?:in|by)\b|\bgetty images\b|\bphoto courtesy\b|\bphoto by\b|\(photo\b|\/released\)|\bwikimedia commons\b|\bcredit\s*:|\(yonhap\)\s*$|\bafp\/|\/afp\b|\breuters\/|\/reuters\b)/i;
/** "(Photo : Han Myung-Gu/Getty Images)", "[KANG DONG-WAN]", "PHOTO: AFP": a credit inside a paragraph. */
const INLINE_CREDIT = /\(\s*(?:photo|image|file photo|credit)\s*:[^)]{0,80}\)|\[[\p{Lu}\s-]{4,40}\]\s*$|\bPHOTO\s*:\s*[\p{Lu}\p{L} .-]{2,30}$/gu;
const MAX_CAPTION_WORDS = 70;
const CREDIT_HINT = /\((?:\s*)(?:photo|image|file|credit)|PHOTO/i;
/** "(KANG Ji-won / ISHIMARU Jiro)": reporters named in brackets closing a paragraph. */
const REPORTER = String.raw`(?:\p{Lu}{2,}\s+\p{Lu}\p{Ll}+(?:-\p{Ll}+)?|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+-\p{Ll}+)`;
const BRACKETED_BYLINE = new RegExp(String.raw`\(\s*${REPORTER}(?:\s*[/,&]\s*${REPORTER})*\s*\)\s*$`, 'u');

// Navigation, prompts and lists that belong to the site, not to the report.
const NAVIGATION = /^(?:home\s*(?:>|›|\||\/)|go to (?:contents|bottom)|go search|skip to|menu\b|search\b|hi, what are you looking for|prev(?:ious)?\s+next\b|print dictionary print|connect with us|subscribe\b|sign (?:in|up)\b|log ?in\b|deals to your inbox|home[A-Z][a-z]+$|contact us$|advertisement$)/i;
const PROMPT = /^(?:[|@]\s*@?\w+\s*\||follow us\b|join (?:our|us|st's|the)\b.*\b(?:channel|newsletter|telegram|whatsapp)|share (?:this|on)\b|click (?:here|to)\b|read (?:the full story|more|the original)\b|this (?:article|story) (?:was )?(?:originally )?(?:published|appeared|first appeared)\b|please direct any comments\b|copyright\b|©|all rights reserved|originally published\b|\*?translated by\b)/i;
/** Markers after which the rest of the page is comments or other articles. */
const TAIL = /^(?:leave a (?:reply|comment)|please enter your comment|\d+\s+comments?\b|comments?\s*(?:\(\d+\))?$|click to comment|you (?:may|might) also like|related (?:articles|stories|posts|news|content)|more (?:from|stories|news)\b|recommended\b|previous article|next article|popular (?:posts|stories)|trending\b|most read\b|latest (?:news|stories)$)/i;
const RELATED = /^(?:related\s*:?|read more\s*:|see also\s*:|also read\s*:?)\s/i;

/** The site's name glued to a title line: "Headline – Mothership.SG", "Headline | NK News". */
const SITE_SUFFIX = /\s+[-–—|:]\s+([\p{L}\d.' ]{2,40})$/u;
const DOMAIN_LIKE = /\.(?:com|org|net|sg|kr|co|uk|jp|in|news|info)\b/i;

function siteName(p: Paragraph, outlet: string | null): Furniture | null {
  const m = SITE_SUFFIX.exec(p.text);
  if (!m) return null;
  const name = m[1].trim();
  const known = outlet && name.toLowerCase().replace(/[^\p{L}\d]/gu, '').startsWith(outlet.toLowerCase().replace(/[^\p{L}\d]/gu, '').slice(0, 6));
  if (!known && !DOMAIN_LIKE.test(name)) return null;
  return { span: { start: p.start + m.index, end: p.end }, kind: 'site-name' };
}

/**
 * Headlines of other articles run together with bars: "Storm hits coast | Minister resigns
 * over ... | ...". Most items must read as headlines: short, opening with a capital, with
 * no sentence break inside (a page's header may share the first one).
 */
const TICKER_SEPARATOR = ' | ';
const TICKER_MIN_ITEMS = 3;
const TICKER_HEADLINE_SHARE = 0.75;
const TICKER_ITEM_WORDS = [3, 30] as const;
const HEADLINE_OPENING = /^["'‘“(]?[\p{Lu}\p{Lo}\p{N}]/u;
const SENTENCE_BREAK = /[.!?。]["'”’]?\s*[\p{L}![(]/u;

function isHeadline(item: string): boolean {
  const n = wordCount(item, TICKER_ITEM_WORDS[1]);
  return n >= TICKER_ITEM_WORDS[0] && n <= TICKER_ITEM_WORDS[1] && !item.includes('|') && HEADLINE_OPENING.test(item) && !SENTENCE_BREAK.test(item);
}

function isTicker(s: string): boolean {
  if (!s.includes(TICKER_SEPARATOR)) return false;
  const items = s.split(TICKER_SEPARATOR);
  if (items.length < TICKER_MIN_ITEMS) return false;
  let headlines = 0;
  for (const item of items) if (isHeadline(item.trim())) headlines++;
  return headlines >= TICKER_MIN_ITEMS && headlines >= items.length * TICKER_HEADLINE_SHARE;
}

function wholeParagraph(p: Paragraph, first: boolean, closing: boolean): FurnitureKind | null {
  const s = p.text;
  // a ticker runs long: it is told by its items, not its length
  if (isTicker(s)) return 'related';
  const words = wordCount(s, MAX_CAPTION_WORDS);
  if (words > MAX_CAPTION_WORDS) return null;
  if (NAVIGATION.test(s) && words <= 25) return 'navigation';
  if ((PROMPT.test(s) || s.includes('sharing button')) && words <= 30) return 'prompt';
  if (RELATED.test(s) && words <= 30) return 'related';
  if (isTimestamp(s)) return 'dateline';
  if (words <= 12 && ((s.includes('|') && NAME_BAR.test(s)) || (EMAIL.test(s) && NAMES_ONLY.test(s)) || (!first && NAMES_ONLY.test(s) && /\band\b|,/u.test(s)))) return 'byline';
  const byline = BYLINE_WORD.test(s) ? BYLINE_LEAD.exec(s) : null;
  if (byline && (byline[0].length === s.length || isTimestamp(s.slice(byline[0].length)))) return 'byline';
  if (closing && words <= MAX_CLOSING_WORDS && ((BYLINE_WORD.test(s) && CREDITS.test(s)) || AUTHOR_NOTE.test(s))) return 'byline';
  if (CAPTION_MARK.test(s)) return 'caption';
  return null;
}

/**
 * Where a byline that runs on into the report ends: in "By Jane Doe North Korea said"
 * a name's third word cannot be told from the next sentence's first, so two are read.
 */
function bylineEnd(text: string, byline: string): number {
  if (!/^\s+\S/u.test(text.slice(byline.length))) return byline.length;
  const words = byline.split(' ');
  return words.length > 3 ? byline.length - words[words.length - 1].length - 1 : byline.length;
}

/** Furniture inside a paragraph of report text: a leading byline, credits in brackets. */
function inside(p: Paragraph, out: Furniture[]): void {
  const byline = BYLINE_WORD.test(p.text) ? BYLINE_LEAD.exec(p.text) : null;
  if (byline && /^(?:By|BY)\s/u.test(byline[0])) out.push({ span: { start: p.start, end: p.start + bylineEnd(p.text, byline[0]) }, kind: 'byline' });
  const dated = p.text.includes('|') ? NAMES_BAR_DATE.exec(p.text) : null;
  if (dated) out.push({ span: { start: p.start, end: p.start + dated[0].length }, kind: 'byline' });
  if (p.text.includes('@') || p.text.includes('=')) lines(p, out);
  // cheap tests first: most paragraphs end in a full stop and hold no credit
  const last = p.text.charCodeAt(p.text.length - 1);
  const reporters = last === 41 ? BRACKETED_BYLINE.exec(p.text) : null;
  if (reporters) out.push({ span: { start: p.start + reporters.index, end: p.end }, kind: 'byline' });
  if (last !== 93 && !CREDIT_HINT.test(p.text)) return;
  for (const m of p.text.matchAll(INLINE_CREDIT)) out.push({ span: { start: p.start + m.index, end: p.start + m.index + m[0].length }, kind: 'credit' });
}

/** A paragraph's lines that credit its writer: a contact line with an e-mail address, "[Outlet= Name]" opening a line. */
function lines(p: Paragraph, out: Furniture[]): void {
  for (let start = 0; start < p.text.length; ) {
    let end = p.text.indexOf('\n', start);
    if (end < 0) end = p.text.length;
    const line = p.text.slice(start, end);
    if (line.includes('@') && CONTACT_LINE.test(line) && wordCount(line, CONTACT_WORDS + 1) <= CONTACT_WORDS + 1) {
      // a Korean page's own reading of its lines may have found it already
      if (!out.some((f) => f.span.start === p.start + start && f.span.end === p.start + end)) out.push({ span: { start: p.start + start, end: p.start + end }, kind: 'byline' });
    } else {
      const m = line.startsWith('[') ? OUTLET_REPORTER.exec(line) : null;
      if (m) out.push({ span: { start: p.start + start, end: p.start + start + m[0].length }, kind: 'byline' });
    }
    start = end + 1;
  }
}

/** The page furniture of a repaired report text, in text order. */
export function findFurniture(text: string, outlet: string | null): Furniture[] {
  const out: Furniture[] = [];
  const paragraphs = paragraphsOf(text);
  const korean = hasHangul(text);
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (korean) out.push(...koreanFurnitureLines(text, p.start, p.end));
    if (i > 0 && TAIL.test(p.text) && wordCount(p.text, 12) <= 12) {
      out.push({ span: { start: p.start, end: text.length }, kind: 'comments' });
      break;
    }
    const kind = wholeParagraph(p, i === 0, i > 0 && i >= paragraphs.length - CLOSING_PARAGRAPHS);
    if (kind) {
      out.push({ span: { start: p.start, end: p.end }, kind });
      continue;
    }
    if (i <= 2) {
      const site = siteName(p, outlet);
      if (site) out.push(site);
    }
    inside(p, out);
  }
  return korean ? out.sort((a, b) => a.span.start - b.span.start) : out;
}

/** The text with every furniture character but line breaks turned to a space: offsets hold. */
export function blankFurniture(text: string, furniture: readonly Furniture[]): string {
  if (furniture.length === 0) return text;
  let out = '';
  let at = 0;
  for (const f of [...furniture].sort((a, b) => a.span.start - b.span.start)) {
    if (f.span.start < at) continue;
    out += text.slice(at, f.span.start) + text.slice(f.span.start, f.span.end).replace(/[^\n]/g, ' ');
    at = f.span.end;
  }
  return out + text.slice(at);
}
