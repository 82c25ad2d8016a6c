// Korean attribution: who told the outlet. A source noun (소식통, 관계자) with the words
// before it that describe it (양강도 소식통, 북한 내부 소식통, 함경북도의 한 주민 소식통,
// 대북 소식통) is one source; a bare or pointing mention (소식통은, 이 소식통은) is the
// last one named again; 또 다른 소식통 is a new one. "X에 따르면" with an organisation
// X cites that organisation.
import type { SourceKind, Span } from '../../core/model.js';
import type { ActorMention, PlaceMention, SourceMention, Stage } from '../doc.js';
import type { KoLexicon } from './lexicon.js';
import { eojeols, KO_MEMO_LIMIT, type Analyser, type Eojeol } from './morph.js';
import { memoised } from '../../core/memo.js';
import { koreanSentences } from './script.js';

type Sources = KoLexicon['sources'];

const overlapping = <T extends { span: Span }>(items: readonly T[], w: Eojeol): T | undefined =>
  items.find((x) => x.span.start < w.end && x.span.end > w.start);

/** Per-word lookups over the source lists, asked for every word of every Korean sentence. */
interface StemLookups {
  /** the source noun the stem is or ends in (간부소식통), if any */
  kind: (stem: string) => SourceKind | undefined;
  /** the longest speaker's title the stem ends in (대표, 씨), if any */
  title: (stem: string) => string | undefined;
}

const lookups = new WeakMap<Sources, StemLookups>();

function memoOf(lex: Sources): StemLookups {
  let l = lookups.get(lex);
  if (!l) {
    l = {
      kind: memoised((stem) => {
        let kind = lex.nouns.get(stem);
        if (!kind) for (const [noun, k] of lex.nouns) if (stem.length > noun.length && stem.endsWith(noun)) kind = k;
        return kind;
      }, KO_MEMO_LIMIT),
      title: memoised((stem) => {
        let title: string | undefined;
        for (const t of lex.speakers.keys()) if (stem.endsWith(t) && (!title || t.length > title.length)) title = t;
        return title;
      }, KO_MEMO_LIMIT),
    };
    lookups.set(lex, l);
  }
  return l;
}

interface State {
  /** the key the last mention pointed at, for bare mentions */
  last: string | null;
  fresh: number;
}

/**
 * The words before a source noun that describe it: places (with 의 or bare), qualifiers (한, 내부) and genitive
 * nouns. A bare noun (함경북도 사법기관 한 소식통) describes it only when a place comes before it, or always for a
 * speaker (`bare`: 장세율 전국탈북민연합회 대표).
 */
function describe(text: string, words: Eojeol[], i: number, lex: Sources, an: Analyser, places: readonly PlaceMention[], bare = false) {
  const qualifiers = new Set(lex.qualifiers);
  let first = i;
  let place: PlaceMention | undefined;
  const parts: string[] = [];
  // words held until a place before them shows they describe the noun
  let pending: { k: number; part: string }[] = [];
  const commit = () => {
    if (!pending.length) return;
    parts.unshift(...pending.map((x) => x.part));
    first = pending[0].k;
    pending = [];
  };
  for (let k = i - 1; k >= Math.max(0, i - (bare ? 7 : 5)); k--) {
    const w = words[k];
    // 자유아시아방송(RFA)이 내부 소식통: words apart by more than a space are no description
    if (!/^\s+$/.test(text.slice(w.end, words[k + 1].start))) break;
    const p = overlapping(places, w);
    // only a genitive (의) or a bare word describes the noun: 소식통에 따르면 ... 주민이 is another clause
    if (p) {
      const tail = text.slice(p.span.end, w.end);
      // 한국에 사는 탈북자 가족: where the source lives
      const lives = /^[시군도구]?에$/.test(tail) && lex.residence.includes(pending[0]?.part ?? '');
      if (tail && tail !== '의' && !/^[시군도구]의?$/.test(tail) && !lives) break;
      // 중국 지린성의 소식통: the place nearest the noun is the finest
      if (!p.metonymy && !place) place = p;
      commit();
      parts.unshift(p.placeId);
      first = k;
      // where the source lives opens its description
      if (lives) break;
      continue;
    }
    const m = an.analyse(w.text);
    // 사법기관의 한 간부소식통: a genitive noun describes the source as a qualifier does
    const genitive = m.particles.length === 1 && m.particles[0] === '의' && !m.light;
    const qualifier = genitive || (!m.particles.length && !m.light && (qualifiers.has(m.stem) || qualifiers.has(w.text)));
    const plain = !m.particles.length && !m.light && /^[\uac00-\ud7a3A-Za-z]+$/.test(w.text);
    if (qualifier && !pending.length) {
      parts.unshift(m.stem);
      first = k;
    } else if (qualifier || plain) pending.unshift({ k, part: m.stem });
    else if (lex.residence.includes(w.text)) pending.unshift({ k, part: w.text });
    else break;
  }
  if (bare) commit();
  return { first, place, parts };
}

/**
 * 김용화 탈북난민연합 대표는 ... 말했다, B 씨에 따르면: a person named by a title who speaks in the sentence (its last
 * word a verb of saying) or is cited (에 따르면) is a source. 씨 stands apart after a name or letter (날씨 is weather).
 */
