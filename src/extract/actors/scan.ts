// The state one actors scan carries: the words, the places found before, what is
// taken, and the mentions written so far.
import type { ActorMention, PlaceMention } from '../doc.js';
import type { ActorHit, Knowledge } from '../../knowledge/load.js';
import type { Match } from '../../knowledge/trie.js';
import type { Words } from '../../knowledge/words.js';

/** A place mention with the words [from, to) it covers. */
export interface PlacedMention {
  p: PlaceMention;
  from: number;
  to: number;
}

/** Items looked up by word index, in a typed array rather than a Map (one lookup per word). */
export class WordIndex<T> {
  private readonly at: Int32Array;
  private readonly items: T[] = [];
  constructor(length: number) {
    this.at = new Int32Array(length + 1);
  }
  set(i: number, item: T): void {
    this.items.push(item);
    this.at[i] = this.items.length;
  }
  get(i: number): T | undefined {
    const x = this.at[i];
    return x ? this.items[x - 1] : undefined;
  }
}

export interface RoleScan {
  text: string;
  w: Words;
  /** place mention starting at a word, and the word after it ends */
  placeFrom: WordIndex<PlacedMention>;
  /** words taken by places or organisations */
  taken: Uint8Array;
  out: ActorMention[];
}

export interface Scan extends RoleScan {
  k: Knowledge;
  /** place mention ending before a word, by that word */
  placeTo: WordIndex<PlacedMention>;
  /** word index of the last mention of each actor id: "Chinese police ... the police" */
  lastSeen: Map<string, number>;
  /** the organisation mention that ended last, with the word after it and its country: "Chinese police and border guards" */
  lastBody: { to: number; country: string | null } | null;
  /** the country of each place named (not as a government), with the word it starts at, in text order */
  sceneCountries: { at: number; country: string }[];
  /** mentions (indexes into out) of civil groups named only as a claim's teller or a person's workplace */
  cited: number[];
  /** foreign outlets the report cites as tellers somewhere: never actors of its story */
  tellers: Set<string>;
}

/** The first thing of a kind a trie match stands for, or undefined. */
export function hitOf(m: Match<ActorHit>, kind: ActorHit['kind']): ActorHit | undefined {
  for (const h of m.hits) if (h.value.kind === kind) return h.value;
  return undefined;
}
