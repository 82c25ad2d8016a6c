// Sentence boundaries from the shared tokens. Written by hand because the rule set is
// small and must run at corpus speed: a full stop ends a sentence unless it closes an
// abbreviation or an initial ("Dec. 10", "N. Korea", "a.m."), and a blank line always
// ends one (headings and datelines carry no full stop).
import type { Span } from '../../core/model.js';
import type { Tokens } from '../tokens.js';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'nos', 'gen', 'lt', 'col', 'sgt', 'capt', 'maj', 'gov', 'sen', 'rep', 'prof',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'co', 'corp', 'ltd', 'vs', 'approx', 'est', 'a.m', 'p.m', 'u.s', 'u.n', 'u.k', 'e.g', 'i.e', 'etc',
]);
const ENDERS = new Set(['.', '!', '?']);
const CLOSERS = new Set(['"', "'", ')', ']']);

function blankLineBetween(text: string, from: number, to: number): boolean {
  let newlines = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10 && ++newlines === 2) return true;
  return false;
}

export function splitSentences(text: string, t: Tokens): Span[] {
  const out: Span[] = [];
  let first = 0;
  const close = (last: number) => {
    if (last >= first) out.push({ start: t.start[first], end: t.end[last] });
    first = last + 1;
  };
  for (let i = 0; i < t.length; i++) {
    const next = i + 1;
    // a blank line needs at least two characters between the tokens
    if (next < t.length && t.start[next] - t.end[i] >= 2 && blankLineBetween(text, t.end[i], t.start[next])) {
      close(i);
      continue;
    }
    // enders are single characters: a length test spares most tokens the lookup
    if (t.lower[i].length !== 1 || !ENDERS.has(t.lower[i])) continue;
    const before = i > 0 ? t.lower[i - 1] : '';
    // "Dec." and "N." are not ends: an abbreviation or a single letter glued to the dot
    if (t.lower[i] === '.' && i > first && t.end[i - 1] === t.start[i] && (ABBREVIATIONS.has(before) || before.length === 1)) continue;
    let last = i;
    while (last + 1 < t.length && CLOSERS.has(t.lower[last + 1]) && t.start[last + 1] === t.end[last]) last++;
    const k = last + 1;
    if (k >= t.length) break;
    const opensQuote = (t.lower[k] === '"' || t.lower[k] === "'") && t.start[k] > t.end[last];
    if (t.upper[k] || opensQuote || /^\d/.test(t.lower[k]) || t.lower[k] === '◆' || t.lower[k] === '※') {
      close(last);
      i = last;
    }
  }
  if (first < t.length) close(t.length - 1);
  return out;
}
