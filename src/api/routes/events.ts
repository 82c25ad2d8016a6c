// Events across all reports, filtered by type, place, actor, date range and text,
// each with the words of its evidence.
import { Hono } from 'hono';
import { eventReview, evidenceText, reportCache } from '../../export/report-cache.js';
import { roleOf } from '../auth/guard.js';
import type { ApiDeps } from '../deps.js';
import { EventQuery, parseParams, queryParam } from '../params.js';

export function eventRoutes({ store }: ApiDeps): Hono {
  return new Hono().get('/', async (c) => {
    const filter = parseParams(EventQuery, c.req.query(), queryParam);
    const page = await store.listEvents(filter);
    const report = reportCache(store, roleOf(c));
    const items = await Promise.all(
      page.items.map(async (row) => {
        const stored = await report(row.reportId);
        return { ...row, evidenceText: evidenceText(stored, row.evidence), review: eventReview(stored, row.id) };
      }));
    return c.json({ items, total: page.total, limit: filter.limit, offset: filter.offset });
  });
}
