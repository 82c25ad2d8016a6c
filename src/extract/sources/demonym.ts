// A body's country from the adjective that names it ("a South Korean government official",
// "the Chinese Foreign Ministry"): an official speaks for his state just as "South Korea's
// ministry" does. A private person's nationality ("a Chinese businessman") is not where he is,
// so only official sources are placed this way (see scan.ts).
import type { Tokens } from '../tokens.js';
import { tokenize } from '../tokens.js';
import type { Phrase } from './attribution.js';
import { CLAUSE } from './locate.js';

export interface Country {
  placeId: string;
  name: string;
  demonyms: readonly string[];
}

export interface Demonym {
  words: readonly string[];
  placeId: string;
  name: string;
}

/** Longest first, so "North Korean" wins over a shorter demonym inside it. */
export function indexDemonyms(countries: readonly Country[]): Demonym[] {
  const all = countries.flatMap((c) => c.demonyms.map((d) => ({ words: tokenize(d).lower, placeId: c.placeId, name: c.name })));
  return all.sort((a, b) => b.words.length - a.words.length);
}

/** Whether the demonym's words stand at token i, inside the phrase. */
function demonymAt(t: Tokens, p: Phrase, i: number, d: Demonym): boolean {
  if (i + d.words.length - 1 > p.last) return false;
  for (let k = 0; k < d.words.length; k++) if (t.lower[i + k] !== d.words[k]) return false;
  return true;
}

/** The country a demonym in the phrase's head part names (plain loops: every token meets every demonym). */
export function demonymIn(t: Tokens, p: Phrase, demonyms: readonly Demonym[]): Demonym | null {
  for (let i = p.first; i <= p.last && !CLAUSE.has(t.lower[i]); i++) {
    for (const d of demonyms) if (demonymAt(t, p, i, d)) return d;
  }
  return null;
}
