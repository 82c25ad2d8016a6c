// Trigger matching: each token is looked up once in the lexicon's first-word index and
// the few patterns found there are tried in place, inside the token's sentence.
import type { Tokens } from '../tokens.js';
import { EVENT_TYPES } from '../../core/model.js';
import { WordBits } from '../../knowledge/word-bits.js';
import type { CompiledWindow, Lexicon, Trigger } from './lexicon.js';

export interface TriggerHit {
  trigger: Trigger;
  /** token indexes, inclusive */
  first: number;
  last: number;
}

const GAP = 3;
const HARD_STOPS = new Set(['.', ',', ';', ':', '!', '?', '"', '(', ')']);

/**
 * Matches one pattern at token i; returns the last token or -1. Its first word is not read again: the first-word
 * index found the pattern under token i's word, which is one of the first element's words.
 */
function matchAt(t: Tokens, i: number, end: number, elements: Trigger['elements']): number {
  let k = i + 1;
  for (let e = 1; e < elements.length; e++) {
    const el = elements[e];
    if (el === null) {
      const next = elements[e + 1]!;
      let found = -1;
      for (let g = 0; g <= GAP && k + g < end; g++) {
        if (HARD_STOPS.has(t.lower[k + g])) break;
        if (next.has(t.lower[k + g])) { found = k + g; break; }
      }
      if (found < 0) return -1;
      k = found + 1;
      e++;
      continue;
    }
    if (k >= end || !el.has(t.lower[k])) return -1;
    k++;
  }
  return k - 1;
}

/** Whether the token is a number in digits ("12", "1,500"). */
function isNumber(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}

function inWindow(t: Tokens, from: number, to: number, w: CompiledWindow): boolean {
  for (let k = Math.max(0, from); k <= to && k < t.length; k++) if (w.words.has(t.lower[k]) || (w.number && isNumber(t.lower[k]))) return true;
  return false;
}

/** Whether the trigger's context conditions hold (sentence tokens [sFirst, sEnd)). */
function contextHolds(t: Tokens, hit: TriggerHit, sFirst: number, sEnd: number): boolean {
  const { near, unless } = hit.trigger;
  for (let i = 0; i < near.length; i++) {
    const w = near[i];
    const ok = (w.before > 0 && inWindow(t, Math.max(sFirst, hit.first - w.before), hit.first - 1, w))
      || (w.after > 0 && inWindow(t, hit.last + 1, Math.min(sEnd - 1, hit.last + w.after), w));
    if (!ok) return false;
  }
  if (unless) {
    if (unless.before > 0 && inWindow(t, Math.max(sFirst, hit.first - unless.before), hit.first - 1, unless)) return false;
    if (unless.after > 0 && inWindow(t, hit.last + 1, Math.min(sEnd - 1, hit.last + unless.after), unless)) return false;
  }
  return true;
}

/** The triggers a word starts, and every word that may stand second in them (null when one may end there or skip words). */
interface Start {
  triggers: Trigger[];
  second: Set<string> | null;
}
/** The first-word index, and its words' bits: most tokens start no pattern, which the bits tell without reading the Map. */
interface Starts {
  byWord: Map<string, Start>;
  bits: WordBits;
}
const startsByLexicon = new WeakMap<Lexicon, Starts>();

/**
 * The lexicon's first-word index with each word's second words: a common first word ("to", "in", "was") starts
 * many patterns, and the word after it rules them all out at once far more often than not.
 */
function startsOf(lex: Lexicon): Starts {
  let starts = startsByLexicon.get(lex);
  if (!starts) {
    starts = { byWord: new Map(), bits: new WordBits() };
    for (const [word, triggers] of lex.index) {
      let second: Set<string> | null = new Set();
      for (const trigger of triggers) {
        const el = trigger.elements[1];
        if (!el) second = null;
        else if (second) for (const w of el) second.add(w);
      }
      starts.byWord.set(word, { triggers, second });
      starts.bits.add(word);
    }
    startsByLexicon.set(lex, starts);
  }
  return starts;
}

/** All trigger hits of one sentence, longest first where two start at the same token. */
export function matchTriggers(t: Tokens, lex: Lexicon, sFirst: number, sEnd: number): TriggerHit[] {
  const hits: TriggerHit[] = [];
  const { byWord, bits } = startsOf(lex);
  for (let i = sFirst; i < sEnd; i++) {
    const word = t.lower[i];
    const start = bits.mayHave(word) ? byWord.get(word) : undefined;
    if (!start || (start.second !== null && (i + 1 >= sEnd || !start.second.has(t.lower[i + 1])))) continue;
    for (const trigger of start.triggers) {
      const last = matchAt(t, i, sEnd, trigger.elements);
      if (last < 0) continue;
      const hit = { trigger, first: i, last };
      if (contextHolds(t, hit, sFirst, sEnd)) hits.push(hit);
    }
  }
  if (hits.length < 2) return hits;
  // one hit per type per token: the longest pattern wins
  byFirstThenLongest(hits);
  // keys are numbers (token * types + type), not strings built per token
  const seen = new Set<number>();
  const out: TriggerHit[] = [];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (covered(hits, i)) continue;
    let fresh = false;
    for (let k = h.first; k <= h.last; k++) {
      const key = k * EVENT_TYPES.length + h.trigger.typeIndex;
      if (!seen.has(key)) fresh = true;
      seen.add(key);
    }
    if (fresh) out.push(h);
  }
  return out;
}

/**
 * Sorts hits by first token, then longest first, keeping the found order of ties: an insertion sort in place,
 * as the hits come nearly sorted (by first token) and are few; Array.prototype.sort allocates on every call.
 */
function byFirstThenLongest(hits: TriggerHit[]): void {
  for (let i = 1; i < hits.length; i++) {
    const h = hits[i];
    let j = i - 1;
    while (j >= 0 && (hits[j].first > h.first || (hits[j].first === h.first && hits[j].last < h.last))) {
      hits[j + 1] = hits[j];
      j--;
    }
    hits[j + 1] = h;
  }
}

/**
 * A pattern at the edge of a longer one of another type reads the same words less fully ("ordered" in "ordered out of
 * their homes"); one strictly inside it stands in its gap, an argument of its own ("took a monitoring officer
 * hostage"). Hits are sorted by first token, then longest: one covering hit i starts at or before it, so only the
 * hits before i and those starting at its token are read, not every pair.
 */
function covered(hits: readonly TriggerHit[], i: number): boolean {
  const h = hits[i];
  const span = h.last - h.first;
  for (let j = 0; j < hits.length; j++) {
    const o = hits[j];
    if (o.first > h.first) break;
    if (o.first < h.first && o.last > h.last) continue;
    if (o.trigger.type !== h.trigger.type && o.last >= h.last && o.last - o.first > span) return true;
  }
  return false;
}
