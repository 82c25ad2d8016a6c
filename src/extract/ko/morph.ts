// A rule-based Korean morpheme analyser over the lexicon (knowledge/lexicon/ko/morph.json).
// Korean writes a noun with its particles (혜산에서 = 혜산 + 에서) and a predicate with
// its endings (체포됐다 = 체포 + 됐 + 다) as one space-separated word (eojeol). The
// extraction rules need the stem and what follows it; they do not need a full parse.
// kiwi-nlp, the maintained analyser on npm, ships only its WebAssembly build: its model
// files are a separate download, which an offline install cannot make. So the
// analyser is written here: eojeol split, then particles and light-verb endings
// stripped from the end by longest match, all from the data lists.
import type { Span } from '../../core/model.js';
import { memoised } from '../../core/memo.js';
import { isHangul } from './script.js';

/** Words the Korean stages remember before a memo starts afresh: a report's vocabulary fits many times over. */
export const KO_MEMO_LIMIT = 20_000;

export interface Eojeol {
  start: number;
  end: number;
  text: string;
}

export interface Morphemes {
  /** the word without particles or predicate endings (체포, 혜산) */
  stem: string;
  /** a light verb after the stem (하, 됐, 당한) or '' */
  light: string;
  /** the ending after the light verb (다, 려다) or '' */
  ending: string;
  /** particles after the stem, in text order (에서, 는) */
  particles: readonly string[];
}

export interface MorphData {
  particles: readonly string[];
  lightVerbs: readonly string[];
  completeLightVerbs: readonly string[];
  endings: readonly string[];
}

/** The words of a span split at spaces and punctuation (quotes, brackets, commas, dots). */
export function eojeols(text: string, span: Span): Eojeol[] {
  const out: Eojeol[] = [];
  let start = -1;
  for (let i = span.start; i <= span.end; i++) {
    const c = i < span.end ? text.charCodeAt(i) : 32;
    const inWord = isHangul(c) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0x3131 && c <= 0x318e);
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      out.push({ start, end: i, text: text.slice(start, i) });
      start = -1;
    }
  }
  return out;
}

export interface Analyser {
  /** One analysis per word, shared between calls: read it, never change it. */
  analyse(word: string): Readonly<Morphemes>;
}

export function createAnalyser(data: MorphData): Analyser {
  const particles = new Set(data.particles);
  const lights = [...new Set(data.lightVerbs)].sort((a, b) => b.length - a.length);
  const complete = new Set(data.completeLightVerbs);
  const endings = new Set(data.endings);
  const longestParticle = Math.max(1, ...data.particles.map((p) => p.length));

  /** Strips particles from the end, longest first, keeping a stem of at least one syllable. */
  const stripParticles = (word: string): { stem: string; particles: string[] } => {
    const found: string[] = [];
    let stem = word;
    for (let round = 0; round < 3; round++) {
      let hit = '';
      for (let n = Math.min(longestParticle, stem.length - 1); n >= 1; n--) {
        const tail = stem.slice(stem.length - n);
        if (particles.has(tail)) { hit = tail; break; }
      }
      if (!hit) break;
      found.unshift(hit);
      stem = stem.slice(0, stem.length - hit.length);
    }
    return { stem, particles: found };
  };

  /** 체포됐다 = 체포 + 됐 + 다: a light verb whose rest is a known ending, or a complete form. */
  const splitPredicate = (word: string): Morphemes | null => {
    for (let i = 1; i < word.length; i++) {
      for (const light of lights) {
        if (!word.startsWith(light, i)) continue;
        const rest = word.slice(i + light.length);
        if ((rest === '' && complete.has(light)) || endings.has(rest)) return { stem: word.slice(0, i), light, ending: rest, particles: [] };
        const p = stripParticles(rest);
        // 처형한다는 것은: an ending followed by particles
        if (p.particles.length && (endings.has(p.stem) || (p.stem === '' && complete.has(light)))) return { stem: word.slice(0, i), light, ending: p.stem, particles: p.particles };
      }
    }
    return null;
  };

  const analyseOnce = (word: string): Morphemes => {
    const predicate = splitPredicate(word);
    if (predicate) return predicate;
    const p = stripParticles(word);
    return { stem: p.stem, light: '', ending: '', particles: p.particles };
  };

  // the stages analyse the same words again and again: once per word
  return { analyse: memoised(analyseOnce, KO_MEMO_LIMIT) };
}
