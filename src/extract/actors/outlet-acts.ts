// An outlet is a report's teller, not an actor of its story, unless the story is about
// it: "the two newspapers reviewed the book and were sentenced", "the paper was sued".
// A foreign outlet reads as an organisation only when it is the subject of a verb that is
// no telling or news-gathering ("the Herald reviewed", "the Herald was raided"), and never
// when the report anywhere cites it ("told the Herald", "the Herald reported"): an outlet the
// report draws on is its source.
import { withoutPossessive, type Words } from '../../knowledge/words.js';

/** Verbs that make a medium the teller of a story: the state media's (generic.ts) and any outlet's. */
export const NEWS_VERBS = [
  'said', 'says', 'reported', 'reports', 'quoted', 'quoting', 'cited', 'announced', 'stated', 'added', 'claimed', 'published', 'released',
  'aired', 'broadcast', 'showed', 'wrote', 'noted', 'described', 'called',
] as const;

/** Verbs of telling and of gathering news: an outlet doing these is telling the story. */
const TELLING = new Set([
  ...NEWS_VERBS, 'citing', 'learned', 'learnt', 'confirmed', 'obtained',
  'contacted', 'interviewed', 'asked', 'received', 'acquired', 'reached', 'spoke', 'revealed', 'covered', 'analyzed', 'analysed',
  'examined', 'identified', 'verified', 'found', 'estimated', 'surveyed', 'tracked', 'monitored', 'observed', 'photographed',
  'filmed', 'recorded', 'requested', 'attempted', 'tried', 'contributed', 'updated', 'corrected', 'explained', 'detailed', 'told',
  'based', 'founded', 'established', 'launched', 'headquartered', 'owned', 'run',
]);
/** Words that may stand between an outlet and its verb: "the Herald has also", "the Herald, a daily, ...". */
const BETWEEN = new Set(['has', 'have', 'had', 'also', 'first', 'previously', 'recently', 'later', 'earlier', 'then', 'itself', 'both', 'newspaper', 'newspapers', 'paper', 'papers', 'daily', 'dailies']);
/** Auxiliaries of the passive: "was sued", "were banned". */
const PASSIVE = new Set(['was', 'were', 'been', 'is', 'are']);
/** Irregular past forms of acts an outlet may do or suffer. */
const IRREGULAR_ACTS = new Set(['ran', 'took', 'made', 'sent', 'paid', 'lost', 'won', 'sued', 'shut', 'hit', 'struck', 'fought', 'carried']);
/** Small words a name written as one may keep in lower case: "Radio for Korea". */
const NAME_LINKS = new Set(['of', 'the', 'for', 'and', 'in', 'on']);
/** How many words a coordinated outlet or an apposition may run to. */
const REACH = 8;

const pastForm = (key: string) => (key.length > 4 && key.endsWith('ed')) || IRREGULAR_ACTS.has(key);

/** The punctuation alone between words j-1 and j. */
const gap = (text: string, w: Words, j: number) => text.slice(w.end[j - 1], w.start[j]).trim();

/**
 * Does the outlet named by words [from, to) act or suffer in the story: the subject of a
 * past verb that is no telling, past a coordinated name ("the Herald and the Times") or an
 * apposition set off by commas ("the Herald, a daily, reviewed")?
 */
export function outletActs(text: string, w: Words, from: number, to: number): boolean {
  // "the diplomat allegedly had lived": a name of common words must be written as a name
  for (let k = from; k < to; k++) if (!w.cap[k] && !NAME_LINKS.has(w.key[k])) return false;
  let j = to;
  // "and the Times", "(the Herald and the Times)": capitalised words of a name joined to it
  const limit = Math.min(w.length, to + REACH);
  while (j < limit && w.brk[j] === 0 && (w.key[j] === 'and' || w.key[j] === 'the' || w.cap[j])) j++;
  if (j < w.length && w.brk[j] === 1) {
    const mark = gap(text, w, j);
    if (mark === ',') {
      // an apposition closed by a comma: ", a conservative daily, reviewed"
      let k = j + 1;
      while (k < limit + REACH && k < w.length && w.brk[k] === 0) k++;
      if (k >= w.length || w.brk[k] !== 1 || gap(text, w, k) !== ',') return false;
      j = k;
    } else if (mark !== ')') return false;
  } else if (j < w.length && w.brk[j] !== 0) return false;
  while (j < w.length && j - to < 2 * REACH && (j === to || w.brk[j] <= 1) && (BETWEEN.has(w.key[j]) || w.key[j].endsWith('ly'))) j++;
  if (j >= w.length || w.brk[j] === 2) return false;
  if (PASSIVE.has(w.key[j])) {
    // "was sued", "were banned": suffered, unless it only says who the outlet is ("is based in Seoul")
    const next = j + 1;
    return next < w.length && w.brk[next] === 0 && pastForm(w.key[next]) && !TELLING.has(w.key[next]);
  }
  return pastForm(w.key[j]) && !TELLING.has(w.key[j]);
}

/** Words before an outlet that make it the teller: "reported to the Herald", "spoke to", "published by". */
const TOLD_TO = new Set(['to', 'by']);
/** The outlet's informants and staff after its possessive: "the Herald's sources said". */
const TELLERS_AFTER = new Set(['source', 'sources', 'correspondent', 'correspondents', 'reporter', 'reporters', 'report', 'reports', 'reporting', 'partner', 'partners']);

/**
 * Is the outlet named by words [from, to) cited as a teller here ("reported to the Herald",
 * "the Herald's sources", "an interview with the Herald")? The canon's own test of a
 * telling verb after it is made by the caller.
 */
export function outletTells(text: string, w: Words, from: number, to: number): boolean {
  let b = from - 1;
  if (b >= 0 && w.brk[b + 1] === 0 && w.key[b] === 'the') b--;
  if (b >= 1 && w.brk[b + 1] === 0 && TOLD_TO.has(w.key[b]) && w.brk[b] === 0 && (TELLING.has(w.key[b - 1]) || w.key[b - 1] === 'talked')) return true;
  if (b >= 0 && w.brk[b + 1] === 0 && w.key[b] === 'with' && b >= 1 && (w.key[b - 1] === 'interview' || w.key[b - 1] === 'spoke')) return true;
  const possessive = withoutPossessive(text, w.end[to - 1]) !== w.end[to - 1];
  return possessive && to < w.length && TELLERS_AFTER.has(w.key[to]);
}
