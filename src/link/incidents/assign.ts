// Incremental case assignment. A report's episode (story.ts) is linked as a whole:
// every act it tells is compared with the acts of the same type its blocking keys
// reach, and the episode joins the case that agrees best, or founds a new one. A
// case thus holds acts of any type, several from one report. An analyst's merge
// wins over any score; an analyst's split keeps the two sides apart.
import { hashString } from '../../core/hash.js';
import { NO_DAY } from '../event-days.js';
import { spanGap } from '../time.js';
import { RECENT_PER_BLOCK, type LinkWorkspace } from '../workspace.js';
import { agree, apartByDates, boundOfRest, gate, LINK_SCORE, scoreRest, toleranceDays, type Gate, type TextTie } from './agree.js';
import { indexKeys, nearestInTime, queryKeys } from './blocking.js';
import { STORY_SAMPLE, StoryWordsAmong } from '../story-words.js';
import { CaseSpan } from './case-span.js';
import { commonActors } from './common-actors.js';
import type { LinkEvent } from '../../core/link-model.js';

export interface Assignment {
  eventKey: string;
  reportId: string;
  eventId: string;
  incidentId: string;
  /** agreement of the episode with the case it joined; null when it founded the case */
  score: number | null;
  /** the act of another report it was linked through, or of its own report it was told with */
  linkedTo: string | null;
  explanation: string;
  /** an act of the episode its report is about (not background about another one) */
  episode: boolean;
}

/** Reports sharing passages of text with the one being linked. */
export type Related = readonly { id: string; shared: number }[];

export const incidentIdFor = (eventKey: string): string =>
  `inc-${hashString(eventKey).toString(16).padStart(8, '0')}${hashString(eventKey, 0x9747b28c).toString(16).padStart(8, '0')}`;


/**
 * Each further act type on which the episode agrees with one report of a case adds this
 * much, up to MORE_ACTS_MAX: another telling of the same episode agrees on several of
 * its acts. Types met across many reports of a case do not count: a case grown large
 * agrees on every type with someone.
 */
const MORE_ACTS = 1;
const MORE_ACTS_MAX = 2;
/**
 * When the acts of many reports fit an act as well on type, place and time (a busy
 * border city's arrests in one month), place and time no longer say which episode it
 * belongs to: the agreement drops by CROWD for each doubling beyond CROWD_FREE
 * reports (a repost counts with its original), so only a shared person, a day or a
 * count decides. Counted in reports, not cases: once unrelated stories of a busy
 * place had chained into one case, that case was the only one fitting, and grew.
 */
const CROWD_FREE = 3;
const CROWD = 1;
const crowding = (reports: number) => (reports <= CROWD_FREE ? 0 : CROWD * Math.log2(reports / CROWD_FREE));
/** Passages of text shared with another outlet's report (a wire's sentences, the same quotes) tell the same story on their own. */
const SHARED_TEXT = LINK_SCORE;

const TYPE_WORD = (t: string) => t.replace('_', ' ').toLowerCase();

function cannotJoin(ws: LinkWorkspace, e: LinkEvent, incidentId: string): boolean {
  if (ws.constraints.empty) return false;
  for (const m of ws.members.get(incidentId) ?? []) if (ws.constraints.cannotLink(e.key, ws.events[m].key)) return true;
  return false;
}

interface CaseScore {
  incidentId: string;
  /** best agreeing pair */
  best: { score: number; event: LinkEvent; other: LinkEvent; reasons: () => string[] } | null;
  /** per report of the case, the act types of the episode that fit one of its acts */
  types: Map<string, Set<string>>;
  text: { id: string; shared: number } | null;
  /** an act of the episode and one of the case's are dated apart: unless another pair agrees, shared passages (a stock paragraph) do not tie them */
  apart: boolean;
}

