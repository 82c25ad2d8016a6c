// Named people of any origin, found by how a report introduces them: a full name
// followed by what the person is ("Jane Doe, a lawyer with ...", "John Roe, the UN
// Special Rapporteur", "Jane Roe, Asia director at ...", "Jane Doe, who ...") or named as the
// speaker ("said Jane Doe,"). A role alone is never a name: the description must follow a
// name of two or three capitalised words, none of them a people's name ("the North Koreans, who").
import type { Words } from '../../knowledge/words.js';
import { ARTICLES as OPENERS, DETERMINERS, ROLE_HEADS } from './roles.js';
import { TITLES } from './people.js';
import { isBodyWord, isFunctionWord } from './ordinary.js';

/** What people are introduced as, beyond role heads and titles. */
const PROFESSIONS = new Set([
  'expert', 'founder', 'head', 'chief', 'commissioner', 'adviser', 'advisor', 'economist', 'historian', 'lecturer', 'missionary',
]);
const SPEECH = new Set(['said', 'says']);
/** Verbs after a name that make it a speaker ("Jane Roe said"), when no word of the name is an ordinary word. */
const SPEECH_AFTER = new Set(['said', 'says', 'told', 'added', 'explained', 'noted', 'wrote', 'stated', 'warned', 'urged', 'argued', 'testified', 'recalled', 'insisted', 'stressed']);
/** Only a person is followed by "who": "Jane Roe, who ..." (an organisation takes "which"). */
const RELATIVE = new Set(['who', 'whose']);
/** Words that end the head of a description ("a body of workers" is no worker). */
const HEAD_ENDS = new Set(['of', 'with', 'in', 'at', 'for', 'on', 'from', 'who', 'and']);
/** How many words after the first a role without an article may run to ("deputy Asia division director"). */
const BARE_ROLE_REACH = 3;
/** How many words into the description its role word may stand ("the UN Special Rapporteur"). */
const DESCRIPTION_REACH = 5;
const NAME_WORD = /^[a-z\u00e0-\u024f]{2,}$/;
const AGE = /^[1-9]\d$/;

const isRole = (key: string) => PROFESSIONS.has(key) || TITLES.has(key) || ROLE_HEADS.has(key);

/**
 * A person's name starting at word i, introduced as above: [i, to) in words, or null.
 * `ordinary(j)` tells a common word of the text from a name.
 */
export function introducedAt(w: Words, i: number, free: (j: number) => boolean, ordinary: (j: number) => boolean): number | null {
  // a title is no part of the name: the name after it is read from its own first word
  // "In May, a former ...": function words, months and days together are a date, no name ("Will Carver" is one)
  if (DETERMINERS.has(w.key[i]) || TITLES.has(w.key[i]) || (isFunctionWord(w.key[i]) && i + 1 < w.length && isFunctionWord(w.key[i + 1]))) return null;
  let j = i;
  while (j < w.length && j < i + 3 && (j === i || w.brk[j] === 0) && w.cap[j] && !w.glued[j] && NAME_WORD.test(w.key[j]) && free(j)) {
    // "Former Information Minister": a title inside is no name's part
    if (TITLES.has(w.key[j])) return null;
    j++;
  }
  if (j - i < 2 || j >= w.length) return null;
  const spoken = i > 0 && w.brk[i] === 0 && (SPEECH.has(w.key[i - 1]) || (i > 1 && w.key[i - 1] === 'to' && w.key[i - 2] === 'according'));
  if (w.brk[j] === 0 && AFFILIATIONS.has(w.key[j])) return (spoken || speaksAfterBody(w, j + 1)) && speakerName(w, i, j, ordinary) ? j : null;
  if (w.brk[j] === 0) return SPEECH_AFTER.has(w.key[j]) && speakerName(w, i, j, ordinary) ? j : null;
  if (w.brk[j] !== 1) return null;
  // "Jane Roe, 45, ...": an age tells a person, when no word of the name is an ordinary one
  const aged = j + 1 < w.length && AGE.test(w.key[j]) && w.brk[j + 1] === 1 && speakerName(w, i, j, ordinary);
  // ", a farm official" after "the Provincial Trade Office": a body's name, or the tail of one, is described as no person is
  return spoken || aged || (described(w, j) && !bodyTail(w, i, j)) ? j : null;
}

/** Words that tie a speaker to the body after the name: "Jane Roe of Human Rights Watch said". */
const AFFILIATIONS = new Set(['of', 'from', 'at', 'with']);
/** How many words the body's name may run to. */
const BODY_REACH = 6;

/** A capitalised body's name from word j ("the Asia Institute"), then a verb of speech. */
function speaksAfterBody(w: Words, j: number): boolean {
  let k = j;
  if (k < w.length && w.brk[k] === 0 && w.key[k] === 'the') k++;
  const from = k;
  while (k < w.length && k - from < BODY_REACH && w.brk[k] === 0 && (w.cap[k] || (k > from && (w.key[k] === 'for' || w.key[k] === 'and' || w.key[k] === 'of')))) k++;
  return k > from && w.cap[k - 1] === 1 && k < w.length && w.brk[k] === 0 && SPEECH_AFTER.has(w.key[k]);
}

/** "Jane Roe said": a name of its own, not the tail of a longer capitalised phrase, with no ordinary word in it. */
function speakerName(w: Words, i: number, j: number, ordinary: (j: number) => boolean): boolean {
  if (i > 0 && w.brk[i] === 0 && w.cap[i - 1]) return false;
  for (let k = i; k < j; k++) if (ordinary(k)) return false;
  return true;
}

/** ", a lawyer with ...", ", who ...": a description with a role word, or a relative clause, opens at word j. */
export function described(w: Words, j: number): boolean {
  if (RELATIVE.has(w.key[j])) return true;
  if (!OPENERS.has(w.key[j])) return bareDescription(w, j);
  for (let k = j + 1; k < w.length && k <= j + DESCRIPTION_REACH && w.brk[k] === 0 && !HEAD_ENDS.has(w.key[k]); k++) if (isRole(w.key[k])) return true;
  return false;
}

/**
 * ", director of ...", ", Asia director at ...": a role without an article, followed by where
 * it is held; or after the body's own name: ", Human Rights Watch's Asia director,".
 */
function bareDescription(w: Words, j: number): boolean {
  // the role may be a compound ("executive director of", "deputy Asia director at"): the last role word ties it to its place
  for (let k = j; k < w.length && k <= j + BARE_ROLE_REACH && (k === j || w.brk[k] === 0); k++) {
    if (HEAD_ENDS.has(w.key[k])) return false;
    if (isRole(w.key[k]) && k + 1 < w.length && w.brk[k + 1] === 0 && (w.key[k + 1] === 'of' || w.key[k + 1] === 'at' || w.key[k + 1] === 'for')) return true;
  }
  let k = j;
  while (k < w.length && k - j < DESCRIPTION_REACH && (k === j || w.brk[k] === 0) && w.cap[k] && !isRole(w.key[k])) k++;
  return k > j + 1 && k < w.length && w.brk[k] === 0 && isRole(w.key[k]) && (k + 1 >= w.length || w.brk[k + 1] !== 0);
}

/** Words [i, j) hold a word that names bodies ("Office"), or close a longer capitalised phrase. */
function bodyTail(w: Words, i: number, j: number): boolean {
  if (i > 0 && w.brk[i] === 0 && w.cap[i - 1]) return true;
  for (let k = i; k < j; k++) if (isBodyWord(w.key[k])) return true;
  return false;
}
