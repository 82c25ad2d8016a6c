// Where an event happened: the places of its sentence (nearest to the trigger, in the
// nearest one's country; rivers and borders belong to any country), else of the nearest
// sentence of its paragraph, else of the sentences just before it. Metonymy ("Pyongyang
// dispatched") is no place, nor a dateline, nor a source's location in the event's own
// sentence ("a source in China said"), nor a partner in "trade with China". For events
// that do not move people or goods, a destination ("wanted to go to South Korea") is no
// place either when it follows the trigger, unless the text goes on "..., where", nor is
// where people, their relatives or contacts live ("living in Seoul", "her son in Seoul",
// "a Seoul-based group") while the sentence names another place, nor ever where someone
// reached only by phone or letter is ("to call her sister in Seoul").
import type { PlaceLevel, Span } from '../../core/model.js';
import type { PlaceMention } from '../doc.js';
import type { Tokens } from '../tokens.js';
import { lowerAt, tokenAt } from '../tokens.js';
import { copyOf, kept, mapped } from '../arrays.js';

export interface PlaceInfo {
  level: PlaceLevel;
  /** containing places, nearest first */
  ancestors: readonly string[];
  country: string | null;
  /** a national capital: its name also stands for the government */
  capital?: boolean;
}
export type PlaceLookup = (id: string) => PlaceInfo | undefined;

/** The country a place is in (itself when a country); null when unknown. */
export function countryOfPlace(id: string, lookup: PlaceLookup): string | null {
  const info = lookup(id);
  return info?.level === 'country' ? id : info?.country ?? null;
}

const DESTINATION = new Set(['to', 'toward', 'towards', 'into']);
/** "trucks leaving for Tumen", "bound for China": "for" after these names where people or goods go */
const LEAVING_FOR = new Set(['leave', 'leaves', 'leaving', 'left', 'bound', 'headed', 'heading', 'departed', 'departing', 'set', 'sailed', 'sailing']);
/** "sent to Rason to look into": where an agent is sent is where it acts */
const DISPATCH = new Set(['sent', 'dispatched', 'deployed', 'arrived', 'came', 'went', 'transferred', 'recalled', 'moved']);
/** how far before "to X" a verb of dispatch is looked for ("dispatched officers of the ministry to X") */
const DISPATCH_REACH = 10;
const CLAUSE_MARKS = new Set([',', ';', ':', '.']);
const RESIDENCE = new Set(['living', 'lives', 'live', 'settled', 'residing', 'resides', 'based']);
/** "a source in North Hamgyong, bordering China", "Liaoning, which borders North Korea": a place named to locate another is no scene */
const LOCATING = new Set(['bordering', 'borders', 'border', 'adjoining', 'adjoins']);
/** "his contacts in China", "her friends in Seoul": where people someone knows are, like relatives' homes, is not where it happened */
const ASSOCIATES = new Set(['contact', 'contacts', 'friend', 'friends', 'acquaintance', 'acquaintances', 'associates', 'connections']);
/** "to call her sister in Seoul", "wrote to his contacts in China": where someone reached only at a distance is, nothing happened */
export const CONTACTING: ReadonlySet<string> = new Set([
  'call', 'calls', 'called', 'calling', 'phone', 'phoned', 'phoning', 'telephone', 'telephoned', 'contact', 'contacted', 'contacting',
  'wrote', 'write', 'writing', 'message', 'messaged', 'messaging', 'text', 'texted',
]);
export const DETERMINERS: ReadonlySet<string> = new Set(['her', 'his', 'their', 'my', 'our', 'your', 'a', 'an', 'the']);
/** "walked into X": people arriving; "smuggling copper into X" moves goods and puts no one there */
const ARRIVING = new Set([
  'walked', 'walking', 'crossed', 'crossing', 'cross', 'fled', 'fleeing', 'ran', 'running', 'came', 'coming', 'went', 'going',
  'swam', 'swimming', 'waded', 'wading', 'sneaked', 'snuck', 'slipped', 'made', 'got', 'escaped', 'moved', 'drove', 'headed',
  'travelled', 'traveled', 'travelling', 'traveling',
]);
const ARRIVING_REACH = 6;
/** "a book about Pyongyang" ("on" also places: "on the Tumen"): the place is a subject someone knows or tells about */
const TOPIC = new Set(['about', 'regarding', 'concerning']);
/** "knowledge of North Korea": nouns whose "of" names a subject, not a location as "the city of Hyesan" does */
const KNOWING = new Set(['knowledge', 'understanding', 'expert', 'experts', 'expertise', 'specialist', 'specialists', 'insight', 'insights', 'view', 'views', 'image', 'history']);
const LOOK_BACK = 4;
/** A state's missions work abroad: their country is no bound on where they act ("the DPRK embassy tried to find him"). */
const MISSION = new Set(['embassy', 'embassies', 'consulate', 'consulates', 'consular', 'diplomat', 'diplomats', 'ambassador', 'ambassadors']);

