// People a report names by surname only, as it often must to protect them: "a man
// surnamed Kim", "whose surname is Lee", "identified only by his last name Han",
// "Ms. Yoon". The annotation counts them as named people. Once introduced, the bare
// surname later in the report ("Lee was taken away", "Lee's wife") is the same person.
import type { ActorMention } from '../doc.js';
import { withoutPossessive, type Words } from '../../knowledge/words.js';
import { romanisationKey } from './romanised.js';
import { SURNAMES, TITLES } from './people.js';
import { ROLE_HEADS } from './roles.js';
import { described } from './introduced.js';

/** Words that introduce a surname, read backwards from the name: "surname is", "last name". */
const INTRODUCERS: readonly (readonly string[])[] = [
  ['surnamed'], ['surname'], ['surname', 'is'], ['surname', 'was'],
  ['last', 'name'], ['last', 'name', 'is'], ['family', 'name'], ['family', 'name', 'is'],
  ['mr'], ['ms'], ['mrs'], ['miss'],
  ['surname', 'of'], ['last', 'name', 'of'], ['family', 'name', 'of'], ['last', 'name', 'was'], ['family', 'name', 'was'],
  ['name', 'as'], ['first', 'name'], ['first', 'name', 'is'], ['first', 'name', 'was'], ['given', 'name'], ['given', 'name', 'is'],
  ['name', 'is'], ['name', 'was'],
  // a name the person chose for the report: "asked to be called Sora", "who goes by Sora", "the pseudonym Sora"
  ['be', 'called'], ['be', 'identified', 'as'], ['be', 'identified', 'only', 'as'], ['goes', 'by'], ['go', 'by'], ['went', 'by'],
  ['pseudonym'], ['alias'],
];
/** Words that introduce a name of any kind: they make a single word a surname only when it is a Korean one ("a defector named Park"). */
const WEAK_INTRODUCERS: readonly (readonly string[])[] = [['named'], ['identified', 'as'], ['identified', 'only', 'as'], ['known', 'only', 'as']];
/** Words that introduce a name only after a word for a person: "a woman called Jang" (not "she called Han on Monday") */
const PERSON_INTRODUCERS: readonly (readonly string[])[] = [...WEAK_INTRODUCERS, ['called']];
/** Introducers a comma may separate from the name: "identified only by her surname, Choi" */
const COMMA_INTRODUCED = new Set(['surname', 'name']);
const NAME_WORD = /^[a-z\u00e0-\u024f]{2,12}$/;
/** The words introducers end with: one of them stands right before a name it introduces, so most words need no more look. */
const lastWords = (introducers: readonly (readonly string[])[]) => new Set(introducers.map((words) => words[words.length - 1]));
const INTRODUCER_ENDS = lastWords(INTRODUCERS);
const WEAK_ENDS = lastWords(WEAK_INTRODUCERS);
const PERSON_ENDS = lastWords(PERSON_INTRODUCERS);

function introducedBefore(text: string, w: Words, i: number): boolean {
  if ((i > 0 && INTRODUCER_ENDS.has(w.key[i - 1]) && introducedBy(text, w, i, INTRODUCERS)) || (COMMA_INTRODUCED.has(w.key[i - 1]) && commaBefore(text, w, i))) return true;
  // "a defector named Li": after a word for a person the weak introducers name anyone, else only a Korean surname
  return (SURNAMES.has(w.key[i]) && i > 0 && WEAK_ENDS.has(w.key[i - 1]) && introducedBy(text, w, i, WEAK_INTRODUCERS)) || personBefore(text, w, i);
}

/** "a woman named", "a trader identified as": a word for a person before the introducer that ends at word i. */
function personBefore(text: string, w: Words, i: number): boolean {
  if (i === 0 || !PERSON_ENDS.has(w.key[i - 1])) return false;
  for (const words of PERSON_INTRODUCERS) {
    const at = i - words.length - 1;
    if (at >= 0 && introducedBy(text, w, i, [words]) && w.brk[at + 1] === 0 && ROLE_HEADS.has(w.key[at])) return true;
  }
  return false;
}

/** "Kim, 45, fled", "Kim (45) fled": a name with an age set off by commas or brackets after it. */
function aged(text: string, w: Words, i: number): boolean {
  if (!(i + 1 < w.length && w.brk[i + 1] === 1 && AGE.test(w.key[i + 1]))) return false;
  const open = text.slice(w.end[i], w.start[i + 1]).trim();
  const close = text.slice(w.end[i + 1], i + 2 < w.length ? w.start[i + 2] : text.length).trim();
  return (open === ',' && close.startsWith(',')) || (open === '(' && close.startsWith(')'));
}
const AGE = /^[1-9]\d$/;
/**
 * Common Chinese surnames in pinyin: reports name Chinese villagers, brokers and officials
 * by surname as they do Koreans ("Wang said", "Zhang, a farmer in the village, ..."). English
 * words among them ("He", "Long", "Fan") are left out.
 */
