// Korean sentence boundaries. Korean ends a sentence with a full stop after the verb
// ending (…체포됐다. 이들이 …), with no capital to follow, and writes one paragraph or
// caption per line; the English splitter keeps such text together. Each Korean
// sentence of the layer is split further; English sentences are left as they are.
import type { Span } from '../../core/model.js';
import type { Stage } from '../doc.js';
import { isHangul, isKoreanSpan, koreanSentences } from './script.js';

const ENDERS = new Set([46, 33, 63, 0x2026]); // . ! ? …
const CLOSERS = new Set([34, 39, 0x201d, 0x2019, 41, 93]); // " ' ” ’ ) ]

function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

/** Splits one Korean sentence span at line breaks and at a stop after Hangul followed by a space. */
export function splitKorean(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let from = span.start;
  const cut = (to: number) => {
    const s = trimmed(text, from, to);
    if (s) out.push(s);
    from = to;
  };
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) cut(i + 1);
    else if (ENDERS.has(c) && i > span.start && isHangul(text.charCodeAt(i - 1))) {
      let j = i + 1;
      while (j < span.end && (ENDERS.has(text.charCodeAt(j)) || CLOSERS.has(text.charCodeAt(j)))) j++;
      if (j >= span.end || /\s/.test(text[j])) cut(j);
    }
  }
  cut(span.end);
  return out;
}

export function createKoreanSentencesStage(): Stage {
  return {
    name: 'ko-sentences',
    requires: ['sentences'],
    assigns: ['sentences'],
    run(doc) {
      const sentences = doc.layers.sentences!;
      if (koreanSentences(doc.text, sentences).length === 0) return;
      doc.layers.sentences = sentences.flatMap((s) => (isKoreanSpan(doc.text, s) ? splitKorean(doc.text, s) : [s]));
    },
  };
}
