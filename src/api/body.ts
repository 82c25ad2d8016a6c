// Request bodies: JSON or one E_BAD_PARAM naming the body.
import type { Context } from 'hono';
import type { z } from 'zod';
import { CasefileError } from '../core/errors.js';
import { parseParams } from './params.js';

export const jsonBody = (c: Pick<Context, 'req'>): Promise<unknown> =>
  c.req.json().catch(() => { throw new CasefileError('E_BAD_PARAM', 'the body is not valid JSON', { where: 'body' }); });

/** The body parsed against a schema; a bad field is named as body.<field>. */
export const parsedBody = async <T extends z.ZodType>(schema: T, c: Pick<Context, 'req'>): Promise<z.infer<T>> =>
  parseParams(schema, await jsonBody(c), (n) => `body.${n}`);
