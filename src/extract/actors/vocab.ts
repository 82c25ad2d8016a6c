// What a word may start, looked up once per word: the actors stage passes over the
// many words that start nothing (a Map lookup each, instead of four).
import type { Knowledge } from '../../knowledge/load.js';
import { WordBits } from '../../knowledge/word-bits.js';
import { ROLE_HEADS } from './roles.js';
import { SURNAMES, TITLES } from './people.js';

export const STARTS_NAME = 1;
export const SURNAME = 2;
export const ROLE_HEAD = 4;
export const TITLE = 8;
/** a word of a people's name ("Koreans", "Chinese"): never part of a person's name */
export const DEMONYM = 16;

/** Each word's flags, and the words' bits: most words of a text have none, which the bits tell without reading the Map. */
export interface Vocab {
  readonly flags: ReadonlyMap<string, number>;
  readonly bits: WordBits;
}

export function buildVocab(k: Knowledge): Vocab {
  const v = new Map<string, number>();
  const bits = new WordBits();
  const mark = (key: string, bit: number) => {
    v.set(key, (v.get(key) ?? 0) | bit);
    bits.add(key);
  };
  for (const key of k.actorTrie.firstKeys()) mark(key, STARTS_NAME);
  for (const key of SURNAMES) mark(key, SURNAME);
  for (const key of ROLE_HEADS) mark(key, ROLE_HEAD);
  for (const key of TITLES) mark(key, TITLE);
  for (const p of k.places.values()) {
    for (const d of p.demonyms) {
      for (const word of d.toLowerCase().split(/\s+/)) {
        mark(word, DEMONYM);
        mark(`${word}s`, DEMONYM);
      }
    }
  }
  return { flags: v, bits };
}

/** The flags of a word; a Hangul word may start a name with a particle attached. */
export function flagsOf(v: Vocab, key: string): number {
  const f = v.bits.mayHave(key) ? v.flags.get(key) : undefined;
  if (f !== undefined) return f;
  const c = key.charCodeAt(0);
  return c >= 0xac00 && c <= 0xd7a3 ? STARTS_NAME : 0;
}
