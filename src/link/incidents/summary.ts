// An incident as lists and pages show it: type, where and when (the most precise
// account among its reports), when reports appeared, corroboration and contradictions.
import type { EventType } from '../../core/model.js';
import { contradictions } from '../corroboration/contradictions.js';
import { corroborate } from '../corroboration/corroborate.js';
import { isoDay } from '../time.js';
import { CaseSpan } from './case-span.js';
import { headline } from './headline.js';
import type { Contradiction, Corroboration, IncidentSummary, LinkEvent, LinkPlace, ReportMeta } from '../../core/link-model.js';

// A city and a county are both a town to a reader (the gazetteer files many county towns as counties).
const LEVEL_RANK = { site: 0, city: 1, county: 1, province: 3, country: 4 } as const;
// a site in no country (a border river, a bridge between two) says less than the town by it
const titleRank = (p: LinkPlace) => (p.level === 'site' && p.ancestors.length === 0 ? 2.5 : LEVEL_RANK[p.level]);
const PRECISION_RANK = { day: 0, month: 1, year: 2, unknown: 3 } as const;

/** The acts of a case in the order they happened (undated ones where their report tells them), one per type. */
export function chain(events: readonly LinkEvent[]): LinkEvent[] {
  const told = events.filter((e) => e.modality !== 'negated');
  const ordered = [...(told.length ? told : events)].sort((a, b) =>
    (a.basis === 'date' ? a.lo! : Infinity) - (b.basis === 'date' ? b.lo! : Infinity) || a.evidence.start - b.evidence.start);
  const seen = new Set<string>();
  return ordered.filter((e) => !seen.has(e.type) && seen.add(e.type));
}

const MAX_ACTS_IN_TITLE = 4;

export function summarise(id: string, members: { event: LinkEvent; report: ReportMeta }[]): IncidentSummary {
  const events = members.map((m) => m.event);
  const acts = chain(events);
  // The case is filed under its first act (a flight before the arrests it set off).
  const type = acts[0].type;
  // The finest place any report gives; ties go to the place most acts name, then to the one told first.
  const told = [...events].sort((a, b) => a.evidence.start - b.evidence.start);
  const places = told.flatMap((e) => e.places);
  const tally = new Map<string, number>();
  for (const p of places) tally.set(p.id, (tally.get(p.id) ?? 0) + 1);
  const place = [...places].sort((a, b) => titleRank(a) - titleRank(b) || tally.get(b.id)! - tally.get(a.id)!)[0] ?? null;
  // The span runs over the acts dated to a day or month; a year-only date widens it only when nothing finer is known.
  const dated = events.filter((e) => e.basis === 'date' && e.modality !== 'negated');
  const fine = dated.filter((e) => PRECISION_RANK[e.date.precision] <= PRECISION_RANK.month);
  const spanOf = fine.length ? fine : dated.sort((a, b) => PRECISION_RANK[a.date.precision] - PRECISION_RANK[b.date.precision]).slice(0, 1);
  const when = spanOf.length ? { lo: Math.min(...spanOf.map((e) => e.lo!)), hi: Math.max(...spanOf.map((e) => e.hi!)), only: spanOf.length === 1 ? spanOf[0] : null } : null;
  const published = members.map((m) => m.report.published).filter((p): p is string => p !== null).sort();
  const corroboration = corroborate(members);
  const reportIds = new Set(members.filter((m) => !m.report.duplicateOf).map((m) => m.report.id));
  const dateText = when ? (when.only?.date.value ?? spanText(isoDay(when.lo), isoDay(when.hi))) : null;
  return {
    id,
    type,
    title: caseTitle(acts, place?.name ?? null, dateText),
    placeId: place?.id ?? null,
    placeName: place?.name ?? null,
    dateFrom: when ? isoDay(when.lo) : null,
    dateTo: when ? isoDay(when.hi) : null,
    firstSeen: published[0] ?? null,
    lastSeen: published[published.length - 1] ?? null,
    reports: reportIds.size,
    events: events.length,
    // channels: outlets whose accounts do not copy or retell one another
    corroboration: corroboration.outlets.length,
    outlets: corroboration.outlets.length,
    detail: { corroboration, contradictions: contradictions(members) },
    span: CaseSpan.days(events),
  };
}

/** "2025-05" for a span within a month, "2025-05 to 2025-07" across months. */
function spanText(from: string, to: string): string {
  if (from === to) return from;
  return from.slice(0, 7) === to.slice(0, 7) ? from.slice(0, 7) : `${from.slice(0, 7)} to ${to.slice(0, 7)}`;
}

/** "Hyesan: mid-level cadre fled; his wife arrested; investigation by prosecutors (2025-05)" */
function caseTitle(acts: LinkEvent[], place: string | null, date: string | null): string {
  const named = new Set<string>();
  const shown = acts.slice(0, MAX_ACTS_IN_TITLE).map((e) => headline(e, named));
  if (acts.length > MAX_ACTS_IN_TITLE) shown.push(`${acts.length - MAX_ACTS_IN_TITLE} more`);
  const what = acts.length === 1 ? `${shown[0]}${place ? ` in ${place}` : ''}` : `${place ? `${place}: ` : ''}${shown.join('; ')}`;
  return `${what}${date ? ` (${date})` : ''}`;
}

/** Summaries of the given incidents as the workspace holds them. */
export function summariseTouched(ws: { events: LinkEvent[]; members: ReadonlyMap<string, number[]>; reports: ReadonlyMap<string, ReportMeta> }, ids: Iterable<string>): IncidentSummary[] {
  const out: IncidentSummary[] = [];
  for (const id of ids) {
    const idx = ws.members.get(id);
    if (!idx || idx.length === 0) continue;
    out.push(summarise(id, idx.map((i) => ({ event: ws.events[i], report: ws.reports.get(ws.events[i].reportId)! }))));
  }
  return out;
}
