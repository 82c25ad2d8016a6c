// The events stage: triggers from the lexicon, kept or dropped and given a modality by
// their clause, then placed, dated, counted, attributed and clustered into events.
import type { EventDate, EventType, Modality, Span } from '../../core/model.js';
import type { ActorMention, CountMention, DateMention, EventMention, SourceMention, Stage } from '../doc.js';
import { lowerAt, stripPossessive, tokenAt, tokensOf, type Tokens } from '../tokens.js';
import { PEOPLE } from '../counts/numbers.js';
import { copyOf, kept, mapped } from '../arrays.js';
import { clusterMentions, overlapping, type RawMention } from './cluster.js';
import type { Lexicon } from './lexicon.js';
import { matchTriggers, type TriggerHit } from './match.js';
import { clauseStart, conjectureEnd, modalityOf, sentenceIsRumour } from './modality.js';
import { phraseAt } from '../phrases.js';
import { participantsOf } from './roles.js';
import { fleesCapture, killsByExecution } from './alongside.js';
import { continuesNarrative } from '../dates/carry.js';
import { placeGroups } from './distributed.js';
import { buildGeography, CONTACTING, DETERMINERS, nationalPlace, ownPlacesOf, placesOf, RELATIVE, toldPlacesOf, type Geography, type PlaceLookup } from './where.js';

const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'such']);
const FAMILY_REACH_BEFORE = 16;
const FAMILY_REACH_AFTER = 6;
const COUNT_REACH = 80;


/** Nouns for the one who acts ("deserter", "defectors"). */
const AGENT_NOUN = /^[a-z]+(?:er|or)s?$/;

function hasPersonSubject(t: Tokens, hit: TriggerHit, sFirst: number, lex: Lexicon, actorStarts: readonly number[]): boolean {
  if (actorStarts.some((start) => start < t.start[hit.first])) return true;
  // "a deserter", "defectors": a noun for the one who does the act is its own subject
  if (AGENT_NOUN.test(t.lower[hit.last])) return true;
  // a testimony's header line leaves out its subject ("Crossed the Yalu in March 2019."), not a gerund ("Crossing is ...")
  if (hit.first === sFirst && !t.lower[hit.first].endsWith('ing')) return true;
  for (let k = hit.first - 1; k >= sFirst; k--) {
    const w = stripPossessive(t.lower[k]);
    if (PEOPLE.has(w) || lex.personal.has(w) || lex.family.has(w)) return true;
  }
  return false;
}

/** Words that may stand between a subject and its verb ("her husband, a guard, was also dismissed"). */
const AUXILIARY = new Set(['has', 'have', 'had', 'also', 'later', 'then', 'since', 'recently', 'reportedly', 'subsequently']);

/**
 * Where the trigger's subject may be: its clause, or, when the clause holds only the verb's auxiliaries, the clause
 * before an aside set off by commas ("her husband, a guard at a border post, was dismissed"); the aside is
 * about the subject, not acted on ("a man, whose wife had fled, was arrested").
 */
function subjectScope(t: Tokens, hit: TriggerHit, sFirst: number, lex: Lexicon): { from: number; aside: Span } {
  const from = clauseStart(t, hit.first, sFirst);
  const none = { from, aside: { start: from, end: from } };
  if (from <= sFirst || t.lower[from - 1] !== ',') return none;
  for (let k = from; k < hit.first; k++) if (!lex.passive.has(t.lower[k]) && !AUXILIARY.has(t.lower[k])) return none;
  const aside = clauseStart(t, from - 1, sFirst);
  if (aside <= sFirst || t.lower[aside - 1] !== ',') return none;
  return { from: clauseStart(t, aside - 1, sFirst), aside: { start: aside - 1, end: from } };
}

