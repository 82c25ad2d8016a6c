// A body's country from the adjective that names it ("a South Korean government official",
// "the Chinese Foreign Ministry"): an official speaks for his state just as "South Korea's
// ministry" does. A private person's nationality ("a Chinese businessman") is not where he is,
// so only official sources are placed this way (see scan.ts), and only by a demonym of the state:
// "a North Korean trade body", "Database Center for North Korean Human Rights" name no state.
import type { Tokens } from '../tokens.js';
import { tokenize } from '../tokens.js';
import type { Phrase } from './attribution.js';
import { endsHead } from './locate.js';

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

/** What a demonym's reading needs to know of the words around it. */
export interface DemonymContext {
  /** a word naming the state or its officials ("ministry", "official") */
  state(word: string): boolean;
  /** a word naming a body of no state ("group", "company", "institute") */
  privateBody(word: string): boolean;
  /** the organisation named at token i, as tokens, if any */
  organisationAt(i: number): Phrase | null;
}

/** Words that end the noun a demonym modifies: "a North Korean trade body in Dandong" */
const CHAIN_ENDS: ReadonlySet<string> = new Set(['in', 'of', 'at', 'from', 'for', 'with', 'near', ',', ';', '(', ')', '"']);

/**
 * Whether the demonym at i to `end` names the state of a state body or official: the noun it modifies
 * ("a North Korean trade body") and the organisation it is part of ("Database Center for North Korean
 * Human Rights") name no private body, and such an organisation's name holds a state word.
 */
function namesState(t: Tokens, p: Phrase, i: number, end: number, ctx: DemonymContext): boolean {
  const org = ctx.organisationAt(i);
  if (org) {
    let state = false;
    for (let k = org.first; k <= org.last; k++) {
      if (ctx.privateBody(t.lower[k])) return false;
      if (ctx.state(t.lower[k])) state = true;
    }
    if (!state) return false;
  }
  for (let k = end + 1; k <= p.last && !endsHead(t, k) && !CHAIN_ENDS.has(t.lower[k]); k++) if (ctx.privateBody(t.lower[k])) return false;
  return true;
}

/** The country a demonym in the phrase's head part names (plain loops: every token meets every demonym). */
export function demonymIn(t: Tokens, p: Phrase, demonyms: readonly Demonym[], ctx: DemonymContext): Demonym | null {
  for (let i = p.first; i <= p.last && !endsHead(t, i); i++) {
    for (const d of demonyms) if (demonymAt(t, p, i, d)) return namesState(t, p, i, i + d.words.length - 1, ctx) ? d : null;
  }
  return null;
}
