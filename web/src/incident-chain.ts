// A case's chain of events: its acts grouped by what happened (every report's account
// of the flight together), the groups in the order the acts happened. An act counts as
// dated only by a date its text gives; one bounded only by when its report appeared is
// placed after the dated acts, in the order its report tells it. Pure: the incident page
// draws it, a test checks the order.
import type { IncidentMember } from '../../src/store/incidents/port.js';

export interface ActGroup {
  type: string;
  /** the earliest date a report's text gives for this act, or null */
  date: string | null;
  /** indexes into the case's members, oldest publication first */
  members: number[];
  reports: number;
  outlets: number;
}

const datedFrom = (m: IncidentMember) => (m.event.basis === 'date' && m.event.lo !== null ? m.event.lo : null);

export function chainOfActs(members: readonly IncidentMember[]): ActGroup[] {
  const byType = new Map<string, number[]>();
  members.forEach((m, i) => byType.set(m.event.type, [...(byType.get(m.event.type) ?? []), i]));
  const groups = [...byType.entries()].map(([type, idx]) => {
    const dated = idx.filter((i) => datedFrom(members[i]) !== null).sort((a, b) => datedFrom(members[a])! - datedFrom(members[b])!);
    const first = dated[0];
    return {
      type,
      date: first === undefined ? null : members[first].event.date.value,
      lo: first === undefined ? Infinity : datedFrom(members[first])!,
      told: Math.min(...idx.map((i) => members[i].event.evidence.start)),
      members: [...idx].sort((a, b) => (members[a].published ?? '').localeCompare(members[b].published ?? '') || a - b),
      reports: new Set(idx.map((i) => members[i].reportId)).size,
      // reposts add no outlet of their own
      outlets: new Set(idx.filter((i) => !members[i].duplicateOf).map((i) => members[i].outlet ?? members[i].reportId)).size,
    };
  });
  return groups.sort((a, b) => a.lo - b.lo || a.told - b.told).map(({ lo: _lo, told: _told, ...g }) => g);
}
