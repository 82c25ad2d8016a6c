// Analysts' decisions on incidents, replayed in order into pairwise constraints
// that every later linking run obeys: a merge keeps events together, a split keeps
// the two sides apart (and each side together). A later decision overrides an
// earlier one on the same pair.
import type { Decision } from '../../core/link-model.js';
const pair = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

export class Constraints {
  private readonly pairs = new Map<string, 'must' | 'cannot'>();
  private readonly groups = new Map<string, Set<string>>();

  constructor(decisions: readonly Decision[] = []) {
    const together = (keys: string[]) => { for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) this.pairs.set(pair(keys[i], keys[j]), 'must'); };
    for (const d of decisions) {
      if (d.kind === 'merge') together(d.events);
      else {
        together(d.moved);
        together(d.rest);
        for (const a of d.moved) for (const b of d.rest) this.pairs.set(pair(a, b), 'cannot');
      }
    }
    for (const [k, v] of this.pairs) {
      if (v !== 'must') continue;
      const [a, b] = k.split('\u0000');
      for (const [x, y] of [[a, b], [b, a]]) {
        let g = this.groups.get(x);
        if (!g) this.groups.set(x, (g = new Set()));
        g.add(y);
      }
    }
  }

  get empty(): boolean {
    return this.pairs.size === 0;
  }

  cannotLink(a: string, b: string): boolean {
    return this.pairs.get(pair(a, b)) === 'cannot';
  }

  /** Events an analyst put together with this one. */
  mustLinkWith(a: string): ReadonlySet<string> {
    return this.groups.get(a) ?? EMPTY;
  }
}

const EMPTY: ReadonlySet<string> = new Set();
