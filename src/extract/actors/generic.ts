// Which actor a match stands for. A generic word ("police", "border guards") means a
// different body in each country: the country comes from an adjective or a place
// before it, a place after it, a place shortly before it in its sentence, the body
// of that kind named last, or else North Korea.
import type { ActorHit, ActorRecord } from '../../knowledge/load.js';
import type { Match } from '../../knowledge/trie.js';
import { DETERMINERS, ROLE_HEADS } from './roles.js';
import { namesAThing, TITLES } from './people.js';
import { hitOf, type Scan } from './scan.js';
import { withoutPossessive } from '../../knowledge/words.js';
import { NEWS_VERBS, outletActs, outletTells } from './outlet-acts.js';


/** Generic words that name a foreign body even when the canon has no entry for it. */
const SYNTHETIC_OK = new Set(['police', 'border police', 'border guards', 'foreign ministry', 'embassy', 'military', 'army', 'troops', 'customs', 'coast guard', 'immigration police']);
/** Generic words too often adjectives or too vague to default to North Korea ("military activity"). */
const NEEDS_COUNTRY = new Set(['military', 'army', 'troops', 'armed forces', 'soldiers', 'authorities', 'local authorities', 'embassy', 'consulate', 'consulate general', 'foreign ministry', 'ministry of foreign affairs', 'foreign affairs ministry', 'interior ministry', 'presidential office', 'coast guard', 'spy agency', 'intelligence agency', 'intelligence service', 'intelligence', 'intelligence officials', 'intelligence authorities', 'intelligence officers', 'defense ministry', 'defence ministry', 'government', 'investigators']);
/** Generic words that name a body standing alone ("South Korean intelligence said") but only qualify a person before a role noun. */
const QUALIFIERS = new Set(['intelligence']);
/** Heads of a body a vague generic word before them only ranks ("a former military chief", "army generals"). */
const RANKS = new Set(['chief', 'chiefs', 'commander', 'commanders', 'general', 'generals', 'head', 'heads']);
/** People who have left the body a generic word before them names. */
const LEAVERS = new Set(['deserter', 'deserters', 'defector', 'defectors', 'escapee', 'escapees', 'veteran', 'veterans']);
/** Nouns for the outlet's anonymous informants. */
const INFORMANTS = new Set(['source', 'sources', 'insider', 'insiders', 'informant', 'informants']);
const AFFILIATION = new Set(['in', 'from', 'within', 'inside']);
/** Words of NEEDS_COUNTRY that name the country's own forces as a noun with "the" ("expelled from the army"). */
const DEFINITE_BODIES = new Set(['army', 'military']);
/** Words that may follow a noun phrase's last word. */
const PHRASE_ENDS = new Set(['and', 'or', 'but', 'in', 'of', 'to', 'for', 'from', 'with', 'at', 'on', 'by', 'is', 'was', 'were', 'has', 'had', 'have', 'said', 'says', 'will', 'would']);
/**
 * "security bureau" alone may be state security or the police (the Ministry of Social
 * Security has its own provincial security bureaus): the one of them the report named last.
 */
const SHARED_WORDS: ReadonlyMap<string, readonly string[]> = new Map(
  ['security bureau', 'security department', 'security office', 'security agency'].map((word) => [word, ['kp.mss', 'kp.mps']]),
);
/** How far back in its sentence a place still sets the country of "police" ("In Yanji, police ..."). */
const SENTENCE_PLACE_WINDOW = 8;

/**
 * The actor a match stands for: a canon entry, a synthetic name for a foreign body
 * the canon lacks ("Kazakh police"), 'skip' for a name to pass over (an outlet,
 * another party's "Party"), or null when nothing fits.
 */
