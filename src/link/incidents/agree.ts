// Whether two events describe the same occurrence, with the reasons in words.
// Type must match (blocking guarantees it); place and time must be compatible;
// participants and counts add or take away confidence. A pair links at LINK_SCORE.
import type { EventType } from '../../core/model.js';
import { dayNumber, isoDay, spanGap } from '../time.js';
import type { LinkActor, LinkEvent, LinkPlace } from '../../core/link-model.js';
import { memoised } from '../../core/memo.js';

/** A city and a month (3 + 1.5), or a province and dates days apart (2 + 2.5), are enough; a country alone never is. */
export const LINK_SCORE = 4.5;

/** Kinds of events that last weeks (a hunt, an inquiry); their dates are looser. */
const DURATIVE: ReadonlySet<EventType> = new Set(['PURSUIT', 'SURVEILLANCE', 'INVESTIGATION', 'SMUGGLING', 'CORRUPTION', 'DIRECTIVE', 'INCENTIVE', 'FABRICATION']);
export const toleranceDays = (type: EventType): number => (DURATIVE.has(type) ? 31 : 7);

export interface Agreement {
  score: number;
  /** why they may not link, when they may not */
  veto: string | null;
  /** vetoed because the reports date them apart: two occurrences, whatever text the reports share */
  apart: boolean;
  reasons: string[];
}

interface PlaceMatch { score: number; text: () => string }

const PLACE_WEIGHT = { site: 3, city: 3, county: 3, province: 2, country: 1 } as const;

/** A site in no country (a border river, a bridge between two) runs along hundreds of kilometres of border: a province's worth, not a town's. */
const weightOf = (p: LinkPlace) => (p.level === 'site' && p.ancestors.length === 0 ? PLACE_WEIGHT.province : PLACE_WEIGHT[p.level]);

function placeMatch(a: LinkPlace[], b: LinkPlace[]): PlaceMatch | null {
  // Most pairs are compared only to be outscored: the words are made for the best alone.
  let score = 0, text: (() => string) | null = null;
  for (const p of a) for (const q of b) {
    if (p.id === q.id) { if (weightOf(p) > score) { score = weightOf(p); text = () => `both ${p.name}`; } }
    else if (p.ancestors.includes(q.id)) { if (weightOf(q) > score) { score = weightOf(q); text = () => `${p.name} within ${q.name}`; } }
    else if (q.ancestors.includes(p.id)) { if (weightOf(p) > score) { score = weightOf(p); text = () => `${q.name} within ${p.name}`; } }
  }
  return text ? { score, text } : null;
}

/**
 * placeMatch for one act against the hundreds it meets: place lists are shared objects
 * (prepare.ts interns them), so each list met is matched once per act.
 */
let memoFor: LinkPlace[] | null = null;
let memo = new Map<LinkPlace[], PlaceMatch | null>();
function placeMatchOf(a: LinkPlace[], b: LinkPlace[]): PlaceMatch | null {
  if (a !== memoFor) { memoFor = a; memo = new Map(); }
  let m = memo.get(b);
  if (m === undefined) memo.set(b, (m = placeMatch(a, b)));
  return m;
}

/** Time agreement; its words are made only for a pair that is explained (most are scored to be outscored). */
function timeMatch(a: LinkEvent, b: LinkEvent): { score: number; text: () => string; undated?: true } | { veto: string } {
  // Many pages give no date at all: the place, the people and the story must carry the link alone.
  if (a.lo === null || b.lo === null) return UNDATED;
  const gap = spanGap(a.lo, a.hi!, b.lo, b.hi!);
  if (gap > toleranceDays(a.type)) return { veto: `dates ${gap} days apart` };
  const apart = () => `dates ${gap} days apart`;
  if (a.basis !== 'date' || b.basis !== 'date') return { score: 0.5, text: () => (gap === 0 ? 'reported in the same period' : `reported ${gap} days apart`) };
  const precise = a.date.precision === 'day' && b.date.precision === 'day';
  if (precise) return gap === 0 ? { score: 3, text: () => `same day ${isoDay(a.lo!)}` } : { score: gap <= 3 ? 2.5 : 1.5, text: apart };
  const coarse = a.date.precision === 'year' || b.date.precision === 'year';
  if (coarse) return { score: 0.5, text: () => (gap === 0 ? 'same year' : apart()) };
  return { score: 1.5, text: () => (gap === 0 ? 'same month' : apart()) };
}
const UNDATED = { score: 0, text: () => 'no date to compare', undated: true } as const;

