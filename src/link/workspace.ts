// The part of the link state one run works on: every report and event of a run
// from scratch, or, for an incremental run, the new reports plus whatever the
// store holds that their keys point at. The algorithms only see this, so both
// kinds of run share one code path.
import { EventDays } from './event-days.js';
import { Constraints } from './incidents/decisions.js';
import { KeyIndex } from './key-index.js';
import { Marks } from './marks.js';
import type { CaseDays, Fingerprint, LinkEvent, LinkReport, MemberReport, ReportMeta } from '../core/link-model.js';

/** A key shared by more reports than this is a stock phrase, not evidence of copying. */
export const DUPLICATE_KEY_CAP = 50;
/** A block bigger than this is too generic to compare within. */
export const BLOCK_CAP = 2000;
/**
 * An act is compared with at most this many of the latest acts filed under each of
 * its blocks: reports come in publication order, so these are the ones nearest in
 * time, and the work per act stays bounded however full a popular place's month gets.
 */
export const RECENT_PER_BLOCK = 256;

export const reportMeta = (r: LinkReport, duplicateOf: string | null): ReportMeta => ({
  id: r.id, title: r.title, outlet: r.outlet, outletKey: r.outletKey, published: r.published,
  citedOutlets: r.citedOutlets, contested: r.contested, storyWords: r.storyWords, duplicateOf,
});

export class LinkWorkspace {
  readonly reports = new Map<string, ReportMeta>();
  /** fingerprinted reports, by their index in the duplicate index */
  readonly fingerprinted: { id: string; fp: Fingerprint }[] = [];
  readonly duplicateIndex = new KeyIndex(DUPLICATE_KEY_CAP);
  readonly events: LinkEvent[] = [];
  readonly eventIndex = new Map<string, number>();
  readonly incidentOf: string[] = [];
  /** each event's days, by index, for candidate gathering to read without touching the events */
  readonly days = new EventDays();
  readonly blockIndex = new KeyIndex(BLOCK_CAP, RECENT_PER_BLOCK);
  readonly members = new Map<string, number[]>();
  /** events of each report known here, for reposts to meet their original's events */
  readonly eventsOfReport = new Map<string, number[]>();
  /** scratch marks for gathering an act's candidates */
  readonly marks = new Marks();
  /** the stored span of each case loaded in part (an incremental run), for its time bound */
  readonly storedSpans = new Map<string, CaseDays>();

  constructor(public constraints: Constraints = new Constraints()) {}

  addFingerprint(id: string, fp: Fingerprint): number {
    this.fingerprinted.push({ id, fp });
    return this.fingerprinted.length - 1;
  }

  /** Adds a known event with its incident; returns its index (idempotent). */
  addEvent(e: LinkEvent, incidentId: string): number {
    const have = this.eventIndex.get(e.key);
    if (have !== undefined) return have;
    const i = this.events.length;
    this.events.push(e);
    this.eventIndex.set(e.key, i);
    this.incidentOf.push(incidentId);
    this.days.set(i, e.lo, e.hi);
    let m = this.members.get(incidentId);
    if (!m) this.members.set(incidentId, (m = []));
    m.push(i);
    let r = this.eventsOfReport.get(e.reportId);
    if (!r) this.eventsOfReport.set(e.reportId, (r = []));
    r.push(i);
    return i;
  }

  /** Moves an event to another incident (an analyst's merge carried out by a run). */
  move(i: number, incidentId: string): void {
    const from = this.members.get(this.incidentOf[i]);
    if (from) from.splice(from.indexOf(i), 1);
    this.incidentOf[i] = incidentId;
    let m = this.members.get(incidentId);
    if (!m) this.members.set(incidentId, (m = []));
    m.push(i);
  }

  /** A repost's root original, following chains of copies. */
  rootOf(reportId: string): string {
    let id = reportId;
    for (let guard = 0; guard < 64; guard++) {
      const next = this.reports.get(id)?.duplicateOf;
      if (!next) return id;
      id = next;
    }
    return id;
  }
}
