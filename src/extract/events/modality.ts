// Whether a trigger records an event, and with which modality: one clause-scope reading
// for every trigger of every type. The clause runs back from the trigger to a comma,
// quote or "that"; cues in it (knowledge/lexicon/cues.json) scope over the trigger:
// conditions and hypotheticals ("if they are caught", "would be executed"), threats
// ("threatened to execute"), prevention, negation ("haven't been caught"), conjecture,
// a cause given as a bare noun ("imposed because of smuggling"), a condition on anyone
// ("merchants who are caught"). So "told Daily NK that agents were combing" is not an
// order and "if they are caught" drops only its clause. A parenthesis glosses a word
// of the clause and stays in it ("could be sent to a kyohwaso (labour camp)").
import type { Modality } from '../../core/model.js';
import { lowerAt, type Tokens } from '../tokens.js';
import type { Lexicon, TypePolicy } from './lexicon.js';
import type { TriggerHit } from './match.js';
import { firstPhraseEnd, phraseAt, phraseEndsBefore, phraseIn, wordsAt } from '../phrases.js';
import { UNITS } from '../counts/numbers.js';

const CLAUSE_STOPS = new Set([',', ';', ':', '"', '.', '!', '?', 'that', 'but', 'while', 'although', 'because', '-']);
const LOOKBACK = 14;
const MODAL_LOOKBACK = 5;
/** "to prevent further defections", not "stopping people ... and checking phones" */
const PREVENTION_REACH = 4;

/** First token of the trigger's clause. */
export function clauseStart(t: Tokens, first: number, sFirst: number): number {
  let k = first - 1;
  while (k >= sFirst && first - k <= LOOKBACK && !CLAUSE_STOPS.has(t.lower[k])) k--;
  return k + 1;
}

/** Words after a list's item that go on with the list. */
const LIST_GOES_ON = new Set([',', 'or', 'and']);
/** How many words an item of a list may run to ("sexual violence", "forced labor"). */
const LIST_ITEM_WORDS = 3;

/**
 * The trigger's clause, where an item of a list ("face prison, beatings, or worse")
 * is read in the clause that opens the list, back over its earlier short items. An item is the trigger right after
 * a comma with the list going on after it, or a last item after "or"/"and" with a short item before it.
 */
function listClauseStart(t: Tokens, hit: TriggerHit, sFirst: number, sEnd: number): number {
  const from = clauseStart(t, hit.first, sFirst);
  const own = hit.first - from;
  const goesOn = own === 0 && hit.last + 1 < sEnd && LIST_GOES_ON.has(t.lower[hit.last + 1]);
  const closes = own > 0 && own <= LIST_ITEM_WORDS && (t.lower[from] === 'or' || t.lower[from] === 'and');
  if (!goesOn && !closes) return from;
  // "could not find him, and arrested his wife" is no list: a closing item needs a short one before it
  let listed = goesOn;
  let start = from;
  while (start - 2 >= sFirst && t.lower[start - 1] === ',') {
    const before = clauseStart(t, start - 1, sFirst);
    // an item longer than a few words is the clause that opens the list
    if (start - 1 - before > LIST_ITEM_WORDS) return listed ? before : from;
    start = before;
    listed = true;
  }
  return listed ? start : from;
}

const isCue = (t: Tokens, k: number, set: Set<string>) => set.has(t.lower[k]) && !(t.lower[k] === 'may' && t.upper[k]);

/**
 * Where the sentence's first conjecture ("residents believe", "it is thought") ends, or sEnd: a trigger from there
 * on is guessed. Read once per sentence, not once per trigger; plain loops, as closures here cost an allocation each.
 */
export function conjectureEnd(t: Tokens, sFirst: number, sEnd: number, lex: Lexicon): number {
  return firstPhraseEnd(t, sFirst, sEnd, lex.conjecture);
}

/** How many words (a bare noun phrase) may stand between a cause's cue and the trigger ("amid a surge in defections"). */
const REASON_REACH = 3;
/** A determiner that makes the noun a particular act ("because of his defection"), not a kind of act. */
const PARTICULAR = new Set(['the', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'my', 'our']);

/** Whether no word of [from, to) makes the noun a particular one ("his defection"). */
function bare(t: Tokens, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (PARTICULAR.has(t.lower[j])) return false;
  return true;
}