/** "his family was banished", "arrested the parents of a defector": family members in the trigger's clause, as its subject or object. */
function familyIsTarget(t: Tokens, hit: TriggerHit, sFirst: number, sEnd: number, lex: Lexicon): boolean {
  const { from, aside } = subjectScope(t, hit, sFirst, lex);
  for (let k = Math.max(from, hit.first - FAMILY_REACH_BEFORE); k <= Math.min(sEnd - 1, hit.last + FAMILY_REACH_AFTER); k++) {
    // the trigger's own words count: "banished .. families .. to" holds its objects
    if (k >= aside.start && k < aside.end) continue;
    if (t.lower[k] === ';') return false;
    // "journalists Son and Yang": a family word written with a capital inside the sentence is a name
    if (lex.family.has(stripPossessive(t.lower[k])) && !(t.upper[k] && k > sFirst) && !contactedOnly(t, k, sFirst)) return true;
  }
  return false;
}

/** "to call her sister": relatives the subject only reached by phone or letter are not acted on */
function contactedOnly(t: Tokens, k: number, sFirst: number): boolean {
  let v = k - 1;
  if (v >= sFirst && DETERMINERS.has(t.lower[v])) v--;
  if (v >= sFirst && t.lower[v] === 'to') v--;
  return v >= sFirst && CONTACTING.has(t.lower[v]);
}

function nearest<T extends { span: Span }>(items: readonly T[], anchor: number, reach = Infinity): T | undefined {
  let best: T | undefined;
  let bestDistance = reach;
  for (const item of items) {
    const d = Math.abs(item.span.start - anchor);
    if (d < bestDistance) { best = item; bestDistance = d; }
  }
  return best;
}

/** Items (sorted by start) grouped by the sentence they start in, in one sweep. */
function bySentence<T extends { span: Span }>(items: readonly T[], sentences: readonly Span[]): T[][] {
  const out = mapped(sentences, (): T[] => []);
  let s = 0;
  for (const item of items) {
    while (s < sentences.length && sentences[s].end <= item.span.start) s++;
    if (s === sentences.length) break;
    if (item.span.start >= sentences[s].start) out[s].push(item);
  }
  return out;
}

const CLAUSE_MARKS = new Set([',', ';', ':']);

/** The items in the same clause as the anchor (no comma, semicolon or colon between). */
function inClauseOf<T extends { span: Span }>(t: Tokens, items: readonly T[], anchor: number): T[] {
  const a = tokenAt(t, anchor);
  return items.filter((x) => {
    const k = tokenAt(t, x.span.start);
    for (let i = Math.min(a, k); i < Math.max(a, k); i++) if (CLAUSE_MARKS.has(t.lower[i])) return false;
    return true;
  });
}

/** Whether the word stands between tokens a and b. */
function between(t: Tokens, a: number, b: number, word: string): boolean {
  for (let i = Math.min(a, b) + 1; i < Math.max(a, b); i++) if (t.lower[i] === word) return true;
  return false;
}
const NARRATIVE_REACH = 5;
const TIME_UNITS = new Set(['days', 'weeks', 'months', 'years', 'day', 'week', 'month', 'year']);

/** Whether "days after", "two weeks before" and the like stand between tokens a and b. */
function offsetBetween(t: Tokens, a: number, b: number): boolean {
  for (let i = Math.min(a, b) + 1; i < Math.max(a, b); i++) {
    if ((t.lower[i] === 'after' || t.lower[i] === 'before') && TIME_UNITS.has(t.lower[i - 1])) return true;
  }
  return false;
}

/**
 * Whether the trigger at token a and a date after it at token d are told in two predicates joined by "and"
 * ("arrested for X and sentenced on Nov. 1"): "and" follows the trigger with no other act between,
 * and another act's trigger follows "and" before the date. "A smuggler was shot and killed on the 3rd" is one scene.
 */
