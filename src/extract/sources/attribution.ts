// Finds the noun phrase that a verb of speaking attributes words to: the subject before
// the verb ("a source in Ryanggang Province said"), the phrase after an inverted verb
// (", said a trader in Hunchun"), or after "according to". Commas around a relative
// clause or an apposition are crossed ("The resident, who requested anonymity, said";
// "Another source, a trader in Sinuiju, said"; "said Kang, a researcher at ...").
import { numberValue } from '../counts/numbers.js';
import { lowerAt, type Tokens } from '../tokens.js';

export interface Phrase {
  /** token indexes, inclusive */
  first: number;
  last: number;
}

// '|' parts the items of a page's ticker or breadcrumb
const STOP = new Set([',', ';', ':', '"', '.', '!', '?', '-', '|']);
/** Titles written with a full stop ("Rep. Yoo"): the stop does not end the phrase */
const TITLES = new Set(['rep', 'sen', 'dr', 'mr', 'mrs', 'ms', 'prof', 'gen', 'col', 'lt', 'amb']);
/** A full stop after a title or an initial ("N. Hamgyong", "Kim J. Park") belongs to the phrase. */
const abbreviation = (t: Tokens, i: number) => {
  const before = lowerAt(t, i - 1);
  return TITLES.has(before) || (before.length === 1 && before >= 'a' && before <= 'z' && t.upper[i - 1]);
};
const ends = (t: Tokens, i: number) => STOP.has(t.lower[i]) && !(t.lower[i] === '.' && abbreviation(t, i));
const TRAILING = new Set(['also', 'later', 'has', 'have', 'had', 'reportedly', 'then', 'further', 'previously', 'recently', 'once', 'again', 'separately', 'earlier', 'subsequently', 'only', 'is', 'was', 'were', 'did', 'does', 'do', 'even', 'still', 'originally', 'first', 'publicly', 'privately', 'flatly', 'repeatedly', 'in', 'has']);
export const RELATIVE = new Set(['who', 'which', 'whose', 'whom']);
const MAX_WIDEN = 3;

/** Conjunctions that open a sentence, not a descriptor ("But the manager insists"). */
const LEADING = new Set(['but', 'yet', 'so', 'however', 'meanwhile', 'later', 'then', 'separately']);

function trim(t: Tokens, first: number, last: number): Phrase | null {
  while (first <= last && LEADING.has(t.lower[first])) first++;
  // (and a relative word the verb's clause opened with: "a source who | spoke to ...")
  while (last >= first && (TRAILING.has(t.lower[last]) || RELATIVE.has(t.lower[last]))) last--;
  return last >= first ? { first, last } : null;
}

const DETERMINERS = new Set(['a', 'an', 'the', 'one']);
/** Words after which a subject starts: "reported that the source", "in what officials described as" */
const OPENERS = new Set(['that', 'what']);
/** Words that may follow a subject's relative clause: "residents who now live in Seoul and stay in touch ... told" */
const RELATIVE_AND = 'and';
/** An apposed noun phrase is short ("South Korea's unification minister"); a longer stretch is a clause */
const MAX_APPOSED = 6;
/** Words that open a scene, not a noun phrase: "Last month, a source said" */
const SCENE = new Set(['according', 'among', 'in', 'on', 'at', 'last', 'this', 'after', 'before', 'during', 'since', 'when', 'while', 'as', 'by', 'for', 'earlier', 'later']);

/** "an official and an activist said": a short noun phrase before the "and" at b, not a clause. */
function coordinated(t: Tokens, b: number, sFirst: number): boolean {
  let c = b - 1;
  while (c >= sFirst && b - c <= 6 && !STOP.has(t.lower[c]) && t.lower[c] !== 'that') c--;
  return b - c <= 6 && DETERMINERS.has(t.lower[c + 1]);
}

/** Words in the first of two bare plurals: "local officials and traders" */
const MAX_PAIR_LEFT = 3;

/** "local officials and traders said": two bare plurals joined by the "and" at b speak as one group. */
function pluralPair(t: Tokens, b: number, v: number, sFirst: number, anchored: (p: Phrase) => boolean): Phrase | null {
  let c = b - 1;
  while (c >= sFirst && !STOP.has(t.lower[c]) && !OPENERS.has(t.lower[c])) c--;
  const left = { first: c + 1, last: b - 1 };
  if (left.last < left.first || left.last - left.first >= MAX_PAIR_LEFT || DETERMINERS.has(t.lower[left.first]) || DETERMINERS.has(lowerAt(t, b + 1))) return null;
  if (!t.lower[b - 1].endsWith('s') || !t.lower[v - 1].endsWith('s') || !anchored(left)) return null;
  return trim(t, left.first, v - 1);
}

