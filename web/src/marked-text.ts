// Renders a report's text with its extracted items as nested <mark> elements,
// built from offsets with text nodes (never innerHTML).
import { el } from './dom.js';
import { layout, type Highlight, type Piece } from './highlight.js';

export interface Labelled extends Highlight {
  /** shown as the mark's tooltip and accessible description */
  label: string;
  /** events are interactive: they can be focused and selected */
  selectable: boolean;
}

export function markedText(text: string, items: Labelled[]): HTMLElement {
  const root = el('div', { class: 'report-text' });
  appendPieces(root, text, 0, text.length, layout(text.length, items));
  return root;
}

function appendPieces(parent: Node, text: string, from: number, to: number, pieces: Piece[]): void {
  let at = from;
  for (const piece of pieces) {
    if (piece.start > at) parent.appendChild(document.createTextNode(text.slice(at, piece.start)));
    const item = piece.highlight as Labelled;
    const mark = el('mark', {
      class: `hl hl-${item.kind}${piece.continued ? ' continued' : ''}`,
      'data-kind': item.kind,
      'data-id': item.id,
      title: item.label,
      ...(item.selectable ? { tabindex: 0, role: 'button', 'aria-label': `${item.label}: ${text.slice(piece.start, piece.end)}` } : {}),
    });
    appendPieces(mark, text, piece.start, piece.end, piece.children);
    parent.appendChild(mark);
    at = piece.end;
  }
  if (to > at) parent.appendChild(document.createTextNode(text.slice(at, to)));
}
