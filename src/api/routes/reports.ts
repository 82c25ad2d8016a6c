// Reports: full-text search (a plain list without q) and one report with its
// extraction. Raw bytes are never served.
import { Hono } from 'hono';
import { redactReport } from '../../core/access.js';
import { CasefileError } from '../../core/errors.js';
import type { ApiDeps } from '../deps.js';
import { parseParams, pathParam, queryParam, ReportId, ReportSearchQuery } from '../params.js';

export function reportRoutes({ store, role }: ApiDeps): Hono {
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
      return c.json(redactReport(stored.report, stored.extraction, role));
    });
}
