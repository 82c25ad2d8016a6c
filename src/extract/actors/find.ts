// Finds actors in a text: canon organisations and people (with local units folded in
// and given their place), generic words resolved by country ("Chinese police"), named
// people, and role actors. Outlets are matched only to be left out: they are the
// report's sources, not actors in its story.
import type { ActorMention, PlaceMention } from '../doc.js';
import type { ActorHit, ActorRecord, Knowledge } from '../../knowledge/load.js';
import { reportingActor } from '../../knowledge/load.js';
import type { Match } from '../../knowledge/trie.js';
import { withoutPossessive, type Words } from '../../knowledge/words.js';
import { roleAt } from './role-at.js';
import { choose, cites } from './generic.js';
import { hitOf, WordIndex, type PlacedMention, type Scan } from './scan.js';
import { givenFirstAt, personAt } from './people.js';
import { ordinaryWords, properWords } from './ordinary.js';
import { introducedAt } from './introduced.js';
import { namedBefore, surnameAt, surnameWord } from './surnamed.js';
import { isVenue } from './venue.js';
import { listedKind } from './kinds.js';
import { civilHead, nameBefore, unlistedBodyAt, type BodyWords } from './unlisted.js';
import { countryActing } from './country-acts.js';
import { ROLE_HEADS } from './roles.js';
import { DEMONYM, flagsOf, ROLE_HEAD, STARTS_NAME, SURNAME, TITLE, type Vocab } from './vocab.js';
import { tokenAt } from '../tokens.js';

/** Words before an organisation that make it a local unit ("provincial Party committee"). */
const UNIT_MODIFIERS = new Set(['provincial', 'province', 'city', 'county', 'local', 'municipal', 'district', 'regional', 'village', 'town', 'branch', 'neighborhood', 'neighbourhood']);
/** "the Hyesan branch of the Ministry of People's Security" */
const UNIT_NOUNS = new Set(['branch', 'office', 'bureau', 'unit', 'department', 'division', 'station', 'headquarters']);
/** Words that may stand between a country adjective and the organisation ("Chinese local police"). */
const BETWEEN_COUNTRY_AND_ORG = new Set(['local', 'provincial', 'city', 'county', 'municipal', 'regional', 'state']);
/** Words that tie a body to a place after it ("police in Yanji", "the customs post at Wonjong"). */
const PLACE_LINKS = new Set(['in', 'of', 'at']);
/** People who speak or act for a body: "a foreign ministry spokesman in Seoul". */
const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'officer', 'officers', 'agents', 'representative', 'representatives']);
/** "an inspection team from / sent by the Prosecutors Office" */
const UNIT_LINKS = new Set(['from', 'of', 'by']);
/**
 * Plural nouns for many bodies of a kind: "the courts", "people's committees", "Chinese customs offices" with
 * no place name the kind in general, not the one canon body the singular stands for ("the court in Hyesan").
 */
const KIND_OF_BODY = new Set(['courts', 'offices', 'committees', 'bureaus', 'bureaux', 'procuratorates', 'embassies', 'consulates', 'departments']);
/** A word's flags not yet looked up (flags use five bits) */
const UNREAD = 0xff;


