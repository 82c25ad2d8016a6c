// A token trie over folded word keys: every name of the knowledge base is compiled
// into it once, and a text is scanned once, longest match first (the token-level
// form of Aho-Corasick used by gazetteer taggers). Hand-written because no npm
// matcher works on word tokens with per-name case rules and Hangul particles.
import { isAcronym } from './fold.js';
import { WordBits } from './word-bits.js';
import { withoutPossessive, words, type Words } from './words.js';

/** How a name must be written in the text to count. */
export type CaseMode = 'any' | 'capitalised' | 'exact';

export interface Hit<T> {
  value: T;
  mode: CaseMode;
  /** how many words the name has as written; 0 for a run-together variant */
  length: number;
  /** the name's acronyms ('exact' only): the text must spell them as written */
  acronyms: { at: number; surface: string }[];
  /** the name's first capitalised word that is no acronym, which the text must capitalise; -1 for none */
  firstCapital: number;
}

interface Node<T> {
  next: Map<string, Node<T>> | null;
  hits: Hit<T>[] | null;
}

export interface Match<T> {
  /** word indexes [from, to) */
  from: number;
  to: number;
  hits: Hit<T>[];
  /** UTF-16 units of a Hangul particle to leave out at the end of the last word (혜산|에서) */
  trim: number;
}

const DOTS = /\./g;
const isHangul = (c: number) => c >= 0xac00 && c <= 0xd7a3;

const LOOSENESS: Record<CaseMode, number> = { exact: 0, capitalised: 1, any: 2 };

/**
 * Default case rule: a name with an acronym must show it in capitals ("SSD", not
 * "ssd"); a name with capitals must show its first capital ("Party", "the North");
 * a lower-case name ("border guards") and Hangul match in any case.
 */
export function defaultMode(name: string): CaseMode {
  const parts = name.split(/[\s-]+/);
  if (parts.some(isAcronym)) return 'exact';
  if (/\p{Lu}/u.test(name)) return 'capitalised';
  return 'any';
}

export class WordTrie<T> {
  private readonly root: Node<T> = { next: null, hits: null };
  /** The first words of all names: most words of a text start none, which these bits tell before the map is read */
  private readonly firstWords = new WordBits();
  size = 0;

  /**
   * Adds a name; spaced, hyphenated and run-together spellings of it all match.
   * Values are compared by identity: give every name of one entry the same object.
   */
  add(name: string, value: T, mode: CaseMode = defaultMode(name)): void {
    const w = words(name);
    if (w.length === 0) return;
    const surface = Array.from({ length: w.length }, (_, i) => name.slice(w.start[i], w.end[i]));
    // case rules are read off the name once here, not on every match
    const acronyms = mode === 'exact' ? surface.flatMap((s, at) => (isAcronym(s) ? [{ at, surface: s }] : [])) : [];
    const firstCapital = surface.findIndex((s, at) => !acronyms.some((a) => a.at === at) && /^\p{Lu}/u.test(s));
    this.insert(w.key, { value, mode, length: w.length, acronyms, firstCapital });
    // "Hamgyongbukto" for "Hamgyong-bukto", "Jongun" for "Jong Un": join hyphen-glued parts
    if (w.length > 1 && w.glued.some((g) => g === 1)) {
      const joined: string[] = [];
      for (let i = 0; i < w.length; i++) {
        if (w.glued[i] && joined.length) joined[joined.length - 1] += w.key[i];
        else joined.push(w.key[i]);
      }
      this.insert(joined, { value, mode: mode === 'exact' ? 'capitalised' : mode, length: 0, acronyms: [], firstCapital: -1 });
    }
  }

  private insert(keys: string[], hit: Hit<T>): void {
    this.firstWords.add(keys[0]);
    let node = this.root;
    for (const k of keys) {
      node.next ??= new Map();
      let child = node.next.get(k);
      if (!child) {
        child = { next: null, hits: null };
        node.next.set(k, child);
      }
      node = child;
    }
    node.hits ??= [];
    // one value per name: spellings that fold alike keep the loosest case rule
    const same = node.hits.findIndex((h) => h.value === hit.value);
    if (same < 0) {
      node.hits.push(hit);
      this.size++;
    } else if (LOOSENESS[hit.mode] > LOOSENESS[node.hits[same].mode]) node.hits[same] = hit;
  }