function otherActBetween(t: Tokens, hits: readonly TriggerHit[], a: number, d: number): boolean {
  if (d <= a) return false;
  let and = -1;
  for (let i = a + 1; i < d; i++) if (t.lower[i] === 'and') { and = i; break; }
  if (and < 0) return false;
  let after = false;
  for (const h of hits) {
    if (h.first > a && h.first < and) return false;
    if (h.first > and && h.first < d) after = true;
  }
  return after;
}

/**
 * The event's date: in its sentence the nearest one in the trigger's clause, else the nearest;
 * without one, the last event date told in the sentences just before, while the narrative
 * goes on with the same episode (see dates/carry.ts).
 */
function dateFor(t: Tokens, datesIn: readonly DateMention[][], sentence: { s: number; first: number; end: number; hits: readonly TriggerHit[] }, anchor: number): { date: EventDate; own: boolean } {
  const { s } = sentence;
  const a = tokenAt(t, anchor);
  // "shot on the 3rd, days after authorities ordered ...": a clause set apart in time dates its act elsewhere;
  // "arrested for X and sentenced on Nov. 1": a date past "and" and another act dates that act
  const own = datesIn[s].filter((d) => !offsetBetween(t, a, tokenAt(t, d.span.start)) && !otherActBetween(t, sentence.hits, a, tokenAt(t, d.span.start)));
  if (own.length) {
    const sameClause = inClauseOf(t, own, anchor);
    // "detained in late March and handed them over on April 9": a date across "and" belongs to the other verb
    const samePredicate = sameClause.filter((d) => !between(t, a, tokenAt(t, d.span.start), 'and'));
    const pool = samePredicate.length ? samePredicate : sameClause.length ? sameClause : own;
    return { date: { ...nearest(pool, anchor)!.date }, own: true };
  }
  if (!continuesNarrative(t, sentence.first, sentence.end, a)) return { date: { value: null, precision: 'unknown' }, own: false };
  for (let j = s - 1; j >= 0 && s - j <= NARRATIVE_REACH; j--) {
    const earlier = datesIn[j];
    if (earlier.length) return { date: { ...earlier[earlier.length - 1].date }, own: false };
  }
  return { date: { value: null, precision: 'unknown' }, own: false };
}

/**
 * A month made a day when the text goes on to give a day of that month ("early this month ...
 * on September 4"): the day given to a later mention of the same type in the same country first
 * ("detained last month ... picked up the next morning"), else the first day of that month told after it.
 */
function refineMonth(e: EventMention, dates: readonly DateMention[], mentions: readonly RawMention[], lookup: PlaceLookup): void {
  if (e.date.precision !== 'month') return;
  const month = e.date.value!;
  const inMonth = (d: EventDate) => d.precision === 'day' && d.value!.startsWith(month);
  const later = mentions.find((m) => m.type === e.type && m.trigger.start > e.trigger.start && m.dateOwn && inMonth(m.date) && overlapping(m.placeIds, e.placeIds, lookup));
  const day = later?.date ?? dates.find((d) => d.span.start > e.trigger.start && inMonth(d.date))?.date;
  if (day) e.date = { ...day };
}

/** The sources of the event's sentence, else of its paragraph, else the last one cited before it. */
function sourceKeysFor(sourcesIn: readonly SourceMention[][], s: number, paragraphOf: readonly number[]): string[] {
  const keys = (from: number, to: number) => {
    const out = new Set<string>();
    for (let j = from; j <= to; j++) for (const m of sourcesIn[j]) out.add(m.key);
    return [...out];
  };
  const own = keys(s, s);
  if (own.length) return own;
  let from = s;
  let to = s;
  while (from > 0 && paragraphOf[from - 1] === paragraphOf[s]) from--;
  while (to + 1 < sourcesIn.length && paragraphOf[to + 1] === paragraphOf[s]) to++;
  const para = keys(from, to);
  if (para.length) return para;
  for (let j = from - 1; j >= 0; j--) if (sourcesIn[j].length) return [sourcesIn[j][sourcesIn[j].length - 1].key];
  return [];
}