export function choose(s: Scan, match: Match<ActorHit>, explicit: string | null, afterCountry: string | null): ActorRecord | string | 'skip' | null {
  const { k } = s;
  // one loop over the hits, no intermediate arrays: empty and full ones differ in V8's
  // eyes, and each new kind met here would recompile this hot function
  let generic: string | undefined;
  let first: ActorRecord | undefined;
  let ofCountry: ActorRecord | undefined;
  for (const h of match.hits) {
    const v = h.value;
    if (v.kind === 'generic') generic ??= v.id;
    else if (v.kind === 'canon') {
      const c = k.actors.get(v.id)!;
      first ??= c;
      if (explicit && c.country === explicit) ofCountry ??= c;
    }
  }
  // "a North Korean army deserter", "military defectors", "a KPA deserter": the body only describes someone who left it, and does nothing
  const describesLeaver = match.to < s.w.length && s.w.brk[match.to] === 0 && LEAVERS.has(s.w.key[match.to]);
  if (describesLeaver && (first ? first.kind === 'organization' : generic !== undefined && NEEDS_COUNTRY.has(generic))) return null;
  // "a South Korean intelligence agent": the word only says what one person does
  // "a North Korean military chief": a vague word before a rank only says what one person is
  if (generic !== undefined && !first && match.to < s.w.length && s.w.brk[match.to] === 0 && ((QUALIFIERS.has(generic) && ROLE_HEADS.has(s.w.key[match.to])) || (NEEDS_COUNTRY.has(generic) && RANKS.has(s.w.key[match.to])))) return null;
  if (generic && !first && (insiderAffiliation(s, match.from) || qualifiesInformant(s, match) || possessiveInside(s, match) || describesState(s, match))) return null;
  // "the Party's anniversary": a body named only for the date that marks it acts in nothing
  if (commemorated(s, match)) return 'skip';
  const byCountry = generic ? k.generic.get(generic) : undefined;
  // "South Korea said that its intelligence service ...": the country the sentence is about owns the body
  explicit ??= generic && byCountry ? ownerOfIts(s, match.from) ?? coordinated(s, match.from) : null;
  if (explicit && byCountry?.has(explicit)) return k.actors.get(byCountry.get(explicit)!)!;
  if (first) {
    const a = ofCountry ?? first;
    // an outlet is a report's source; the North's state media are also organs of the state that act in the story,
    // and another outlet is an actor when the story is about it (outlet-acts.ts)
    if (a.kind === 'outlet') {
      if (a.country === 'KP') return reporting(s, match) ? 'skip' : a;
      if (reporting(s, match) || outletTells(s.text, s.w, match.from, match.to)) {
        s.tellers.add(a.id);
        return 'skip';
      }
      return outletActs(s.text, s.w, match.from, match.to) ? a : 'skip';
    }
    if (guardedSingleWord(s, match) || (a.kind === 'person' && namesAThing(s.w, match.to))) return 'skip';
    return a;
  }
  if (!generic || !byCountry) return null;
  const vague = NEEDS_COUNTRY.has(generic);
  // a place in the sentence outranks a body named paragraphs ago ("Chinese police ... in Onsong, a border guard")
  const country = explicit ?? afterCountry ?? (vague ? null : sentenceCountry(s, match.from, byCountry) ?? (DOMESTIC.test(generic) ? clauseCountry(s, match.to, byCountry) : null)) ?? recentCountry(s, byCountry)
    ?? (vague && !definiteBody(s, match, generic) ? null : sceneCountry(s, match.from, byCountry) ?? 'KP');
  if (country === null) return null;
  const id = byCountry.get(country);
  if (id) return k.actors.get(lastNamed(s, SHARED_WORDS.get(generic)) ?? id)!;
  const demonym = k.places.get(country)?.demonyms[0];
  return demonym && country !== 'KP' && SYNTHETIC_OK.has(generic) ? `${demonym} ${generic}` : null;
}

/** The country of the candidate actor mentioned last ("Chinese public security ... the police"). */
function recentCountry(s: Scan, byCountry: ReadonlyMap<string, string>): string | null {
  let best: string | null = null;
  let at = -1;
  for (const [country, id] of byCountry) {
    const seen = s.lastSeen.get(id);
    if (seen !== undefined && seen > at) {
      at = seen;
      best = country;
    }
  }
  return best;
}