/**
 * The subject phrase before a verb at v. It is widened back across commas while it is
 * empty, a relative clause, or holds no head (`anchored`). A subject that starts after
 * "and" is a coordinated lede ("an official and an activist said") and is skipped.
 */
export function subjectBefore(t: Tokens, v: number, sFirst: number, anchored: (p: Phrase) => boolean, closed: (p: Phrase) => boolean = anchored): Phrase | null {
  let b = back(t, v - 1, sFirst);
  if (b >= sFirst && t.lower[b] === RELATIVE_AND && b < v - 1 && coordinated(t, b, sFirst)) return null;
  const pair = b >= sFirst && t.lower[b] === RELATIVE_AND ? pluralPair(t, b, v, sFirst, anchored) : null;
  if (pair) return pair;
  if (b >= sFirst && t.lower[b] === 'that') {
    const relative = relativeThat(t, b, v, sFirst, closed);
    if (relative) return relative;
  }
  if (b >= sFirst && OPENERS.has(t.lower[b])) return trim(t, b + 1, v - 1);
  // "The embassy tried to find him but said": the verb shares a subject named before another verb
  if (t.lower[v - 1] === 'but') return null;
  let phrase = trim(t, b + 1, v - 1);
  // "<what happened>, reported the Chosun Ilbo": with nothing between comma and verb, only a noun
  // phrase before the comma is the speaker; a clause there is what was said, the speaker follows
  const inverted = !phrase && b === v - 1 && t.lower[b] === ',';
  // the second verb of a relative clause: widen to the subject the clause belongs to
  if (b >= sFirst && t.lower[b] === RELATIVE_AND) {
    const c = back(t, b - 1, sFirst);
    const wide = trim(t, c + 1, v - 1);
    if (wide && anchored(wide) && t.lower.slice(c + 1, b).some((w) => RELATIVE.has(w))) return wide;
  }
  for (let widen = 0; widen < MAX_WIDEN && b >= sFirst && t.lower[b] === ','; widen++) {
    if (phrase && !RELATIVE.has(t.lower[phrase.first]) && anchored(phrase)) break;
    let c = b - 1;
    while (c >= sFirst && !STOP.has(t.lower[c])) c--;
    b = c;
    phrase = trim(t, c + 1, v - 1);
  }
  // "Choi Min-ho, CEO of the institute, said": widening stopped at an apposition that has a head; its name comes with it
  if (inverted && phrase && !nounPhrase(t, phrase)) phrase = withName(t, phrase, b, sFirst) ?? phrase;
  if (!phrase || !anchored(phrase) || (inverted && !nounPhrase(t, phrase) && !namedApposition(t, phrase, v) && !namedRelative(t, phrase)) || clauseHead(t, phrase)) return null;
  return apposed(t, phrase, b, sFirst, closed) ?? phrase;
}

/** Words after a verb that say its speaker came before it: "..., said that", "..., said:" */
const SPEAKER_BEFORE = new Set(['that', ':', '.', ',', '"']);

/** Words that tie a title to its body: "head of", "researcher at", "spokesman for" */
const TITLE_LINKS = new Set(['of', 'at', 'for']);
/** Words a title may have before its link: "deputy executive director of" */
const MAX_TITLE_WORDS = 3;

/** An apposition that describes a person: "the head of ...", "a researcher at ...", "CEO of ...". */
function describesPerson(t: Tokens, first: number, last: number): boolean {
  if (DETERMINERS.has(t.lower[first])) return first < last;
  for (let i = first + 1; i <= last && i <= first + MAX_TITLE_WORDS; i++) if (TITLE_LINKS.has(t.lower[i])) return true;
  return false;
}

/** "A second source, a trader in Sinuiju": the phrase ends in an apposition that describes a person. */
export function endsInApposition(t: Tokens, p: Phrase): boolean {
  let comma = p.last - 1;
  while (comma > p.first && t.lower[comma] !== ',') comma--;
  return comma > p.first && describesPerson(t, comma + 1, p.last);
}

/**
 * "Choi, CEO of the institute, said that ...": a name with its apposition before the comma is the
 * speaker when the apposition describes a person or nothing after the verb could be one.
 */
function namedApposition(t: Tokens, p: Phrase, v: number): boolean {
  let comma = p.first;
  while (comma <= p.last && t.lower[comma] !== ',') comma++;
  if (comma > p.last || comma === p.first || !nounPhrase(t, { first: p.first, last: comma - 1 })) return false;
  return SPEAKER_BEFORE.has(lowerAt(t, v + 1)) || (comma < p.last && describesPerson(t, comma + 1, p.last));
}

/** Words of a name before an apposition: "Kim Seong-min", "Rep. Yoo Jae-won" */
const MAX_NAME_WORDS = 5;