const CHINESE_SURNAMES = new Set([
  'li', 'wang', 'zhang', 'liu', 'chen', 'yang', 'zhao', 'huang', 'zhou', 'wu', 'xu', 'sun', 'zhu', 'gao', 'lin', 'guo', 'luo',
  'liang', 'zheng', 'xie', 'tang', 'feng', 'dong', 'xiao', 'cheng', 'cao', 'yuan', 'deng', 'shen', 'zeng', 'peng', 'lu', 'su',
  'jiang', 'cai', 'jia', 'ding', 'wei', 'xue', 'yan', 'pan', 'dai', 'xia', 'zhong', 'tian', 'ren', 'fang', 'shi', 'yao', 'tan',
  'liao', 'zou', 'xiong', 'hao', 'qiu', 'qin', 'hou', 'shao', 'meng', 'duan', 'qian', 'yin', 'cui', 'mao', 'gu', 'lei', 'bai', 'xi', 'hua', 'qi',
]);
/** A word that reads as a Korean or Chinese surname. */
export const surnameWord = (key: string) => SURNAMES.has(key) || CHINESE_SURNAMES.has(key);

/** Is the text between words i-1 and i a comma alone? */
const commaBefore = (text: string, w: Words, i: number) => i > 0 && w.brk[i] === 1 && text.slice(w.end[i - 1], w.start[i]).trim() === ',';

/**
 * A name set off as an apposition: "Zhang, a farmer in the village, said", "Hyon, who fled
 * in 2015, ..." (a surname, then a description of a person), or "the villager, Wang, told",
 * "a defector, Hyon, said" (a word for a person, then the name between commas).
 */
function appositive(text: string, w: Words, i: number): boolean {
  if (surnameWord(w.key[i]) && i + 1 < w.length && commaBefore(text, w, i + 1) && described(w, i + 1)) return true;
  const closed = i + 1 >= w.length || w.brk[i + 1] === 2 || commaBefore(text, w, i + 1);
  return closed && commaBefore(text, w, i) && ROLE_HEADS.has(w.key[i - 1]);
}

/** Verbs that make a bare Korean or Chinese surname a speaker: "Kang said", "Wang said" */
const SPEECH = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'recalled', 'recalls', 'explained', 'explains', 'continued', 'continues',
  'noted', 'notes', 'asked', 'remembered', 'remembers', 'insisted', 'admitted', 'stressed', 'wrote', 'writes',
]);

/** Words in brackets after a name that say it is not the real one: "Kim (pseudonym)", "Lee (not her real name)". */
const PSEUDONYM = new Set(['pseudonym', 'alias', 'not']);

function pseudonym(text: string, w: Words, j: number): boolean {
  // "Sora*": an asterisk after a name marks it as changed
  if (text.charCodeAt(w.end[j - 1]) === 42 || (j < w.length && w.brk[j] === 1 && text.charCodeAt(w.start[j] - 1) === 40 && PSEUDONYM.has(w.key[j]))) return true;
  // "Sora, a pseudonym, ...", "Sora, not her real name, ..."
  return commaBefore(text, w, j) && j + 1 < w.length && w.brk[j + 1] === 0 &&
    (((w.key[j] === 'a' || w.key[j] === 'an') && PSEUDONYM.has(w.key[j + 1])) || (w.key[j] === 'not' && j + 3 < w.length && w.key[j + 2] === 'real' && w.key[j + 3] === 'name'));
}

