// Which tokens stand inside quotation marks. Curly quotes say which way they turn;
// straight ones toggle; a blank line closes a quote left open (a quoted paragraph
// reopens its quote on the next one).
import type { Doc } from './doc.js';
import { tokensOf } from './tokens.js';

const cache = new WeakMap<Doc, Uint8Array>();

export function quotedOf(doc: Doc): Uint8Array {
  let q = cache.get(doc);
  if (q) return q;
  const t = tokensOf(doc);
  q = new Uint8Array(t.length);
  let open = false;
  for (let i = 0; i < t.length; i++) {
    if (i > 0 && t.start[i] - t.end[i - 1] >= 2 && doc.text.slice(t.end[i - 1], t.start[i]).includes('\n\n')) open = false;
    if (t.lower[i] === '"') {
      const ch = doc.text[t.start[i]];
      open = ch === '“' || ch === '„' ? true : ch === '”' ? false : !open;
      continue;
    }
    q[i] = open ? 1 : 0;
  }
  cache.set(doc, q);
  return q;
}
