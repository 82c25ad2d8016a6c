// Incremental incident assignment: each new event joins the best-agreeing incident
// among those its blocking keys reach, or founds a new one. An incident holds at
// most one event per report, never two events an analyst split apart, and always
// the events an analyst merged.
import { hashString } from '../hash.js';
import type { LinkEvent } from '../model.js';
import type { LinkWorkspace } from '../workspace.js';
import { agree, LINK_SCORE } from './agree.js';
import { indexKeys, queryKeys } from './blocking.js';

export interface Assignment {
  eventKey: string;
  reportId: string;
  eventId: string;
  incidentId: string;
  /** agreement with the event it was linked through; null when it founded the incident */
  score: number | null;
  linkedTo: string | null;
  explanation: string;
}

export const incidentIdFor = (eventKey: string): string =>
  `inc-${hashString(eventKey).toString(16).padStart(8, '0')}${hashString(eventKey, 0x9747b28c).toString(16).padStart(8, '0')}`;

function blocked(ws: LinkWorkspace, e: LinkEvent, incidentId: string): boolean {
  // The report's own few events, rather than every member of a large incident.
  for (const i of ws.eventsOfReport.get(e.reportId) ?? []) if (ws.incidentOf[i] === incidentId) return true;
  if (ws.constraints.empty) return false;
  for (const m of ws.members.get(incidentId) ?? []) if (ws.constraints.cannotLink(e.key, ws.events[m].key)) return true;
  return false;
}

export function assignEvent(ws: LinkWorkspace, e: LinkEvent): Assignment {
  const base = { eventKey: e.key, reportId: e.reportId, eventId: e.eventId };
  const finish = (a: Assignment): Assignment => {
    const i = ws.addEvent(e, a.incidentId);
    for (const k of indexKeys(e)) ws.blockIndex.add(k, i);
    return a;
  };

  // An analyst's merge wins over any score.
  for (const other of ws.constraints.mustLinkWith(e.key)) {
    const i = ws.eventIndex.get(other);
    if (i !== undefined && !blocked(ws, e, ws.incidentOf[i])) {
      return finish({ ...base, incidentId: ws.incidentOf[i], score: null, linkedTo: other, explanation: 'merged by an analyst' });
    }
  }

  const candidates = new Set<number>();
  for (const k of queryKeys(e)) ws.blockIndex.forEach(k, (i) => candidates.add(i));
  // A repost meets its original's events directly, whatever their blocking keys.
  const root = ws.rootOf(e.reportId);
  const original = root !== e.reportId ? root : null;
  if (original) for (const i of ws.eventsOfReport.get(original) ?? []) candidates.add(i);

  const verdicts = new Map<string, boolean>();
  let best: { incidentId: string; score: number; other: LinkEvent; reasons: string[] } | null = null;
  for (const i of candidates) {
    const other = ws.events[i];
    if (other.reportId === e.reportId || other.type !== e.type) continue;
    const incidentId = ws.incidentOf[i];
    let ok = verdicts.get(incidentId);
    if (ok === undefined) verdicts.set(incidentId, (ok = !blocked(ws, e, incidentId)));
    if (!ok) continue;
    const reposted = original !== null && ws.rootOf(other.reportId) === original;
    const a = agree(e, other, reposted);
    if (a.veto === null && a.score >= LINK_SCORE && (!best || a.score > best.score)) best = { incidentId, score: a.score, other, reasons: a.reasons };
  }
  if (best) return finish({ ...base, incidentId: best.incidentId, score: best.score, linkedTo: best.other.key, explanation: best.reasons.join('; ') });
  return finish({ ...base, incidentId: incidentIdFor(e.key), score: null, linkedTo: null, explanation: candidates.size ? 'no agreeing event in other reports' : 'no other report on this type, place and time' });
}