/**
 * The country the report has placed its story in so far: the one named most often before
 * word i, when it has a body of this kind ("police" in a story told in Yanji and Tumen).
 */
function sceneCountry(s: Scan, i: number, byCountry: ReadonlyMap<string, string>): string | null {
  const counts = new Map<string, number>();
  for (const { at, country } of s.sceneCountries) {
    if (at >= i) break;
    counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [country, n] of counts) if (n > (best === null ? 0 : counts.get(best)!) || (n === counts.get(best!) && country === 'KP')) best = country;
  return best && byCountry.has(best) ? best : null;
}

/** "expelled from the army": with the article and closing its phrase the word is a body, not an adjective ("the military source"). */
function definiteBody(s: Scan, match: Match<ActorHit>, word: string): boolean {
  const { w } = s;
  const closes = match.to >= w.length || w.brk[match.to] !== 0 || PHRASE_ENDS.has(w.key[match.to]);
  return closes && DEFINITE_BODIES.has(word) && match.from > 0 && w.brk[match.from] === 0 && w.key[match.from - 1] === 'the';
}

/** Of the bodies a shared word may mean, the one named last in the report, or null. */
function lastNamed(s: Scan, ids: readonly string[] | undefined): string | null {
  let best: string | null = null;
  for (const id of ids ?? []) if ((s.lastSeen.get(id) ?? -1) > (best === null ? -1 : s.lastSeen.get(best)!)) best = id;
  return best;
}

/** Words that join two bodies of one country: "Chinese police and border guards", "the police or army". */
const COORDINATORS = new Set(['and', 'or']);

/** How many words before "and" an adjective of country may stand: "Chinese border troops and police". */
const COORDINATED_REACH = 3;

/**
 * The country of what is joined right before word i by "and"/"or": a body ("Chinese police
 * and border guards"), or people under an adjective of country ("Chinese soldiers and police"). Null if none.
 */
function coordinated(s: Scan, i: number): string | null {
  const { w } = s;
  if (i < 2 || w.brk[i] !== 0 || w.brk[i - 1] !== 0 || !COORDINATORS.has(w.key[i - 1])) return null;
  const last = s.lastBody;
  if (last && last.to === i - 1) return last.country;
  let country: string | null = null;
  // the adjective furthest back wins: "North Korean" over "Korean"
  for (let j = i - 2; j >= 0 && i - 2 - j < COORDINATED_REACH; j--) {
    const m = s.k.actorTrie.matchAt(s.text, w, j);
    const demonym = m && m.to < i ? hitOf(m, 'demonym') : undefined;
    if (demonym) country = demonym.id;
    if (w.brk[j] !== 0) break;
  }
  return country;
}

/** How far back in its sentence "its" looks for the country it stands for. */
const ITS_WINDOW = 12;

/** After "its", the country named last before it in the sentence (as a place or as a government), or null. */
function ownerOfIts(s: Scan, i: number): string | null {
  const { w, k } = s;
  if (i === 0 || w.key[i - 1] !== 'its' || w.brk[i] !== 0) return null;
  for (let j = i - 1; j > 0 && i - j <= ITS_WINDOW; j--) {
    if (w.brk[j] === 2) break;
    const p = s.placeTo.get(j);
    if (p && p.p.level === 'country') return k.places.get(p.p.placeId)?.country ?? null;
  }
  return null;
}

/** The country of a place shortly before word i in its sentence that has a candidate. */
function sentenceCountry(s: Scan, i: number, byCountry: ReadonlyMap<string, string>): string | null {
  const { w, k } = s;
  for (let j = i; j > 0 && i - j <= SENTENCE_PLACE_WINDOW; j--) {
    // a place ending before the word that opens the sentence is the last sentence's
    if (w.brk[j] === 2) break;
    const p = s.placeTo.get(j);
    if (p && !p.p.metonymy) {
      const c = k.places.get(p.p.placeId)?.country;
      if (c && byCountry.has(c)) return c;
    }
  }
  return null;
}