/** What the scan of one report's sentences reads and where it writes its mentions. */
interface EventScan {
  t: Tokens;
  lex: Lexicon;
  actors: readonly ActorMention[];
  /** actor indexes by start */
  order: readonly number[];
  /** first entry of order not before the sentence being scanned */
  a0: number;
  datesIn: readonly DateMention[][];
  countsIn: readonly CountMention[][];
  sourcesIn: readonly SourceMention[][];
  sourceSpans: readonly Span[];
  geo: Geography;
  lookup: PlaceLookup;
  mentions: RawMention[];
}

// "a broker in Yanji said": words that introduce a speaker describe them and report no act,
// but a relative clause tells what the speaker did ("a man who served four years for smuggling"),
// and a clause closed by a comma before the speaker's words is a statement, not a description
// ("a diplomat left his post, media said" when the span reaches back over it)
function describesSpeaker(t: Tokens, sourceSpans: readonly Span[], first: number): boolean {
  for (const span of sourceSpans) {
    if (t.start[first] < span.start || t.start[first] >= span.end) continue;
    let relative = false;
    for (let k = tokenAt(t, span.start); k < first; k++) if (RELATIVE.has(t.lower[k])) relative = true;
    let clause = false;
    for (let k = first + 1; k < t.length && t.start[k] < span.end; k++) if (t.lower[k] === ',' || t.lower[k] === ';') clause = true;
    if (!relative && !clause) return true;
  }
  return false;
}

/** The hit's modality, or null when the hit reports no act of its own. */
function keptModality(scan: EventScan, hit: TriggerHit, hits: readonly TriggerHit[], sFirst: number, sEnd: number, rumour: boolean, guessEnd: number, sentenceActors: readonly number[]): Modality | null {
  const { t, lex, actors } = scan;
  if (describesSpeaker(t, scan.sourceSpans, hit.first)) return null;
  if (fleesCapture(t, hit, hits, sEnd, lex) || killsByExecution(t, hit, hits, lex)) return null;
  const { type } = hit.trigger;
  if (hit.trigger.subjectPerson && !hasPersonSubject(t, hit, sFirst, lex, sentenceActors.map((a) => actors[a].span.start))) return null;
  return modalityOf(t, hit, sFirst, sEnd, lex, lex.types[type], rumour, guessEnd);
}

/** How far before an act's "to" the verb that orders it may stand ("told the border guards in Hyesan to shoot"). */
const ORDER_REACH = 8;
const SUBJECTS = new Set(['he', 'she', 'they', 'i', 'we', 'it']);
/**
 * "told the guards to shoot", "instructed police in Hyesan to arrest": an act ordered in the infinitive records the
 * order too, whatever words name the ones ordered. A told act ("told RFA the guards were arrested") has no "to", and a
 * subject between ("told reporters he wanted to flee") makes the infinitive another's wish.
 */
function ordersIt(t: Tokens, hit: TriggerHit, sFirst: number, lex: Lexicon): boolean {
  if (hit.trigger.type === 'DIRECTIVE' || lowerAt(t, hit.first - 1) !== 'to') return false;
  const from = Math.max(clauseStart(t, hit.first, sFirst), hit.first - 1 - ORDER_REACH);
  for (let k = hit.first - 2; k >= from; k--) {
    if (SUBJECTS.has(t.lower[k])) return false;
    if (lex.modality.get(t.lower[k]) === 'ordered') return true;
  }
  return false;
}

/** The hit's event types: a sanction on the family for another's act is collective punishment; their arrest is both. */
function typesOf(t: Tokens, hit: TriggerHit, sFirst: number, sEnd: number, lex: Lexicon): EventType[] {
  const { type } = hit.trigger;
  const types: EventType[] = [type, ...hit.trigger.also];
  if (ordersIt(t, hit, sFirst, lex)) types.push('DIRECTIVE');
  if ((type === 'ARREST' || type === 'PUNISHMENT') && familyIsTarget(t, hit, sFirst, sEnd, lex)) {
    return type === 'ARREST' ? [...types, 'COLLECTIVE_PUNISHMENT'] : types.filter((x) => x !== 'PUNISHMENT').concat('COLLECTIVE_PUNISHMENT');
  }
  return types;
}

