// The answers of the actor, place and source pages (routes/entities.ts), as zod
// schemas for the OpenAPI document and as types the web app imports (zod only).
import { z } from 'zod';

export const EntityId = z.string().min(1).max(300);
const Ref = z.object({ id: z.string(), name: z.string() });
const CanonName = z.object({ name: z.string(), from: z.number().optional(), to: z.number().optional(), lang: z.string().optional() });
const RecordName = z.object({ name: z.string(), first: z.string().nullable(), last: z.string().nullable(), reports: z.number() });
const Case = z.object({ id: z.string(), title: z.string(), type: z.string(), from: z.string().nullable(), to: z.string().nullable(), corroboration: z.number() });
const Acts = z.object({ total: z.number(), byType: z.array(z.object({ type: z.string(), count: z.number() })) });

export const ActorPage = z.object({
  id: z.string(), name: z.string(), kind: z.string(), country: z.string().nullable(), inCanon: z.boolean(),
  /** the canon's names, with the years each was in use where known */
  canonNames: z.array(CanonName),
  recordNames: z.array(RecordName),
  parent: Ref.nullable(),
  units: z.array(Ref),
  acts: Acts.extend({ byRole: z.array(z.object({ role: z.string(), count: z.number() })) }),
  cases: z.array(Case),
});

export const PlacePage = z.object({
  id: z.string(), name: z.string(), level: z.string().nullable(), country: z.string().nullable(), inGazetteer: z.boolean(),
  lat: z.number().nullable(), lon: z.number().nullable(),
  /** containing places, outermost first */
  within: z.array(Ref),
  canonNames: z.array(CanonName),
  recordNames: z.array(RecordName),
  /** places inside this one, with their events (their own and inside them) */
  inside: z.array(Ref.extend({ level: z.string().nullable(), events: z.number() })),
  acts: Acts,
  cases: z.array(Case),
});

export const SourcePage = z.object({
  reportId: z.string(), sourceId: z.string(), kind: z.string(), location: z.string().nullable(),
  place: Ref.nullable(),
  /** only for roles that may see source descriptors */
  descriptor: z.string().optional(),
  report: z.object({ id: z.string(), title: z.string(), outlet: z.string().nullable(), published: z.string().nullable() }),
  events: z.array(z.object({ id: z.string(), type: z.string(), date: z.string().nullable(), modality: z.string(), actorNames: z.array(z.string()) })),
  claims: z.number(),
});

export type ActorPage = z.infer<typeof ActorPage>;
export type PlacePage = z.infer<typeof PlacePage>;
export type SourcePage = z.infer<typeof SourcePage>;