/** Forces that act only at home (a state's security agents also hunt people abroad): their clause's place gives their country */
const DOMESTIC = /police|public security/;
/** How far after a body its clause may place it: "public security officers near the border in Yanji" */
const CLAUSE_PLACE_WINDOW = 8;
/** Words that put a body where the place after them is */
const AT_PLACE = new Set(['in', 'at', 'near']);

/**
 * The country of the place the body's own clause puts it in, read forward up to a punctuation mark:
 * "caught by public security officers near the border in Yanji", "police detained them in Tumen".
 */
function clauseCountry(s: Scan, to: number, byCountry: ReadonlyMap<string, string>): string | null {
  const { w, k } = s;
  for (let j = to; j < w.length && j - to < CLAUSE_PLACE_WINDOW && (j === to || w.brk[j] === 0); j++) {
    const p = s.placeFrom.get(j);
    if (!p) continue;
    if (p.p.metonymy || !AT_PLACE.has(w.key[j - 1] ?? '')) return null;
    const c = k.places.get(p.p.placeId)?.country;
    return c && byCountry.has(c) ? c : null;
  }
  return null;
}

/** "Party" alone after another capitalised word is some other party ("Democratic Party"). */
function guardedSingleWord(s: Scan, m: Match<ActorHit>): boolean {
  const { w } = s;
  if (m.to - m.from !== 1 || m.from === 0 || w.brk[m.from] !== 0 || !m.hits.some((h) => h.mode === 'capitalised')) return false;
  const k = w.key[m.from - 1];
  return w.cap[m.from - 1] === 1 && !s.taken[m.from - 1] && !TITLES.has(k) && !DETERMINERS.has(k);
}

