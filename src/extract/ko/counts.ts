// Counts of people in Korean: 2명, 30여명, 650여 명, 수십 명, 일가족 5명. The unit words
// and the approximate numbers (수십 = tens) are data in knowledge/lexicon/ko/time.json.
import type { Span } from '../../core/model.js';
import type { CountMention, Stage } from '../doc.js';
import type { KoLexicon } from './lexicon.js';
import { koreanLayerStage } from './script.js';

type Time = KoLexicon['time'];

function countPattern(t: Time): RegExp {
  const alt = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).join('|');
  return new RegExp(`(?:(?<num>\\d[\\d,]*)|(?<word>${alt(t.approximate.keys())}))\\s*(?<about>여)?\\s*(?:${alt(t.peopleUnits)})`, 'gu');
}

export function scanKoreanCounts(text: string, sentence: Span, t: Time, re: RegExp): CountMention[] {
  const out: CountMention[] = [];
  const body = text.slice(sentence.start, sentence.end);
  re.lastIndex = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const g = m.groups!;
    const value = g.num ? Number(g.num.replace(/,/g, '')) : t.approximate.get(g.word!)!;
    if (!(value > 0)) continue;
    const after = body.slice(m.index + m[0].length, m.index + m[0].length + 4);
    out.push({ span: { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }, value, approximate: !g.num || !!g.about || t.about.some((w) => after.startsWith(w)) });
  }
  return out;
}

export function createKoreanCountsStage(t: Time): Stage {
  const re = countPattern(t);
  return koreanLayerStage('ko-counts', 'counts', [], (doc, span) => scanKoreanCounts(doc.text, span, t, re));
}