export function findActors(k: Knowledge, vocab: Vocab, text: string, w: Words, places: readonly PlaceMention[]): ActorMention[] {
  const s: Scan = { k, text, w, placeFrom: new WordIndex(w.length), placeTo: new WordIndex(w.length), lastSeen: new Map(), lastBody: null, sceneCountries: [], out: [], taken: new Uint8Array(w.length), cited: [], tellers: new Set() };
  for (const p of places) {
    const from = tokenAt(w, p.span.start);
    const country = p.metonymy ? null : k.places.get(p.placeId)?.country;
    if (country) s.sceneCountries.push({ at: from, country });
    let to = from;
    while (to < w.length && w.start[to] < p.span.end) s.taken[to++] = 1;
    const placed = { p, from, to };
    s.placeFrom.set(from, placed);
    s.placeTo.set(to, placed);
  }
  // each word's flags are looked up in the (large) vocabulary once, when first asked for
  const flags = new Uint8Array(w.length).fill(UNREAD);
  const flagAt = (j: number) => {
    const f = flags[j];
    return f !== UNREAD ? f : (flags[j] = flagsOf(vocab, w.key[j]));
  };
  // one closure for the whole scan, not one per word; a people's name is no part of a person's
  const free = (j: number) => !s.taken[j] && !(flagAt(j) & DEMONYM);
  const placeBefore = (j: number) => {
    const p = s.placeTo.get(j);
    return p && p.p.level !== 'country' && !p.p.metonymy && !possessive(text, p.p.span.end) ? p.from : -1;
  };
  const knownAt = (j: number) => {
    const m = flagAt(j) & STARTS_NAME ? k.actorTrie.matchAt(text, w, j) : null;
    return m !== null && (hitOf(m, 'canon') !== undefined || hitOf(m, 'generic') !== undefined);
  };
  const ordinary = ordinaryWords(w);
  const countryWordBefore = (j: number) => {
    const p = s.placeTo.get(j);
    // "the North" is read as one place: its capitalised word starts the name
    const word = p ? p.to - 1 : -1;
    return p && p.p.level === 'country' && (word === p.from || (word === p.from + 1 && w.key[p.from] === 'the')) && w.cap[word] && !p.p.metonymy && !possessive(text, p.p.span.end) ? word : -1;
  };
  const bodyWords: BodyWords = { w, text, free: (j) => !s.taken[j], ordinary, demonym: (j) => (flagAt(j) & DEMONYM) !== 0, known: knownAt, placeBefore, countryWordBefore };
  const names: Names = { flagAt, free, surnames: new Map(), ordinary, proper: properWords(w) };
  for (let i = 0; i < w.length; ) {
    const place = s.placeFrom.get(i);
    if (place) {
      const acting = countryActing(s, place);
      if (acting) s.out.push(acting);
      i = place.to;
      continue;
    }
    const f = flagAt(i);
    const m = f & STARTS_NAME ? k.actorTrie.matchAt(text, w, i) : null;
    if (m) {
      i = (w.cap[i] ? longerName(s, bodyWords, m) : null) ?? resolveMatch(s, m);
      continue;
    }
    const person = w.cap[i] ? personFrom(s, names, i, f) : -1;
    if (person >= 0) {
      i = person;
      continue;
    }
    i = unlistedBody(s, bodyWords, i) ?? (f & ROLE_HEAD ? roleAt(s, i) : null) ?? i + 1;
  }
  return withoutPassingCitations(s);
}

/** What findActors reads people's names with, made once per text. */
interface Names {
  /** a word's vocabulary flags */
  flagAt: (j: number) => number;
  /** a word no mention has taken, and no people's name */
  free: (j: number) => boolean;
  /** surnameAt's memo of the text's surnames */
  surnames: Map<string, boolean>;
  /** ordinaryWords and properWords of the text */
  ordinary: (j: number) => boolean;
  proper: (j: number) => boolean;
}

const DAY = /^\d{1,2}$/;
const DATE_GAP = /^\.? ?$/;
const surnameNext = (w: Words, names: Names, j: number) => j < w.length && (names.flagAt(j) & SURNAME) !== 0;

/**
 * A person named from capitalised word i on (f its flags): pushed as a mention; returns the next
 * word to scan, or -1 when no name starts there. Kept out of findActors: its rarer branches are
 * met late in a run, and a deoptimisation here recompiles this function, not the whole scan.
 */