/** The apposition p after the comma at b with the name before that comma, when p describes a person and a capitalised name precedes it. */
function withName(t: Tokens, p: Phrase, b: number, sFirst: number): Phrase | null {
  if (b < sFirst || t.lower[b] !== ',' || !describesPerson(t, p.first, p.last)) return null;
  let c = b - 1;
  while (c >= sFirst && !STOP.has(t.lower[c])) c--;
  const name = trim(t, c + 1, b - 1);
  if (!name || name.last - name.first >= MAX_NAME_WORDS) return null;
  for (let i = name.first; i <= name.last; i++) if (!t.upper[i] && t.lower[i] !== '-') return null;
  return { first: name.first, last: p.last };
}

/** "Kim Young-ja, who heads a group that helps defectors, said": a name and its relative clause are one speaker. */
function namedRelative(t: Tokens, p: Phrase): boolean {
  let comma = p.first;
  while (comma <= p.last && t.lower[comma] !== ',') comma++;
  return comma > p.first && comma < p.last && RELATIVE.has(t.lower[comma + 1]) && nounPhrase(t, { first: p.first, last: comma - 1 });
}

const INTRODUCING_DETERMINERS = new Set(['a', 'an', 'another', 'one']);

/**
 * "a source in a civic group in Seoul that helps defectors told": "that" opens a relative clause of the subject
 * before it, when that is a noun phrase (`closed`), not a clause ("Another source added that the purge continued").
 */
function relativeThat(t: Tokens, that: number, v: number, sFirst: number, closed: (p: Phrase) => boolean): Phrase | null {
  const before = trim(t, back(t, that - 1, sFirst) + 1, that - 1);
  if (!before || !INTRODUCING_DETERMINERS.has(t.lower[before.first]) || clauseHead(t, before) || !closed(before)) return null;
  return { first: before.first, last: v - 1 };
}