/** How far before and after a trigger its issuer may be named ("the regime's orders", "an order from the central Party"). */
const ISSUER_BEFORE = 8;
const ISSUER_AFTER = 5;
/**
 * "a nationwide campaign", "instructions from the central Party", "the regime's order": an act issued by the
 * state as a whole is set in the country, apart from the local orders a report may also tell. (A leader's name
 * alone is no sign: his orders are often about one site.)
 */
function issuedNationally(t: Tokens, hit: TriggerHit, sFirst: number, sEnd: number, lex: Lexicon): boolean {
  const to = Math.min(sEnd, hit.last + 1 + ISSUER_AFTER);
  for (let k = Math.max(sFirst, hit.first - ISSUER_BEFORE); k < to; k++) {
    if (t.lower[k] === ';') {
      if (k >= hit.first) return false;
      continue;
    }
    if (phraseAt(t, k, to, lex.national)) return true;
  }
  return false;
}

/** How many words after a definite trigger a place may name which one it is ("the camp (kwanliso) at Hwasong"). */
const PLACED_REACH = 6;
const PLACING = new Set(['at', 'in', 'near']);
/** "the political prison camp at Hwasong": a definite trigger its place singles out is a new event, not a reference back. */
function placedAfter(t: Tokens, geo: Geography, s: number, last: number): boolean {
  for (const p of geo.bySentence[s]) {
    const k = tokenAt(t, p.span.start);
    if (k <= last || k - last > PLACED_REACH) continue;
    const prep = t.lower[k - 1] === 'the' ? k - 2 : k - 1;
    if (!PLACING.has(t.lower[prep])) continue;
    let clause = false;
    for (let j = last + 1; j < prep; j++) if (t.lower[j] === ',' || t.lower[j] === ';' || t.lower[j] === '.') clause = true;
    if (!clause) return true;
  }
  return false;
}

function pushMentions(scan: EventScan, hit: TriggerHit, hits: readonly TriggerHit[], modality: Modality, sentence: Span, s: number, sFirst: number, sEnd: number, sentenceActors: readonly number[], sourceKeys: readonly string[]): void {
  const { t, lex } = scan;
  const trigger = { start: t.start[hit.first], end: t.end[hit.last] };
  const anaphoric = DEFINITE.has(lowerAt(t, hit.first - 1)) && !placedAfter(t, scan.geo, s, hit.last);
  const types = typesOf(t, hit, sFirst, sEnd, lex);
  const date = dateFor(t, scan.datesIn, { s, first: sFirst, end: sEnd, hits }, trigger.start);
  // a count of the trigger's own clause first ("two dozen agents were sent, and thirty activists protested")
  const clauseCounts = inClauseOf(t, scan.countsIn[s], trigger.start);
  const count = nearest(clauseCounts.length ? clauseCounts : scan.countsIn[s], trigger.start, COUNT_REACH);
  const participants = participantsOf(t, hit, scan.actors, sentenceActors, lex);
  // the trigger's stretch ends where the sentence tells the same act again ("defectors" between is no new act)
  const next = hits.find((h) => h.first > hit.last && h.trigger.type === hit.trigger.type);
  const groups = placeGroups(t, scan.geo, s, scan.countsIn[s], hit.first, hit.last, next ? next.first : sEnd);
  for (let i = 0; i < types.length; i++) {
    const ty = types[i];
    if (types.indexOf(ty) < i) continue;
    const national = hit.trigger.national || (lex.types[ty].nationalIssuer === true && issuedNationally(t, hit, sFirst, sEnd, lex));
    const destinations = lex.types[ty].destinations ?? false;
    // the sentence's own places are read once: they are the answer when there are any, and say whether places were borrowed
    const own = national ? null : ownPlacesOf(scan.geo, s, trigger.start, destinations);
    // "detained five in X and seven in Y": one act per group, at its own place
    const perGroup = own?.length && !destinations && groups ? groups : [null];
    for (const group of perGroup) scan.mentions.push({
      type: ty,
      // the order an ordered act records is itself told as done
      modality: ty === 'DIRECTIVE' && modality === 'ordered' ? 'asserted' : modality,
      trigger,
      evidence: { start: sentence.start, end: sentence.end },
      date: { value: date.date.value, precision: date.date.precision },
      dateOwn: date.own,
      placeIds: group ? copyOf(group.placeIds) : (own === null ? nationalPlace(scan.geo, s, trigger.start) : own.length ? own : placesOf(scan.geo, s, trigger.start, destinations, agencyCountry(scan, participants, trigger.start))),
      borrowed: own !== null && !own.length && !toldPlacesOf(scan.geo, s, trigger.start, destinations).length,
      participants: copyOf(participants),
      // each group's act counts its own group
      count: group ? group.count.value : count ? count.value : null,
      sourceKeys: copyOf(sourceKeys),
      anaphoric,
      national,
      fallback: hit.trigger.fallback,
    });
  }
}