function personFrom(s: Scan, names: Names, i: number, f: number): number {
  const { text, w } = s;
  const { flagAt, free, ordinary } = names;
  // "Feb. 21", "Sept 3": a word before a day of the month is a month, no name
  if (i + 1 < w.length && DAY.test(w.key[i + 1]) && DATE_GAP.test(text.slice(w.end[i], w.start[i + 1]))) return -1;
  // a title stands right before the name, or with its full stop ("Dr. Lee")
  const titled = i > 0 && (flagAt(i - 1) & TITLE) !== 0 && (w.brk[i] === 0 || (w.brk[i] === 2 && w.start[i] - w.end[i - 1] <= 2 && w.key[i - 1].length <= 3));
  const person =
    (f & SURNAME || titled ? personAt(w, i, free) : null) ??
    introducedAt(w, i, free, ordinary) ??
    (surnameNext(w, names, i + 1) || (w.glued[i + 1] && surnameNext(w, names, i + 2)) ? givenFirstAt(w, i, free, ordinary) : null);
  if (person === null && free(i)) {
    // "Chairman Kim", "Pastor Han", "President Xi": a Korean or Chinese surname alone after a title
    const surname = surnameAt(text, w, i, names.surnames, titled && ((f & SURNAME) !== 0 || surnameWord(w.key[i])), ordinary, names.proper);
    if (surname) {
      const span = { start: w.start[i], end: surname.end };
      // after a title the surname is most often someone the report has named in full ("Kim Jong Un ... Chairman Kim")
      const named = titled || surname.bare ? namedBefore(s.out, text.slice(span.start, span.end)) : null;
      // '"...," Amnesty said': a word of a body named before is the body's short name, no person
      if (!named && surname.bare && partOfBody(s, text.slice(span.start, span.end))) return surname.to;
      s.out.push({ span, kind: 'person', canonId: named?.canonId ?? null, name: named?.name ?? text.slice(span.start, span.end), placeId: null, count: null });
      return surname.to;
    }
  }
  if (person === null) return -1;
  const span = { start: w.start[i], end: w.end[person - 1] };
  s.out.push({ span, kind: 'person', canonId: null, name: text.slice(span.start, span.end), placeId: null, count: null });
  return person;
}

/**
 * A rights group or institute named once, as the teller of a claim ("quoting Human Rights
 * Watch") or a speaker's workplace, is a source of the report, not an actor in it; a group
 * the report names again is one its story rests on. An outlet the report cites anywhere is
 * its source, whatever else the report says of it.
 */
function withoutPassingCitations(s: Scan): ActorMention[] {
  let out = s.out;
  if (s.cited.length) {
    const count = new Map<string, number>();
    // a body the canon does not list is counted by its name
    const key = (m: ActorMention) => m.canonId ?? m.name.toLowerCase();
    for (const m of out) if (m.kind === 'organization') count.set(key(m), (count.get(key(m)) ?? 0) + 1);
    const drop = new Set(s.cited.filter((k) => count.get(key(out[k])) === 1));
    if (drop.size) out = out.filter((_, k) => !drop.has(k));
  }
  return s.tellers.size ? out.filter((m) => m.canonId === null || !s.tellers.has(m.canonId)) : out;
}

interface Opening {
  /** first word of the mention */
  start: number;
  /** the organisation's own match */
  match: Match<ActorHit>;
  /** a country named by an adjective or a country before it */
  country: string | null;
  /** the country comes from an adjective ("Chinese") or a country's possessive, not from a place */
  byDemonym: boolean;
  /** a smaller place before it: the unit's place */
  unitPlace: PlaceMention | null;
}

