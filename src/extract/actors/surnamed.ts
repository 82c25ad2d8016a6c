// People a report names by surname only, as it often must to protect them: "a man
// surnamed Kim", "whose surname is Lee", "identified only by his last name Han",
// "Ms. Yoon". The annotation counts them as named people. Once introduced, the bare
// surname later in the report ("Lee was taken away", "Lee's wife") is the same person.
import { withoutPossessive, type Words } from '../../knowledge/words.js';

/** Words that introduce a surname, read backwards from the name: "surname is", "last name". */
const INTRODUCERS: readonly (readonly string[])[] = [
  ['surnamed'], ['surname'], ['surname', 'is'], ['surname', 'was'],
  ['last', 'name'], ['last', 'name', 'is'], ['family', 'name'], ['family', 'name', 'is'],
  ['mr'], ['ms'], ['mrs'], ['miss'],
];
const NAME_WORD = /^[a-z\u00e0-\u024f]{2,12}$/;

function introducedBefore(w: Words, i: number): boolean {
  for (const words of INTRODUCERS) {
    const from = i - words.length;
    if (from < 0) continue;
    let ok = true;
    // the words stand together; a title's full stop ("Ms. Yoon") may sit before the name
    for (let k = 0; k < words.length && ok; k++) ok = w.key[from + k] === words[k] && (k === 0 || w.brk[from + k] === 0);
    if (ok && (w.brk[i] === 0 || (w.brk[i] === 2 && w.start[i] - w.end[i - 1] <= 2 && words.length === 1 && words[0].startsWith('m')))) return true;
  }
  return false;
}

/** A single capitalised word that stands alone: no capitalised word joined to it on either side. */
function alone(w: Words, i: number): boolean {
  if (!w.cap[i] || !NAME_WORD.test(w.key[i])) return false;
  const before = i > 0 && w.brk[i] === 0 && w.cap[i - 1] === 1;
  const after = i + 1 < w.length && w.brk[i + 1] === 0 && w.cap[i + 1] === 1;
  return !before && !after;
}

/**
 * Word i as a surname-only person: introduced here, or met bare after its introduction
 * (`known` holds the surnames introduced so far and is added to): the next word and
 * the name's end offset.
 */
export function surnameAt(text: string, w: Words, i: number, known: Set<string>): { to: number; end: number } | null {
  if (!alone(w, i)) return null;
  // "Lee's wife": the possessive is no part of the name
  const end = withoutPossessive(text, w.end[i]);
  const key = text.slice(w.start[i], end).toLowerCase();
  if (known.has(key)) return { to: i + 1, end };
  if (!introducedBefore(w, i)) return null;
  known.add(key);
  return { to: i + 1, end };
}
