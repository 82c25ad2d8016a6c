// A page's photo captions as a text of their own: the page with everything else blanked
// (offsets unchanged), for the stages that read what a caption names. Null when the page
// has no caption.
import type { Doc } from '../doc.js';

export function captionText(doc: Doc): string | null {
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
