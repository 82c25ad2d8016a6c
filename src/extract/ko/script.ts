// Which sentences are Korean: the share of Hangul among the letters, per sentence, so
// that a report mixing Korean and English sends each sentence to its own rules.
import type { Span } from '../../core/model.js';
import type { Doc, Layers, Stage } from '../doc.js';

export const isHangul = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;

const HANGUL = /[\uac00-\ud7a3]/g;

/** A span is Korean when at least a third of its letters are Hangul syllables. */
export function isKoreanSpan(text: string, span: Span): boolean {
  let hangul = 0;
  let letters = 0;
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    if (isHangul(c)) {
      hangul++;
      letters++;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
  }
  return hangul > 0 && hangul * 3 >= letters;
}

type KoreanSentence = { readonly span: Span; readonly index: number };
const found = new WeakMap<readonly Span[], { text: string; korean: readonly KoreanSentence[] }>();

/**
 * The Korean sentences of a report, with their index in the sentence layer. Only a
 * sentence holding Hangul has its letters counted: an English report, or one that
 * glosses a word in Hangul, is not read letter by letter in every Korean stage.
 */
export function koreanSentences(text: string, sentences: readonly Span[]): readonly KoreanSentence[] {
  // the four Korean stages after ko-sentences read the same layer of the same text: found once
  const known = found.get(sentences);
  if (known && known.text === text) return known.korean;
  const out: KoreanSentence[] = [];
  // `next` is the first Hangul at or after `from` (the text's length when none): found by a native scan, again only when a span starts outside [from, next]
  let from = -1;
  let next = -1;
  for (let i = 0; i < sentences.length; i++) {
    const span = sentences[i];
    if (span.start < from || span.start > next) {
      HANGUL.lastIndex = span.start;
      const m = HANGUL.exec(text);
      from = span.start;
      next = m ? m.index : text.length;
    }
    if (next < span.end && isKoreanSpan(text, span)) out.push({ span, index: i });
  }
  found.set(sentences, { text, korean: out });
  return out;
}

type SpanLayer = 'dates' | 'counts' | 'sources';

/** A stage that adds what `scan` finds in each Korean sentence to a layer an English stage wrote, in text order. */
export function koreanLayerStage<L extends SpanLayer>(name: string, layer: L, requires: Stage['requires'], scan: (doc: Doc, sentence: Span) => Layers[L]): Stage {
  return {
    name,
    requires: ['sentences', layer, ...requires],
    assigns: [layer],
    run(doc) {
      const found: { span: Span }[] = [];
      for (const { span } of koreanSentences(doc.text, doc.layers.sentences!)) found.push(...scan(doc, span));
      if (!found.length) return;
      const merged = [...(doc.layers[layer] as { span: Span }[]), ...found].sort((x, y) => x.span.start - y.span.start);
      (doc.layers as Record<SpanLayer, unknown>)[layer] = merged;
    },
  };
}
