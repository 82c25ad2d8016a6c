// Pass 2: line structure. Reports arrive hard-wrapped, pasted from PDFs or with
// words torn across lines. Each line break inside a paragraph is decided here:
// joined with a space, joined with nothing (a torn word, a line that starts with a
// comma), or kept as a paragraph break. Paragraphs come out separated by exactly
// "\n\n" and the text holds no other line breaks; runs of spaces collapse to one;
// share-widget lines at the end go.
import { isWidgetLine } from './boilerplate.js';
import { EditBuilder, type PassMap } from './offset-map.js';
import { vocabularyOf, type Vocabulary } from './vocabulary.js';

interface Line {
  start: number;
  end: number;
  /** a blank line separates it from the line before */
  afterBlank: boolean;
}

interface Join {
  /** characters dropped from the end of the earlier line (a hyphen) */
  cut: number;
  joiner: '' | ' ' | '\n\n';
}

export function repairLines(input: string, opts: { english: boolean }): { text: string; map: PassMap } {
  const lines = contentLines(input);
  while (lines.length > 0 && isWidgetLine(input.slice(lines[lines.length - 1].start, lines[lines.length - 1].end))) lines.pop();

  const out = new EditBuilder(input);
  const words = vocabularyOf(input);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    const join = next ? joinLines(input, line, next, opts.english, words) : { cut: 0, joiner: '' as const };
    copyCollapsingSpaces(out, input, line.start, line.end - join.cut);
    if (next) out.replace(line.end - join.cut, next.start, join.joiner);
  }
  return out.finish();
}

function contentLines(input: string): Line[] {
  const lines: Line[] = [];
  let blank = false;
  let start = 0;
  while (start <= input.length) {
    let end = input.indexOf('\n', start);
    if (end < 0) end = input.length;
    let s = start;
    let e = end;
    while (s < e && input[s] === ' ') s++;
    while (e > s && input[e - 1] === ' ') e--;
    if (s === e) blank = true;
    else {
      lines.push({ start: s, end: e, afterBlank: blank && lines.length > 0 });
      blank = false;
    }
    start = end + 1;
  }
  return lines;
}

function copyCollapsingSpaces(out: EditBuilder, input: string, start: number, end: number): void {
  let at = start;
  for (let i = start; i < end; i++) {
    if (input[i] === ' ' && input[i + 1] === ' ') {
      out.copy(at, i + 1);
      let j = i + 1;
      while (j < end && input[j] === ' ') j++;
      at = j;
      i = j - 1;
    }
  }
  out.copy(at, end);
}

