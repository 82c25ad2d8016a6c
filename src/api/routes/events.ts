// Events across all reports, filtered by type, place, actor, date range and text,
// each with the words of its evidence (stored with the event, so no report is read;
// a viewer's has its sources' mentions masked, api/viewer-evidence.ts) and its review state
// (the decisions of the page's reports only, read in one query).
import { Hono } from 'hono';
import { maySeeSourceDescriptors } from '../../core/access.js';
import { itemKey, reviewStates, type ReviewDecision } from '../../core/review.js';
import { roleOf } from '../auth/guard.js';
import type { ApiDeps } from '../deps.js';
import { EventQuery, parseParams, queryParam } from '../params.js';
import { viewerEvidence } from '../viewer-evidence.js';

export function eventRoutes({ store }: ApiDeps) {
  return new Hono().get('/', async (c) => {
    const filter = parseParams(EventQuery, c.req.query(), queryParam);
    const page = await store.listEvents(filter);
    const role = roleOf(c);
    const reportIds = [...new Set(page.items.map((row) => row.reportId))];
    const byReport = new Map<string, ReviewDecision[]>(reportIds.map((id) => [id, []]));
    for (const d of await store.review.listDecisionsOf(reportIds)) byReport.get(d.reportId)?.push(d);
    const states = new Map([...byReport].map(([id, decisions]) => [id, reviewStates(decisions)]));
    let items = page.items.map((row) => ({ ...row, review: states.get(row.reportId)?.get(itemKey('event', row.id)) ?? 'proposed' }));
    if (!maySeeSourceDescriptors(role)) items = await viewerEvidence(store, items);
    return c.json({ items, total: page.total, ...(page.totalCapped ? { totalCapped: true } : {}), ...(page.order ? { order: page.order } : {}), limit: filter.limit, offset: filter.offset });
  });
}