/** What stands before an organisation: "Chinese (local)", "Hyesan", "provincial", "the Musan branch of". */
function opening(s: Scan, m: Match<ActorHit>): Opening | null {
  const { k, w } = s;
  const demonym = hitOf(m, 'demonym');
  if (demonym) {
    let j = m.to;
    // a body whose name starts with one of those words ("Chinese state security") is read whole
    const direct = j < w.length && w.brk[j] === 0 && BETWEEN_COUNTRY_AND_ORG.has(w.key[j]) ? k.actorTrie.matchAt(s.text, w, j) : null;
    if (!direct || (!hitOf(direct, 'canon') && !hitOf(direct, 'generic'))) while (j < w.length && w.brk[j] === 0 && BETWEEN_COUNTRY_AND_ORG.has(w.key[j])) j++;
    let next = j < w.length && w.brk[j] === 0 ? k.actorTrie.matchAt(s.text, w, j) : null;
    // one more word before a generic body: "Thai immigration authorities"
    if (!next && j + 1 < w.length && w.brk[j] === 0 && w.brk[j + 1] === 0 && !w.cap[j]) {
      const further = k.actorTrie.matchAt(s.text, w, j + 1);
      if (further && hitOf(further, 'generic')) next = further;
    }
    if (!next || (!hitOf(next, 'canon') && !hitOf(next, 'generic'))) return null;
    return { start: m.from, match: next, country: demonym.id, byDemonym: true, unitPlace: null };
  }
  let start = m.from;
  // "provincial", "county" before the body; a level word already read with a place ("Hyesan City") stays with it
  while (start > 0 && w.brk[start] === 0 && UNIT_MODIFIERS.has(w.key[start - 1]) && !s.taken[start - 1]) start--;
  // only a place right before it, in the same phrase ("Hyesan police", not "... in Hyesan. Police")
  const before = (w.brk[start] === 0 ? s.placeTo.get(start) : undefined) ?? branchOf(s, start);
  if (!before) return { start, match: m, country: null, byDemonym: false, unitPlace: null };
  // a country, or a capital standing for its government ("Seoul's Ministry of Unification")
  const place = k.places.get(before.p.placeId);
  // "North Korea's embassy": a country's possessive names the owner, as an adjective does
  if (before.p.level === 'country' || place?.capital) return { start: before.from, match: m, country: place?.country ?? null, byDemonym: before.p.level === 'country' && possessive(s.text, before.p.span.end), unitPlace: null };
  return { start: before.from, match: m, country: place?.country ?? null, byDemonym: false, unitPlace: before.p };
}

/** Resolves one trie match (and what it opens) to a mention; returns the next word to scan. */
function resolveMatch(s: Scan, m: Match<ActorHit>): number {
  const { k, w } = s;
  const o = opening(s, m);
  if (!o) return roleAt(s, m.to) ?? m.to;
  const { match, start } = o;
  if (formerAffiliation(s, start, match.to)) return roleAt(s, match.to) ?? match.to;
  if (listedKind(s.text, w, match.from, match.to)) return markTaken(s, match.from, match.to);
  let end = match.to;
  // "the prosecutor's office in Hyesan", "police in Yanji", "customs officers at Wonjong"
  // "the MSS bureau in Ryanggang": a unit noun may stand between the body and its place
  if (end + 2 < w.length && w.brk[end] === 0 && w.brk[end + 1] === 0 && UNIT_NOUNS.has(w.key[end]) && PLACE_LINKS.has(w.key[end + 1]) && s.placeFrom.get(end + 2)) end++;
  const after = end + 1 < w.length && w.brk[end] === 0 && PLACE_LINKS.has(w.key[end]) ? placeAfterLink(s, end + 1) : undefined;
  // "a Foreign Ministry spokesman in Seoul": the place of its people gives the country
  const peopleAt = !after && end + 2 < w.length && w.brk[end] === 0 && w.brk[end + 1] === 0 && SPOKESPEOPLE.has(w.key[end]) && PLACE_LINKS.has(w.key[end + 1]) ? s.placeFrom.get(end + 2) : undefined;
  const afterPlace = after ?? peopleAt;
  const afterCountry = afterPlace ? k.places.get(afterPlace.p.placeId)?.country ?? null : null;
  // the side of the border is as plain as an adjective: "border guards on the Chinese side"
  // "the Ministry of State Security of China", "the embassy of the DPRK": "of" a country names the owner
  const ofCountry = after && after.p.level === 'country' && w.key[end] === 'of' ? afterCountry : null;
  // "the courts", "local people's committees", "Chinese customs offices": a kind of body, named by no place
  // the plural is the generic word's own ("courts") or follows a common noun for the body ("customs offices", not "MSS offices")
  const pluralAfter = match.to < w.length && w.brk[match.to] === 0 && !w.cap[match.to - 1] && KIND_OF_BODY.has(w.key[match.to]);
  const kind = pluralAfter || (KIND_OF_BODY.has(w.key[match.to - 1]) && hitOf(match, 'generic') !== undefined && !hitOf(match, 'canon'));
  if (kind && !afterPlace && !o.unitPlace) return markTaken(s, start, pluralAfter ? match.to + 1 : match.to);
  const [explicit, near] = missionOwner(s, match, o, ofCountry, afterCountry);
  const chosen = ownedAbroad(s, match) ? 'skip' : choose(s, match, explicit ?? (afterPlace ? null : sideOf(s, end)), near);
  // people have no unit place: "Hyesan, Choe Ryong Hae said" names no Hyesan Choe
  if (chosen && typeof chosen === 'object' && chosen.kind === 'person') return personMention(s, match, chosen);
  if (chosen === 'skip') return markTaken(s, match.from, match.to);
  if (chosen === null) return roleAt(s, match.to) ?? match.to;
  if (typeof chosen !== 'string' && chosen.unit) return unitOf(s, start, match.to);
  if (isVenue(w, start, end)) return markTaken(s, start, end);
  // "three months at Hanawon": a centre named as where someone is is a site; "Hanawon said" is the body
  if (typeof chosen !== 'string' && chosen.facility && !acting(s, start, end)) return markTaken(s, start, end);
  let unitPlace = o.unitPlace;
  if (after && after.p.level !== 'country' && !unitPlace) {
    const a = typeof chosen === 'string' ? null : chosen;
    if (!a || a.country === afterCountry) {
      unitPlace = after.p;
      end = after.to;
    }
  }
  const actor = typeof chosen === 'string' ? null : reportingActor(k, chosen.id)!;
  const key = typeof chosen === 'string' ? chosen : chosen.id;
  s.lastSeen.set(key, match.from);
  s.out.push({
    span: { start: w.start[start], end: withoutPossessive(s.text, w.end[end - 1] - (end === match.to ? match.trim : 0)) },
    kind: actor?.kind === 'person' ? 'person' : 'organization',
    canonId: actor?.id ?? null,
    name: actor?.name ?? (chosen as string),
    placeId: unitPlace?.placeId ?? null,
    count: null,
  });
  if (actor?.civil && cites(s, match)) s.cited.push(s.out.length - 1);
  s.lastBody = { to: end, country: actor?.country ?? null };
  markTaken(s, start, end);
  // "Party cadres", "MSS agents": the organisation also qualifies a role actor
  return roleAt(s, end) ?? end;
}

