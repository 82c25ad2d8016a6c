// Reports: full-text search (a plain list without q) and one report with its
// extraction and review. Raw bytes are never served.
import { Hono } from 'hono';
import { CasefileError } from '../../core/errors.js';
import { roleOf } from '../auth/guard.js';
import type { ApiDeps } from '../deps.js';
import { reportView } from '../review-view.js';
import { parseParams, pathParam, queryParam, ReportId, ReportSearchQuery } from '../params.js';

export function reportRoutes({ store }: ApiDeps): Hono {
  return new Hono()
    .get('/', async (c) => {
      const { q, limit, offset } = parseParams(ReportSearchQuery, c.req.query(), queryParam);
      const page = await store.searchReports(q, { limit, offset });
      return c.json({ ...page, limit, offset });
    })
    .get('/:id', async (c) => {
      const id = parseParams(ReportId, c.req.param('id'), () => pathParam('id'));
      const stored = await store.getReport(id);
      if (!stored) throw new CasefileError('E_NOT_FOUND', `no report with id ${id}`, { where: 'path.id' });
      return c.json(reportView(stored, await store.review.listDecisions(id), roleOf(c)));
    });
}
