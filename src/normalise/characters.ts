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
const PATTERN_WITH_COMPOSING = new RegExp([...SINGLE, ...COMPOSABLE].join('|'), 'gu');

// most text has nothing to compose, and then a scan over character codes finds the
// few characters SINGLE matches, far faster than a Unicode regular expression
const SINGLE_CHAR = new Uint8Array(0x10000);
for (const ch of [...INVISIBLE, ...Object.keys(REPLACEMENTS)]) SINGLE_CHAR[ch.charCodeAt(0)] = 1;
for (let c = 0x2000; c <= 0x200a; c++) SINGLE_CHAR[c] = 1;
const MARK = /\p{M}/u;

/** Whether the text holds a combining mark or a conjoining Hangul jamo. */
function hasComposable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x300) continue; // no marks below U+0300
    if (c >= 0x1100 && c <= 0x11ff) return true;
    if ((c >= 0x2000 && c <= 0x206f) || (c >= 0xac00 && c <= 0xd7a3)) continue; // punctuation, Hangul syllables
    if (MARK.test(String.fromCodePoint(text.codePointAt(i)!))) return true;
  }
  return false;
}

/** Calls `found` with each match of SINGLE, left to right. */
function forEachSingle(text: string, found: (start: number, matched: string) => void): void {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) found(i++, '\r\n');
    else if (SINGLE_CHAR[c] === 1) found(i, text[i]);
  }
}

export function unifyCharacters(input: string): { text: string; map: PassMap } {
  const out = new EditBuilder(input);
  let at = 0;
  const edit = (start: number, matched: string) => {
    const end = start + matched.length;
    const replacement = replacementFor(matched);
    if (replacement === matched) return;
    out.copy(at, start);
    if (matched === '\r\n') {
      // drop the "\r" so the "\n" still maps onto itself
      out.copy(start + 1, end);
    } else {
      out.replace(start, end, replacement);
    }
    at = end;
  };
  if (hasComposable(input)) for (const m of input.matchAll(PATTERN_WITH_COMPOSING)) edit(m.index, m[0]);
  else forEachSingle(input, edit);
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