/** "merchants who are caught", "those caught with foreign contraband": a condition on anyone, not an act told. */
function conditionOnAnyone(t: Tokens, hit: TriggerHit, from: number, lex: Lexicon): boolean {
  return phraseEndsBefore(t, hit.first, from, lex.generic, REASON_REACH, bare);
}

/**
 * "for the purpose of surveillance", "in the hope of defecting": the trigger, a noun within a few
 * words after a purpose's words, names an aim, not an act told. A result ("leading to the arrest
 * of") is no purpose: the arrest happened.
 */
function namesAim(t: Tokens, hit: TriggerHit, sFirst: number, lex: Lexicon): boolean {
  return phraseEndsBefore(t, hit.first, sFirst, lex.purpose, REASON_REACH, () => true);
}

/** "imposed because of smuggling", "amid a surge in defections": the trigger names a cause, not an act told. */
function namesCause(t: Tokens, hit: TriggerHit, sFirst: number, lex: Lexicon): boolean {
  return phraseEndsBefore(t, hit.first, sFirst, lex.reason, REASON_REACH, bare);
}

/** Words that may stand between a fear's word and what is feared ("fear of being arrested", "afraid of a crackdown"). */
// no "the" or possessive: "afraid of the arrests police carried out" fears acts that happened
const FEAR_GAP = new Set(['of', 'about', 'being', 'getting', 'a', 'an', 'possible', 'further']);
const fearGap = (t: Tokens, from: number, to: number) => {
  for (let j = from; j < to; j++) if (!FEAR_GAP.has(t.lower[j])) return false;
  return true;
};

/** "out of fear of being arrested", "afraid of arrest": the trigger names what someone fears, not an act told. */
function namesFear(t: Tokens, hit: TriggerHit, from: number, lex: Lexicon): boolean {
  return phraseEndsBefore(t, hit.first, from, lex.fear, REASON_REACH, fearGap);
}

const TERM_UNITS = new Set(['year', 'years', 'month', 'months']);
const isAmount = (w: string) => /^\d/.test(w) || UNITS.has(w);
/** Whether "up to" a number of years or months stands in tokens [from, to): a law's maximum, not a sentence passed. */
function maximumTerm(t: Tokens, from: number, to: number): boolean {
  for (let k = from; k + 3 < to; k++) {
    if (t.lower[k] !== 'up' || t.lower[k + 1] !== 'to' || !isAmount(t.lower[k + 2])) continue;
    // "up to 15 years", "up to twenty-five years" (one token or two)
    if (TERM_UNITS.has(t.lower[k + 3]) || (k + 4 < to && isAmount(t.lower[k + 3]) && TERM_UNITS.has(t.lower[k + 4]))) return true;
  }
  return false;
}

/** How far after a trigger that opens its clause the clause's predicate is read ("Smuggling drugs can lead to ..."). */
const PREDICATE_REACH = 4;
/** Words that may stand before a trigger that opens its clause as its subject ("Illegal defection is punishable"). */
const SUBJECT_OPENERS = new Set(['the', 'a', 'an', 'any', 'such', 'illegal', 'unauthorised', 'unauthorized', 'attempted']);

/**
 * A penalty a rule lays down ("punishable by death", "carries a sentence of", "up to five years in a camp")
 * in the trigger's clause, or in what follows a trigger that opens its clause as its subject ("Defection is
 * punishable by death", "Smuggling drugs can lead to execution", "sentences of up to ten years"): what the
 * law provides or what may happen, not an act told.
 */
function lawOrPossibility(t: Tokens, hit: TriggerHit, from: number, sEnd: number, lex: Lexicon): boolean {
  // the trigger may close the phrase: "carries a minimum sentence"
  if (phraseIn(t, from, hit.last + 1, lex.statutory) || maximumTerm(t, from, hit.first)) return true;
  // the rest of the trigger's clause, a few words on ("sentences of up to ten years")
  let end = hit.last + 1;
  while (end < sEnd && end - hit.last <= PREDICATE_REACH + 2 && !CLAUSE_STOPS.has(t.lower[end]) && t.lower[end] !== 'and') end++;
  // an act told in the past may run "for up to three months": only a noun's term is a law's
  if (t.lower[hit.last].endsWith('ed')) return false;
  if (maximumTerm(t, hit.last + 1, end)) return true;
  for (let k = from; k < hit.first; k++) if (!SUBJECT_OPENERS.has(t.lower[k])) return false;
  const predicateEnd = Math.min(end, hit.last + 1 + PREDICATE_REACH);
  for (let k = hit.last + 1; k < predicateEnd; k++) {
    if (phraseAt(t, k, end, lex.statutory) || isCue(t, k, lex.hypothetical)) return true;
  }
  return false;
}

