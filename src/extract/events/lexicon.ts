// The event lexicon: trigger patterns and cue words, read from knowledge/lexicon/
// (bundled, then the user's <dataDir>/knowledge/lexicon/) and compiled into a Map
// from a trigger's first word to its patterns, so the events stage looks up each
// token once instead of running a pattern per type over the text.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CasefileError } from '../../core/errors.js';
import { cachedLexicon, readLexiconFile } from '../lexicon-file.js';
import { EVENT_TYPES, EventType, type Modality } from '../../core/model.js';

const Window = z.object({ words: z.string().min(1), before: z.number().int().min(0).max(20).optional(), after: z.number().int().min(0).max(20).optional() }).strict();
const TriggerSchema = z
  .object({
    type: EventType,
    pattern: z.string().min(1),
    /** one window, or several that must all hold ("took .. money" said of an official) */
    near: z.union([Window, z.array(Window).min(1)]).optional(),
    unless: Window.optional(),
    subject: z.literal('person').optional(),
    also: z.array(EventType).optional(),
    national: z.boolean().optional(),
    /** records its type only when the report tells it no other way ("15 defectors" tells of a defection) */
    fallback: z.boolean().optional(),
  })
  .strict();
const TypePolicySchema = z
  .object({
    scope: z.enum(['report', 'place']),
    destinations: z.boolean().optional(),
    purposeDrops: z.boolean().optional(),
    futureOk: z.boolean().optional(),
    nationalIssuer: z.boolean().optional(),
    /** the act leaves its country (a defection): it went where the report is set when it names only the country left */
    leaves: z.boolean().optional(),
  })
  .strict();
const EventsFileSchema = z.object({ types: z.partialRecord(EventType, TypePolicySchema).optional(), triggers: z.array(TriggerSchema).default([]) }).strict();
const CuesFileSchema = z
  .object({
    modality: z.partialRecord(z.enum(['attempted', 'planned', 'ordered', 'negated', 'rumoured']), z.array(z.string())).optional(),
    hypothetical: z.array(z.string()).optional(),
    prevention: z.array(z.string()).optional(),
    motion: z.array(z.string()).optional(),
    family: z.array(z.string()).optional(),
    passive: z.array(z.string()).optional(),
    personal: z.array(z.string()).optional(),
    conjecture: z.array(z.string()).optional(),
    reason: z.array(z.string()).optional(),
    purpose: z.array(z.string()).optional(),
    fear: z.array(z.string()).optional(),
    statutory: z.array(z.string()).optional(),
    threat: z.array(z.string()).optional(),
    norm: z.array(z.string()).optional(),
    unrealised: z.array(z.string()).optional(),
    background: z.array(z.string()).optional(),
    generic: z.array(z.string()).optional(),
    national: z.array(z.string()).optional(),
    heads: z.array(z.string()).optional(),
    flight: z.array(z.string()).optional(),
    killing: z.array(z.string()).optional(),
    execution: z.array(z.string()).optional(),
    crossing: z.array(z.string()).optional(),
  })
  .strict();

export type TypePolicy = z.infer<typeof TypePolicySchema>;
type ModalCue = Exclude<Modality, 'asserted'>;

/** `number`: the word `#` in the list stands for any number written in digits ("12 defectors"). */
export interface CompiledWindow { words: Set<string>; number: boolean; before: number; after: number }
export interface Trigger {
  type: EventType;
  /** the type's position in EVENT_TYPES, for numeric keys */
  typeIndex: number;
  also: EventType[];
  /** one Set of accepted words per position; null is a gap of up to three words */
  elements: (Set<string> | null)[];
  /** every window must hold */
  near: CompiledWindow[];
  unless: CompiledWindow | null;
  subjectPerson: boolean;
  /** a law or a nationwide order: set in the country, not in a city the sentence names */
  national: boolean;
  /** a sign of its type only where the report tells the type by no other trigger */
  fallback: boolean;
  source: string;
}

export interface Lexicon {
  types: Record<EventType, TypePolicy>;
  /** first word -> triggers starting with it */
  index: Map<string, Trigger[]>;
  modality: Map<string, ModalCue>;
  hypothetical: Set<string>;
  prevention: Set<string>;
  motion: Set<string>;
  family: Set<string>;
  passive: Set<string>;
  personal: Set<string>;
  /** "residents believe": what follows is a guess, not a report; one Set of words per position */
  conjecture: Set<string>[][];
  /** "imposed because of smuggling": a bare noun after these words names a cause, not an act */
  reason: Set<string>[][];
  /** "for the purpose of surveillance", "in the hope of defecting": a noun after these words names an aim, not an act */
  purpose: Set<string>[][];
  /** "out of fear of being arrested", "afraid of arrest": a noun after these words names what is feared, not an act */
  fear: Set<string>[][];
  /** "punishable by", "carries a penalty of", "up to five years": a penalty a rule lays down, not one imposed */
  statutory: Set<string>[][];
  /** "threatened to execute": what is threatened has not happened */
  threat: Set<string>;
  /** "the law stipulates that ...": what a rule lays down has not happened */
  norm: Set<string>;
  /** "a possible informant", "potential defectors": an adjective that makes the act one that may be, not one told */
  unrealised: Set<string>;
  /** "North Korea has long punished ...": what the state has always done is background, not an act told */
  background: Set<string>[][];
  /** "merchants who are caught": a condition on anyone, not an act told */
  generic: Set<string>[][];
  /** "Kim Jong Un's orders", "a nationwide campaign": an act of the state as a whole, set in the country */
  national: Set<string>[][];
  /** "prison camp detainees", "tip-off hotline": a noun after which a trigger only modifies it */
  heads: Set<string>;
  /** "fled", "escaped": leaving a place, a defection only where the text says across what or to where */
  flight: Set<string>;
  /** "fled to", "escaped the country", "across the river": words that take a flight over a border */
  crossing: Set<string>;
  /** "killed", "shot": a killing, the execution itself where the sentence tells one */
  killing: Set<string>;
  /** "executed", "firing squad": words of an execution */
  execution: Set<string>;
}

