import { CasefileError } from '../core/errors.js';

export const MAX_LIMIT = 1000;

/** limit/offset checked once for every list query. */
export function paging(opts: { limit?: number; offset?: number }, defaultLimit: number): { limit: number; offset: number } {
  const limit = opts.limit ?? defaultLimit;
  const offset = opts.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new CasefileError('E_BAD_PARAM', `limit must be a whole number from 1 to ${MAX_LIMIT}, got ${limit}`, { where: 'limit' });
  }
  if (!Number.isInteger(offset) || offset < 0) {
    throw new CasefileError('E_BAD_PARAM', `offset must be a whole number from 0, got ${offset}`, { where: 'offset' });
  }
  return { limit, offset };
}
