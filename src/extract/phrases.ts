// Lexicon phrases (one Set of word forms per position) matched on the shared tokens.
// The rules ask for a list of phrases at many positions of a sentence: a Set of the
// forms any phrase of the list starts (or ends) with is asked first, so a position
// where no phrase can start costs one lookup rather than one per phrase.
import type { Tokens } from './tokens.js';

export type Phrase = readonly Set<string>[];

interface Ends {
  first: Set<string>;
  last: Set<string>;
}
const endsByList = new WeakMap<readonly Phrase[], Ends>();

/** The list asked last and its ends: a rule asks one list at many positions in a row. */
let lastList: readonly Phrase[] | null = null;
let lastEnds: Ends | null = null;

/** The forms the list's phrases start and end with, worked out once per list. */
function endsOf(phrases: readonly Phrase[]): Ends {
  if (phrases === lastList) return lastEnds!;
  let ends = endsByList.get(phrases);
  if (!ends) {
    ends = { first: new Set(), last: new Set() };
    for (const words of phrases) {
      for (const w of words[0]) ends.first.add(w);
      for (const w of words[words.length - 1]) ends.last.add(w);
    }
    endsByList.set(phrases, ends);
  }
  lastList = phrases;
  lastEnds = ends;
  return ends;
}

/** Whether the words (each a set of forms) stand at token k. */
export function wordsAt(t: Tokens, k: number, words: Phrase): boolean {
  for (let i = 0; i < words.length; i++) if (!words[i].has(t.lower[k + i])) return false;
  return true;
}

/** Whether one of the phrases starts at token k and ends before token `to`. */
export function phraseAt(t: Tokens, k: number, to: number, phrases: readonly Phrase[]): boolean {
  if (!endsOf(phrases).first.has(t.lower[k])) return false;
  for (const words of phrases) if (k + words.length <= to && wordsAt(t, k, words)) return true;
  return false;
}

/** Whether one of the phrases stands in tokens [from, to). */
export function phraseIn(t: Tokens, from: number, to: number, phrases: readonly Phrase[]): boolean {
  for (let k = from; k < to; k++) if (phraseAt(t, k, to, phrases)) return true;
  return false;
}

/** Where the earliest-ending phrase of tokens [from, end) ends, if it ends before `end`; else `end`. */
export function firstPhraseEnd(t: Tokens, from: number, end: number, phrases: readonly Phrase[]): number {
  const { first } = endsOf(phrases);
  for (let k = from; k < end; k++) {
    if (!first.has(t.lower[k])) continue;
    for (const words of phrases) if (k + words.length < end && wordsAt(t, k, words)) end = k + words.length;
  }
  return end;
}

/**
 * Whether one of the phrases ends `gap` tokens before `end`, for a gap of at most `reach`, starting no earlier than
 * `from`, with the gap's tokens passing `gapOk(gapFrom, end)`.
 */
export function phraseEndsBefore(t: Tokens, end: number, from: number, phrases: readonly Phrase[], reach: number, gapOk: (t: Tokens, gapFrom: number, end: number) => boolean): boolean {
  const { last } = endsOf(phrases);
  for (let gap = 0; gap <= reach; gap++) {
    const e = end - gap;
    if (e - 1 < from) break;
    if (!last.has(t.lower[e - 1]) || !gapOk(t, e, end)) continue;
    for (const words of phrases) if (e - words.length >= from && wordsAt(t, e - words.length, words)) return true;
  }
  return false;
}
