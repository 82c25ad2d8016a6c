// A report as served: the machine's extraction with each item's review state,
// every item (machine and added) with its decision, progress, and the private
// notes for roles that may read them. Viewers get no descriptors, in items or text.
import { maySeeNotes, maySeeSourceDescriptors, redactReport, redactSource, type AccessRole } from '../core/access.js';
import type { Extraction, Report, Source } from '../core/model.js';
import { itemKey, reviewItems, reviewProgress, type ItemKind, type ItemValue, type ReviewDecision, type ReviewItem } from '../core/review.js';

const redactItem = (kind: ItemKind, v: ItemValue | undefined, role: AccessRole) =>
  v && kind === 'source' ? redactSource(v as Source, role) : v;

export function reportView(stored: { report: Report; extraction: Extraction; withheld?: true }, decisions: ReviewDecision[], role: AccessRole) {
  const items = reviewItems(stored.extraction, decisions);
  const state = new Map(items.map((i) => [i.id, i.review]));
  // every source span is masked for a viewer, the machine's and those people added
  const sources = items.filter((i) => i.kind === 'source').map((i) => i.value as Source);
  const { report, extraction } = redactReport(stored.report, { ...stored.extraction, sources }, role);
  const withState = <T extends { id: string }>(kind: ItemKind, list: T[]) => list.map((x) => ({ ...x, review: state.get(itemKey(kind, x.id)) ?? 'proposed' }));
  return {
    report,
    extraction: {
      ...stored.extraction,
      events: withState('event', stored.extraction.events),
      actors: withState('actor', stored.extraction.actors),
      places: withState('place', stored.extraction.places),
      sources: withState('source', extraction.sources.filter((s) => stored.extraction.sources.some((m) => m.id === s.id))),
      claims: withState('claim', stored.extraction.claims),
    },
    items: items.map((i): ReviewItem => ({ ...i, value: redactItem(i.kind, i.value, role)!, ...(i.proposal ? { proposal: redactItem(i.kind, i.proposal, role) } : {}) } as ReviewItem)),
    progress: reviewProgress(items),
    ...(maySeeNotes(role) ? {
      notes: decisions.filter((d) => d.action === 'note').map((d) => ({ item: d.item, body: (d.value as { body: string }).body, author: d.author, createdAt: d.createdAt })),
    } : {}),
    descriptorsShown: maySeeSourceDescriptors(role),
    // the store is encrypted and this server has no key: the page says why descriptors and source spans are blank
    ...(stored.withheld ? { withheld: true as const } : {}),
  };
}