  /**
   * The longest name starting at word `i` whose case rule the text satisfies, or null.
   * A Hangul word may carry a particle (보위부는, 혜산에서): its first syllables match a name.
   */
  matchAt(text: string, w: Words, i: number): Match<T> | null {
    const key = w.key[i];
    let node = this.firstWords.mayHave(key) ? this.root.next?.get(key) : undefined;
    let best: Match<T> | null = null;
    if (!node) return isHangul(key.charCodeAt(0)) ? this.matchHangulPrefix(w, i) : null;
    let j = i + 1;
    while (node) {
      if (node.hits) {
        const ok = fitting(node.hits, text, w, i, j);
        if (ok) best = { from: i, to: j, hits: ok, trim: 0 };
      }
      if (j >= w.length || w.brk[j] !== 0 || !node.next) break;
      const next = node.next.get(w.key[j]);
      // "유엔 총회는": the last word of a Hangul name may carry a particle
      if (!next) return isHangul(w.key[j].charCodeAt(0)) ? this.hangulLast(node.next, w, i, j) ?? best : best;
      node = next;
      j++;
    }
    return best;
  }

  private matchHangulPrefix(w: Words, i: number): Match<T> | null {
    return this.root.next ? this.hangulLast(this.root.next, w, i, i) : null;
  }

  /** Hangul word j as the last word of a name with a particle attached (혜산|에서): its first syllables are a child of `next` with names. */
  private hangulLast(next: Map<string, Node<T>>, w: Words, i: number, j: number): Match<T> | null {
    const key = w.key[j];
    for (let n = key.length - 1; n >= 2 && key.length - n <= 3; n--) {
      const node = next.get(key.slice(0, n));
      if (node?.hits) return { from: i, to: j + 1, hits: node.hits, trim: key.length - n };
    }
    return null;
  }

  /** The first words of all names: a word not among them starts no match. */
  firstKeys(): IterableIterator<string> {
    return (this.root.next ?? new Map<string, Node<T>>()).keys();
  }
}

/**
 * The hits whose case rule words [from, to) satisfy, or null. A plain loop, not
 * closures: this runs for every word, and closures over its arguments would cost
 * an allocation on every call.
 */
function fitting<T>(hits: Hit<T>[], text: string, w: Words, from: number, to: number): Hit<T>[] | null {
  let sameMode = true;
  for (let h = 1; h < hits.length; h++) if (hits[h].mode !== hits[0].mode) sameMode = false;
  // one case rule for all: checked once
  if (sameMode) return caseFits(hits[0], text, w, from, to) ? hits : null;
  const ok: Hit<T>[] = [];
  for (const h of hits) if (caseFits(h, text, w, from, to)) ok.push(h);
  return ok.length ? ok : null;
}

function caseFits<T>(h: Hit<T>, text: string, w: Words, from: number, to: number): boolean {
  if (h.mode === 'any') return true;
  // run-together variants (or a name matched with other words): only the first word's capital is checked
  if (h.length !== to - from) return h.mode === 'capitalised' ? w.cap[from] === 1 : false;
  // the first capitalised word of the name must be capitalised in the text ("the North",
  // "Kim Jong-un" for "Kim Jong Un"); acronyms must be written as they are
  for (const a of h.acronyms) {
    // "UN's", "NIS’s": the possessive is no part of the acronym; "U.N." spells "UN" with its full stops
    const written = text.slice(w.start[from + a.at], withoutPossessive(text, w.end[from + a.at]));
    if (written !== a.surface && !(written.length > a.surface.length && written.replace(DOTS, '') === a.surface)) return false;
  }
  return h.firstCapital < 0 || w.cap[from + h.firstCapital] === 1;
}