/**
 * The place a link word ("in", "of", "at") ties to the body before it, starting at word j;
 * a country may follow "the" ("the Supreme Court of the DPRK", "police in the Philippines").
 */
function placeAfterLink(s: Scan, j: number): PlacedMention | undefined {
  const { w } = s;
  if (w.key[j] !== 'the' || j + 1 >= w.length || w.brk[j + 1] !== 0) return s.placeFrom.get(j);
  const p = s.placeFrom.get(j + 1);
  return p && p.p.level === 'country' ? p : undefined;
}

/**
 * "border guards on the Chinese side", "guards on North Korea's side": the country of the
 * side of the border named right after a body (word `end` on), or null.
 */
function sideOf(s: Scan, end: number): string | null {
  const { w } = s;
  let j = end + 1;
  if (!(j < w.length && w.brk[end] === 0 && w.key[end] === 'on' && w.brk[j] === 0)) return null;
  if (w.key[j] === 'the') j++;
  if (j >= w.length || w.brk[j] !== 0) return null;
  const m = s.k.actorTrie.matchAt(s.text, w, j);
  const demonym = m ? hitOf(m, 'demonym') : undefined;
  const place = demonym ? undefined : s.placeFrom.get(j);
  const to = demonym ? m!.to : place && place.p.level === 'country' ? place.to : -1;
  if (to < 0 || to >= w.length || w.brk[to] !== 0 || w.key[to] !== 'side') return null;
  return demonym?.id ?? s.k.places.get(place!.p.placeId)?.country ?? null;
}

/** "a former Korean People's Army soldier", "a former MSS agent": the body only tells what someone once was, and does nothing. */
function formerAffiliation(s: Scan, start: number, to: number): boolean {
  const { w } = s;
  return start > 0 && w.brk[start] === 0 && w.key[start - 1] === 'former' && to < w.length && w.brk[to] === 0 && ROLE_HEADS.has(w.key[to]);
}

/**
 * "the Chinese Communist Party's Central Committee": a body named right after another
 * country's organisation in the possessive is that organisation's part, not the canon
 * body of the same name.
 */