/** An event cannot be reported before it happened: a dated event after the other report appeared is another one. */
function afterPublication(a: LinkEvent, bPublished: string | null): boolean {
  if (a.basis !== 'date' || !bPublished || a.modality === 'planned' || a.modality === 'ordered') return false;
  return a.lo! > publishedDay(bPublished);
}

/** Publication days, parsed once each: an act is compared with hundreds of others, most published on a few days. */
const publishedDay = memoised(dayNumber, 10_000);

/** Actors both name, by kind; one common among the acts met (common-actors.ts) is no shared participant. */
function sharedActors(a: LinkActor[], b: LinkActor[], common: () => ReadonlySet<string>): { named: string[]; bodies: string[]; roles: string[] } | null {
  // a few actors a side: a scan is cheaper than a map built per pair, and most pairs share none
  const inB = (x: LinkActor) => { for (const y of b) if (y.key === x.key) return true; return false; };
  let any = false;
  for (const x of a) if ((any = inB(x))) break;
  if (!any) return null;
  const named = new Set<string>(), bodies = new Set<string>(), roles = new Set<string>();
  const skip = common();
  for (const x of a) if (inB(x) && !skip.has(x.key)) (x.kind === 'role' ? roles : x.kind === 'organization' ? bodies : named).add(x.name);
  return { named: [...named], bodies: [...bodies], roles: [...roles] };
}

/** How the two reports' texts are tied: one reposts the other, or they share passages (a wire's sentences, the same quotes). */
export type TextTie = 'reposted' | 'shared text' | null;

/** A role described in this many words or more is specific. */
const SPECIFIC_ROLE_WORDS = 3;

/**
 * Story words (story-words.ts) two reports share: from STORY_SHARED they add
 * STORY_STEP a word, up to STORY_MAX (as much as a shared person); from STORY_STRONG
 * they stand in for a missing date, as shared text does. Two stories of one kind from
 * one place share one or two.
 */
export const STORY_SHARED = 3;
export const STORY_STRONG = 5;
const STORY_STEP = 0.5;
const STORY_MAX = 2;

/**
 * What shared participants and counts add. boundOfRest adds them up without story
 * words, so both it and scoreRest read them here: a weight raised in one place only
 * would let the bound fall below the score and drop pairs that should link.
 */
const NAMED_EACH = 1, NAMED_MAX = 2;
// The security ministries act in most reports: a shared body says less than a shared person.
const SHARED_BODY = 0.5;
// "residents" says little; "North Korean diplomat in London" names who it befell almost as a name does.
const ROLE_VAGUE = 0.5, ROLE_SPECIFIC = 1.5;
const SAME_COUNT = 1, COUNTS_APART = -1;

const NO_STORY = (): readonly string[] => [];
const NONE_COMMON = (): ReadonlySet<string> => new Set();
const NO_REASONS: string[] = [];
const NONE_SHARED = { named: [], bodies: [], roles: [] } as const;

/** Type, place and time alone: whether the pair may link and what those give (agree's first part). */
export interface Gate extends Agreement {
  /** the reasons are being worded */
  explain: boolean;
}

/**
 * The cheap part of an agreement: type, modality, shared text, place and time. Story
 * words are read only where a missing date leaves them to decide whether the pair may
 * link at all. Most pairs an act meets stop here or are outscored (boundOfRest).
 */
export function gate(a: LinkEvent, b: LinkEvent, tie: TextTie = null, storyWords: () => readonly string[] = NO_STORY, explain = true): Gate {
  // scored without words, a pair allocates no list of reasons (hundreds of pairs an act)
  const reasons: string[] = explain ? [] : NO_REASONS;
  const no = (veto: string, apart = false): Gate => ({ score: 0, veto, apart, reasons, explain });
  if (a.type !== b.type) return no('different types');
  if (a.modality === 'negated' || b.modality === 'negated') return no('one report says it did not happen');
  if (explain) reasons.push('same type');
  let score = 0;
  // A copy's act of the same type, in places that contain each other, is its original's act: even a country suffices.
  if (tie === 'reposted') { score += LINK_SCORE - PLACE_WEIGHT.country; if (explain) reasons.push('reposted text'); }

  const place = placeMatchOf(a.places, b.places);
  if (!place) return no(a.places.length && b.places.length ? 'places do not contain each other' : 'no place to compare');
  score += place.score;
  if (explain) reasons.push(place.text());

  if (afterPublication(a, b.published) || afterPublication(b, a.published)) return no('dated after the other report appeared', true);
  const time = timeMatch(a, b);
  if ('veto' in time) return no(time.veto, true);
  // Text the reports share, or the words of one story, stand in for a missing date; without them a town must.
  if (time.undated && tie === null && place.score < PLACE_WEIGHT.city && storyWords().length < STORY_STRONG) return no('no date to compare and no town in common');
  score += time.score;
  if (explain) reasons.push(time.text());
  return { score, veto: null, apart: false, reasons, explain };
}