/** "arrest~" -> arrest, arrests, arrested, arresting; "escape~" -> escape, escapes, escaped, escaping */
function inflect(word: string): string[] {
  if (!word.endsWith('~')) return [word];
  const base = word.slice(0, -1);
  if (base.endsWith('e')) return [base, `${base}s`, `${base}d`, `${base.slice(0, -1)}ing`];
  return [base, `${base}s`, `${base}ed`, `${base}ing`];
}

function compileWindow(w: z.infer<typeof Window> | undefined): CompiledWindow | null {
  if (!w) return null;
  const words = new Set(w.words.split('|'));
  return { words, number: words.has('#'), before: w.before ?? 0, after: w.after ?? 0 };
}

const wordsOf = (pattern: string) => pattern.trim().split(/\s+/).map((el) => (el === '..' ? null : new Set(el.split('|').flatMap(inflect))));

function compileTrigger(t: z.infer<typeof TriggerSchema>, where: string): Trigger {
  const elements = wordsOf(t.pattern);
  if (elements[0] === null || elements[elements.length - 1] === null) {
    throw new CasefileError('E_KNOWLEDGE', `pattern "${t.pattern}" may not start or end with a gap`, { where });
  }
  return {
    type: t.type,
    typeIndex: EVENT_TYPES.indexOf(t.type),
    also: t.also ?? [],
    elements,
    near: t.near === undefined ? [] : (Array.isArray(t.near) ? t.near : [t.near]).map((w) => compileWindow(w)!),
    unless: compileWindow(t.unless),
    subjectPerson: t.subject === 'person',
    national: t.national === true,
    fallback: t.fallback === true,
    source: t.pattern,
  };
}

/** Builds the lexicon from folders in order; later folders extend and override earlier ones. */
export function buildLexicon(dirs: readonly string[]): Lexicon {
  const lex: Lexicon = {
    types: {} as Record<EventType, TypePolicy>,
    index: new Map(),
    modality: new Map(),
    hypothetical: new Set(),
    prevention: new Set(),
    motion: new Set(),
    family: new Set(),
    passive: new Set(),
    personal: new Set(),
    conjecture: [],
    reason: [],
    purpose: [],
    fear: [],
    statutory: [],
    threat: new Set(),
    norm: new Set(),
    unrealised: new Set(),
    background: [],
    generic: [],
    national: [],
    heads: new Set(),
    flight: new Set(),
    crossing: new Set(),
    killing: new Set(),
    execution: new Set(),
  };
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((f) => /^(events|cues)[\w-]*\.json$/.test(f)).sort()) {
      const file = join(dir, name);
      if (name.startsWith('cues')) {
        const cues = readLexiconFile(file, CuesFileSchema)!;
        for (const [modality, words] of Object.entries(cues.modality ?? {})) for (const w of words) lex.modality.set(w, modality as ModalCue);
        for (const key of ['hypothetical', 'prevention', 'motion', 'family', 'passive', 'personal', 'threat', 'norm', 'unrealised', 'heads', 'flight', 'crossing', 'killing', 'execution'] as const) {
          for (const w of cues[key] ?? []) lex[key].add(w);
        }
        for (const key of ['conjecture', 'reason', 'purpose', 'fear', 'statutory', 'generic', 'national', 'background'] as const) {
          for (const phrase of cues[key] ?? []) {
            const words = wordsOf(phrase);
            if (words.includes(null)) throw new CasefileError('E_KNOWLEDGE', `${key} "${phrase}" may not have a gap`, { where: file });
            lex[key].push(words as Set<string>[]);
          }
        }
        continue;
      }
      const events = readLexiconFile(file, EventsFileSchema)!;
      Object.assign(lex.types, events.types ?? {});
      events.triggers.forEach((t, i) => {
        const trigger = compileTrigger(t, `${file} triggers[${i}]`);
        for (const first of trigger.elements[0]!) {
          const list = lex.index.get(first);
          if (list) list.push(trigger);
          else lex.index.set(first, [trigger]);
        }
      });
    }
  }
  const missing = EVENT_TYPES.filter((t) => !lex.types[t]);
  if (missing.length) throw new CasefileError('E_KNOWLEDGE', `no policy for event types ${missing.join(', ')}`, { where: dirs.join(', ') });
  for (const type of EVENT_TYPES) lex.types[type] = oneShape(lex.types[type]);
  return lex;
}

/**
 * A policy with every field present, in one order: files leave out what they do not set, and
 * policies of different shapes make the scans that read them deoptimise when a new one turns up.
 */
function oneShape(p: TypePolicy): TypePolicy {
  // every field of the schema is required here, so a field added to the schema and not copied fails to compile
  const shaped: { [K in keyof Required<TypePolicy>]: TypePolicy[K] } = {
    scope: p.scope, destinations: p.destinations, purposeDrops: p.purposeDrops, futureOk: p.futureOk, nationalIssuer: p.nationalIssuer, leaves: p.leaves,
  };
  return shaped;
}

/** The bundled lexicon plus the user's additions, loaded once per user folder. */
export const loadLexicon = cachedLexicon(buildLexicon);