/** The act types the episode agrees on with the one report of the case that agrees on most (the best pair's report first). */
function typesAgreed(c: CaseScore): ReadonlySet<string> {
  let most: ReadonlySet<string> = (c.best && c.types.get(c.best.other.reportId)) || new Set();
  for (const t of c.types.values()) if (t.size > most.size) most = t;
  return most;
}

const total = (c: CaseScore) =>
  (c.best?.score ?? 0) + Math.min(MORE_ACTS_MAX, MORE_ACTS * Math.max(0, typesAgreed(c).size - 1)) + (c.text && (c.best || !c.apart) ? SHARED_TEXT : 0);

function explain(c: CaseScore, ws: LinkWorkspace): string {
  const parts: string[] = [];
  if (c.best) parts.push(`same act (${TYPE_WORD(c.best.event.type)}): ${c.best.reasons().filter((r) => r !== 'same type').join('; ')}`);
  const types = typesAgreed(c);
  if (types.size > 1) parts.push(`also agree on ${[...types].filter((t) => t !== c.best?.event.type).map(TYPE_WORD).join(', ')}`);
  if (c.text) parts.push(`shares ${c.text.shared} passages of text with "${ws.reports.get(c.text.id)?.title || c.text.id}"`);
  return parts.join('; ');
}

