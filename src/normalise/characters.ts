// Pass 1: one spelling per character. Quote, dash and space variants become one
// form each, invisible characters go, line breaks become "\n", and letters typed as
// base + combining marks (or conjoining Hangul jamo) are composed (NFC), so that
// "Sinŭiju" and "보위부" match the knowledge files however they were typed.
import { EditBuilder, type PassMap } from './offset-map.js';

const REPLACEMENTS: Record<string, string> = {
  // quotes: straight ASCII, so patterns need one form of each
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  // hyphens and minus signs are hyphens; dashes keep their two widths
  '\u2010': '-', '\u2011': '-', '\u2212': '-', '\u2012': '\u2013', '\u2015': '\u2014',
  // spaces
  '\t': ' ', '\u00A0': ' ', '\u1680': ' ', '\u202F': ' ', '\u205F': ' ', '\u3000': ' ',
  // page and line separators end a line
  '\r': '\n', '\v': '\n', '\f': '\n', '\u0085': '\n', '\u2028': '\n', '\u2029': '\n',
};

// soft hyphen, zero-width space, word joiner, byte-order mark
const INVISIBLE = '\u00AD\u200B\u2060\uFEFF';

const SINGLE = ['\\r\\n', `[${INVISIBLE}]`, `[${Object.keys(REPLACEMENTS).join('').replace(/[\\\]^-]/g, '\\$&')}\\u2000-\\u200A]`];
const COMPOSABLE = ['\\P{M}\\p{M}+', '[\\u1100-\\u1112][\\u1161-\\u1175][\\u11A8-\\u11C2]?'];
// most text has nothing to compose, and then the cheaper pattern does
const PATTERN = new RegExp(SINGLE.join('|'), 'gu');
const PATTERN_WITH_COMPOSING = new RegExp([...SINGLE, ...COMPOSABLE].join('|'), 'gu');
const HAS_COMPOSABLE = /[\p{M}\u1100-\u11FF]/u;

export function unifyCharacters(input: string): { text: string; map: PassMap } {
  const out = new EditBuilder(input);
  let at = 0;
  for (const m of input.matchAll(HAS_COMPOSABLE.test(input) ? PATTERN_WITH_COMPOSING : PATTERN)) {
    const start = m.index;
    const end = start + m[0].length;
    const replacement = replacementFor(m[0]);
    if (replacement === m[0]) continue;
    out.copy(at, start);
    if (m[0] === '\r\n') {
      // drop the "\r" so the "\n" still maps onto itself
      out.copy(start + 1, end);
    } else {
      out.replace(start, end, replacement);
    }
    at = end;
  }
  out.copy(at, input.length);
  return out.finish();
}

function replacementFor(s: string): string {
  if (s === '\r\n') return '\n';
  if (s.length === 1) {
    if (INVISIBLE.includes(s)) return '';
    if (s >= '\u2000' && s <= '\u200A') return ' ';
    return REPLACEMENTS[s] ?? s;
  }
  return s.normalize('NFC');
}
