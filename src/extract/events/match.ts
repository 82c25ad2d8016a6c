// Trigger matching: each token is looked up once in the lexicon's first-word index and
// the few patterns found there are tried in place, inside the token's sentence.
import type { Tokens } from '../tokens.js';
import { EVENT_TYPES } from '../../core/model.js';
import type { CompiledWindow, Lexicon, Trigger } from './lexicon.js';

export interface TriggerHit {
  trigger: Trigger;
  /** token indexes, inclusive */
  first: number;
  last: number;
}

const GAP = 3;
const HARD_STOPS = new Set(['.', ',', ';', ':', '!', '?', '"', '(', ')']);

/** Matches one pattern at token i; returns the last token or -1. */
function matchAt(t: Tokens, i: number, end: number, elements: Trigger['elements']): number {
  let k = i;
  for (let e = 0; e < elements.length; e++) {
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

/** All trigger hits of one sentence, longest first where two start at the same token. */
export function matchTriggers(t: Tokens, lex: Lexicon, sFirst: number, sEnd: number): TriggerHit[] {
  const hits: TriggerHit[] = [];
  for (let i = sFirst; i < sEnd; i++) {
    const candidates = lex.index.get(t.lower[i]);
    if (!candidates) continue;
    for (const trigger of candidates) {
      const last = matchAt(t, i, sEnd, trigger.elements);
      if (last < 0) continue;
      const hit = { trigger, first: i, last };
      if (contextHolds(t, hit, sFirst, sEnd)) hits.push(hit);
    }
  }
  if (hits.length < 2) return hits;
  // one hit per type per token: the longest pattern wins
  hits.sort((a, b) => a.first - b.first || b.last - a.last);
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