const PAST = new Set(['was', 'were', 'had', 'did']);
const NOT_A_VERB = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'the', 'a', 'an', 'his', 'her', 'their', 'this', 'these', 'those', 'some', 'many', 'all']);
/** Plural nouns for people who do something ("smugglers", "brokers", "informants"), not for things ("bribes"). */
const PEOPLE_NOUN = /^[a-z]+(?:er|or|ant|ist)s$/;
/**
 * "smugglers who need phones", "brokers who can help": a bare plural followed by a relative clause in the
 * present or with a modal speaks of a kind of people, not of an act told ("the smugglers who crossed ..." does).
 */
function kindOfPeople(t: Tokens, hit: TriggerHit, sFirst: number, sEnd: number): boolean {
  if (hit.first !== hit.last || !PEOPLE_NOUN.test(t.lower[hit.last]) || hit.last + 2 >= sEnd) return false;
  if (t.lower[hit.last + 1] !== 'who' && t.lower[hit.last + 1] !== 'that') return false;
  const verb = t.lower[hit.last + 2];
  // "told interrogators that she had paid": "that" opens what was said, not a clause about them
  if (NOT_A_VERB.has(verb)) return false;
  // "need", "feed" end like a past tense and are not one
  if ((verb.endsWith('ed') && !verb.endsWith('eed')) || PAST.has(verb)) return false;
  const det = hit.first > sFirst ? t.lower[hit.first - 1] : '';
  return !PARTICULAR.has(det) && !/^\d/.test(det);
}

/** Whether one of the phrases opens the sentence, set off by a comma before token `to`. */
function opensWith(t: Tokens, sFirst: number, to: number, phrases: readonly Set<string>[][]): boolean {
  for (const words of phrases) if (sFirst + words.length < to && t.lower[sFirst + words.length] === ',' && wordsAt(t, sFirst, words)) return true;
  return false;
}

const COPULA = new Set(['are', 'remain', 'were']);
/** What a kind is said to be ("a tool", "common", "rare"), not what happened. */
const KIND_PREDICATE = new Set(['a', 'an', 'one', 'common', 'rare', 'uncommon', 'frequent', 'commonplace']);
/** "Executions are a tool of fear", "defections remain rare": a bare plural the sentence says what it is of names a kind of act. */
function kindAsSubject(t: Tokens, hit: TriggerHit, sFirst: number, sEnd: number): boolean {
  if (hit.first !== hit.last || !t.lower[hit.last].endsWith('s') || hit.last + 2 >= sEnd) return false;
  if (!COPULA.has(t.lower[hit.last + 1]) || !KIND_PREDICATE.has(t.lower[hit.last + 2])) return false;
  const det = hit.first > sFirst ? t.lower[hit.first - 1] : '';
  return !PARTICULAR.has(det) && !/^\d/.test(det);
}

/** How far before "that" a threat's verb may stand ("warned residents along the river that ..."). */
const THREAT_REACH = 5;
/**
 * "threatening harsh punishment for smugglers", "warned the traders that they would be sent to a camp":
 * a threat scopes over its clause and over the clause it introduces with "that", as a rule's verb does
 * over what it lays down ("the law stipulates that smugglers be sentenced"); a threat of
 * violence is itself the act. "Police warned traders and arrested two": "and" starts another predicate.
 */
function threatened(t: Tokens, hit: TriggerHit, from: number, sFirst: number, lex: Lexicon): boolean {
  if (hit.trigger.type === 'VIOLENCE') return false;
  for (let k = hit.first - 1; k >= from; k--) {
    if (t.lower[k] === 'and') return false;
    if (lex.threat.has(t.lower[k])) return true;
  }
  const that = from - 1;
  if (that < sFirst || t.lower[that] !== 'that') return false;
  for (let k = that - 1; k >= sFirst && that - k <= THREAT_REACH; k--) {
    if (CLAUSE_STOPS.has(t.lower[k])) return false;
    if (lex.threat.has(t.lower[k]) || lex.norm.has(t.lower[k])) return true;
  }
  return false;
}

/** A contraction's negation ("haven't", "can't", "won't") is one token. */
const cueOf = (lex: Lexicon, w: string): Modality | undefined => (w.endsWith("n't") ? 'negated' : lex.modality.get(w));

