// Query parameters of the API, validated with zod against the domain model. A bad
// parameter becomes one E_BAD_PARAM error naming the parameter.
import { z } from 'zod';
import { EventType } from '../core/model.js';
import { CasefileError } from '../core/errors.js';

// Forms send empty fields as `?type=`; an empty value means "not given".
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const text = z.string().trim().max(500, 'at most 500 characters');
const limit = (max: number, fallback: number) =>
  z.preprocess((v) => (v === '' || v === undefined ? fallback : v), z.coerce.number().int().min(1).max(max));
const offset = z.preprocess((v) => (v === '' || v === undefined ? 0 : v), z.coerce.number().int().min(0));
/** a day, a month or a year, as event dates are stored */
const dateBound = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

export const ReportSearchQuery = z.strictObject({
  q: optional(text),
  limit: limit(200, 20),
  offset,
});

/** The event filters, shared by GET /api/events and `casefile export`. */
export const EventFilterFields = z.strictObject({
  q: optional(text),
  type: optional(EventType),
  place: optional(text),
  actor: optional(text),
  from: optional(dateBound),
  to: optional(dateBound),
  reportId: optional(text),
});

const dateOrder = <T extends { from?: string; to?: string }>(f: T) => !f.from || !f.to || f.from <= f.to;
const dateOrderIssue = { message: 'from must not be after to', path: ['from'] };

export const EventFilterQuery = EventFilterFields.refine(dateOrder, dateOrderIssue);

export const EventQuery = EventFilterFields.extend({ limit: limit(500, 50), offset }).refine(dateOrder, dateOrderIssue);

export const NameQuery = z.strictObject({ q: optional(text), limit: limit(1000, 200) });

export const SourceQuery = z.strictObject({ reportId: optional(text), limit: limit(1000, 200) });

export const IncidentListQuery = z.strictObject({
  sort: optional(z.enum(['corroboration', 'date', 'seen', 'reports'])),
  order: optional(z.enum(['asc', 'desc'])),
  type: optional(EventType),
  minReports: optional(z.coerce.number().int().min(1).max(1000)),
  limit: limit(500, 50),
  offset,
});

export const Paging = z.strictObject({ limit: limit(500, 50), offset });

export const AuditListQuery = z.strictObject({
  user: optional(text),
  action: optional(text),
  reportId: optional(text),
  incident: optional(text),
  limit: limit(500, 100),
  offset,
});

export const IncidentId = z.string().regex(/^inc-[0-9a-f]{16}$/, 'expected an incident id');

export const ReportId = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, 'expected a report id');

/** Parses or throws E_BAD_PARAM naming the first offending parameter as `where(name)`. */
export function parseParams<T extends z.ZodType>(schema: T, input: unknown, where: (name: string) => string): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw paramError(result.error, where);
}

/** The first issue of a failed parse as E_BAD_PARAM naming the parameter. */
export function paramError(error: z.ZodError, where: (name: string) => string): CasefileError {
  const issue = error.issues[0];
  if (issue.code === 'unrecognized_keys') {
    return new CasefileError('E_BAD_PARAM', `unknown parameter ${issue.keys.join(', ')}`, { where: where(issue.keys[0]) });
  }
  return new CasefileError('E_BAD_PARAM', issue.message, { where: where(issue.path.join('.') || 'value') });
}

export const queryParam = (name: string) => `query.${name}`;
export const pathParam = (name: string) => `path.${name}`;
