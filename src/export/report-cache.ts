// Events name their report by id; exports and the events API need the report's
// text (for evidence) and extraction (for actor roles and sources). Events come
// grouped by report, so a small cache of recent reports is enough, and each report
// passes the role's redaction once, on its way in.
import { redactReport, type AccessRole } from '../core/access.js';
import { CasefileError } from '../core/errors.js';
import type { Store } from '../store/port.js';

export type RedactedReport = ReturnType<typeof redactReport>;

export function reportCache(store: Store, role: AccessRole, size = 32): (id: string) => Promise<RedactedReport> {
  const recent = new Map<string, Promise<RedactedReport>>();
  return (id) => {
    let hit = recent.get(id);
    if (hit) {
      recent.delete(id); // re-inserted below: Map order is recency order
    } else {
      hit = store.getReport(id).then((stored) => {
        if (!stored) throw new CasefileError('E_STORE', `event refers to a missing report ${id}`, { where: id });
        return redactReport(stored.report, stored.extraction, role);
      });
      hit.catch(() => recent.delete(id));
    }
    recent.set(id, hit);
    if (recent.size > size) recent.delete(recent.keys().next().value!);
    return hit;
  };
}

export const evidenceText = ({ report }: RedactedReport, span: { start: number; end: number }): string =>
  report.text.slice(span.start, span.end);
