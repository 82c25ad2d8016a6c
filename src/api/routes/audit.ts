// The audit log for admins, newest first, filterable by user, report, incident and action.
import { Hono } from 'hono';
import type { ApiDeps } from '../deps.js';
import { AuditListQuery, parseParams, queryParam } from '../params.js';

export function auditRoutes({ store }: ApiDeps): Hono {
  return new Hono().get('/', async (c) => {
    const q = parseParams(AuditListQuery, c.req.query(), queryParam);
    return c.json({ ...(await store.audit.list({ actor: q.user, action: q.action, reportId: q.reportId, incidentId: q.incident, limit: q.limit, offset: q.offset })), limit: q.limit, offset: q.offset });
  });
}