/** Verbs that make a subject's head a clause: "He said Chinese authorities (confirmed)", "X has not said". */
const CLAUSE_VERBS = new Set(['said', 'says', 'told', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would']);

/**
 * The head of the phrase (up to a comma or a relative word) holds a verb: it is a clause, whose
 * own speaker already spoke ("He said Chinese authorities confirmed": the authorities are relayed).
 */
export function clauseHead(t: Tokens, p: Phrase): boolean {
  for (let i = p.first; i <= p.last && t.lower[i] !== ',' && !RELATIVE.has(t.lower[i]); i++) if (CLAUSE_VERBS.has(t.lower[i])) return true;
  return false;
}

/** Index of the nearest word at or before i that ends a subject. */
function back(t: Tokens, i: number, sFirst: number): number {
  while (i >= sFirst && !ends(t, i) && !OPENERS.has(t.lower[i]) && t.lower[i] !== RELATIVE_AND) i--;
  return i;
}

/**
 * "Another source, a mother of two in Pyongyang, said": a noun phrase opening the sentence and set off by a comma
 * names the same source; `closed` tells a noun phrase from a clause ("A soldier fled to China, Yonhap reported").
 */
function apposed(t: Tokens, phrase: Phrase, comma: number, sFirst: number, closed: (p: Phrase) => boolean): Phrase | null {
  if (comma < sFirst || t.lower[comma] !== ',') return null;
  // "Park Mi-ok, 52, a former teacher, said": an age set off by commas stands between the name and its apposition
  if (comma - 2 >= sFirst && t.lower[comma - 2] === ',' && /^\d{1,3}$/.test(t.lower[comma - 1])) comma -= 2;
  // "Park Chol (not his real name), a trader": a note on the name in lower case is the name's
  // (not a gloss in capitals: "in Hyesan (Ryanggang Province), a source said")
  const open = t.lower[comma - 1] === ')' ? t.lower.lastIndexOf('(', comma - 1) : -1;
  const end = open > sFirst && lowerCaseBetween(t, open, comma - 1) ? open - 1 : comma - 1;
  if (end < sFirst) return null;
  let c = end;
  while (c >= sFirst && !STOP.has(t.lower[c])) c--;
  const before = trim(t, c + 1, end);
  // the phrase opens the sentence, perhaps after a dateline's dash ("SEOUL - Border Press, a weekly in ..., said"),
  // or follows a quotation that ends with a comma ("...," one of the residents, a farmer, said);
  // a name with its parenthesis may follow a scene set off by a comma ("In a phone interview, Kim Chol (alias), a trader, said";
  // without one, "..., Ryanggang Province, one source added" is a place the clause before ends with)
  const opens = c < sFirst || t.lower[c] === '-' || (t.lower[c] === '"' && t.lower[c - 1] === ',') || (t.lower[c] === ',' && end < comma - 1 && before !== null && nameOnly(t, before));
  // (an adverb trimmed off its end makes it a scene: "Days later, another source said")
  return opens && before && before.last === end && before.last - before.first < MAX_APPOSED && nounPhrase(t, before) && !clauseHead(t, before) && !SCENE.has(t.lower[before.first]) && closed(before)
    ? { first: before.first, last: phrase.last }
    : null;
}

/** No capitalised word between two tokens: "(alias)", "(not her real name)". */
function lowerCaseBetween(t: Tokens, a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (t.upper[i]) return false;
  return b > a + 1;
}

/** Capitalised words only: "Kim Chol", not "Last month". */
function nameOnly(t: Tokens, p: Phrase): boolean {
  for (let i = p.first; i <= p.last; i++) if (!t.upper[i] && t.lower[i] !== '-') return false;
  return p.last > p.first;
}

/** Words after which a noun phrase may hold another article: "a trader in the city", "the head of a group" */
const PREPOSITIONS = new Set(['in', 'of', 'at', 'from', 'near', 'with', 'for', 'on', 'to', 'by', 'across', 'inside', 'outside', 'along', 'and']);

/**
 * "The men crossed the river", "Guards shot two villagers": an article or a number after the first word, and
 * not after a preposition (nor a number after an article: "the two sources"), opens a verb's object, so the words are a clause.
 */
function innerObject(t: Tokens, p: Phrase): boolean {
  // a relative clause holds its own objects ("a man who served four years")
  for (let i = p.first + 1; i <= p.last && !RELATIVE.has(t.lower[i]); i++) {
    const opens = DETERMINERS.has(t.lower[i]) || (numberValue(t.lower[i]) !== null && !DETERMINERS.has(t.lower[i - 1]));
    if (opens && !PREPOSITIONS.has(t.lower[i - 1])) return true;
  }
  return false;
}

/** "Another source", "one of the residents", "South Korea's minister", "Kim Yong-su"; not a clause ("Guards shot a man"). */
function nounPhrase(t: Tokens, p: Phrase): boolean {
  const first = t.lower[p.first];
  if (DETERMINERS.has(first) || first === 'another' || numberValue(first) !== null) return !innerObject(t, p);
  for (let i = p.first; i <= p.last; i++) if (t.lower[i].endsWith("'s")) return true;
  // a name widened to the comma before the verb ("..., Koo Min-ho, told") ends with that comma
  for (let i = p.first; i <= p.last; i++) if (!t.upper[i] && t.lower[i] !== '-' && !(i === p.last && t.lower[i] === ',')) return false;
  return true;
}

/**
 * The phrase after a token (", said a trader in Hunchun who deals with ..."; "according to X, who ...").
 * With `apposition`, a name's apposition belongs to it (", said Kang, a researcher at ...").
 */
export function phraseAfter(t: Tokens, from: number, sEnd: number, apposition = false): Phrase | null {
  let e = from;
  while (e < sEnd && !ends(t, e)) e++;
  // ", said Kang, a researcher at ...", ", said Kang, director of ...": a name's apposition describes the speaker
  // ", said one resident, a woman from Hoeryong": a described speaker's apposition, one that opens with an article, too
  const described = INTRODUCING_DETERMINERS.has(t.lower[from]);
  if (apposition && (t.upper[from] || described) && t.lower[e] === ',') {
    let a = e + 1;
    while (a < sEnd && !STOP.has(t.lower[a])) a++;
    if (a > e + 1 && (DETERMINERS.has(t.lower[e + 1]) || (!described && describesPerson(t, e + 1, a - 1)))) e = a;
  }
  // a relative clause right after a name belongs to the descriptor ("Park, who heads a Seoul-based group")
  if (e < sEnd && t.lower[e] === ',' && RELATIVE.has(lowerAt(t, e + 1))) {
    e += 2;
    while (e < sEnd && !STOP.has(t.lower[e]) && t.lower[e] !== 'that') e++;
  }
  return trim(t, from, e - 1);
}

/** ", said" after a relative clause ("The businessman, who supplies the factory, said") has its subject before it: no inverted phrase follows. */
export function afterRelative(t: Tokens, comma: number, sFirst: number): boolean {
  let c = comma - 1;
  while (c >= sFirst && !STOP.has(t.lower[c])) c--;
  return RELATIVE.has(lowerAt(t, c + 1));
}

const CONJUNCT_START = new Set(['a', 'an', 'the', 'another']);

/** "a South Korean official and two people familiar with the matter": two sources, each with its own head. */
export function conjuncts(t: Tokens, p: Phrase, headed: (q: Phrase) => boolean): [Phrase, Phrase] | null {
  for (let j = p.first + 1; j < p.last; j++) {
    const w = t.lower[j];
    if (RELATIVE.has(w)) return null;
    if (w !== 'and') continue;
    const next = t.lower[j + 1];
    if (!CONJUNCT_START.has(next) && numberValue(next) === null) continue;
    const left = { first: p.first, last: j - 1 };
    const right = { first: j + 1, last: p.last };
    return headed(left) && headed(right) ? [left, right] : null;
  }
  return null;
}
