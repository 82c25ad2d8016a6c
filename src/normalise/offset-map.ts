// Offsets from normalised text back to the text a reader produced. Each repair pass
// records which output ranges were copied verbatim from its input and which were
// written in place of an input range; the map chains the passes. Offsets are
// JavaScript UTF-16 code units, like every Span in the model.
import type { Span } from '../core/model.js';

interface Piece {
  outStart: number;
  outEnd: number;
  inStart: number;
  inEnd: number;
  /** true when each output unit maps to one input unit (copied, or replaced 1:1) */
  linear: boolean;
}

/** The map of one pass: output positions to input positions. */
export class PassMap {
  constructor(private readonly pieces: readonly Piece[]) {}

  /**
   * A position that starts a span maps to the start of the input it came from; one
   * that ends a span maps to the end, so a span over a replacement covers all of
   * the input it replaced, and a span never swallows text the pass deleted.
   */
  toInput(pos: number, side: 'start' | 'end'): number {
    const pieces = this.pieces;
    if (pieces.length === 0) return 0;
    let lo = 0;
    let hi = pieces.length - 1;
    // the last piece whose outStart < pos (end side) or <= pos (start side)
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const p = pieces[mid];
      if (side === 'start' ? p.outStart <= pos : p.outStart < pos) lo = mid;
      else hi = mid - 1;
    }
    const p = pieces[lo];
    // only the end of the whole text lies past the last piece
    if (pos >= p.outEnd) return p.inEnd;
    if (side === 'end' && pos <= p.outStart) return p.inStart;
    if (p.linear) return p.inStart + (pos - p.outStart);
    return side === 'start' ? p.inStart : p.inEnd;
  }
}

/** Builds one pass's output and its map, piece by piece, left to right over the input. */
export class EditBuilder {
  private readonly parts: string[] = [];
  private readonly pieces: Piece[] = [];
  private length = 0;

  constructor(private readonly input: string) {}

  /** Copies input[start, end) unchanged. */
  copy(start: number, end: number): void {
    if (end > start) this.push(this.input.slice(start, end), start, end, true);
  }

  /** Writes `text` in place of input[start, end); an empty text deletes the range. */
  replace(start: number, end: number, text: string): void {
    if (text.length > 0) this.push(text, start, end, text.length === end - start);
  }

  finish(): { text: string; map: PassMap } {
    return { text: this.parts.join(''), map: new PassMap(this.pieces) };
  }

  private push(text: string, inStart: number, inEnd: number, linear: boolean): void {
    const outStart = this.length;
    this.length += text.length;
    this.parts.push(text);
    const last = this.pieces[this.pieces.length - 1];
    if (linear && last?.linear && last.inEnd === inStart && last.outEnd === outStart) {
      last.outEnd = this.length;
      last.inEnd = inEnd;
    } else {
      this.pieces.push({ outStart, outEnd: this.length, inStart, inEnd, linear });
    }
  }
}

/** Maps offsets in the normalised text back to the reader's text through every pass. */
export class OffsetMap {
  constructor(private readonly passes: readonly PassMap[]) {}

  toRaw(pos: number, side: 'start' | 'end' = 'start'): number {
    let p = pos;
    for (let i = this.passes.length - 1; i >= 0; i--) p = this.passes[i].toInput(p, side);
    return p;
  }

  spanToRaw(span: Span): Span {
    if (span.end === span.start) {
      const at = this.toRaw(span.start, 'start');
      return { start: at, end: at };
    }
    return { start: this.toRaw(span.start, 'start'), end: this.toRaw(span.end, 'end') };
  }
}
