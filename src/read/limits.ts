// Limits a reader checks before handing text to a parser that could run for
// minutes or overflow its stack on hostile nesting. Each refusal names what was
// too deep or too large in words a person understands.
import { CasefileError } from '../core/errors.js';

/** a report's text longer than this is refused: split it into reports */
export const MAX_TEXT_CHARS = 4 * 1024 * 1024;
/** HTML elements nested deeper than this (browsers lay out 512) */
export const MAX_HTML_DEPTH = 1000;
/** Markdown lists or quotes nested deeper than this */
export const MAX_MARKDOWN_DEPTH = 64;

/**
 * Refuses a single-report file whose bytes could not hold a report within the text
 * limit even after its markup is gone (`markup` bytes per character of text allowed),
 * before any parser spends time on it.
 */
export function checkSourceSize(bytes: Uint8Array, markup: number, where: string): void {
  if (bytes.length > MAX_TEXT_CHARS * markup) {
    throw new CasefileError('E_READ_LIMIT', `it is ${mb(bytes.length)} MB, too large for one report (at most ${mb(MAX_TEXT_CHARS)} million characters of text); split it into several reports`, { where });
  }
}

export function checkTextSize(text: string, where: string): void {
  if (text.length > MAX_TEXT_CHARS) {
    throw new CasefileError('E_READ_LIMIT', `its text is ${mb(text.length)} million characters; one report holds at most ${mb(MAX_TEXT_CHARS)} million (split it into several reports)`, { where });
  }
}

const mb = (n: number) => (n / 1024 / 1024).toFixed(1);

// elements that close themselves or may be left open: they do not deepen the tree
const NO_DEPTH = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'rp', 'rt', 'tbody', 'thead', 'tfoot', 'colgroup', 'caption', 'html', 'head', 'body',
]);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>|<!--/g;

/** Refuses HTML whose elements nest deeper than MAX_HTML_DEPTH, by a scan of its tags (no tree is built). */
export function checkHtmlDepth(html: string, where: string): void {
  let depth = 0;
  const lower = html.toLowerCase();
  const tag = new RegExp(TAG);
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = m[2]?.toLowerCase();
    // a comment, script or style body holds no tags; one left open runs to the end
    const close = m[0] === '<!--' ? '-->' : !m[1] && (name === 'script' || name === 'style') ? `</${name}` : null;
    if (close) {
      const at = lower.indexOf(close, tag.lastIndex);
      if (at < 0) return;
      tag.lastIndex = at + close.length;
      continue;
    }
    if (!name || NO_DEPTH.has(name) || m[3] === '/') continue;
    depth = m[1] === '/' ? Math.max(0, depth - 1) : depth + 1;
    if (depth > MAX_HTML_DEPTH) throw tooDeep('HTML elements', MAX_HTML_DEPTH, where);
  }
}

const LIST_ITEM = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const QUOTES = /^(?:[ \t]{0,3}>)+/;

/** Refuses Markdown whose lists or block quotes nest deeper than MAX_MARKDOWN_DEPTH. */
export function checkMarkdownDepth(markdown: string, where: string): void {
  for (const line of markdown.split('\n')) {
    const quotes = QUOTES.exec(line)?.[0].replace(/[^>]/g, '').length ?? 0;
    if (quotes > MAX_MARKDOWN_DEPTH) throw tooDeep('Markdown block quotes', MAX_MARKDOWN_DEPTH, where);
    const indent = LIST_ITEM.exec(line)?.[1].replace(/\t/g, '    ').length ?? 0;
    // a nested list item is indented at least two columns more than its parent
    if (indent / 2 > MAX_MARKDOWN_DEPTH) throw tooDeep('Markdown lists', MAX_MARKDOWN_DEPTH, where);
  }
}

const tooDeep = (what: string, max: number, where: string) =>
  new CasefileError('E_READ_LIMIT', `its ${what} are nested more than ${max} levels deep, more than any report needs`, { where });

/** A parser's own failure in a person's words: a stack overflow is nesting, not a bug to report. */
export function parserFailure(err: unknown, what: string, where: string): CasefileError {
  if (err instanceof CasefileError) return err;
  if (err instanceof RangeError && /call stack/i.test(err.message)) {
    return new CasefileError('E_READ_LIMIT', `its ${what} is nested too deeply to read`, { where, cause: err });
  }
  return new CasefileError('E_READ_UNREADABLE', `malformed ${what}: ${placeInWords(err instanceof Error ? err.message : String(err))}`, { where, cause: err });
}

/** "Start tag expected.:1:undefined" (a parser's message, line, column) as a person reads it. */
function placeInWords(message: string): string {
  return message.replace(/\.?:(\d+):(\d+|undefined)$/, (_, line: string, column: string) => ` at line ${line}${column === 'undefined' ? '' : `, column ${column}`}`);
}