const NEW_BLOCK = /^(?:[-*•]\s|\d{1,3}[.)]\s)/u;
const STARTS_WITH_TRAILING_PUNCTUATION = /^[,.;:!?)\]]/u;
const SENTENCE_END = /[.!?]["')\]]*$/u;
const SENTENCE_START = /^["'(\[]*[\p{Lu}\p{Lo}\p{N}]/u;
const LAST_TOKEN = /(?:^|\s)([\p{L}.]+)\.["')\]]*$/u;
const ABBREVIATIONS = new Set([
  'etc', 'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'vs', 'gen', 'lt', 'col', 'capt', 'sgt', 'maj', 'gov', 'rep', 'sen',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'co', 'corp', 'ltd', 'jr', 'sr', 'u.s', 'u.n', 'e.g', 'i.e', 'approx',
]);
const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;

function joinLines(text: string, a: Line, b: Line, english: boolean, words: Vocabulary): Join {
  if (b.afterBlank) return { cut: 0, joiner: '\n\n' };
  const prev = text.slice(Math.max(a.start, a.end - 60), a.end);
  const next = text.slice(b.start, Math.min(b.end, b.start + 60));
  if (NEW_BLOCK.test(next)) return { cut: 0, joiner: '\n\n' };
  // "escape plans\n, citing": the break was put before the punctuation
  if (STARTS_WITH_TRAILING_PUNCTUATION.test(next)) return { cut: 0, joiner: '' };
  // "border area locals–\nShenyang": dashes in this style carry no spaces
  if (/[–—]$/u.test(prev) || /^[–—](?!\s)/u.test(next)) return { cut: 0, joiner: '' };
  if (CJK.test(prev.slice(-1)) && CJK.test(next.slice(0, 1))) return { cut: 0, joiner: '' };
  if (english) {
    const hyphen = hyphenation(prev, next, words);
    if (hyphen) return hyphen;
    // the rules look at the last few characters only
    if (tornWord(prev.slice(-8), next)) return { cut: 0, joiner: '' };
  }
  if (SENTENCE_END.test(prev) && !endsWithAbbreviation(prev) && SENTENCE_START.test(next)) return { cut: 0, joiner: '\n\n' };
  return { cut: 0, joiner: ' ' };
}

function endsWithAbbreviation(prev: string): boolean {
  const token = LAST_TOKEN.exec(prev)?.[1];
  if (!token) return false;
  return ABBREVIATIONS.has(token.toLowerCase()) || /^\p{Lu}$/u.test(token);
}

// Words that commonly open a hyphenated compound ("well-known", "three-man",
// "anti-state"): a line-end hyphen after one of them is the compound's own.
const COMPOUND_HEADS = new Set([
  'well', 'self', 'ex', 'non', 'anti', 'pro', 'co', 'so', 'half', 'full', 'high', 'low', 'long', 'short',
  'cross', 'post', 'pre', 'mid', 'multi', 'semi', 'all', 'state', 'party', 'north', 'south', 'east', 'west',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'first',
  'second', 'third', 'foreign', 'year', 'month', 'day', 'week',
]);

/**
 * "in-\nvestigation" is one word torn by typesetting; "three-\nman" is a compound
 * that happened to break at its hyphen. Without a dictionary the text itself is the
 * best witness: the word written whole elsewhere drops the hyphen, the compound
 * written elsewhere (or opened by a usual compound head or a number) keeps it, and
 * otherwise the hyphen goes, as line-end hyphens mostly come from typesetting.
 */
function hyphenation(prev: string, next: string, words: Vocabulary): Join | null {
  if (!prev.endsWith('-') || !/^\p{Ll}/u.test(next)) return null;
  const head = /(?:^|[^\p{L}\p{N}-])([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)-$/u.exec(prev)?.[1];
  const tail = /^\p{Ll}[\p{L}]*/u.exec(next)?.[0];
  if (!head || !tail) return null;
  const lastPart = head.slice(head.lastIndexOf('-') + 1).toLowerCase();
  const whole = `${lastPart}${tail}`.toLowerCase();
  if (words.has(whole)) return { cut: 1, joiner: '' };
  const keep =
    head.includes('-') || /\p{N}/u.test(lastPart) || COMPOUND_HEADS.has(lastPart) || words.has(`${lastPart}-${tail.toLowerCase()}`);
  return keep ? { cut: 0, joiner: '' } : { cut: 1, joiner: '' };
}

/**
 * "Also, t\nhe help": a lone letter is not an English word except "a" and "I"
 * (and "i" typed lower-case), so a lone lowercase letter at a line end that runs
 * into a lowercase continuation, or a lone one starting a line after a letter
 * ("plan\ns, citing"), is part of a torn word. A capital counts only where a
 * sentence starts ("wraps. T\nhe team"); "Plan B\nwas" stays two words, and
 * so does a unit after a number ("5 m\nlong").
 */
function tornWord(prev: string, next: string): boolean {
  if (/^\p{Ll}/u.test(next)) {
    // "city's\nmarket": an apostrophe after a letter makes a possessive "s", not a torn word
    const lowerEnd = /(?:^|[\s"(\[]|(?<!\p{L})')(\p{Ll})$/u.exec(prev);
    if (lowerEnd && !'ai'.includes(lowerEnd[1]) && !/\p{N}\s+\p{Ll}$/u.test(prev)) return true;
    const capitalEnd = /(?:^|[.!?]["')\]]*\s+|^["'(\[])(\p{Lu})$/u.exec(prev);
    if (capitalEnd && !'AI'.includes(capitalEnd[1])) return true;
  }
  const loneStart = /^(\p{Ll})(?=$|[\s,;:!?"')\]]|\.(?!\p{L}))/u.exec(next);
  return loneStart !== null && !'ai'.includes(loneStart[1]) && /\p{L}$/u.test(prev);
}