/**
 * What gate decides of a pair dated further apart than the type allows, without
 * reading its dates again: vetoed either way, and marked apart unless a denial or
 * places that do not contain each other veto it first.
 */
export function apartByDates(a: LinkEvent, b: LinkEvent): boolean {
  return a.type === b.type && a.modality !== 'negated' && b.modality !== 'negated' && placeMatchOf(a.places, b.places) !== null;
}

/**
 * The most the rest of an agreement (story words, participants, counts) can add to a
 * pair's gate score, worked out without story words or the actors common among those
 * met: a pair whose bound cannot win is not scored further.
 */
export function boundOfRest(a: LinkEvent, b: LinkEvent): number {
  let bound = STORY_MAX;
  let named = 0, body = false, role = false;
  for (const x of a.actors) {
    let shared = false;
    for (const y of b.actors) if (y.key === x.key) { shared = true; break; }
    if (!shared) continue;
    if (x.kind === 'role') role = true;
    else if (x.kind === 'organization') body = true;
    else named++;
  }
  bound += Math.min(NAMED_MAX, NAMED_EACH * named) + (body ? SHARED_BODY : 0) + (role ? ROLE_SPECIFIC : 0);
  if (a.count !== null && b.count !== null && a.count === b.count) bound += SAME_COUNT;
  return bound;
}

/**
 * `storyWords`: the story words the two events' reports share; `commonActors`: keys of
 * the actors common among the acts met. Both asked for only once type, place and time allow a link.
 * `explain`: false leaves the reasons empty (scoring hundreds of pairs for the best of
 * each case, whose reasons alone are shown: the words would be most of the work).
 */
export function agree(a: LinkEvent, b: LinkEvent, tie: TextTie = null, storyWords: () => readonly string[] = NO_STORY, commonActors: () => ReadonlySet<string> = NONE_COMMON, explain = true): Agreement {
  const g = gate(a, b, tie, storyWords, explain);
  if (g.veto === null) return scoreRest(g, a, b, storyWords, commonActors);
  const { score, veto, apart, reasons } = g;
  return { score, veto, apart, reasons };
}

/** An agreement's second part, on a pair its gate let through: story words, participants, counts. */
export function scoreRest(g: Gate, a: LinkEvent, b: LinkEvent, storyWords: () => readonly string[] = NO_STORY, commonActors: () => ReadonlySet<string> = NONE_COMMON): Agreement {
  const { explain, reasons } = g;
  let score = g.score;
  const story = storyWords();
  if (story.length >= STORY_SHARED) {
    score += Math.min(STORY_MAX, STORY_STEP * (story.length - STORY_SHARED + 1));
    if (explain) reasons.push(`both tell of ${story.join(', ')}`);
  }

  const shared = sharedActors(a.actors, b.actors, commonActors) ?? NONE_SHARED;
  if (shared.named.length) { score += Math.min(NAMED_MAX, NAMED_EACH * shared.named.length); if (explain) reasons.push(`both: ${shared.named.join(', ')}`); }
  if (shared.bodies.length) { score += SHARED_BODY; if (explain) reasons.push(`both: ${shared.bodies.join(', ')}`); }
  if (shared.roles.length) { score += shared.roles.some((r) => r.split(/\s+/).length >= SPECIFIC_ROLE_WORDS) ? ROLE_SPECIFIC : ROLE_VAGUE; if (explain) reasons.push(`both: ${shared.roles.join(', ')}`); }

  if (a.count !== null && b.count !== null) {
    const ratio = Math.max(a.count, b.count) / Math.min(a.count, b.count);
    if (ratio === 1) { score += SAME_COUNT; if (explain) reasons.push(`both count ${a.count}`); }
    else if (ratio > 2) { score += COUNTS_APART; if (explain) reasons.push(`counts differ: ${a.count} vs ${b.count}`); }
    else if (explain) reasons.push(`counts ${a.count} vs ${b.count}`);
  }
  if (explain && a.modality !== b.modality) reasons.push(`${a.modality} vs ${b.modality}`);
  return { score, veto: null, apart: false, reasons };
}