/**
 * The country of the state agency acting in the event ("Chinese police detained", "arrested by the MSS"), when the
 * agent nearest the trigger is one: canon ids begin with the agency's country code. The mention must name the agency:
 * "the authorities" resolved to one from the lines around is a guess, not the text's word.
 */
function agencyCountry(scan: EventScan, participants: readonly { actorIndex: number; role: string }[], anchor: number): string[] {
  let nearest: ActorMention | undefined;
  for (const p of participants) {
    const a = scan.actors[p.actorIndex];
    if (p.role === 'agent' && (!nearest || Math.abs(a.span.start - anchor) < Math.abs(nearest.span.start - anchor))) nearest = a;
  }
  if (!nearest || !named(scan.t, nearest.span)) return [];
  const id = nearest.canonId;
  if (!id || id.indexOf('.') !== 2) return [];
  const code = id.slice(0, 2);
  const country = scan.geo.countryOf(code.toUpperCase()) ?? scan.geo.countryOf(code);
  return country ? [country] : [];
}

/** Words for the state in general: which agency "the authorities" are is a guess from the lines around. */
const UNNAMED_AGENCY = new Set(['authorities', 'officials', 'government']);
/** Whether the span names an agency ("Chinese police", "the MSS", "inspectors at the post"), not only "the authorities". */
function named(t: Tokens, span: Span): boolean {
  let last = -1;
  for (let k = tokenAt(t, span.start); k < t.length && t.start[k] < span.end; k++) {
    if (t.upper[k]) return true;
    last = k;
  }
  return last >= 0 && !UNNAMED_AGENCY.has(t.lower[last]);
}

const LIST_JOINS = new Set([',', 'and', 'or']);
/** Whether the hit follows the one before as the next item of a list ("arrest, detention or execution"). */
function listed(t: Tokens, before: TriggerHit, hit: TriggerHit): boolean {
  const gap = hit.first - before.last - 1;
  if (gap < 1 || gap > 2) return false;
  for (let k = before.last + 1; k < hit.first; k++) if (!LIST_JOINS.has(t.lower[k])) return false;
  return true;
}

/** What follows the state appealed to: "called on China to", "... not to". */
const APPEALED = new Set(['to', 'not']);

/**
 * "called on a state not to send them back": an order goes to people and units; a state called on is appealed to, and
 * whoever calls on it (a rights group, another state) issues no directive.
 */

