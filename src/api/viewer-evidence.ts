// What a viewer reads of an event's evidence: the words stored with the event, with
// every span where its report names a source masked (core/access.ts), as in the
// viewer's copy of the whole text. The page's reports' spans are read in one query;
// no report's text, descriptors or raw file is read.
import { maskMentions } from '../core/access.js';
import type { Span } from '../core/model.js';
import type { Store } from '../store/port.js';

export async function viewerEvidence<R extends { reportId: string; evidence: Span; evidenceText: string }>(store: Store, rows: R[]): Promise<R[]> {
  if (rows.length === 0) return rows;
  const mentions = await store.sourceMentions(rows.map((r) => r.reportId));
  return rows.map((r) => ({ ...r, evidenceText: maskMentions(r.evidenceText, mentions.get(r.reportId) ?? [], r.evidence.start) }));
}
