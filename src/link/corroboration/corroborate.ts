// Counts an incident's independent sources. A witness is an outlet's source as the
// outlet describes it: the same outlet's same descriptor over several reports is
// one witness; a repost is no witness at all; a report that credits another outlet
// ("told Daily NK") passes its sources to that outlet and is recorded as a chain.
import type { Corroboration, LinkEvent, MemberReport, Witness } from '../../core/link-model.js';

export function corroborate(members: { event: LinkEvent; report: MemberReport }[]): Corroboration {
  const witnesses = new Map<string, Witness>();
  const chains: Corroboration['chains'] = [];
  const reposts: Corroboration['reposts'] = [];
  const seenReport = new Set<string>();
  const add = (outlet: string, sourceKey: string | null, reportId: string, sourceId: string | null) => {
    const k = `${outlet}\u0000${sourceKey ?? ''}`;
    let w = witnesses.get(k);
    if (!w) witnesses.set(k, (w = { outlet, sourceKey, refs: [] }));
    w.refs.push({ reportId, sourceId });
  };
  for (const { event, report } of members) {
    const first = !seenReport.has(report.id);
    seenReport.add(report.id);
    // A denial is a contradiction (contradictions.ts), never a confirmation.
    if (event.modality === 'negated') continue;
    if (report.duplicateOf) {
      if (first) reposts.push({ reportId: report.id, duplicateOf: report.duplicateOf });
      continue;
    }
    // The first outlet a report credits is where its account comes from.
    const origin = report.citedOutlets[0] ?? null;
    if (origin && first) chains.push({ reportId: report.id, from: report.outletKey, to: origin });
    const outlet = origin ?? report.outletKey ?? `report:${report.id}`;
    const named = event.sources.filter((s) => s.kind !== 'outlet');
    if (named.length === 0) add(outlet, null, report.id, null);
    for (const s of named) add(outlet, s.key, report.id, s.id);
  }
  // An outlet's unattributed account adds nothing when the same outlet names a source.
  const named = new Set([...witnesses.values()].filter((w) => w.sourceKey !== null).map((w) => w.outlet));
  const list = [...witnesses.values()].filter((w) => w.sourceKey !== null || !named.has(w.outlet));
  return {
    independentSources: list.length,
    outlets: [...new Set(list.map((w) => w.outlet))],
    witnesses: list,
    chains,
    reposts,
  };
}