function appealToState(scan: EventScan, hit: TriggerHit, s: number): boolean {
  const { t, geo, lookup } = scan;
  if (hit.trigger.type !== 'DIRECTIVE') return false;
  for (let k = hit.first; k < hit.last; k++) {
    if (t.lower[k] !== 'on') continue;
    const at = t.start[k + 1];
    const state = geo.bySentence[s].find((p) => p.span.start === at && (p.level === 'country' || lookup(p.placeId)?.capital === true));
    // "called on Pyongyang residents to": the people of a capital are called on, not its state
    return state !== undefined && APPEALED.has(lowerAt(t, tokenAt(t, state.span.end)));
  }
  return false;
}

function scanSentence(scan: EventScan, sentence: Span, s: number): void {
  const { t, lex, actors, order } = scan;
  const sFirst = tokenAt(t, sentence.start);
  const sEnd = tokenAt(t, sentence.end);
  const hits = matchTriggers(t, lex, sFirst, sEnd);
  if (!hits.length) return;
  const rumour = sentenceIsRumour(t, sFirst, sEnd, lex);
  const guessEnd = conjectureEnd(t, sFirst, sEnd, lex);
  while (scan.a0 < order.length && actors[order[scan.a0]].span.start < sentence.start) scan.a0++;
  const sentenceActors: number[] = [];
  for (let a = scan.a0; a < order.length && actors[order[a]].span.start < sentence.end; a++) sentenceActors.push(order[a]);
  let keys: string[] | null = null;
  let previous: { hit: TriggerHit; modality: Modality | null } | null = null;
  for (const hit of hits) {
    // "a risk of arrest, detention or execution": the items of a list share one scope
    const modality: Modality | null = appealToState(scan, hit, s) ? null : previous && listed(scan.t, previous.hit, hit) ? previous.modality : keptModality(scan, hit, hits, sFirst, sEnd, rumour, guessEnd, sentenceActors);
    previous = { hit, modality };
    if (!modality) continue;
    keys ??= sourceKeysFor(scan.sourcesIn, s, scan.geo.paragraphOf);
    pushMentions(scan, hit, hits, modality, sentence, s, sFirst, sEnd, sentenceActors, keys);
  }
}

/** The mentions less those of fallback triggers whose type another trigger of the report tells. */
function withoutFallbacks(mentions: RawMention[]): RawMention[] {
  if (!mentions.some((m) => m.fallback)) return mentions;
  const told = new Set<EventType>();
  for (const m of mentions) if (!m.fallback) told.add(m.type);
  return mentions.filter((m) => !m.fallback || !told.has(m.type));
}

export function createEventsStage(lex: Lexicon, lookup: PlaceLookup): Stage {
  return {
    name: 'events',
    requires: ['sentences', 'places', 'actors', 'dates', 'counts', 'sources'],
    assigns: ['events'],
    run(doc) {
      const t = tokensOf(doc);
      const sentences = doc.layers.sentences!;
      const actors = doc.layers.actors!;
      const dates = kept(doc.layers.dates!, (d) => d.use === 'event');
      const sources = doc.layers.sources!;
      const sourceSpans = mapped(sources, (m) => m.span);
      const order: number[] = [];
      for (let i = 0; i < actors.length; i++) order.push(i);
      const scan: EventScan = {
        t,
        lex,
        actors,
        order: order.sort((x, y) => actors[x].span.start - actors[y].span.start),
        a0: 0,
        datesIn: bySentence(dates, sentences),
        countsIn: bySentence(doc.layers.counts!, sentences),
        sourcesIn: bySentence(sources, sentences),
        sourceSpans,
        geo: buildGeography(t, doc.text, sentences, doc.layers.places!, sourceSpans, lookup, lex.family),
        lookup,
        mentions: [],
      };
      for (let s = 0; s < sentences.length; s++) scanSentence(scan, sentences[s], s);
      const events = clusterMentions(withoutFallbacks(scan.mentions), lex, lookup, scan.geo.setting);
      for (const e of events) refineMonth(e, dates, scan.mentions, lookup);
      doc.layers.events = events;
    },
  };
}