/** Verbs that make a state medium the teller of a story, not an organ acting in it. */
const REPORTING = new Set([
  ...NEWS_VERBS, 'dismissed', 'denied', 'accused', 'warned', 'slammed', 'criticized',
  'criticised', 'condemned', 'denounced', 'also',
]);
/** Words before a medium that cite it: "according to KCNA", "citing the Rodong Sinmun". */
const CITING = new Set(['according', 'citing', 'quoting', 'told', 'via', 'per']);
/** Days and times that may stand between a medium and its verb: "KCNA on Sunday dismissed". */
const WHEN = new Set(['on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'earlier', 'later', 'today', 'yesterday']);
const HANGUL_FIRST = /^[\uac00-\ud7a3]/;

/**
 * "KCNA reported", "the Korean Central News Agency (KCNA) quoted him", and any Hangul
 * naming (Korean reports cite and credit state media constantly): the medium tells, it does not act.
 */
function reporting(s: Scan, m: WordSpan): boolean {
  const { w } = s;
  if (HANGUL_FIRST.test(w.key[m.from])) return true;
  let b = m.from - 1;
  while (b >= 0 && w.brk[b + 1] === 0 && (w.key[b] === 'the' || w.key[b] === 'official' || w.key[b] === 'to' || w.key[b] === 'state')) b--;
  if (b >= 0 && w.brk[b + 1] === 0 && CITING.has(w.key[b])) return true;
  let j = m.to;
  // a parenthesised acronym after the name
  if (j < w.length && w.brk[j] === 1 && /^[a-z]{2,6}$/.test(w.key[j]) && s.text.charCodeAt(w.start[j] - 1) === 40) j++;
  while (j < w.length && w.brk[j] !== 2 && WHEN.has(w.key[j]) && j - m.to < 4) j++;
  // "KCNA and other state media reported": the verb after a coordinated teller is the medium's too
  if (j < w.length && w.brk[j] === 0 && (w.key[j] === 'and' || w.key[j] === 'or')) {
    const to = Math.min(w.length, j + 1 + COTELLER_REACH);
    for (let k = j + 1; k < to && w.brk[k] === 0; k++) if (REPORTING.has(w.key[k])) return true;
  }
  return j < w.length && w.brk[j] !== 2 && REPORTING.has(w.key[j]);
}
/** How many words the teller coordinated with a medium may run to ("and other state media outlets"). */
const COTELLER_REACH = 6;

/** Words that tie a person to where they work: "a researcher at", "director of", "an activist with". */
const WORKS_AT = new Set(['of', 'at', 'from', 'with', 'for']);
const isPost = (key: string) => TITLES.has(key) || ROLE_HEADS.has(key);

/** The body is named only as the teller of a claim or as a person's workplace. */
export const cites = (s: Scan, m: WordSpan): boolean => reporting(s, m) || workplace(s, m);
/** The words [from, to) a body's name covers. */
type WordSpan = Pick<Match<ActorHit>, 'from' | 'to'>;

/**
 * "a researcher at the Asia Institute", "the Institute's Asia director", "Institute head": the body
 * only says where a person works.
 */
function workplace(s: Scan, m: WordSpan): boolean {
  const { w } = s;
  let b = m.from - 1;
  if (b >= 0 && w.brk[b + 1] === 0 && w.key[b] === 'the') b--;
  if (b >= 1 && w.brk[b + 1] === 0 && w.brk[b] === 0 && WORKS_AT.has(w.key[b]) && isPost(w.key[b - 1])) return true;
  let j = m.to;
  // one capitalised word of the post may come first: "the Institute's Asia director"
  if (j + 1 < w.length && w.brk[j] === 0 && w.cap[j] && !isPost(w.key[j])) j++;
  return j < w.length && w.brk[j] === 0 && isPost(w.key[j]);
}

/** Words after a body, or "anniversary of" before it, that make it the date's name: "the 75th Party anniversary". */
const COMMEMORATIONS = new Set(['anniversary', 'anniversaries', 'founding', 'foundation']);

function commemorated(s: Scan, m: Match<ActorHit>): boolean {
  const { w } = s;
  if (m.to < w.length && w.brk[m.to] === 0 && COMMEMORATIONS.has(w.key[m.to])) return true;
  let j = m.from - 1;
  if (j >= 0 && w.brk[j + 1] === 0 && w.key[j] === 'the') j--;
  return j >= 1 && w.brk[j + 1] === 0 && w.key[j] === 'of' && w.brk[j] === 0 && COMMEMORATIONS.has(w.key[j - 1]);
}

/** Bodies whose possessive opens a new phrase: "the military's security units" is no "military security". */
const OWNERS = new Set(['military', 'army', 'party', 'police', 'state', 'government', 'regime', 'country', 'nation', 'ministry', 'agency', 'border']);

/** A possessive of an owning body inside what only looks like one generic name; "people's committee" keeps its own. */
function possessiveInside(s: Scan, m: Match<ActorHit>): boolean {
  for (let j = m.from; j < m.to - 1; j++) if (OWNERS.has(s.w.key[j]) && withoutPossessive(s.text, s.w.end[j]) !== s.w.end[j]) return true;
  return false;
}

/** "a police state", "a military state": the word describes a country, no body of it. */
function describesState(s: Scan, m: Match<ActorHit>): boolean {
  const { w } = s;
  return m.to < w.length && w.brk[m.to] === 0 && (w.key[m.to] === 'state' || w.key[m.to] === 'states');
}

/** "a law enforcement source", "police sources": the body only says what kind of informant the outlet has. */
function qualifiesInformant(s: Scan, m: Match<ActorHit>): boolean {
  const { w } = s;
  return m.to < w.length && w.brk[m.to] === 0 && INFORMANTS.has(w.key[m.to]);
}

/**
 * "a source in law enforcement", "an insider from the military": a generic body that only says
 * where an anonymous informant works names no actor of the story.
 */
function insiderAffiliation(s: Scan, i: number): boolean {
  const { w } = s;
  let j = i - 1;
  if (j >= 0 && w.brk[j + 1] === 0 && w.key[j] === 'the') j--;
  return j >= 1 && w.brk[j + 1] === 0 && w.brk[j] === 0 && AFFILIATION.has(w.key[j]) && INFORMANTS.has(w.key[j - 1]);
}
