// A page's photo captions as a text of their own: the page with everything else blanked
// (offsets unchanged), for the stages that read what a caption names. Null when the page
// has no caption. Built and read into words once per document, for every stage that asks.
import type { Doc } from '../doc.js';
import type { Words } from '../../knowledge/words.js';
import { wordsIn } from '../tokens.js';

export interface Captions {
  text: string;
  words: Words;
}

const cache = new WeakMap<Doc, Captions | null>();

function captionText(doc: Doc): string | null {
  const captions = (doc.layers.furniture ?? []).filter((f) => f.kind === 'caption');
  if (captions.length === 0 || doc.page === undefined) return null;
  let text = '';
  let at = 0;
  for (const { span } of captions) {
    text += ' '.repeat(span.start - at) + doc.page.slice(span.start, span.end);
    at = span.end;
  }
  return text;
}

/** The captions' text and words, once the furniture stage has run. */
export function captionsOf(doc: Doc): Captions | null {
  let c = cache.get(doc);
  if (c === undefined) {
    const text = captionText(doc);
    c = text === null ? null : { text, words: wordsIn(text) };
    cache.set(doc, c);
  }
  return c;
}