/** Links one episode (or one background act) of a report; returns an assignment per act. */
export function assignStory(ws: LinkWorkspace, events: readonly LinkEvent[], related: Related = [], episode = true): Assignment[] {
  if (events.length === 0) return [];
  const reportId = events[0].reportId;
  const out: Assignment[] = [];
  const place = (e: LinkEvent, a: Omit<Assignment, 'eventKey' | 'reportId' | 'eventId' | 'episode'>) => {
    const i = ws.addEvent(e, a.incidentId);
    for (const k of indexKeys(e)) ws.blockIndex.add(k, i);
    out.push({ eventKey: e.key, reportId: e.reportId, eventId: e.eventId, ...a, episode });
  };

  // An analyst's merge wins over any score, act by act.
  const rest: LinkEvent[] = [];
  for (const e of events) {
    let merged = false;
    for (const other of ws.constraints.mustLinkWith(e.key)) {
      const i = ws.eventIndex.get(other);
      if (i !== undefined && !cannotJoin(ws, e, ws.incidentOf[i])) {
        place(e, { incidentId: ws.incidentOf[i], score: null, linkedTo: other, explanation: 'merged by an analyst' });
        merged = true;
        break;
      }
    }
    if (!merged) rest.push(e);
  }
  if (rest.length === 0) return out;

  // A repost meets its original's acts directly, whatever their blocking keys.
  const root = ws.rootOf(reportId);
  const original = root !== reportId ? root : null;
  const cases = new Map<string, CaseScore>();
  const caseOf = (id: string) => {
    let c = cases.get(id);
    if (!c) cases.set(id, (c = { incidentId: id, best: null, types: new Map(), text: null, apart: false }));
    return c;
  };
  const sharing = new Set(related.map((r) => r.id));
  const marks = ws.marks;
  const candidatesOf = rest.map((e) => {
    marks.clear();
    const blocked: number[] = [];
    for (const k of queryKeys(e)) ws.blockIndex.collect(k, RECENT_PER_BLOCK, marks, blocked);
    const candidates = nearestInTime(e, blocked, ws.days);
    if (candidates !== blocked) { marks.clear(); for (const i of candidates) marks.add(i); }
    // then the acts of the original and of reports sharing passages, those not met already
    if (original) for (const i of ws.eventsOfReport.get(original) ?? []) if (marks.add(i)) candidates.push(i);
    for (const r of related) for (const i of ws.eventsOfReport.get(r.id) ?? []) if (marks.add(i)) candidates.push(i);
    return candidates;
  });
  // Which words are common here is read off a sample of the reports met (a few dozen tell it
  // as well as thousands), and only once a pair gets past type, place and time, as most never do.
  let sharedWithOwn: ((b: readonly string[]) => string[]) | null = null;
  const wordsAmongMet = () => {
    const met = new Set<string>();
    sample: for (const candidates of candidatesOf) for (const i of candidates) if (met.add(ws.events[i].reportId).size >= STORY_SAMPLE) break sample;
    return new StoryWordsAmong([...met].map((id) => ws.reports.get(id)?.storyWords ?? [])).sharedWith(ownWords);
  };
  // Likewise which actors are common here, from the acts of those reports.
  let actorsMet: ReadonlySet<string> | null = null;
  const commonHere = () => {
    if (actorsMet) return actorsMet;
    const met = new Map<string, LinkEvent[]>();
    for (const candidates of candidatesOf) for (const i of candidates) {
      const other = ws.events[i];
      if (other.reportId === reportId) continue;
      const acts = met.get(other.reportId);
      if (acts) acts.push(other);
      else if (met.size < STORY_SAMPLE) met.set(other.reportId, [other]);
    }
    return (actorsMet = commonActors(met.values()));
  };
  const ownWords = ws.reports.get(reportId)?.storyWords ?? [];
  const storyOf = new Map<string, string[]>();
  const storyShared = (other: string) => {
    let s = storyOf.get(other);
    if (!s) {
      sharedWithOwn ??= wordsAmongMet();
      storyOf.set(other, (s = sharedWithOwn(ws.reports.get(other)?.storyWords ?? [])));
    }
    return s;
  };
  // the report of the pair being scored: one function reads its shared story words, not one made per pair
  let pairReport = '';
  const storyOfPair = () => storyShared(pairReport);
  // Pairs tied by text are not crowded, so a pair's bound says whether it can win only when none is tied.
  const untied = original === null && related.length === 0;
  const passed: { i: number; other: LinkEvent; gate: Gate; tie: TextTie }[] = [];
  for (let n = 0; n < rest.length; n++) {
    const e = rest[n], candidates = candidatesOf[n];
    // First type, place and time for every pair: which cases fit the act at all, and how many reports do.
    passed.length = 0;
    const fitting = new Set<string>();
    const tol = toleranceDays(e.type);
    const { lo, hi } = ws.days;
    for (const i of candidates) {
      const other = ws.events[i];
      if (other.reportId === reportId || other.type !== e.type) continue;
      // Dated further apart than the type allows (most of those a place's blocks reach): gate's veto, found from the day columns.
      if (e.lo !== null && lo[i] !== NO_DAY && spanGap(e.lo, e.hi!, lo[i], hi[i]) > tol) {
        if (apartByDates(e, other)) caseOf(ws.incidentOf[i]).apart = true;
        continue;
      }
      // the root is read only where it counts: a repost's tie here, or a pair that fits below
      const tie = original !== null && ws.rootOf(other.reportId) === original ? 'reposted' : sharing.size > 0 && sharing.has(other.reportId) ? 'shared text' : null;
      pairReport = other.reportId;
      const g = gate(e, other, tie, storyOfPair, false);
      const c = g.apart || g.veto === null ? caseOf(ws.incidentOf[i]) : null;
      if (g.apart) c!.apart = true;
      if (g.veto !== null) continue;
      const byReport = c!.types;
      const types = byReport.get(other.reportId);
      if (types) types.add(e.type);
      else byReport.set(other.reportId, new Set([e.type]));
      fitting.add(ws.rootOf(other.reportId));
      passed.push({ i, other, gate: g, tie });
    }
    const crowd = crowding(fitting.size);
    // Then each case's best pair, scored in full only where the most the rest can add
    // could beat the case's best so far and bring the case up to a link.
    const fits = new Map<string, { score: number; other: LinkEvent; tie: TextTie }>();
    for (const { i, other, gate: g, tie } of passed) {
      const id = ws.incidentOf[i];
      const have = fits.get(id);
      const bound = g.score + boundOfRest(e, other);
      if (have && bound <= have.score) continue;
      if (untied) {
        const best = cases.get(id)!.best;
        if (bound - crowd + MORE_ACTS_MAX < LINK_SCORE || (best && bound - crowd <= best.score)) continue;
      }
      pairReport = other.reportId;
      const a = scoreRest(g, e, other, storyOfPair, commonHere);
      if (!have || a.score > have.score) fits.set(id, { score: a.score, other, tie });
    }
    const crowded = fitting.size;
    for (const [id, f] of fits) {
      const c = caseOf(id);
      const tied = f.tie !== null;
      const score = tied ? f.score : f.score - crowd;
      // worded only for the case chosen: the same agreement again, with its reasons
      const reasons = () => {
        const why = agree(e, f.other, f.tie, () => storyShared(f.other.reportId), commonHere).reasons;
        return tied || crowd === 0 ? why : [...why, `one of ${crowded} reports this act fits`];
      };
      if (!c.best || score > c.best.score) c.best = { score, event: e, other: f.other, reasons };
    }
  }
  // Shared passages tie the episode to the case the other report's story went to.
  for (const r of related) {
    const tally = new Map<string, number>();
    for (const i of ws.eventsOfReport.get(r.id) ?? []) tally.set(ws.incidentOf[i], (tally.get(ws.incidentOf[i]) ?? 0) + 1);
    const main = [...tally].sort((a, b) => b[1] - a[1])[0];
    if (main) { const c = caseOf(main[0]); if (!c.text || c.text.shared < r.shared) c.text = r; }
  }

  let chosen: CaseScore | null = null, chosenTotal = 0;
  for (const c of cases.values()) {
    const t = total(c);
    if (t < LINK_SCORE || rest.every((e) => cannotJoin(ws, e, c.incidentId))) continue;
    if (!chosen || t > chosenTotal) { chosen = c; chosenTotal = t; }
  }
  const founder = rest[0];
  const anchor = chosen?.best?.event ?? founder;
  const newId = incidentIdFor(founder.key);
  // Acts joining only as the matched act's episode keep the case within its time (case-span.ts).
  const span = chosen ? CaseSpan.of(ws.members.get(chosen.incidentId) ?? [], ws.days, ws.storedSpans.get(chosen.incidentId)) : null;
  if (span && chosen!.best) span.add(chosen!.best.event.lo, chosen!.best.event.hi);
  const apart: LinkEvent[] = [];
  for (const e of rest) {
    if (chosen && !cannotJoin(ws, e, chosen.incidentId)) {
      const through = chosen.best?.event === e;
      // (the matched act's days are in the span already)
      if (!through) {
        if (!span!.admits(e.lo, e.hi)) { apart.push(e); continue; }
        span!.add(e.lo, e.hi);
      }
      place(e, {
        incidentId: chosen.incidentId, score: chosenTotal,
        linkedTo: through ? chosen.best!.other.key : anchor.key,
        explanation: through || e === anchor ? explain(chosen, ws) : `told in the same report as the ${TYPE_WORD(anchor.type)} (one episode); ${explain(chosen, ws)}`,
      });
    } else if (e === founder || !chosen) {
      place(e, e === founder
        ? { incidentId: chosen ? incidentIdFor(e.key) : newId, score: null, linkedTo: null, explanation: cases.size ? 'no other report agrees on this episode' : 'no other report on these acts, places and time' }
        : { incidentId: newId, score: null, linkedTo: founder.key, explanation: `told in the same report as the ${TYPE_WORD(founder.type)} (one episode)` });
    } else {
      place(e, { incidentId: incidentIdFor(e.key), score: null, linkedTo: null, explanation: 'kept apart from the case by an analyst' });
    }
  }
  // each linked on its own, as background is: the report's shared passages went with the rest
  for (const e of apart) out.push(...assignStory(ws, [e], [], false));
  return out;
}
