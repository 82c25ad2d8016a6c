// Mentions become events: one per type for types whose policy scope is the report (a
// defection across several places is one journey); otherwise one per type and place,
// where a mention joins an event at the same place, inside it or containing it
// ("arrested in Hyesan" and "arrested in North Korea" are one arrest; Hyesan and
// Changbai are two). A definite reference ("the arrests", "this escape") joins the
// event told at its place, else the last one told, and adds no place, unless that event's place was only
// guessed; with nothing of its type told before, it tells the event. An event left without any place is set in
// the report's setting.
import { copyOf } from '../arrays.js';
import type { EventDate, EventType } from '../../core/model.js';
import type { EventMention } from '../doc.js';
import type { Lexicon } from './lexicon.js';
import { countryOfPlace, type PlaceLookup } from './where.js';

export interface RawMention extends EventMention {
  /** "the escape": refers back to an event already told */
  anaphoric: boolean;
  /** the date stands in the mention's own sentence (not carried over from the narrative) */
  dateOwn: boolean;
  /** the mention's sentence names no place: its places were borrowed from the sentences around it */
  borrowed: boolean;
  /** an act of the state as a whole (a law, the leader's order), set in the country */
  national: boolean;
  /** from a fallback trigger: kept only when no other trigger tells its type */
  fallback: boolean;
}

const PRECISION_RANK = { day: 3, month: 2, year: 1, unknown: 0 } as const;

/** How many years apart two legs of one journey may be; an episode told from further back is background. */
const JOURNEY_YEARS = 1;

/**
 * The finer of two dates when they agree (a day inside the month already known); else the
 * first, or with `earliest` the earlier: a journey told once per report is dated by its
 * start, not by a later leg ("fled in May ... reached Thailand in June"), but not by an
 * earlier episode years before ("in 2014 another deserter ...").
 */
export function finer(a: EventDate, b: EventDate, earliest = false): EventDate {
  if (!a.value) return b;
  if (!b.value) return a;
  if (b.value.startsWith(a.value) || a.value.startsWith(b.value)) return PRECISION_RANK[b.precision] > PRECISION_RANK[a.precision] ? b : a;
  const leg = Number(a.value.slice(0, 4)) - Number(b.value.slice(0, 4)) <= JOURNEY_YEARS;
  return earliest && b.value < a.value && leg ? b : a;
}

interface Group {
  event: EventMention;
  dateOwn: boolean;
  /** the finest place of the event and the places containing it */
  lineage: string[];
  /** every place so far was borrowed from the sentences around: a guess the first mention told with its own place replaces */
  borrowed: boolean;
  national: boolean;
}

/** The mention's finest place that lies in a country, with the places containing it; rivers and borders alone name no region. */
function lineageOf(ids: readonly string[], lookup: PlaceLookup): string[] {
  let best: string[] = [];
  for (const id of ids) {
    const info = lookup(id);
    if (info && (info.level === 'country' || info.country) && info.ancestors.length + 1 > best.length) best = [id, ...info.ancestors];
  }
  return best;
}

/** Same place, or one inside the other. */
const nested = (a: readonly string[], b: readonly string[]) => !a.length || !b.length || a.includes(b[0]) || b.includes(a[0]);

/** A return across a border names both sides: two mentions sharing any place (or country) are one return. */
export function overlapping(a: readonly string[], b: readonly string[], lookup: PlaceLookup): boolean {
  if (!a.length || !b.length) return true;
  const widen = (ids: readonly string[]) => new Set(ids.flatMap((id) => [id, ...(lookup(id)?.ancestors ?? [])]));
  const wa = widen(a);
  for (const x of widen(b)) if (wa.has(x)) return true;
  return false;
}

function merge(into: Group, m: RawMention, lookup: PlaceLookup, earliest: boolean): void {
  const e = into.event;
  // "staged a public trial" (no place), then "the executions took place in Chongjin": a reference back that names
  // its own place tells where the event whose place was only guessed happened
  const placing = !m.anaphoric || (into.borrowed && !m.borrowed);
  // "China arrested dozens" (its place guessed from the next lines), then "arrested in Kunming": the text's own place replaces the guess
  if (into.borrowed && !m.borrowed && placing) {
    if (lineageOf(m.placeIds, lookup).length && !overlapping(e.placeIds, m.placeIds, lookup)) {
      e.placeIds = [];
      into.lineage = [];
    }
    into.borrowed = false;
  }
  // borrowed places only fill in an event that has no place in a country yet
  if (placing && (!m.borrowed || !into.lineage.length)) {
    for (const p of m.placeIds) if (!e.placeIds.includes(p)) e.placeIds.push(p);
    const lineage = lineageOf(m.placeIds, lookup);
    // the finer place names the event
    if (lineage.length > into.lineage.length) into.lineage = lineage;
  }
  // a date the text gives for the event outweighs one carried over from the narrative
  if (!into.dateOwn && m.dateOwn && m.date.value) {
    e.date = m.date;
    into.dateOwn = true;
  } else if (into.dateOwn === m.dateOwn || !m.dateOwn) e.date = into.dateOwn && !m.dateOwn ? e.date : finer(e.date, m.date, earliest);
  e.count ??= m.count;
  for (const s of m.sourceKeys) if (!e.sourceKeys.includes(s)) e.sourceKeys.push(s);
  for (const p of m.participants) {
    if (!e.participants.some((q) => q.actorIndex === p.actorIndex && q.role === p.role)) e.participants.push(p);
  }
  // an asserted mention outweighs a rumoured or planned one of the same event
  if (e.modality !== 'asserted' && m.modality === 'asserted') e.modality = 'asserted';
}

