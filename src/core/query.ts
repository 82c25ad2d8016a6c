// The one query of the explore views, the explore API and `casefile export`:
// text, event types, actors, places (with everything inside them), sources'
// kinds, a date range, review states and a corroboration level. Lists are
// comma-separated in a URL or on the command line ("type=ARREST,PURSUIT").
import { z } from 'zod';
import { EventType, SourceKind } from './model.js';
import { REVIEW_STATES } from './review.js';

/** an event's review state: its latest decision, else proposed (machine-only) */
const ReviewState = z.enum(REVIEW_STATES);

// Forms send empty fields as `?type=`; an empty value means "not given".
const blank = (v: unknown) => (v === '' ? undefined : v);
const listOf = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => {
    const parts = (Array.isArray(v) ? v : typeof v === 'string' ? v.split(',') : v) as unknown;
    if (!Array.isArray(parts)) return parts;
    const kept = parts.map((p) => (typeof p === 'string' ? p.trim() : p)).filter((p) => p !== '');
    return kept.length ? kept : undefined;
  }, z.array(item).max(50, 'at most 50 values').optional());

const text = z.string().trim().max(500, 'at most 500 characters');
/** a day, a month or a year, as event dates are stored */
export const DateBound = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD');

export const ExploreFilterFields = z.strictObject({
  q: z.preprocess(blank, text.optional()),
  type: listOf(EventType),
  actor: listOf(z.string().max(300)),
  place: listOf(z.string().max(300)),
  sourceKind: listOf(SourceKind),
  from: z.preprocess(blank, DateBound.optional()),
  to: z.preprocess(blank, DateBound.optional()),
  review: listOf(ReviewState),
  /** only the events of these reports */
  report: listOf(z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, 'expected a report id')),
  /** only events of cases with at least this many independent sources */
  corroboration: z.preprocess(blank, z.coerce.number().int('expected a whole number').min(1, 'at least 1').max(100).optional()),
});

const dateOrder = (f: { from?: string; to?: string }) => !f.from || !f.to || f.from <= f.to;
export const ExploreFilter = ExploreFilterFields.refine(dateOrder, { message: 'the start date is after the end date', path: ['from'] });
export type ExploreFilter = z.infer<typeof ExploreFilter>;
