// Counts of people: a number (digits or words) followed by a noun for people within a
// few words ("seven North Korean defectors"), a group compound ("three-man task force"),
// "a family of four", or a vague plural ("dozens of agents"). Money, ages and dates are
// not counts.
import type { CountMention, DateMention } from '../doc.js';
import { lowerAt, type Tokens } from '../tokens.js';
import { APPROXIMATORS, GROUP_SUFFIX, PEOPLE, UNITS, VAGUE, numberValue } from './numbers.js';

const LOOKAHEAD = 4;
/** Words that may start a count, in one set: every token is looked up. */
const COUNT_WORDS = new Set([...UNITS.keys(), ...VAGUE.keys()]);
const GROUP_NOUNS = new Set(['family', 'group', 'team', 'crowd', 'squad', 'unit']);
/** "three of them", "two of his": the people counted are named after "of" */
const OF_WHOM = new Set(['them', 'his', 'the', 'their']);
/** "four traders near X, six in Y": a count whose people noun the sentence already gave stands before a place. */
const ELIDED_BEFORE = new Set(['in', 'near', 'at']);
const ELIDED_AFTER = new Set([',', 'and']);
const SENTENCE_ENDS = new Set(['.', '!', '?', ';']);

/** Whether the number at tokens [i, last] counts people named by an earlier count of its sentence ("..., six in Y"). */
function elidedHead(t: Tokens, i: number, last: number, out: readonly CountMention[]): boolean {
  if (!ELIDED_BEFORE.has(lowerAt(t, last + 1)) || !out.length) return false;
  const before = APPROXIMATORS.has(lowerAt(t, i - 1)) ? i - 2 : i - 1;
  if (!ELIDED_AFTER.has(lowerAt(t, before))) return false;
  const prior = out[out.length - 1].span.end;
  for (let k = before; k >= 0 && t.end[k] > prior; k--) if (SENTENCE_ENDS.has(t.lower[k])) return false;
  return true;
}

function headIsPeople(t: Tokens, from: number): boolean {
  for (let k = from; k < Math.min(t.length, from + LOOKAHEAD); k++) {
    const w = t.lower[k];
    if (PEOPLE.has(w)) return true;
    if (w === 'of' && OF_WHOM.has(lowerAt(t, k + 1))) return true;
    if (!/^[a-z][a-z'-]*$/.test(w) || numberValue(w) !== null) return false;
  }
  return false;
}

function approximate(t: Tokens, i: number): boolean {
  const prev = lowerAt(t, i - 1);
  return APPROXIMATORS.has(prev) || (prev === 'a' && APPROXIMATORS.has(lowerAt(t, i - 2)));
}

export function scanCounts(t: Tokens, dates: DateMention[]): CountMention[] {
  const out: CountMention[] = [];
  let d = 0;
  for (let i = 0; i < t.length; i++) {
    const w = t.lower[i];
    const c0 = w.charCodeAt(0);
    if (!(c0 >= 48 && c0 <= 57) && !COUNT_WORDS.has(w) && !w.includes('-')) continue;
    while (d < dates.length && dates[d].span.end <= t.start[i]) d++;
    if (d < dates.length && dates[d].span.start <= t.start[i]) continue;
    const group = GROUP_SUFFIX.exec(w);
    if (group) {
      const v = numberValue(group[1]);
      if (v !== null) out.push({ span: { start: t.start[i], end: t.end[i] }, value: v, approximate: approximate(t, i) });
      continue;
    }
    const vague = VAGUE.get(w);
    if (vague !== undefined && lowerAt(t, i + 1) === 'of') {
      // "tens of thousands of": the larger word names the amount
      out.push({ span: { start: t.start[i], end: t.end[i] }, value: vague, approximate: true });
      continue;
    }
    let value = numberValue(w);
    if (value === null) continue;
    let last = i;
    // "a dozen", "two hundred", "1,500"
    while (last + 1 < t.length) {
      const next = numberValue(t.lower[last + 1]);
      if (next === null || next < 12 || /^\d/.test(t.lower[last + 1])) break;
      // "two dozen", "three hundred" multiply; "twenty five" adds
      value = next >= 100 || next === 12 && t.lower[last + 1] === 'dozen' ? value * next : value + next;
      last++;
    }
    const prev = lowerAt(t, i - 1);
    const familyOf = prev === 'of' && GROUP_NOUNS.has(lowerAt(t, i - 2));
    if (!familyOf && !headIsPeople(t, last + 1) && !elidedHead(t, i, last, out)) continue;
    if (value <= 0) continue;
    out.push({ span: { start: t.start[i], end: t.end[last] }, value, approximate: approximate(t, i) });
    i = last;
  }
  return out;
}
