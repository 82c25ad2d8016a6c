// Word tokens for name matching, used by the places and actors stages. Hyphens split
// words ("Hamgyong-bukto", "Jong-un") so that spaced and hyphenated spellings meet;
// punctuation between two words is kept as a break so that no name is matched across
// a comma or a full stop. A document's words come out of its one tokenising pass
// (extract/tokens.ts), which hands over its plain ASCII tokens as finished words and
// leaves the rest to the character loop here; a name alone is read by the loop only.
// A hand-written character loop: the extraction pipeline's speed target leaves no
// room for a Unicode regular expression per word.
import { fold } from './fold.js';

export interface Words {
  start: Int32Array;
  end: Int32Array;
  /** folded key of each word (see fold.ts) */
  key: string[];
  /** what separates a word from the one before: 0 space or hyphen, 1 punctuation, 2 end of sentence */
  brk: Uint8Array;
  /** 1 when the word follows the previous one after a bare hyphen */
  glued: Uint8Array;
  /** 1 when the word starts with a capital letter */
  cap: Uint8Array;
  length: number;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_WORD[c] = ASCII_WORD[c + 32] = 1;

function isWordChar(c: number): boolean {
  if (c < 128) return ASCII_WORD[c] === 1;
  if (c >= 0xac00 && c <= 0xd7a3) return true; // Hangul syllables
  if ((c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || c === 0xa0 || c === 0xd7 || c === 0xf7) return false;
  if (c >= 0xc0 && c <= 0x24f) return true; // accented Latin
  if (c >= 0xd800 && c <= 0xdfff) return false; // astral characters (emoji) are no words here
  return WORD_CHAR.test(String.fromCharCode(c));
}
const isIdeograph = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
const isApostrophe = (c: number) => c === 39 || c === 0x2019 || c === 0x2bc;

const isCapital = (c: number) => c >= 65 && c <= 90;
const DOTS = /\./g;

/**
 * The end of an initialism of single capitals each closed by a full stop ("U.S.", "D.P.R.K.",
 * the last stop optional) starting at s, or -1: at least two letters, no space between them.
 */
function initialismEnd(text: string, s: number): number {
  const n = text.length;
  let i = s;
  let letters = 0;
  while (i < n && isCapital(text.charCodeAt(i)) && (i + 1 >= n || !isWordChar(text.charCodeAt(i + 1)))) {
    letters++;
    // a capital that ends the text is read no further: a read past the end deoptimises the tokeniser
    if (i + 1 >= n || text.charCodeAt(i + 1) !== 46) {
      i++;
      break;
    }
    i += 2;
  }
  return letters >= 2 ? i : -1;
}

/** How a gap character separates words: 0 space, hyphen or apostrophe; 1 punctuation; 2 sentence end. */
function gapWeight(c: number): 0 | 1 | 2 {
  // repaired text keeps line breaks only between paragraphs: a heading or a byline
  // without a full stop still ends there
  if (c === 10) return 2;
  if (c === 32 || c === 13 || c === 9 || c === 45 || c === 0xa0 || isApostrophe(c)) return 0;
  if (c === 46 || c === 33 || c === 63) return 2;
  return 1;
}

/**
 * Reads a text's words left to right. `lower` is text.toLowerCase(), passed in so
 * that a caller which lower-cases the text anyway does it once.
 */
export class WordReader {
  private start: Int32Array;
  private end: Int32Array;
  private brk: Uint8Array;
  private glued: Uint8Array;
  private cap: Uint8Array;
  private size: number;
  private readonly key: string[] = [];
  /** lower-casing keeps offsets for all but a few characters (İ); otherwise fold each word */
  private readonly aligned: boolean;
  private count = 0;
  private gap: 0 | 1 | 2 = 2;
  private gapStart = 0;
  /** offset up to which the text has been read */
  private pos = 0;

  constructor(
    private readonly text: string,
    private readonly lower: string,
  ) {
    this.aligned = lower.length === text.length;
    // prose has a word per six characters or so: sized for one per four, grown
    // (doubled) by a text of short words or by Chinese, a word per character
    const size = (text.length >> 2) + 16;
    this.size = size;
    this.start = new Int32Array(size);
    this.end = new Int32Array(size);
    this.brk = new Uint8Array(size);
    this.glued = new Uint8Array(size);
    this.cap = new Uint8Array(size);
  }

  /** Reads characters up to `limit`; the last word may run on past it. */
  private readTo(limit: number): void {
    const { text, lower, aligned } = this;
    const n = text.length;
    let i = this.pos;
    while (i < limit) {
      const c0 = text.charCodeAt(i);
      if (!isWordChar(c0)) {
        const g = gapWeight(c0);
        if (g > this.gap) this.gap = g;
        i++;
        continue;
      }
      const s = i;
      // "U.N.", "D.P.R.K.": an initialism is one word, and its full stops end no sentence
      const dotted = c0 >= 65 && c0 <= 90 ? initialismEnd(text, s) : -1;
      if (dotted > 0) {
        // "U.N.'s": a possessive stays with the word, as it does with any other
        const e = isApostrophe(text.charCodeAt(dotted)) && (text.charCodeAt(dotted + 1) | 32) === 115 && !isWordChar(text.charCodeAt(dotted + 2)) ? dotted + 2 : dotted;
        this.push(s, e, text.slice(s, dotted).replace(DOTS, '').toLowerCase(), 1);
        i = e;
        continue;
      }
      let plain = c0 < 128;
      // Chinese is written without spaces: each character is a word, and names are matched character by character
      if (isIdeograph(c0)) i++;
      else while (++i < n) {
        const c = text.charCodeAt(i);
        if (isIdeograph(c)) break;
        if (isWordChar(c)) {
          if (c >= 128) plain = false;
        } else if (isApostrophe(c) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) plain = false;
        else break;
      }
      const cap = c0 < 128 ? (c0 >= 65 && c0 <= 90 ? 1 : 0) : aligned && lower.charCodeAt(s) !== c0 ? 1 : 0;
      this.push(s, i, plain && aligned ? lower.slice(s, i) : fold(text.slice(s, i)), cap);
    }
    this.pos = i;
  }

  /**
   * Takes [s, e), a run of ASCII letters and digits with no word character after
   * it, as one word keyed `key` (its lower-cased text), after reading what lies
   * before s: the tokeniser's plain tokens become words without a second look at
   * their characters or a second copy of their text.
   */
  plain(s: number, e: number, key: string): void {
    this.readTo(s);
    // read already: a word that ran on over s ("80'5")
    if (this.pos !== s) return;
    const text = this.text;
    // an apostrophe before a word character continues the word ("80'5"): read it
    if (e + 1 < text.length && isApostrophe(text.charCodeAt(e)) && isWordChar(text.charCodeAt(e + 1))) return this.readTo(e);
    const c0 = text.charCodeAt(s);
    this.push(s, e, key, c0 >= 65 && c0 <= 90 ? 1 : 0);
    this.pos = e;
  }

  private push(s: number, e: number, key: string, cap: 0 | 1): void {
    if (this.count === this.size) this.grow();
    const k = this.count++;
    this.start[k] = s;
    this.end[k] = e;
    this.brk[k] = this.gap;
    this.glued[k] = k > 0 && s - this.gapStart === 1 && this.text.charCodeAt(this.gapStart) === 45 ? 1 : 0;
    this.cap[k] = cap;
    this.key.push(key);
    this.gap = 0;
    this.gapStart = e;
  }

  private grow(): void {
    const size = this.size * 2;
    this.start = widened(this.start, new Int32Array(size));
    this.end = widened(this.end, new Int32Array(size));
    this.brk = widened(this.brk, new Uint8Array(size));
    this.glued = widened(this.glued, new Uint8Array(size));
    this.cap = widened(this.cap, new Uint8Array(size));
    this.size = size;
  }

  /** The words of the whole text. */
  finish(): Words {
    this.readTo(this.text.length);
    const count = this.count;
    return {
      start: this.start.subarray(0, count),
      end: this.end.subarray(0, count),
      key: this.key,
      brk: this.brk.subarray(0, count),
      glued: this.glued.subarray(0, count),
      cap: this.cap.subarray(0, count),
      length: count,
    };
  }
}

/** `into`, a larger array, holding a's items at its start: the scans' arrays grow by doubling. */
export function widened<A extends Int32Array | Uint8Array>(a: A, into: A): A {
  into.set(a);
  return into;
}

/** The words of a name or phrase (a document's words: wordsOf in extract/tokens.ts). */
export function words(text: string): Words {
  return new WordReader(text, text.toLowerCase()).finish();
}

/** The end of a mention without a possessive "'s" ("South Korea's" -> "South Korea"). */
export function withoutPossessive(text: string, end: number): number {
  const s = text.charCodeAt(end - 1);
  return (s === 115 || s === 83) && isApostrophe(text.charCodeAt(end - 2)) ? end - 2 : end;
}
