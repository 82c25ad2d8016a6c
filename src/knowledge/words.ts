// Word tokens for name matching, shared by the places and actors stages through a
// per-document cache. Hyphens split words ("Hamgyong-bukto", "Jong-un") so that
// spaced and hyphenated spellings meet; punctuation between two words is kept as a
// break so that no name is matched across a comma or a full stop.
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

/** How a gap character separates words: 0 space, hyphen or apostrophe; 1 punctuation; 2 sentence end. */
function gapWeight(c: number): 0 | 1 | 2 {
  if (c === 32 || c === 10 || c === 13 || c === 9 || c === 45 || c === 0xa0 || isApostrophe(c)) return 0;
  if (c === 46 || c === 33 || c === 63) return 2;
  return 1;
}

export function words(text: string): Words {
  const n = text.length;
  const lower = text.toLowerCase();
  // lower-casing keeps offsets for all but a few characters (İ); otherwise fold each word
  const aligned = lower.length === n;
  // one word per character at most (Chinese); a word and a separator otherwise
  const cap = n + 1;
  const start = new Int32Array(cap);
  const end = new Int32Array(cap);
  const brk = new Uint8Array(cap);
  const glued = new Uint8Array(cap);
  const upper = new Uint8Array(cap);
  const key: string[] = [];
  let count = 0;
  let gap: 0 | 1 | 2 = 2;
  let gapStart = 0;
  let i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    if (!isWordChar(c0)) {
      const g = gapWeight(c0);
      if (g > gap) gap = g;
      i++;
      continue;
    }
    const s = i;
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
    start[count] = s;
    end[count] = i;
    brk[count] = gap;
    glued[count] = count > 0 && s - gapStart === 1 && text.charCodeAt(gapStart) === 45 ? 1 : 0;
    upper[count] = c0 < 128 ? (c0 >= 65 && c0 <= 90 ? 1 : 0) : aligned && lower.charCodeAt(s) !== c0 ? 1 : 0;
    key.push(plain && aligned ? lower.slice(s, i) : fold(text.slice(s, i)));
    count++;
    gap = 0;
    gapStart = i;
  }
  return {
    start: start.subarray(0, count),
    end: end.subarray(0, count),
    key,
    brk: brk.subarray(0, count),
    glued: glued.subarray(0, count),
    cap: upper.subarray(0, count),
    length: count,
  };
}

/** The end of a mention without a possessive "'s" ("South Korea's" -> "South Korea"). */
export function withoutPossessive(text: string, end: number): number {
  const s = text.charCodeAt(end - 1);
  return (s === 115 || s === 83) && isApostrophe(text.charCodeAt(end - 2)) ? end - 2 : end;
}

const cache = new WeakMap<object, Words>();

/** The words of a document, tokenised once whichever stage asks first. */
export function wordsOf(doc: { text: string }): Words {
  let w = cache.get(doc);
  if (!w) {
    w = words(doc.text);
    cache.set(doc, w);
  }
  return w;
}