interface Candidate extends PlaceMention {
  /** inside a source's descriptor */
  ofSource: boolean;
  /** an end of a movement: "to X", "into X", "from X" */
  destination: boolean;
  /** "into X": where people arrived */
  arrival: boolean;
  residence: boolean;
  /** "a woman, who had attended a church in Yanji, ...": the relative clause [from, to) that tells a person's past, or null */
  aside: Span | null;
}

interface State {
  id: string;
  start: number;
  clauseEnd: number;
  /** the state opens its clause, as its subject ("..., China's police are questioning") */
  opens: boolean;
}

export interface Geography {
  bySentence: Candidate[][];
  /** sentence index -> paragraph index */
  paragraphOf: number[];
  /** the report's setting: its first place that lies in a country, outside datelines and source descriptors */
  setting: string[];
  /** per sentence, the states it names as actors ("North Korea enacted", "Pyongyang decided"), with their offsets */
  /** clauseEnd: where the clause of a state that acts ends (not "South Korea said"), or -1 */
  states: State[][];
  /** whether sentence s tells of a state's mission abroad ("the embassy tried to find him"); read when asked, as few events need it */
  mission(s: number): boolean;
  countryOf(id: string): string | null;
}

const inside = (s: Span, spans: readonly Span[]) => spans.some((x) => s.start >= x.start && s.end <= x.end);

/** Relative pronouns of a clause about a person ("a man, who served four years ..."). */
export const RELATIVE: ReadonlySet<string> = new Set(['who', 'whose']);
/** How far back from a place its relative pronoun may stand ("who had attended a church in Yanji"). */
const RELATIVE_REACH = 8;

/** The relative clause ("who ...", set off by a comma) holding token k, as offsets up to the clause's end, or null. */
function relativeClause(t: Tokens, k: number): Span | null {
  for (let j = k - 1; j >= 0 && k - j <= RELATIVE_REACH; j--) {
    const w = t.lower[j];
    if (CLAUSE_MARKS.has(w)) return null;
    if (!RELATIVE.has(w)) continue;
    if (lowerAt(t, j - 1) !== ',') return null;
    let end = k + 1;
    while (end < t.length && !CLAUSE_MARKS.has(t.lower[end])) end++;
    return { start: t.start[j], end: end < t.length ? t.start[end] : t.end[t.length - 1] };
  }
  return null;
}

/**
 * A wire dateline at the start of a line ("SEOUL, Dec. 10 (Yonhap) --", "BEIJING (Reuters) -", "(Seoul) –"), wherever the
 * page puts it: after a headline and a caption as often as first; without the agency, a city in capitals ("LONDON - ") or
 * a city with the day ("Geneva, March 3, 2020 –"). Its city is where the copy was filed.
 */
