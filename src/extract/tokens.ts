// One tokenisation per document, shared by every stage that scans words: stages
// look tokens up in Maps instead of running their own regular expressions over
// the whole text (the pipeline's speed rests on scanning the text once). The same
// pass yields the document's Words for name matching (knowledge/words.ts): nearly
// every word is a plain ASCII token, handed over with its lower-cased string. A
// hand-written scanner over character codes, because a regular expression plus a
// lower-casing per token costs more than all the stages that read the tokens.
import type { Doc } from './doc.js';
import { WordReader, widened, type Words } from '../knowledge/words.js';
import { WordCache } from './word-cache.js';

export interface Tokens {
  /** UTF-16 offsets of each token in doc.text */
  start: Int32Array;
  end: Int32Array;
  /** lower-cased token text; curly quotes are folded to ' and ", dashes to - */
  lower: string[];
  /** first character is an upper-case letter */
  upper: Uint8Array;
  length: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/u;
const FOLD: Record<string, string> = { '“': '"', '”': '"', '„': '"', '‘': "'", '’': "'", '–': '-', '—': '-' };

// 1: letter or digit, 2: space, 0: mark. Beyond ASCII a unit's kind is read off the regular expressions the first
// time it is met and kept (a lone surrogate is neither): curly quotes and dashes fill real pages, and a test per
// character cost more than the rest of the scan.
const UNREAD = 255;
const KIND = new Uint8Array(0x10000).fill(UNREAD);
for (let c = 0; c < 128; c++) {
  KIND[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : c === 32 || c === 10 || c === 13 || c === 9 ? 2 : 0;
}

function classify(c: number): number {
  const k = KIND[c];
  if (k !== UNREAD) return k;
  const ch = String.fromCharCode(c);
  return (KIND[c] = LETTER_OR_DIGIT.test(ch) ? 1 : SPACE.test(ch) ? 2 : 0);
}

const isApostrophe = (c: number) => c === 39 || c === 0x2019;
const isJoiner = (c: number) => c === 45 || c === 46 || c === 44 || c === 58; // - . , :

const isLower = (c: number) => c >= 97 && c <= 122;
/** An ASCII letter or digit lower-cased, as toLowerCase folds it. */
const lowerAscii = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Plain words of every text this thread tokenises: see word-cache.ts. */
const wordCache = new WordCache();
const isUpper = (c: number) => c >= 65 && c <= 90;
/**
 * "on Monday.The soldiers": a full stop between a lower-case word and a capitalised one, with no space (pages
 * scraped without their paragraph breaks), ends a sentence; "a.m", "U.S" and "dailynk.com" stay one token.
 */
function sentenceGlued(text: string, dot: number): boolean {
  return text.charCodeAt(dot) === 46 && dot + 2 < text.length && isLower(text.charCodeAt(dot - 1)) && isLower(text.charCodeAt(dot - 2))
    && isUpper(text.charCodeAt(dot + 1)) && isLower(text.charCodeAt(dot + 2));
}

/** A text's tokens and its words for name matching, from one pass. */
interface Scan {
  tokens: Tokens;
  words: Words;
}

/** The tokens of a name or phrase. */
export const tokenize = (text: string): Tokens => scan(text).tokens;

function scan(text: string): Scan {
  const n = text.length;
  // lower-case once, for tokens and words; per-token slices stay aligned unless
  // lower-casing changed the length
  const folded = text.toLowerCase();
  const aligned = folded.length === n;
  const words = new WordReader(text, folded);
  // prose has a token per five or six characters: sized for one per four, the arrays
  // rarely grow (a text of single-character tokens doubles them a few times), and
  // the scan keeps its counters in registers rather than in a closure's context
  let size = (n >> 2) + 16;
  let start = new Int32Array(size);
  let end = new Int32Array(size);
  let upper = new Uint8Array(size);
  const lower: string[] = [];
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const kind = classify(c);
    if (kind === 2) { i++; continue; }
    if (count === size) {
      size *= 2;
      start = widened(start, new Int32Array(size));
      end = widened(end, new Int32Array(size));
      upper = widened(upper, new Uint8Array(size));
    }
    if (kind === 0) {
      const ch = text[i];
      start[count] = i;
      end[count] = i + 1;
      upper[count] = 0;
      // ASCII marks fold to themselves: only the rest are looked up
      lower.push(c < 128 ? ch : FOLD[ch] ?? ch);
      count++;
      i++;
      continue;
    }
    const s = i;
    // ASCII letters and digits only: the token is a word as it stands
    let plain = c < 128;
    // hashed as it is read, for the word cache (meaningless once the token is not plain)
    let hash = Math.imul(FNV_OFFSET ^ lowerAscii(c), FNV_PRIME);
    i++;
    for (;;) {
      while (i < n) {
        const d = text.charCodeAt(i);
        if (classify(d) !== 1) break;
        if (d >= 128) plain = false;
        hash = Math.imul(hash ^ lowerAscii(d), FNV_PRIME);
        i++;
      }
      if (i + 1 < n) {
        const d = text.charCodeAt(i);
        const next = text.charCodeAt(i + 1);
        // "People's", "Jong-un", "a.m", "30,000", "4:30": joined only when a letter or digit follows
        if ((isApostrophe(d) && classify(next) === 1 && !(next >= 48 && next <= 57)) || (isJoiner(d) && classify(next) === 1 && !sentenceGlued(text, i))) {
          plain = false;
          i += 2;
          continue;
        }
      }
      break;
    }
    let word = aligned ? (plain ? wordCache.take(folded, s, i, hash) : folded.slice(s, i)) : text.slice(s, i).toLowerCase();
    if (plain) words.plain(s, i, word);
    else if (word.includes('’')) word = word.replace(/’/g, "'");
    const ch = text[s];
    start[count] = s;
    end[count] = i;
    upper[count] = c >= 65 && c <= 90 ? 1 : c < 128 ? 0 : ch !== ch.toLowerCase() ? 1 : 0;
    lower.push(word);
    count++;
  }
  return {
    tokens: { start: start.subarray(0, count), end: end.subarray(0, count), lower, upper: upper.subarray(0, count), length: count },
    words: words.finish(),
  };
}

const cache = new WeakMap<Doc, Scan>();

function scanOf(doc: Doc): Scan {
  let t = cache.get(doc);
  if (!t) {
    t = scan(doc.text);
    cache.set(doc, t);
  }
  return t;
}

/** The document's tokens, computed on first use together with its words. */
export const tokensOf = (doc: Doc): Tokens => scanOf(doc).tokens;

/** The document's words for name matching, computed on first use together with its tokens. */
export const wordsOf = (doc: Doc): Words => scanOf(doc).words;

/** The words of a text that is no document's (a caption read on its own). */
export const wordsIn = (text: string): Words => scan(text).words;

/** A lower-cased word without a possessive "'s" (the tokeniser has straightened the apostrophe). */
export const stripPossessive = (w: string): string => (w.endsWith("'s") ? w.slice(0, -2) : w);

/** Index of the first token (or word) starting at or after `offset` (binary search). */
export function tokenAt(t: { readonly start: Int32Array; readonly length: number }, offset: number): number {
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.start[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The lower-cased token at i, or '' outside the text. A bounds check rather than
 * reading past the array's ends: V8 deoptimises the hot scans on their first such read.
 */
export const lowerAt = (t: Tokens, i: number): string => (i >= 0 && i < t.length ? t.lower[i] : '');