/** The modality of a hit, or null when the wording does not record an event (hypothetical, threatened, prevented, negated, guessed, a cause or a condition). */
export function modalityOf(t: Tokens, hit: TriggerHit, sFirst: number, sEnd: number, lex: Lexicon, policy: TypePolicy, rumour: boolean, guessEnd: number): Modality | null {
  if (guessEnd <= hit.first) return null;
  // "former prison camp detainees", "a defection hotline": a noun the trigger modifies names a kind of person or thing
  if (hit.last + 1 < sEnd && lex.heads.has(t.lower[hit.last + 1]) && !t.lower[hit.last].endsWith('ed')) return null;
  const from = listClauseStart(t, hit, sFirst, sEnd);
  if (namesCause(t, hit, sFirst, lex)) return null;
  if (!policy.futureOk && namesAim(t, hit, sFirst, lex)) return null;
  if (namesFear(t, hit, from, lex)) return null;
  // what a law provides is no act, but the law itself is an order ("the decree prescribes ...")
  if (!policy.futureOk && lawOrPossibility(t, hit, from, sEnd, lex)) return null;
  if (kindOfPeople(t, hit, sFirst, sEnd)) return null;
  if (kindAsSubject(t, hit, sFirst, sEnd)) return null;
  // "a possible informant", "potential defections": what may be, not what was told
  if (lex.unrealised.has(lowerAt(t, hit.first - 1))) return null;
  // "has long punished": background in the trigger's clause
  if (phraseIn(t, from, hit.first, lex.background)) return null;
  // "For decades, the state has kept tight control ...": background set off at the sentence's opening scopes over all of it
  if (opensWith(t, sFirst, hit.first, lex.background)) return null;
  // "merchants who are caught", "those caught with foreign contraband": the phrase stands before the trigger, at most a
  // bare noun phrase between, so the trigger names what anyone might be caught with, not an act told
  if (conditionOnAnyone(t, hit, from, lex)) return null;
  if (threatened(t, hit, from, sFirst, lex)) return null;
  for (let k = from; k < hit.first; k++) {
    if (hit.first - k <= PREVENTION_REACH && isCue(t, k, lex.prevention)) return null;
    if (!policy.futureOk && isCue(t, k, lex.hypothetical)) return null;
    // "he was going to be punished": an expectation, not an event
    if (!policy.futureOk && t.lower[k] === 'going' && t.lower[k + 1] === 'to') return null;
  }
  let modality: Modality | null = null;
  // "to arrest defectors": a goal, unless tried, planned or ordered, or after a verb of motion
  const to = lowerAt(t, hit.first - 1) === 'to' ? hit.first - 1 : -1;
  if (to >= 0) {
    const head = lowerAt(t, to - 1);
    // "in order to clamp down": a goal, whatever the type
    if (head === 'order' && lowerAt(t, to - 2) === 'in') return null;
    const cue = cueOf(lex, head);
    if (lex.threat.has(head)) return null;
    if (cue && cue !== 'negated' && cue !== 'rumoured') modality = cue;
    else if (lex.motion.has(head)) modality = 'asserted';
    else if (policy.purposeDrops) return null;
  }
  if (!modality) {
    for (let k = hit.first - 1; k >= from && hit.first - k <= MODAL_LOOKBACK; k--) {
      const cue = cueOf(lex, t.lower[k]);
      // "no one has been arrested": the annotation codes no event that the report says did not happen
      if (cue === 'negated') return null;
      if (cue && cue !== 'rumoured') { modality = cue; break; }
    }
  }
  // "escape plans", "an attempted defection"
  if (!modality && hit.last + 1 < sEnd) {
    const after = lex.modality.get(t.lower[hit.last + 1]);
    if (after === 'planned' || after === 'attempted') modality = after;
  }
  if (modality === 'ordered' && hit.trigger.type === 'DIRECTIVE') modality = 'asserted';
  if (!modality) modality = rumour ? 'rumoured' : 'asserted';
  return modality;
}

/** Whether the sentence reports hearsay ("rumours are circulating that ..."). */
export function sentenceIsRumour(t: Tokens, sFirst: number, sEnd: number, lex: Lexicon): boolean {
  for (let k = sFirst; k < sEnd; k++) if (lex.modality.get(t.lower[k]) === 'rumoured') return true;
  return false;
}
