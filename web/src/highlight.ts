// Lays highlight spans out as a tree that nests like HTML elements must. Spans
// from different layers may cross ("Police in Hyesan" vs. "Hyesan, Ryanggang");
// a span that crosses the end of its enclosing one is cut there and continues as
// a second piece, so every character keeps all of its highlights. Written by hand
// because no library lays out overlapping offset ranges into nested elements.

export interface Highlight {
  start: number;
  end: number;
  kind: string;
  id: string;
}

export interface Piece {
  highlight: Highlight;
  start: number;
  end: number;
  /** true for the second and later pieces of a cut highlight */
  continued: boolean;
  children: Piece[];
}

/** Wider spans first so they enclose narrower ones; ties keep the given order. */
const byPosition = (a: Omit<Piece, 'children'>, b: Omit<Piece, 'children'>) => a.start - b.start || b.end - a.end;

export function layout(textLength: number, highlights: Highlight[]): Piece[] {
  const queue: Omit<Piece, 'children'>[] = highlights
    .map((h) => ({ highlight: h, start: Math.max(0, h.start), end: Math.min(textLength, h.end), continued: false }))
    .filter((p) => p.end > p.start)
    .sort(byPosition);
  const roots: Piece[] = [];
  const open: Piece[] = [];
  while (queue.length > 0) {
    const next = queue.shift()!;
    while (open.length > 0 && open[open.length - 1].end <= next.start) open.pop();
    const parent = open[open.length - 1];
    let end = next.end;
    if (parent && end > parent.end) {
      // cut at the parent's end; the rest goes back in order
      insertSorted(queue, { ...next, start: parent.end, continued: true });
      end = parent.end;
    }
    const piece: Piece = { ...next, end, children: [] };
    (parent ? parent.children : roots).push(piece);
    open.push(piece);
  }
  return roots;
}

function insertSorted(queue: Omit<Piece, 'children'>[], item: Omit<Piece, 'children'>): void {
  const at = queue.findIndex((q) => byPosition(item, q) < 0);
  queue.splice(at < 0 ? queue.length : at, 0, item);
}
