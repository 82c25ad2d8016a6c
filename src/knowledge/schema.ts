// The shapes of the knowledge files (knowledge/README.md describes them for users).
// Files are validated entry by entry so that an error names the file and the entry.
import { z } from 'zod';
import { PlaceLevel } from '../core/model.js';

const CaseModeSchema = z.enum(['any', 'capitalised', 'exact']);
const year = z.number().int().min(1900).max(2100);

/** A name with the years it was in use and, optionally, how it must be written. */
export const NameSchema = z.union([
  z.string().min(1),
  z
    .object({
      name: z.string().min(1),
      from: year.optional(),
      to: year.optional(),
      lang: z.string().min(2).max(8).optional(),
      match: CaseModeSchema.optional(),
    })
    .strict()
    .refine((n) => n.from === undefined || n.to === undefined || n.from <= n.to, { message: '"from" is after "to"' }),
]);
export type NameInput = z.infer<typeof NameSchema>;

export const ActorEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'ids are lower-case letters, digits, dots, dashes'),
    name: z.string().min(1),
    /** outlets are sources of a report, never actors in it */
    kind: z.enum(['organization', 'person', 'outlet']),
    /** gazetteer id of the country the actor belongs to */
    country: z.string().nullable().default(null),
    /** the organisation this one belongs to */
    parent: z.string().nullable().default(null),
    /** report mentions as the parent (a Party department is "the Party") */
    fold: z.boolean().default(false),
    names: z.array(NameSchema).default([]),
    /** a working group with no standing of its own ("an inspection team from the prosecutors"): reported as the organisation named after it, or not at all */
    unit: z.boolean().default(false),
    /** a non-governmental group or research institute: named only as the source of a claim or a speaker's workplace, it is no actor of the story */
    civil: z.boolean().default(false),
    /** a centre where people are housed, held or taught (a resettlement centre): named as where someone is, a site; an actor only where it acts */
    facility: z.boolean().default(false),
    /** common words that mean this actor once the country is known: "police" + China */
    generic: z.array(z.string().min(1)).default([]),
    note: z.string().optional(),
  })
  .strict();
export type ActorEntry = z.infer<typeof ActorEntrySchema>;

export const PlaceEntrySchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    level: PlaceLevel,
    parent: z.string().nullable().default(null),
    /** an entry that overrides another by id and gives no coordinates keeps the other's */
    lat: z.number().min(-90).max(90).nullable().optional(),
    lon: z.number().min(-180).max(180).nullable().optional(),
    names: z.array(NameSchema).default([]),
    /** "North Korean", "Chinese": adjectives that point to the country without naming a place */
    demonyms: z.array(z.string().min(1)).default([]),
    /** a seat of government: "Pyongyang said" names the government (metonymy) */
    capital: z.boolean().default(false),
    /** GeoNames admin1 code, used by the build script to attach cities to provinces */
    admin1: z.string().optional(),
    population: z.number().int().nonnegative().optional(),
    note: z.string().optional(),
  })
  .strict();
export type PlaceEntry = z.infer<typeof PlaceEntrySchema>;
