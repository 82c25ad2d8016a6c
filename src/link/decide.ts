// Analysts' split and merge, carried out at once and recorded so that later runs
// (incremental or from scratch) keep to them.
import { CasefileError } from '../core/errors.js';
import type { IncidentStore } from '../store/incidents/port.js';
import { incidentIdFor } from './incidents/assign.js';
import { summarise } from './incidents/summary.js';
import type { Decision, LinkEvent, ReportMeta } from '../core/link-model.js';

type Members = Awaited<ReturnType<IncidentStore['incidentMembers']>>;

function summaryOf(id: string, events: LinkEvent[], reports: Map<string, ReportMeta>) {
  return summarise(id, events.map((event) => ({ event, report: reports.get(event.reportId)! })));
}

async function membersOf(store: IncidentStore, ids: string[]): Promise<Members & { byIncident: Map<string, LinkEvent[]>; reportById: Map<string, ReportMeta> }> {
  const m = await store.incidentMembers(ids);
  const byIncident = new Map<string, LinkEvent[]>(ids.map((id) => [id, []]));
  for (const e of m.events) byIncident.get(e.incidentId)?.push(e.event);
  for (const [id, list] of byIncident) if (list.length === 0) throw new CasefileError('E_NOT_FOUND', `no incident "${id}"`, { where: 'incident' });
  return { ...m, byIncident, reportById: new Map(m.reports.map((r) => [r.id, r])) };
}

/** Merges incidents into the first one given. Returns the surviving id. */
export async function mergeIncidents(store: IncidentStore, ids: string[], author: string): Promise<string> {
  const unique = [...new Set(ids)];
  if (unique.length < 2) throw new CasefileError('E_BAD_PARAM', 'give at least two incidents to merge', { where: 'incidents' });
  const m = await membersOf(store, unique);
  const [target, ...others] = unique;
  const all = unique.flatMap((id) => m.byIncident.get(id)!);
  const decision: Decision = { kind: 'merge', events: all.map((e) => e.key) };
  await store.addDecision(decision, author);
  await store.saveLinkRun({
    reports: [], events: [],
    moves: others.flatMap((id) => m.byIncident.get(id)!.map((e) => ({ eventKey: e.key, incidentId: target, explanation: `merged by ${author}` }))),
    incidents: [summaryOf(target, all, m.reportById)],
    removed: others,
  });
  return target;
}

/** Moves the given events out of an incident into a new one. Returns both ids. */
export async function splitIncident(store: IncidentStore, id: string, eventKeys: string[], author: string): Promise<{ kept: string; created: string }> {
  const m = await membersOf(store, [id]);
  const members = m.byIncident.get(id)!;
  const chosen = new Set(eventKeys);
  const unknown = eventKeys.filter((k) => !members.some((e) => e.key === k));
  if (unknown.length) throw new CasefileError('E_BAD_PARAM', `not events of incident ${id}: ${unknown.join(', ')}`, { where: 'events' });
  const moved = members.filter((e) => chosen.has(e.key));
  const rest = members.filter((e) => !chosen.has(e.key));
  if (moved.length === 0 || rest.length === 0) throw new CasefileError('E_BAD_PARAM', 'a split needs events on both sides', { where: 'events' });
  // The side holding the founding event keeps the incident's id.
  const founderMoves = moved.some((e) => incidentIdFor(e.key) === id);
  const [stay, go] = founderMoves ? [moved, rest] : [rest, moved];
  const created = incidentIdFor(go[0].key);
  await store.addDecision({ kind: 'split', moved: moved.map((e) => e.key), rest: rest.map((e) => e.key) }, author);
  await store.saveLinkRun({
    reports: [], events: [], removed: [],
    moves: go.map((e) => ({ eventKey: e.key, incidentId: created, explanation: `split off by ${author}` })),
    incidents: [summaryOf(id, stay, m.reportById), summaryOf(created, go, m.reportById)],
  });
  return { kept: id, created };
}

/**
 * Moves acts from one case into another: recorded as a split (they leave their
 * case) and a merge (they stay with the target), so later runs keep both.
 */
export async function moveEvents(store: IncidentStore, from: string, eventKeys: string[], to: string, author: string): Promise<{ from: string | null; to: string }> {
  if (from === to) throw new CasefileError('E_BAD_PARAM', 'the acts are already in that case', { where: 'to' });
  const m = await membersOf(store, [from, to]);
  const source = m.byIncident.get(from)!, target = m.byIncident.get(to)!;
  const chosen = new Set(eventKeys);
  const moved = source.filter((e) => chosen.has(e.key));
  const unknown = eventKeys.filter((k) => !source.some((e) => e.key === k));
  if (unknown.length || moved.length === 0) throw new CasefileError('E_BAD_PARAM', `not acts of case ${from}: ${unknown.join(', ') || '(none given)'}`, { where: 'events' });
  const rest = source.filter((e) => !chosen.has(e.key));
  if (rest.length) await store.addDecision({ kind: 'split', moved: moved.map((e) => e.key), rest: rest.map((e) => e.key) }, author);
  await store.addDecision({ kind: 'merge', events: [...target, ...moved].map((e) => e.key) }, author);
  await store.saveLinkRun({
    reports: [], events: [],
    moves: moved.map((e) => ({ eventKey: e.key, incidentId: to, explanation: `moved by ${author}` })),
    incidents: [summaryOf(to, [...target, ...moved], m.reportById), ...(rest.length ? [summaryOf(from, rest, m.reportById)] : [])],
    removed: rest.length ? [] : [from],
  });
  return { from: rest.length ? from : null, to };
}
