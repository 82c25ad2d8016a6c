// Kinds of body listed, not bodies that act: "officials from the party, military, police,
// prosecution and security departments" names what a joint group is drawn from. A list
// of three or more lower-case items closed by a plural noun for bodies ("departments",
// "agencies"), drawn "from" or "of" something, is such a list; "police, prosecutors and
// MSS agents arrested him" and "police, prosecutors and other authorities detained him" are not.
import type { Words } from '../../knowledge/words.js';

/** Plural nouns for bodies that close a list of their kinds. */
const KIND_PLURALS = new Set(['departments', 'agencies', 'organs', 'bodies', 'institutions', 'organizations', 'organisations', 'authorities', 'services', 'units', 'ministries', 'offices']);
/** How many words one item of such a list may have. */
const ITEM_WORDS = 2;
const MIN_ITEMS = 3;

const comma = (text: string, w: Words, j: number) => w.brk[j] === 1 && text.slice(w.end[j - 1], w.start[j]).trim() === ',';
const coordinator = (key: string) => key === 'and' || key === 'or';
const closes = (w: Words, j: number) => j < w.length && w.brk[j] === 0 && KIND_PLURALS.has(w.key[j]);
/** Whether the list's first item at `first` follows what it is drawn from: "from (the)", "of (the)". */
function drawnFrom(w: Words, first: number): boolean {
  let j = first - 1;
  if (j >= 0 && w.key[j] === 'the' && w.brk[j + 1] === 0) j--;
  return j >= 0 && w.brk[j + 1] === 0 && (w.key[j] === 'from' || w.key[j] === 'of');
}

/** Is the lower-case body at words [from, to) an item of a list of kinds of body? */
export function listedKind(text: string, w: Words, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (w.cap[j]) return false;
  // earlier items, each one lower-case word set off by a comma: "party, military,"
  let items = 1;
  let first = from;
  while (first > 0 && comma(text, w, first) && !w.cap[first - 1] && !coordinator(w.key[first - 1])) {
    first--;
    items++;
    if (w.brk[first] !== 1) break; // no comma before it: the list's first item
  }
  if (!drawnFrom(w, first)) return false;
  if (closes(w, to)) return items >= MIN_ITEMS;
  // later items up to the plural that closes the list: ", prosecution, and security departments"
  for (let e = to; e < w.length; ) {
    let k = e;
    const sep = comma(text, w, k);
    if (k < w.length && coordinator(w.key[k]) && (sep || w.brk[k] === 0)) k++;
    else if (!sep) return false;
    const start = k;
    if (k >= w.length || w.cap[k] || w.brk[k] === 2 || (k > e && w.brk[k] !== 0)) return false;
    k++;
    while (k < w.length && k - start < ITEM_WORDS && w.brk[k] === 0 && !w.cap[k] && !coordinator(w.key[k]) && !KIND_PLURALS.has(w.key[k])) k++;
    items++;
    if (closes(w, k)) return items >= MIN_ITEMS;
    e = k;
  }
  return false;
}
