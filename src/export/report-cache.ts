// Events name their report by id; exports need the report's
// text (for evidence) and extraction (for actor roles and sources). Events come
// grouped by report, so a small cache of recent reports is enough, and each report
// passes the role's redaction once, on its way in.
import { redactReport, type AccessRole } from '../core/access.js';
import { CasefileError } from '../core/errors.js';
import { reviewStates, type ReviewState } from '../core/review.js';
import type { Store } from '../store/port.js';

/** a report as the role may see it, with the review state of each decided item ("event:e1") */
export type RedactedReport = ReturnType<typeof redactReport> & { review: Map<string, ReviewState> };

export function reportCache(store: Store, role: AccessRole, size = 32): (id: string) => Promise<RedactedReport> {
  const recent = new Map<string, Promise<RedactedReport>>();
  return (id) => {
    let hit = recent.get(id);
    if (hit) {
      recent.delete(id); // re-inserted below: Map order is recency order
    } else {
      hit = Promise.all([store.getReport(id), store.review.listDecisions(id)]).then(([stored, decisions]) => {
        if (!stored) throw new CasefileError('E_STORE', `event refers to a missing report ${id}`, { where: id });
        return { ...redactReport(stored.report, stored.extraction, role), review: reviewStates(decisions) };
      });
      hit.catch(() => recent.delete(id));
    }
    recent.set(id, hit);
    if (recent.size > size) recent.delete(recent.keys().next().value!);
    return hit;
  };
}

/** proposed (machine-only), accepted, corrected, rejected or added */
export const eventReview = (stored: RedactedReport, eventId: string): ReviewState => stored.review.get(`event:${eventId}`) ?? 'proposed';

export const evidenceText = ({ report }: RedactedReport, span: { start: number; end: number }): string =>
  report.text.slice(span.start, span.end);
