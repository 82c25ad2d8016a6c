// Maps text a language model quotes back to offsets in the report. A model quotes
// loosely (curly quotes straightened, line breaks collapsed, a capital lowered), so
// an exact search comes first and a folded one second; a quote found by neither is
// not in the report and gets no span. No fuzzy-matching library fits: they return
// similar strings, not offsets into a text under a fold that keeps the mapping.
import type { Span } from '../../core/model.js';

const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/;
const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/;
const SPACE = /\s/;
const ELLIPSIS = /\s*(?:\.\.\.|\u2026)\s*/;
// Letters of scripts written without spaces between a word and its particles
// (보위부가): a match may end inside such a run.
const UNSPACED = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORDLIKE = /[\p{L}\p{N}\p{M}]/u;

function foldChar(ch: string): string {
  if (SINGLE_QUOTES.test(ch)) return "'";
  if (DOUBLE_QUOTES.test(ch)) return '"';
  if (DASHES.test(ch)) return '-';
  const lower = ch.toLowerCase();
  // a lowercase form of another length ("İ") would break the offset map
  return lower.length === ch.length ? lower : ch;
}

interface Folded {
  text: string;
  /** for each folded code unit, the original offset where it starts */
  starts: number[];
  /** for each folded code unit, the original offset where it ends */
  ends: number[];
}

function fold(text: string): Folded {
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (INVISIBLE.test(ch)) {
      i += ch.length;
      continue;
    }
    if (SPACE.test(ch)) {
      let j = i + 1;
      while (j < text.length && (SPACE.test(text[j]) || INVISIBLE.test(text[j]))) j++;
      out += ' ';
      starts.push(i);
      ends.push(j);
      i = j;
      continue;
    }
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) {
      starts.push(i + k);
      ends.push(i + k + 1);
    }
    out += f;
    i += ch.length;
  }
  return { text: out, starts, ends };
}

function foldQuote(quote: string): string {
  return fold(quote.normalize('NFC').trim()).text;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORDLIKE.test(ch) && !UNSPACED.test(ch);
}

/** Ranges to search in; both bounds optional. */
export interface Window {
  from?: number;
  to?: number;
}

/** One report's normalised text, folded once for all the quotes located in it. */
export class TextIndex {
  readonly text: string;
  #folded: Folded | null = null;

  constructor(text: string) {
    this.text = text;
  }

  get #fold(): Folded {
    this.#folded ??= fold(this.text);
    return this.#folded;
  }

  /** A span starting/ending inside a word ("arrest" in "arrested") is not a whole-word match. */
  #wholeWords(s: Span): boolean {
    const t = this.text;
    const startOk = !(isWordChar(t[s.start]) && isWordChar(t[s.start - 1]));
    const endOk = !(isWordChar(t[s.end - 1]) && isWordChar(t[s.end]));
    return startOk && endOk;
  }

  *#exact(quote: string, w: Window): Generator<Span> {
    const to = w.to ?? this.text.length;
    let at = this.text.indexOf(quote, w.from ?? 0);
    while (at >= 0 && at + quote.length <= to) {
      yield { start: at, end: at + quote.length };
      at = this.text.indexOf(quote, at + 1);
    }
  }

  *#loose(folded: string, w: Window): Generator<Span> {
    const f = this.#fold;
    const from = w.from ?? 0;
    const to = w.to ?? this.text.length;
    let at = f.text.indexOf(folded);
    while (at >= 0) {
      const span = { start: f.starts[at], end: f.ends[at + folded.length - 1] };
      if (span.start >= from && span.end <= to) yield span;
      if (span.start > to) return;
      at = f.text.indexOf(folded, at + 1);
    }
  }

  /** Every occurrence of the quote, exact matches if there are any, else folded ones. */
  #candidates(quote: string, w: Window): Span[] {
    const q = quote.normalize('NFC').trim();
    if (!q) return [];
    const exact = [...this.#exact(q, w)];
    if (exact.length > 0) return exact;
    const folded = foldQuote(q);
    return folded ? [...this.#loose(folded, w)] : [];
  }

  /** Every whole-word occurrence of a name ("MSS", "Hyesan"), for an entity's mentions. */
  locateAll(quote: string, w: Window = {}): Span[] {
    return this.#candidates(quote, w).filter((s) => this.#wholeWords(s));
  }

  /**
   * The first occurrence of a passage in the window, whole words preferred. A quote
   * shortened with an ellipsis is located piece by piece and spans first to last.
   */
  locateOne(quote: string, w: Window = {}): Span | null {
    const pieces = quote.split(ELLIPSIS).filter((p) => p.trim().length > 0);
    if (pieces.length === 0) return null;
    let start = -1;
    let end = w.from ?? 0;
    for (const piece of pieces) {
      const found = this.#candidates(piece, { from: end, to: w.to });
      const hit = found.find((s) => this.#wholeWords(s)) ?? found[0];
      if (!hit) return null;
      if (start < 0) start = hit.start;
      end = hit.end;
    }
    return { start, end };
  }
}
