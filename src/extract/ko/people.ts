// Named people in Korean sentences beyond the canon (whose Hangul names the actors stage
// already finds): a surname and a two-syllable given name introduced by what names a
// person (장세율 대표, 전영진 대사, 장성택(張成澤)), or a name the outlet withholds
// (최모 씨, 한 모 씨, 최씨는), then every later use of that name (장세율은, 한 씨는). A name
// needs its introduction: a bare three-syllable word is far more often a noun.
import type { Span } from '../../core/model.js';
import type { ActorMention, Stage } from '../doc.js';
import { koreanSentences } from './script.js';

export interface KoPeopleLexicon {
  surnames: readonly string[];
  titles: readonly string[];
  withheld: readonly string[];
  notNames: readonly string[];
  kin: readonly string[];
  lineage: readonly string[];
}

const HANGUL = '\uac00-\ud7a3';
/** particles a name or title may carry (장계순과, 대표는) */
const PARTICLES = '은|는|이|가|을|를|의|과|와|도|에게|께서|에|으로|로|이다|였다|이었다';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map(escape).join('|');

interface Found { span: Span; name: string }

export function createKoreanPeopleStage(lex: KoPeopleLexicon): Stage {
  const surnames = alternation(lex.surnames);
  const titles = alternation(lex.titles);
  const withheld = alternation(lex.withheld);
  const notNames = new Set(lex.notNames);
  const kin = alternation(lex.kin);
  // the third syllable is no particle or verb ending (선장이, 주도하, 연애한: a noun and what follows it)
  const name = `((?:${surnames})[${HANGUL}](?![이가을를의와과도하한할해된될돼던])[${HANGUL}])`;
  // a title ends its word, or takes a particle (대표는, 대사인, 의원은)
  const titled = `[${HANGUL}]{0,3}(?:${titles})(?=[^${HANGUL}]|$|(?:${PARTICLES})(?![${HANGUL}]))`;
  // each pattern with the words one of which its match must hold: a sentence without any is not run through it
  const introduced: { re: RegExp; needs: readonly string[] }[] = [
    // 장세율 대표, 김용화 탈북난민연합 대표는, 최성룡 / 납북자가족모임 대표
    { re: new RegExp(`(?<![${HANGUL}])${name}(?=(?:\\s+/)?(?:\\s+[^\\s/]{1,14})?\\s+${titled})`, 'gu'), needs: lex.titles },
    // 최성룡씨, 장성택(張成澤), 임지현(본명 ...)
    { re: new RegExp(`(?<![${HANGUL}])${name}(?=(?:씨|여사|동지)(?:[^${HANGUL}]|$|(?:${PARTICLES})(?![${HANGUL}]))|\\([\\u4e00-\\u9fff]{2,4}\\)|\\(본명)`, 'gu'), needs: ['씨', '여사', '동지', '('] },
    // 부인 박춘희, 누이인 장계순과: a relative named after the kinship word
    { re: new RegExp(`(?<=(?:^|[^${HANGUL}])(?:${kin})(?:인|이자|이었던)?\\s)${name}(?=[^${HANGUL}]|$|(?:${PARTICLES})(?![${HANGUL}]))`, 'gu'), needs: lex.kin },
  ];
  // an empty list leaves an empty alternation, which matches anywhere
  const holdsAny = (text: string, words: readonly string[]) => !words.length || words.some((w) => text.includes(w));
  // 최모 씨, 한 모 씨, 김모씨
  // 최씨는: a surname alone with 씨 is a person too, though not 김씨 일가 (a dynasty)
  const withheldIn = (n: string) => lex.withheld.some((w) => n.includes(w));
  const hidden = new RegExp(`(?<![${HANGUL}])((?:${surnames})\\s?(?:${withheld})\\s?씨|(?:${surnames})\\s?씨(?=(?:${PARTICLES})?(?:[^${HANGUL}]|$))(?!\\s?(?:${alternation(lex.lineage)})))`, 'gu');
  return {
    name: 'ko-people',
    requires: ['sentences', 'places', 'actors'],
    assigns: ['actors'],
    run(doc) {
      const korean = koreanSentences(doc.text, doc.layers.sentences!);
      if (!korean.length) return;
      const taken = [...doc.layers.places!, ...doc.layers.actors!].map((x) => x.span);
      const free = (s: Span) => !taken.some((t) => t.start < s.end && s.start < t.end);
      const found: Found[] = [];
      const names = new Set<string>();
      for (const { span } of korean) {
        const text = doc.text.slice(span.start, span.end);
        for (const m of introduced.flatMap(({ re, needs }) => (holdsAny(text, needs) ? [...text.matchAll(re)] : []))) {
          const s = { start: span.start + m.index, end: span.start + m.index + m[1].length };
          if (notNames.has(m[1]) || !free(s)) continue;
          names.add(m[1]);
        }
        // every withheld name ends in 씨
        if (!text.includes('씨')) continue;
        for (const m of text.matchAll(hidden)) {
          const s = { start: span.start + m.index, end: span.start + m.index + m[1].length };
          if (!free(s)) continue;
          found.push({ span: s, name: m[1].replace(/\s+/g, ' ') });
        }
      }
      // 한 모 씨 ... 한 씨는 ... 한씨의: one person per surname, named as first introduced, the withheld form first
      const bySurname = new Map<string, string>();
      for (const f of found) if (!bySurname.has(f.name[0]) || (!withheldIn(bySurname.get(f.name[0])!) && withheldIn(f.name))) bySurname.set(f.name[0], f.name);
      for (const f of found) f.name = bySurname.get(f.name[0])!;
      // 장성우와 장성길은, 장용철, 전영진: a name listed beside a known one
      if (names.size) {
        const listed = new RegExp(`(?<![${HANGUL}])(?:${[...names].map(escape).join('|')})(?:과|와|,|·)\\s?${name}(?=[^${HANGUL}]|$|(?:${PARTICLES})(?![${HANGUL}]))`, 'gu');
        for (const { span } of korean) for (const m of doc.text.slice(span.start, span.end).matchAll(listed)) if (!notNames.has(m[1])) names.add(m[1]);
      }
      if (names.size) {
        const later = new RegExp(`(?<![${HANGUL}])(?:${[...names].map(escape).join('|')})`, 'gu');
        for (const { span } of korean) {
          const text = doc.text.slice(span.start, span.end);
          for (const m of text.matchAll(later)) {
            const s = { start: span.start + m.index, end: span.start + m.index + m[0].length };
            if (free(s)) found.push({ span: s, name: m[0] });
          }
        }
      }
      if (!found.length) return;
      const people: ActorMention[] = found.map((f) => ({ span: f.span, kind: 'person', canonId: null, name: f.name, placeId: null, count: null }));
      doc.layers.actors = [...doc.layers.actors!, ...people].sort((a, b) => a.span.start - b.span.start);
    },
  };
}
