// The domain model of ontology.md, defined once with runtime validation.
// Every layer (extract, store, api, export, web) imports its types from here.
import { z } from 'zod';

/** Evidence: UTF-16 code-unit offsets [start, end) into a report's normalised text. */
export const Span = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.end >= s.start, { message: 'span end must not precede start' });
export type Span = z.infer<typeof Span>;

export const EVENT_TYPES = [
  'DEFECTION', 'PURSUIT', 'ARREST', 'REPATRIATION', 'PUNISHMENT', 'COLLECTIVE_PUNISHMENT',
  'SURVEILLANCE', 'SMUGGLING', 'CORRUPTION', 'FABRICATION', 'INVESTIGATION', 'DIRECTIVE',
  'INCENTIVE', 'VIOLENCE', 'PROTEST',
] as const;
export const EventType = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof EventType>;

export const MODALITIES = ['asserted', 'attempted', 'planned', 'ordered', 'rumoured', 'negated'] as const;
export const Modality = z.enum(MODALITIES);
export type Modality = z.infer<typeof Modality>;

export const ROLES = ['agent', 'target', 'beneficiary', 'other'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const PRECISIONS = ['day', 'month', 'year', 'unknown'] as const;
export const Precision = z.enum(PRECISIONS);
export type Precision = z.infer<typeof Precision>;

/** value is YYYY-MM-DD, YYYY-MM or YYYY to match precision; null when unknown. */
export const EventDate = z.object({
  value: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable(),
  precision: Precision,
});
export type EventDate = z.infer<typeof EventDate>;

export const PLACE_LEVELS = ['country', 'province', 'county', 'city', 'site'] as const;
export const PlaceLevel = z.enum(PLACE_LEVELS);
export type PlaceLevel = z.infer<typeof PlaceLevel>;

export const ACTOR_KINDS = ['organization', 'person', 'role'] as const;
export const ActorKind = z.enum(ACTOR_KINDS);
export type ActorKind = z.infer<typeof ActorKind>;

export const SOURCE_KINDS = ['anonymous_insider', 'official', 'state_media', 'family', 'outlet', 'document', 'other'] as const;
export const SourceKind = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKind>;

export const STANCES = ['asserts', 'denies', 'alleges'] as const;
export const Stance = z.enum(STANCES);
export type Stance = z.infer<typeof Stance>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** What a reader hands to the pipeline: one document before it is stored. */
export const ReportInput = z.object({
  title: z.string().trim().min(1, 'title is empty'),
  text: z.string().refine((t) => t.trim().length > 0, 'text is empty'),
  published: isoDate.nullable().optional(),
  url: z.string().url().nullable().optional(),
  outlet: z.string().nullable().optional(),
  language: z.string().min(2).max(8).nullable().optional(),
});
export type ReportInput = z.infer<typeof ReportInput>;

export const Report = z.object({
  id: z.string(),
  title: z.string(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  published: isoDate.nullable(),
  language: z.string(),
  text: z.string(),
  ingestedAt: z.string(),
});
export type Report = z.infer<typeof Report>;

/** A gazetteer place as it appears in an extraction (id is the gazetteer id). */
export const Place = z.object({
  id: z.string(),
  name: z.string(),
  level: PlaceLevel,
  country: z.string().nullable(),
  parent: z.string().nullable(),
  /** gazetteer ids of the containing places, nearest first (Hyesan: Ryanggang, North Korea) */
  ancestors: z.array(z.string()),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  alternateNames: z.array(z.string()),
  mentions: z.array(Span),
});
export type Place = z.infer<typeof Place>;

export const Actor = z.object({
  id: z.string(),
  name: z.string(),
  kind: ActorKind,
  aliases: z.array(z.string()),
  /** canon id for organisations and known people; null for role actors */
  canonId: z.string().nullable(),
  /** gazetteer id of the unit's place ("the Hyesan prosecutor's office") */
  placeId: z.string().nullable(),
  mentions: z.array(Span),
});
export type Actor = z.infer<typeof Actor>;

export const Source = z.object({
  id: z.string(),
  /** sensitive: never shown to viewers or in public exports */
  descriptor: z.string(),
  location: z.string().nullable(),
  placeId: z.string().nullable(),
  kind: SourceKind,
  mentions: z.array(Span),
});
export type Source = z.infer<typeof Source>;

export const Participant = z.object({ actorId: z.string(), role: Role });
export type Participant = z.infer<typeof Participant>;

export const Event = z.object({
  id: z.string(),
  type: EventType,
  modality: Modality,
  date: EventDate,
  places: z.array(z.object({ id: z.string(), name: z.string() })),
  participants: z.array(Participant),
  count: z.number().int().positive().nullable(),
  sources: z.array(z.string()),
  trigger: Span,
  evidence: Span,
});
export type Event = z.infer<typeof Event>;

export const Speaker = z.union([
  z.object({ sourceId: z.string() }),
  z.object({ actorId: z.string() }),
]);
export type Speaker = z.infer<typeof Speaker>;

export const Claim = z.object({
  id: z.string(),
  speaker: Speaker.nullable(),
  content: Span,
  stance: Stance,
  allegedFalse: z.boolean(),
  contestedWith: z.array(z.string()),
  evidence: Span,
});
export type Claim = z.infer<typeof Claim>;

/** Everything extracted from one report. */
export const Extraction = z.object({
  extractor: z.string(),
  events: z.array(Event),
  actors: z.array(Actor),
  places: z.array(Place),
  sources: z.array(Source),
  claims: z.array(Claim),
  /** page furniture (bylines, captions, navigation) that extraction did not read; shown greyed */
  furniture: z.array(Span.extend({ kind: z.string() })).optional(),
});
export type Extraction = z.infer<typeof Extraction>;
