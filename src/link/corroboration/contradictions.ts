// Where the reports on one incident disagree: the number of people, the date,
// whether it happened at all, and claims a report itself sets against each other.
// Reposts are left out: a copy cannot contradict its original.
import { isoDay } from '../time.js';
import type { Contradiction, LinkEvent, MemberReport } from '../../core/link-model.js';

type Member = { event: LinkEvent; report: MemberReport & { contested?: [string, string][] } };

function differing(kind: Contradiction['kind'], label: string, members: Member[], valueOf: (e: LinkEvent) => string | null): Contradiction | null {
  const items = members.flatMap(({ event }) => {
    const v = valueOf(event);
    return v === null ? [] : [{ reportId: event.reportId, eventId: event.eventId, value: v }];
  });
  const distinct = [...new Set(items.map((i) => i.value))];
  return distinct.length > 1 ? { kind, summary: `${label}: ${distinct.join(' vs ')}`, items } : null;
}

/** Two dates contradict only when their spans cannot overlap at their precision. */
function dateConflict(members: Member[]): Contradiction | null {
  const dated = members.filter((m) => m.event.basis === 'date');
  // some span ends before another begins exactly when the earliest end is before the latest start (a case can hold thousands of acts)
  let earliestEnd = Infinity, latestStart = -Infinity;
  for (const { event } of dated) { earliestEnd = Math.min(earliestEnd, event.hi!); latestStart = Math.max(latestStart, event.lo!); }
  if (!(earliestEnd < latestStart)) return null;
  const items = dated.map(({ event }) => ({ reportId: event.reportId, eventId: event.eventId, value: event.date.value ?? isoDay(event.lo!) }));
  return { kind: 'date', summary: `dates: ${[...new Set(items.map((x) => x.value))].join(' vs ')}`, items };
}

export function contradictions(all: Member[]): Contradiction[] {
  const members = all.filter((m) => !m.report.duplicateOf);
  const out: (Contradiction | null)[] = [
    differing('count', 'number of people', members, (e) => (e.count === null ? null : String(e.count))),
    dateConflict(members),
    differing('modality', 'whether it happened', members, (e) => e.modality),
  ];
  const seen = new Set<string>();
  for (const { report } of members) {
    if (seen.has(report.id)) continue;
    seen.add(report.id);
    for (const pair of report.contested ?? []) {
      out.push({ kind: 'claim', summary: 'contested claims in one report', items: [{ reportId: report.id, claimIds: pair, value: pair.join(' vs ') }] });
    }
  }
  return out.filter((c): c is Contradiction => c !== null);
}