function ownedAbroad(s: Scan, match: Match<ActorHit>): boolean {
  const { w, lastBody } = s;
  const at = match.from;
  if (!lastBody || lastBody.to !== at || lastBody.country === null || at === 0 || w.brk[at] !== 0) return false;
  if (withoutPossessive(s.text, w.end[at - 1]) === w.end[at - 1]) return false;
  const canon = hitOf(match, 'canon');
  const country = canon ? s.k.actors.get(canon.id)?.country : null;
  return !!country && country !== lastBody.country;
}

/** Diplomatic missions: the place they stand in is the host, not the state they serve. */
const MISSIONS = new Set(['embassy', 'consulate', 'consulate general']);

/**
 * "the London embassy", "an embassy in Vietnam": a mission's place is its host, so with
 * no adjective for its state the owner is the state whose people its sentence is about
 * ("a North Korean diplomat at the embassy in London"), else the mission named before, if any.
 * Other bodies take the country of their place. Returns choose()'s two countries.
 */
function missionOwner(s: Scan, match: Match<ActorHit>, o: Opening, ofCountry: string | null, afterCountry: string | null): [string | null, string | null] {
  const generic = hitOf(match, 'generic');
  if (!generic || !MISSIONS.has(generic.id) || o.byDemonym) return [o.country ?? ofCountry, afterCountry];
  return [ofCountry ?? sentenceDemonym(s, o.start, o.country ?? afterCountry), null];
}

/** How far back in its sentence an adjective of country may own a mission. */
const OWNER_WINDOW = 15;

/** The country of the nearest adjective of country before word i in its sentence, other than `host`; or null. */
function sentenceDemonym(s: Scan, i: number, host: string | null): string | null {
  const { w } = s;
  for (let j = i - 1; j >= 0 && i - j <= OWNER_WINDOW; j--) {
    const m = s.k.actorTrie.matchAt(s.text, w, j);
    const demonym = m && m.to <= i ? hitOf(m, 'demonym') : undefined;
    if (demonym && demonym.id !== host) return demonym.id;
    if (w.brk[j] === 2) break;
  }
  return null;
}

function personMention(s: Scan, match: Match<ActorHit>, a: ActorRecord): number {
  const { w } = s;
  const span = { start: w.start[match.from], end: withoutPossessive(s.text, w.end[match.to - 1] - match.trim) };
  s.out.push({ span, kind: 'person', canonId: a.id, name: a.name, placeId: null, count: null });
  return markTaken(s, match.from, match.to);
}

/**
 * A working group ("an inspection team from the Central Public Prosecutors Office",
 * "an inspection group sent by the Party Central Committee") reports as the
 * organisation named after it, or not at all.
 */
function unitOf(s: Scan, start: number, to: number): number {
  const { w, k } = s;
  let j = to;
  if (j < w.length && w.brk[j] === 0 && (w.key[j] === 'sent' || w.key[j] === 'dispatched')) j++;
  if (!(j < w.length && w.brk[j] === 0 && UNIT_LINKS.has(w.key[j]))) return markTaken(s, start, to);
  j++;
  if (j < w.length && w.brk[j] === 0 && (w.key[j] === 'the' || w.key[j] === 'its')) j++;
  const next = j < w.length && w.brk[j] === 0 ? k.actorTrie.matchAt(s.text, w, j) : null;
  if (!next) return markTaken(s, start, to);
  const count = s.out.length;
  const after = resolveMatch(s, next);
  // the group is part of the mention of its organisation
  if (s.out.length > count) s.out[count].span.start = w.start[start];
  markTaken(s, start, to);
  return after;
}

/**
 * A body the canon does not list ("the Rail Inspection Commission", "Bureau 27"), named as
 * written; right after an organisation it is that organisation's part ("the Workers' Party
 * Primary Committee"), after its possessive a body of its own ("the Central Committee's Bureau 27").
 * Returns the next word to scan, or null.
 */