/** A closing quotation mark after a comma or a question or exclamation mark: the end of a quoted remark. */
const QUOTE_CLOSED = /[,?!]\s*["”'’]\s*$/;

/**
 * The speaker of a quoted remark, named by one word: `"...," said Sora.`, `"...," Sora recalled.`
 * Any name reads so, not only a surname: the quotation vouches for a person.
 */
function quotedSpeaker(text: string, w: Words, i: number): boolean {
  const after = i + 1 >= w.length || w.brk[i + 1] !== 0;
  if (i > 1 && w.brk[i] === 0 && SPEECH.has(w.key[i - 1]) && after) return QUOTE_CLOSED.test(text.slice(w.end[i - 2], w.start[i - 1]));
  return i > 0 && i + 1 < w.length && w.brk[i + 1] === 0 && SPEECH.has(w.key[i + 1]) && QUOTE_CLOSED.test(text.slice(w.end[i - 1], w.start[i]));
}

/** Does a key read as a word for people ("Critics", "Analysts"), not a name? */
const peopleWord = (key: string) => ROLE_HEADS.has(key) || TITLES.has(key) || (key.endsWith('s') && (ROLE_HEADS.has(key.slice(0, -1)) || TITLES.has(key.slice(0, -1))));

/**
 * A given name alone as a speaker or with a description: "Sora said", "Sora, who fled in
 * 2019, ...". The caller vouches that the word is a name: no ordinary word of the text, and
 * written capitalised inside a sentence elsewhere.
 */
function givenAlone(text: string, w: Words, i: number): boolean {
  if (peopleWord(w.key[i]) || i + 1 >= w.length) return false;
  return (w.brk[i + 1] === 0 && SPEECH.has(w.key[i + 1])) || (commaBefore(text, w, i + 1) && described(w, i + 1));
}

/** "according to Park,", "..., said Park.": a Korean or Chinese surname alone as the one a report cites or quotes. */
function cited(w: Words, i: number): boolean {
  if (!surnameWord(w.key[i]) || !(i + 1 >= w.length || w.brk[i + 1] !== 0) || i < 2 || w.brk[i] !== 0) return false;
  return (w.brk[i - 1] === 0 && w.key[i - 1] === 'to' && w.key[i - 2] === 'according') || (w.brk[i - 1] === 1 && SPEECH.has(w.key[i - 1]));
}

/** An opening quotation mark alone between an introducer and the name: "a woman called 'Sora'". */
const OPENING_QUOTE = /^\s*["'‘“]$/;

function introducedBy(text: string, w: Words, i: number, introducers: readonly (readonly string[])[]): boolean {
  for (const words of introducers) {
    const from = i - words.length;
    if (from < 0) continue;
    let ok = true;
    // the words stand together; a title's full stop ("Ms. Yoon") may sit before the name
    for (let k = 0; k < words.length && ok; k++) ok = w.key[from + k] === words[k] && (k === 0 || w.brk[from + k] === 0);
    if (!ok) continue;
    if (w.brk[i] === 0 || (w.brk[i] === 1 && OPENING_QUOTE.test(text.slice(w.end[i - 1], w.start[i])))) return true;
    if (w.brk[i] === 2 && w.start[i] - w.end[i - 1] <= 2 && words.length === 1 && words[0].startsWith('m')) return true;
  }
  return false;
}

/** A single capitalised word that stands alone: no capitalised word joined to it on either side (but its title). */
function alone(w: Words, i: number, titled: boolean): boolean {
  if (!w.cap[i] || !NAME_WORD.test(w.key[i])) return false;
  const before = !titled && i > 0 && w.brk[i] === 0 && w.cap[i - 1] === 1;
  const after = i + 1 < w.length && w.brk[i + 1] === 0 && w.cap[i + 1] === 1;
  return !before && !after;
}

/** "6000 Yuan", "500 Won": a word right after a number is what is counted (a currency), no surname. */
const counted = (w: Words, i: number) => i > 0 && w.brk[i] === 0 && /^\d/.test(w.key[i - 1]);

/**
 * Word i as a surname-only person: introduced here (`titled`: a Korean surname after a
 * title, "Chairman Kim"), or met bare after its introduction (`known` holds the surnames
 * introduced so far, each with whether it was met bare, as a speaker or in apposition, and
 * is added to): the next word and the name's end offset.
 */
export function surnameAt(
  text: string, w: Words, i: number, known: Map<string, boolean>, titled: boolean, ordinary: (j: number) => boolean, proper: (j: number) => boolean,
): { to: number; end: number; bare: boolean } | null {
  if (!alone(w, i, titled) || counted(w, i)) return null;
  // "Lee's wife": the possessive is no part of the name
  const end = withoutPossessive(text, w.end[i]);
  const key = text.slice(w.start[i], end).toLowerCase();
  const met = known.get(key);
  if (met !== undefined) return { to: i + 1, end, bare: met };
  // "Kang said", "Choi, who fled in 2001, ...": a surname alone as a speaker or with a description is a person, most often one named in full before
  const bare = !titled && ((surnameWord(w.key[i]) && i + 1 < w.length && w.brk[i + 1] === 0 && SPEECH.has(w.key[i + 1])) || appositive(text, w, i) || cited(w, i) ||
    // the cheap tests of the words around first: the ordinary and proper words of a text are gathered on first use
    ((quotedSpeaker(text, w, i) || (givenAlone(text, w, i) && proper(i))) && !ordinary(i)));
  if (!titled && !bare && !introducedBefore(text, w, i) && !pseudonym(text, w, i + 1) && !aged(text, w, i)) return null;
  known.set(key, bare);
  return { to: i + 1, end, bare };
}

/**
 * The person named in full before whose surname (first word, or last for a name written
 * given name first) is `surname`, the latest if several: "Mr. Robertson" after "Phil
 * Robertson", "Chairman Kim" after "Kim Jong Un". Null when none is.
 */
export function namedBefore(out: readonly ActorMention[], surname: string): ActorMention | null {
  const key = romanisationKey(surname);
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    if (m.kind !== 'person' || !m.name.includes(' ')) continue;
    const words = m.name.split(/[\s-]+/);
    if (romanisationKey(words[0]) === key || romanisationKey(words[words.length - 1]) === key) return m;
  }
  return null;
}