function speakerOf(words: readonly Eojeol[], i: number, m: ReturnType<Analyser['analyse']>, lex: Sources, an: Analyser): { title: string; kind: SourceKind } | null {
  if (m.light) return null;
  const title = memoOf(lex).title(m.stem);
  if (!title || (title === '씨' && (m.stem !== '씨' || i === 0))) return null;
  const subject = ['은', '는', '이', '가', '께서'].includes(m.particles[0] ?? '');
  const cited = m.particles[0] === '에' && lex.according.includes(an.analyse(words[i + 1]?.text ?? '').stem);
  // 최 씨는 ... 했다고 소식통이 말했다: the source noun is the one who says it
  const says = lex.speechVerbs.some((v) => words[words.length - 1].text.startsWith(v)) && !words.some((w) => lex.nouns.has(an.analyse(w.text).stem));
  return (subject && says) || cited ? { title, kind: lex.speakers.get(title)! } : null;
}

export function scanKoreanSources(text: string, sentence: Span, lex: Sources, an: Analyser, places: readonly PlaceMention[], actors: readonly ActorMention[], state: State): SourceMention[] {
  const out: SourceMention[] = [];
  const words = eojeols(text, sentence);
  for (let i = 0; i < words.length; i++) {
    const m = an.analyse(words[i].text);
    // 간부소식통: a source noun with a describing word written onto it
    const kind = memoOf(lex).kind(m.stem);
    if (kind) {
      const d = describe(text, words, i, lex, an, places);
      const distinct = d.parts.some((p) => lex.distinct.includes(p));
      const pointing = d.parts.length === 0 || d.parts.every((p) => lex.backReference.includes(p));
      const outside = d.parts.some((p) => lex.outsideNK.includes(p));
      let key: string;
      if (distinct || (pointing && !state.last)) key = `ko-src:${++state.fresh}`;
      else if (pointing) key = state.last!;
      else key = `ko-src:${kind}:${d.parts.filter((p) => !lex.backReference.includes(p)).join(' ')}`;
      state.last = key;
      const span = { start: words[d.first].start, end: words[i].start + m.stem.length };
      const place = outside ? undefined : d.place;
      out.push({ span, key, descriptor: text.slice(span.start, span.end), location: place?.name ?? null, placeId: place?.placeId ?? null, kind });
      continue;
    }
    const speaker = speakerOf(words, i, m, lex, an);
    if (speaker) {
      const d = describe(text, words, i, lex, an, places, true);
      // 장세율 ... 상임대표, later 장 대표: one speaker by surname (or letter: A 씨) and title
      const named = d.parts.find((p, j) => !places.some((x) => x.placeId === p) && !lex.residence.includes(p) && !(j === d.parts.length - 1 && speaker.title === '씨'));
      const tag = speaker.title === '씨' ? (d.parts[d.parts.length - 1] ?? '') : (named?.[0] ?? '');
      const key = `ko-src:speaker:${speaker.title}:${tag}`;
      state.last = key;
      const span = { start: words[d.first].start, end: words[i].start + m.stem.length };
      out.push({ span, key, descriptor: text.slice(span.start, span.end), location: d.place?.name ?? null, placeId: d.place?.placeId ?? null, kind: speaker.kind });
      continue;
    }
    // 통일부에 따르면: an organisation cited as the source
    if (i > 0 && lex.according.includes(m.stem)) {
      const prev = words[i - 1];
      const actor = overlapping(actors, prev);
      if (actor?.canonId && actor.kind === 'organization' && an.analyse(prev.text).particles.includes('에')) {
        const key = `ko-src:org:${actor.canonId}`;
        state.last = key;
        out.push({ span: actor.span, key, descriptor: text.slice(actor.span.start, actor.span.end), location: null, placeId: null, kind: 'official' });
      }
    }
  }
  return out;
}

/**
 * "현지 소식통들이 밝혔다 ... 양강도의 한 간부소식통은": a source described only as local or
 * inside, without a place, is the report's located source when it names one (and only one).
 * A source outside the country (대북 소식통) or one set apart (또 다른) stays its own.
 */
function unifyUnlocated(found: SourceMention[], lex: Sources): void {
  const located = new Set(found.filter((s) => s.location && s.kind === 'anonymous_insider').map((s) => s.key));
  if (located.size !== 1) return;
  const [key] = located;
  const keys = new Set(found.map((s) => s.key));
  for (const k of keys) {
    const mentions = found.filter((s) => s.key === k);
    const own = mentions.some((s) => s.location || s.kind !== 'anonymous_insider' || lex.distinct.some((d) => s.descriptor.includes(d)) || lex.outsideNK.some((d) => s.descriptor.includes(d)));
    if (!own) for (const s of mentions) s.key = key;
  }
}

export function createKoreanSourcesStage(lex: Sources, an: Analyser): Stage {
  return {
    name: 'ko-sources',
    requires: ['sentences', 'places', 'actors', 'sources'],
    assigns: ['sources'],
    run(doc) {
      const state: State = { last: null, fresh: 0 };
      const L = doc.layers;
      const found = koreanSentences(doc.text, L.sentences!).flatMap(({ span }) => scanKoreanSources(doc.text, span, lex, an, L.places!, L.actors!, state));
      unifyUnlocated(found, lex);
      if (found.length) L.sources = [...L.sources!, ...found].sort((x, y) => x.span.start - y.span.start);
    },
  };
}