/** The report's one event of the type, a national act and local ones apart ("Kim Jong Un's nationwide order", "the order to seal Musan's border"). */
function sameLevel(groups: readonly Group[], m: RawMention): Group | undefined {
  for (const g of groups) if (g.national === m.national) return g;
  return undefined;
}

/** The first group at the mention's place (a loop, not find() with a closure made for every mention). */
function samePlace(groups: readonly Group[], m: RawMention, lineage: readonly string[], destinations: boolean, lookup: PlaceLookup): Group | undefined {
  for (const g of groups) if (destinations ? overlapping(g.event.placeIds, m.placeIds, lookup) : nested(g.lineage, lineage)) return g;
  return undefined;
}

/**
 * The first event whose place is still only a guess, in another country than the mention's own place
 * (a headline placed by the outlet's city, then the body's scene); a guess in the same country may be a second event there.
 */
function guessed(groups: readonly Group[], m: RawMention, lookup: PlaceLookup): Group | undefined {
  for (const g of groups) if (g.borrowed && !overlapping(g.event.placeIds, m.placeIds, lookup)) return g;
  return undefined;
}

export function clusterMentions(mentions: readonly RawMention[], lex: Lexicon, lookup: PlaceLookup, setting: readonly string[]): EventMention[] {
  const byType = new Map<EventType, Group[]>();
  for (const m of mentions) {
    let groups = byType.get(m.type);
    if (!groups) byType.set(m.type, (groups = []));
    const lineage = lineageOf(m.placeIds, lookup);
    const policy = lex.types[m.type];
    const target = policy.scope === 'report'
      // "since the order": a reference back, or a mention naming no place, retells the order already told
      ? sameLevel(groups, m) ?? (m.anaphoric || m.borrowed ? groups[0] : undefined)
      // "the execution" refers back to the one told at its place, else to the last one told
      // a mention whose sentence names no place retells an event of its type already told, more likely than it starts one elsewhere
      : m.anaphoric || m.borrowed ? samePlace(groups, m, lineage, policy.destinations === true, lookup) ?? groups[groups.length - 1] : samePlace(groups, m, lineage, policy.destinations === true, lookup) ?? guessed(groups, m, lookup);
    if (target) {
      merge(target, m, lookup, policy.scope === 'report' && policy.destinations === true);
      continue;
    }
    const event: EventMention = {
      type: m.type, modality: m.modality, trigger: m.trigger, evidence: m.evidence, date: m.date, placeIds: copyOf(m.placeIds),
      participants: copyOf(m.participants), count: m.count, sourceKeys: copyOf(m.sourceKeys),
    };
    // "the assassination of ..." with nothing of its type told before refers back to nothing: it tells the event
    groups.push({ event, lineage, dateOwn: m.dateOwn, borrowed: m.borrowed, national: m.national });
  }
  const events: EventMention[] = [];
  for (const groups of byType.values()) for (const g of groups) events.push(g.event);
  for (const e of events) {
    if (!e.placeIds.length) e.placeIds.push(...setting);
    else if (lex.types[e.type].leaves && setting.length) reachedSetting(e, setting[0], lookup);
  }
  return events.sort((a, b) => a.trigger.start - b.trigger.start);
}

/**
 * A defection leaves its country: one told only at places inside one country, in a report set in another
 * ("defectors arrested in Shenyang" ... "they fled Musan in May"), went to where the report finds them.
 */
function reachedSetting(e: EventMention, place: string, lookup: PlaceLookup): void {
  const abroad = countryOfPlace(place, lookup);
  if (!abroad) return;
  let home: string | null = null;
  for (const id of e.placeIds) {
    const c = countryOfPlace(id, lookup);
    if (!c) continue;
    if (c === abroad || (home && c !== home)) return;
    home = c;
  }
  if (home) e.placeIds.push(place);
}
