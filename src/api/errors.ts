// The API's one error handler (after Hono's HTTPException): every failure leaves
// as JSON `{error: {code, message, where}}` with the status of its catalogue code.
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { CasefileError, isCasefileError } from '../core/errors.js';

const respond = (c: Context, err: CasefileError) =>
  c.json({ error: err.toJSON() }, err.status as ContentfulStatusCode);

export const onError: ErrorHandler = (err, c) => {
  if (isCasefileError(err)) {
    // a store failure is ours, not the caller's: keep its detail in the log
    if (err.status >= 500) console.error(err);
    return respond(c, err);
  }
  if (err instanceof HTTPException && err.status < 500) {
    return c.json({ error: { code: 'E_BAD_REQUEST', message: err.message, where: c.req.path } }, err.status);
  }
  console.error(err);
  // the detail stays in the server log; the client learns only that it failed
  return respond(c, new CasefileError('E_INTERNAL', undefined, { where: c.req.path }));
};

export const onNotFound: NotFoundHandler = (c) =>
  respond(c, new CasefileError('E_NOT_FOUND', `no route ${c.req.method} ${c.req.path}`, { where: c.req.path }));