function unlistedBody(s: Scan, b: BodyWords, i: number): number | null {
  const { w } = s;
  const c = w.key[i].charCodeAt(0);
  if (!w.cap[i] && !(c >= 48 && c <= 57)) return null;
  const body = unlistedBodyAt(b, i);
  if (!body) return null;
  const { lastBody } = s;
  if (lastBody && lastBody.to === i && w.brk[i] === 0 && withoutPossessive(s.text, w.end[i - 1]) === w.end[i - 1]) return markTaken(s, body.from, body.to);
  const span = { start: w.start[body.from], end: withoutPossessive(s.text, w.end[body.to - 1]) };
  s.out.push({ span, kind: 'organization', canonId: null, name: s.text.slice(span.start, span.end), placeId: null, count: null });
  // like a rights group the canon lists, a body named once only as a teller or a workplace is a source;
  // one named once, and not as the doer of an act, is only mentioned in passing
  if ((civilHead(w.key[body.to - 1]) && cites(s, body)) || !acting(s, body.from, body.to)) s.cited.push(s.out.length - 1);
  s.lastBody = { to: body.to, country: null };
  markTaken(s, body.from, body.to);
  // "Bureau 27 researchers": the body also qualifies a role actor
  return roleAt(s, body.to) ?? body.to;
}

/** "the New Korea Women's Union": a canon body's name with capitalised words before it is another body, named as written. */
function longerName(s: Scan, b: BodyWords, m: Match<ActorHit>): number | null {
  const canon = hitOf(m, 'canon');
  if (!canon || s.k.actors.get(canon.id)?.kind !== 'organization') return null;
  const from = nameBefore(b, m.from);
  if (from < 0) return null;
  const { w } = s;
  const span = { start: w.start[from], end: withoutPossessive(s.text, w.end[m.to - 1] - m.trim) };
  s.out.push({ span, kind: 'organization', canonId: null, name: s.text.slice(span.start, span.end), placeId: null, count: null });
  s.lastBody = { to: m.to, country: null };
  return markTaken(s, from, m.to);
}

/** Verbs after a body that make it the doer (or the one acted upon, "was dissolved") of the sentence. */
const DOER_VERBS = new Set(['said', 'says', 'has', 'had', 'have', 'is', 'was', 'were', 'are', 'will', 'would', 'also', 'then', 'recently', 'reportedly']);

/**
 * "arrested by the Rail Inspection Commission", "the Commission ordered ...", "officials of the
 * Commission", "Commission officials": the body, or its people, act in its sentence.
 */
function acting(s: Scan, from: number, to: number): boolean {
  const { w } = s;
  let b = from - 1;
  if (b >= 0 && w.brk[b + 1] === 0 && (w.key[b] === 'the' || w.key[b] === 'a')) b--;
  if (b >= 0 && w.brk[b + 1] === 0 && w.key[b] === 'by') return true;
  if (b >= 1 && w.brk[b + 1] === 0 && w.key[b] === 'of' && w.brk[b] === 0 && ROLE_HEADS.has(w.key[b - 1])) return true;
  if (to >= w.length || w.brk[to] !== 0) return false;
  const next = w.key[to];
  return DOER_VERBS.has(next) || ROLE_HEADS.has(next) || (next.endsWith('ed') && next.length > 4);
}

/** Is `word` a word of an organisation's mention so far? */
function partOfBody(s: Scan, word: string): boolean {
  for (const m of s.out) if (m.kind === 'organization' && s.text.slice(m.span.start, m.span.end).split(/[\s-]+/).includes(word)) return true;
  return false;
}

/** "the Hyesan branch of (the)": the place of a unit named before its organisation. */
function branchOf(s: Scan, start: number): PlacedMention | undefined {
  const { w } = s;
  let j = start;
  if (j > 0 && w.key[j - 1] === 'the' && w.brk[j] === 0) j--;
  if (j < 2 || w.key[j - 1] !== 'of' || !UNIT_NOUNS.has(w.key[j - 2]) || w.brk[j - 1] !== 0) return undefined;
  const p = s.placeTo.get(j - 2);
  return p && p.p.level !== 'country' ? p : undefined;
}

const POSSESSIVE = /^['’]s\b/;
const possessive = (text: string, at: number) => POSSESSIVE.test(text.slice(at, at + 3));

function markTaken(s: Scan, from: number, to: number): number {
  for (let j = from; j < to; j++) s.taken[j] = 1;
  return to;
}
