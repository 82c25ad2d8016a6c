// Reviewing: decisions on a report's items, the queue of what is left to check,
// and the history of a report or an incident (from the audit log).
import { Hono } from 'hono';
import { CasefileError } from '../../core/errors.js';
import { decide, ReviewRequest } from '../../review/decide.js';
import { callerOf } from '../auth/guard.js';
import { parsedBody } from '../body.js';
import type { ApiDeps } from '../deps.js';
import { IncidentId, Paging, parseParams, pathParam, queryParam, ReportId } from '../params.js';

export function reviewRoutes({ store }: ApiDeps): Hono {
  const history = (filter: { reportId?: string; incidentId?: string }, query: Record<string, string>) => {
    const { limit, offset } = parseParams(Paging, query, queryParam);
    return store.audit.list({ ...filter, limit, offset });
  };
  return new Hono()
    .post('/reports/:id/review', async (c) => {
      const id = parseParams(ReportId, c.req.param('id'), () => pathParam('id'));
      const request = await parsedBody(ReviewRequest, c);
      const stored = await store.getReport(id);
      if (!stored) throw new CasefileError('E_NOT_FOUND', `no report with id ${id}`, { where: 'path.id' });
      const outcome = await decide(store, stored, request, callerOf(c).name);
      c.set('audited', true);
      return c.json(outcome);
    })
    .get('/review/queue', async (c) => {
      const { limit, offset } = parseParams(Paging, c.req.query(), queryParam);
      return c.json({ ...(await store.review.queue({ limit, offset })), limit, offset });
    })
    .get('/reports/:id/history', async (c) => {
      const reportId = parseParams(ReportId, c.req.param('id'), () => pathParam('id'));
      return c.json(await history({ reportId }, c.req.query()));
    })
    .get('/incidents/:id/history', async (c) => {
      const incidentId = parseParams(IncidentId, c.req.param('id'), () => pathParam('id'));
      return c.json(await history({ incidentId }, c.req.query()));
    });
}