const DATELINE = new RegExp(
  [
    /(?:^|\n)[ \t]*(?:[A-Z][A-Za-z.'’ -]{1,30}(?:,[^\n()]{1,30})?[ \t]*)?\([A-Za-z][A-Za-z .&-]{0,30}\)[ \t]*(?:--|[-—–])/.source,
    /(?:^|\n)[ \t]*(?<caps>[A-Z][A-Z.'’ ]{1,30})[ \t]+(?:--|[-—–])[ \t]/.source,
    /(?:^|\n)[ \t]*[A-Z][A-Za-z.'’ ]{1,30},[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?[ \t]*(?:--|[-—–])/.source,
  ].join('|'),
  'g',
);

/**
 * Spans of the text's wire datelines. A line opening in capitals and a dash ("UN - ", "A – ", a shouted headline) is one
 * only when its capitals are the name of a place.
 */
export function datelinesOf(text: string, places: readonly PlaceMention[]): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(DATELINE)) {
    const caps = m.groups?.caps;
    if (caps !== undefined) {
      const start = m.index + m[0].indexOf(caps);
      const end = start + caps.trimEnd().length;
      if (!places.some((p) => p.span.start === start && p.span.end === end)) continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function buildGeography(t: Tokens, text: string, sentences: readonly Span[], places: readonly PlaceMention[], sourceSpans: readonly Span[], lookup: PlaceLookup, family: ReadonlySet<string>): Geography {
  const datelines = datelinesOf(text, places);
  // the words before a place, past a possessive place ("from China's Inner Mongolia")
  const before = (m: PlaceMention, d: number) => {
    let k = tokenAt(t, m.span.start) - 1;
    while (k > 0 && t.lower[k].endsWith("'s") && t.upper[k]) k--;
    return lowerAt(t, k - d + 1);
  };
  // whether one of the verbs stands within reach before the preposition, in its clause
  const verbBefore = (p: PlaceMention, gap: number, verbs: ReadonlySet<string>, reach: number) => {
    for (let d = gap + 1; d <= gap + reach; d++) {
      const w = before(p, d);
      if (!w || CLAUSE_MARKS.has(w)) return false;
      if (verbs.has(w)) return true;
    }
    return false;
  };
  // "sent to Rason", "dispatched officers of the ministry to Vladivostok": the words before "to X" in its clause
  const dispatched = (p: PlaceMention, gap: number) => verbBefore(p, gap, DISPATCH, DISPATCH_REACH);
  // "crossed the Tumen River into X": a verb of people moving stands before "into" in its clause
  const arriving = (p: PlaceMention, gap: number) => verbBefore(p, gap, ARRIVING, ARRIVING_REACH);
  // "North Korea's embassy", "Pyongyang's defense ministry": a state named as the owner of something is not where it happened
  const possessiveCountry = (p: PlaceMention) => (p.level === 'country' || lookup(p.placeId)?.capital === true) && /^['’]s\b/.test(text.slice(p.span.end, p.span.end + 3));
  // "call her sister in Seoul": the place of someone the subject only reached is no scene at all
  const contacted = (p: PlaceMention) => {
    const gap = before(p, 1) === 'the' ? 2 : 1;
    const who = before(p, gap + 1);
    if (before(p, gap) !== 'in' || !((family.has(who) && !who.startsWith('household')) || ASSOCIATES.has(who))) return false;
    const verb = DETERMINERS.has(before(p, gap + 2)) ? gap + 3 : gap + 2;
    return CONTACTING.has(before(p, verb)) || (before(p, verb) === 'to' && CONTACTING.has(before(p, verb + 1)));
  };
  const eligible = kept(places, (p) => !p.metonymy && !inside(p.span, datelines) && before(p, 1) !== 'with' && !possessiveCountry(p) && !contacted(p));
  const usable: Candidate[] = [];
  for (const p of eligible.sort((a, b) => a.span.start - b.span.start)) {
    const k = tokenAt(t, p.span.start);
    const gap = before(p, 1) === 'the' ? 2 : 1;
    const prev = before(p, gap);
    const next = t.lower[tokenAt(t, p.span.end)] === ',' && t.lower[tokenAt(t, p.span.end) + 1] === 'where';
    // "living in Seoul", "their children in Seoul": where people live, not where it happened; nor where a place lies
    const residence = RESIDENCE.has(before(p, 2)) || RESIDENCE.has(before(p, 1)) || (prev === 'in' && (family.has(before(p, gap + 1)) || ASSOCIATES.has(before(p, gap + 1))))
      || LOCATING.has(prev) || (prev === 'to' && before(p, gap + 1) === 'adjacent');
    // "the Seoul-based daily": where a group has its seat is never a scene
    if (/^-based\b/.test(text.slice(p.span.end, p.span.end + 7))) continue;
    // "a source with knowledge of North Korea", "rumours about China": what someone knows or tells about is no scene
    if (TOPIC.has(prev) || (prev === 'of' && KNOWING.has(before(p, gap + 1)))) continue;
    // "to X" and "from X" are ends of a movement; for other events they are not where it happened
    const destination = (DESTINATION.has(prev) && !dispatched(p, gap) && !next) || prev === 'from' || (prev === 'for' && LEAVING_FOR.has(before(p, gap + 1)));
    // built field by field: spreading the mention here was the stage's slowest line
    const c: Candidate = {
      span: p.span, placeId: p.placeId, name: p.name, level: p.level, metonymy: p.metonymy,
      ofSource: inside(p.span, sourceSpans) || (prev === 'in' && speaksNext(t, tokenAt(t, p.span.end))), destination, arrival: destination && prev === 'into' && arriving(p, gap), residence: residence && k > 0,
      aside: relativeClause(t, k),
    };
    usable.push(c);
  }
  const bySentence = mapped(sentences, (): Candidate[] => []);
  const paragraphOf: number[] = [];
  let para = 0;
  let k = 0;
  sentences.forEach((s, i) => {
    if (i > 0 && blankLine(text, sentences[i - 1].end, s.start)) para++;
    paragraphOf.push(para);
    while (k < usable.length && usable[k].span.start < s.start) k++;
    while (k < usable.length && usable[k].span.start < s.end) bySentence[i].push(usable[k++]);
  });
  const countryOf = (id: string) => countryOfPlace(id, lookup);
  // "an official defected to South Korea": where people went is no setting while the report names where they left
  const first = usable.find((p) => !p.ofSource && !p.destination && countryOf(p.placeId) !== null) ?? usable.find((p) => !p.ofSource && countryOf(p.placeId) !== null);
  // a report that names no scene is set in the country of the state it tells acting ("North Korea bans foreign films")
  const acting = first ? null : places.find((p) => p.metonymy && !inside(p.span, datelines) && countryOf(p.placeId) !== null);
  const settingId = first ? first.placeId : acting ? countryOf(acting.placeId) : null;
  // "China arrested ...", "China's police detained ...": the state acting
  const states = bySentenceOf(sentences, places.filter((p) => !inside(p.span, datelines) && (p.metonymy || possessiveCountry(p))), (p) => {
    const id = countryOf(p.placeId);
    const k = tokenAt(t, p.span.start);
    const prev = lowerAt(t, lowerAt(t, k - 1) === 'the' ? k - 2 : k - 1);
    return id ? { id, start: p.span.start, clauseEnd: actingClauseEnd(t, tokenAt(t, p.span.end)), opens: !prev || CLAUSE_MARKS.has(prev) } : null;
  });
  const missions = new Int8Array(sentences.length).fill(-1);
  const mission = (s: number) => {
    if (missions[s] < 0) {
      const x = sentences[s];
      missions[s] = 0;
      for (let i = tokenAt(t, x.start); i < t.length && t.start[i] < x.end; i++) if (MISSION.has(t.lower[i])) { missions[s] = 1; break; }
    }
    return missions[s] === 1;
  };
  return { bySentence, paragraphOf, setting: settingId ? [settingId] : [], states, mission, countryOf };
}

const SPEAKING: ReadonlySet<string> = new Set(['said', 'says', 'say', 'told', 'tells', 'reported', 'reports', 'announced', 'claimed', 'claims', 'believes', 'believed', 'stated', 'confirmed', 'denied', 'added', 'noted', 'argued', 'insisted']);
/** How far after a place a verb of speech makes it where the speaker is ("activists in Seoul said", "officials in Seoul also told reporters"). */
const SPEAKER_PLACE_REACH = 2;
/** Whether a verb of speech follows token k closely, in its clause. */
function speaksNext(t: Tokens, k: number): boolean {
  for (let i = k; i < t.length && i < k + SPEAKER_PLACE_REACH; i++) {
    if (SPEAKING.has(t.lower[i])) return true;
    if (CLAUSE_MARKS.has(t.lower[i])) return false;
  }
  return false;
}

/** How many words after a state a verb of speech makes it a speaker ("South Korea's ministry said"). */
const SPEAKER_REACH = 3;
/** The offset where the clause a state (ending before token k) acts in ends; -1 when the state speaks. */
function actingClauseEnd(t: Tokens, k: number): number {
  for (let i = k; i < t.length && i < k + SPEAKER_REACH; i++) if (SPEAKING.has(t.lower[i])) return -1;
  for (let i = k; i < t.length; i++) if (CLAUSE_MARKS.has(t.lower[i])) return t.start[i];
  return Number.MAX_SAFE_INTEGER;
}

/** The index of the sentence holding offset `at` (sentences are sorted and apart), or -1: a binary search. */
function sentenceAt(sentences: readonly Span[], at: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < sentences.length && sentences[lo].start <= at ? lo : -1;
}

/** Whether two line breaks stand side by side in text[from, to): a paragraph ends there. */
function blankLine(text: string, from: number, to: number): boolean {
  for (let i = from; i + 1 < to; i++) if (text.charCodeAt(i) === 10 && text.charCodeAt(i + 1) === 10) return true;
  return false;
}

/** Items grouped by the sentence their mention starts in. */
function bySentenceOf<T>(sentences: readonly Span[], mentions: readonly PlaceMention[], item: (p: PlaceMention) => T | null): T[][] {
  const out = mapped(sentences, (): T[] => []);
  for (const p of mentions) {
    const s = sentenceAt(sentences, p.span.start);
    const it = s >= 0 ? item(p) : null;
    if (it) out[s].push(it);
  }
  return out;
}

/** The state acting in a national act told at `anchor`: the nearest one its sentence names as an actor, else the country of its sentence's scene, of the report's setting, of the scene around. */
export function nationalPlace(geo: Geography, s: number, anchor: number): string[] {
  const acting = actingState(geo, s, anchor);
  if (acting.length) return acting;
  // the country of the sentence's own scene ("the central authorities in Beijing ordered") before the report's setting
  for (const id of [...ownPlacesOf(geo, s, anchor, false), ...geo.setting, ...placesOf(geo, s, anchor, false)]) {
    const c = geo.countryOf(id);
    if (c) return [c];
  }
  return [];
}

/** The country of the state the sentence names as acting nearest the anchor, or nothing. */
function actingState(geo: Geography, s: number, anchor: number): string[] {
  let best: State | undefined;
  for (const st of geo.states[s]) if (!best || Math.abs(st.start - anchor) < Math.abs(best.start - anchor)) best = st;
  return best ? [best.id] : [];
}

/** "China arrested", "China's police detained": the state named just before the trigger, in its clause, as the one acting (not "South Korea said"). */
function subjectState(geo: Geography, s: number, anchor: number): string[] {
  let best: State | undefined;
  for (const st of geo.states[s]) if (st.start < anchor && anchor < st.clauseEnd && (!best || st.start > best.start)) best = st;
  return best ? [best.id] : [];
}

/** The state opening a clause after the trigger as its subject, nearest it (not "South Korea said", nor "by Pyongyang's agents"). */
function laterState(geo: Geography, s: number, anchor: number): string[] {
  let best: State | undefined;
  for (const st of geo.states[s]) if (st.start > anchor && st.opens && st.clauseEnd >= 0 && (!best || st.start < best.start)) best = st;
  return best ? [best.id] : [];
}

/** Places nearest the anchor first, those lying in a country before rivers and borders. Cross-border events keep every country. */
function pick(candidates: readonly Candidate[], anchor: number, geo: Geography, crossBorder: boolean): string[] {
  const byDistance = candidates.length <= 1 ? candidates : [...candidates].sort((a, b) => Math.abs(a.span.start - anchor) - Math.abs(b.span.start - anchor));
  const chosen: string[] = [];
  // one pass per group, without the intermediate arrays: this runs for every event mention
  let country: string | null = null;
  for (const p of byDistance) {
    const c = geo.countryOf(p.placeId);
    if (c === null) continue;
    country ??= c;
    if ((crossBorder || c === country) && !chosen.includes(p.placeId)) chosen.push(p.placeId);
  }
  for (const p of byDistance) if (geo.countryOf(p.placeId) === null && !chosen.includes(p.placeId)) chosen.push(p.placeId);
  return chosen;
}

/** The places the trigger's own sentence gives an event whose trigger starts at `anchor` in sentence `s`, nearest first. */
export function ownPlacesOf(geo: Geography, s: number, anchor: number, destinations: boolean): string[] {
  // most sentences name no place: no arrays to filter (the empty answer still comes from pick, see placesOf)
  if (!geo.bySentence[s].length) return pick(geo.bySentence[s], anchor, geo, destinations);
  // a place people arrived in before the trigger is where they were ("walked into X and were picked up");
  // "sent from Pyongyang", "calls to China" are not
  const scene = geo.bySentence[s].filter((p) => {
    // every field read and compared on each call: one first met after V8 has compiled pushMentions, which takes
    // this in, makes it compile that long function again
    const { ofSource, destination, arrival } = p;
    const early = p.span.start < anchor;
    return !ofSource && (destinations || !destination || (arrival && early));
  });
  // where people live, and a relative clause's aside about someone's past unless the event is told in it
  const settled = scene.filter((p) => !p.residence && !(p.aside && (anchor < p.aside.start || anchor >= p.aside.end)));
  return pick(settled.length ? settled : scene, anchor, geo, destinations);
}

/** The location of a source the trigger's sentence cites ("a source in Hoeryong said ..."). */
export function toldPlacesOf(geo: Geography, s: number, anchor: number, destinations: boolean): string[] {
  return pick(geo.bySentence[s].filter((p) => p.ofSource && (destinations || !p.destination)), anchor, geo, false);
}

/** Place ids of an event whose trigger starts at `anchor` in sentence `s`, nearest first; empty when the text gives none nearby. */
export function placesOf(geo: Geography, s: number, anchor: number, destinations: boolean, agency: readonly string[] = []): string[] {
  const own = ownPlacesOf(geo, s, anchor, destinations);
  if (own.length) return own;
  // "China arrested dozens": a state acting in the sentence places an act that names no place, before the sentences around do
  const acting = subjectState(geo, s, anchor);
  if (acting.length) return acting;
  // "as part of investigations, China's police are questioning a woman": a state acting later in the sentence
  const later = laterState(geo, s, anchor);
  if (later.length) return later;
  // "a group in Seoul said Chinese police detained 12 defectors": a place outside the country of the agency acting is no
  // guess for it, unless the agency is a mission abroad
  const fits = (ids: readonly string[]) => !agency.length || geo.mission(s) || (ids.length > 0 && geo.countryOf(ids[0]) === agency[0]);
  // another sentence's places tell the scene, not where someone lives or wants to go; where
  // people arrived counts only within the paragraph that goes on with them
  const context = (j: number) => geo.bySentence[j].filter((p) => !p.residence && !p.aside && (!p.destination || (p.arrival && geo.paragraphOf[j] === geo.paragraphOf[s])));
  const para = geo.paragraphOf[s];
  for (let d = 1; d < geo.bySentence.length; d++) {
    let inPara = false;
    for (let side = 0; side < 2; side++) {
      const j = side === 0 ? s - d : s + d;
      if (j < 0 || j >= geo.bySentence.length || geo.paragraphOf[j] !== para) continue;
      inPara = true;
      const near = pick(context(j), j < s ? Number.MAX_SAFE_INTEGER : 0, geo, false);
      if (near.length && fits(near)) return near;
    }
    if (!inPara) break;
  }
  // "a source in Hoeryong said agents summoned ...": the source's place is nearer than an earlier paragraph's scene
  const told = toldPlacesOf(geo, s, anchor, destinations);
  if (told.length && fits(told)) return told;
  for (let j = s - 1; j >= 0 && s - j <= LOOK_BACK; j--) {
    if (geo.paragraphOf[j] === para) continue;
    const near = pick(context(j), Number.MAX_SAFE_INTEGER, geo, false);
    if (near.length && fits(near)) return near;
  }
  if (agency.length) return copyOf(agency);
  // the empty answer comes from pick too: one kind of array for every answer (see arrays.ts)
  return told;
}
