// The knowledge base: the actor canon and the gazetteer, bundled in knowledge/ and
// extended or overridden by the user's <dataDir>/knowledge/ (same folder layout).
// Loaded once per process and compiled into word tries for the extraction stages.
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { loadConfig } from '../core/config.js';
import type { Place, PlaceLevel } from '../core/model.js';
import { listFiles, readEntries } from './files.js';
import { ActorEntrySchema, PlaceEntrySchema } from './schema.js';
import { resolveActors, resolvePlaces, type ActorRecord, type PlaceRecord } from './resolve.js';
import type { WordTrie } from './trie.js';
import { compile, type ActorHit, type PlaceHit } from './compile.js';

export type { ActorRecord, PlaceRecord, NameInfo } from './resolve.js';
export type { ActorHit, PlaceHit } from './compile.js';

export interface Knowledge {
  places: ReadonlyMap<string, PlaceRecord>;
  actors: ReadonlyMap<string, ActorRecord>;
  placeTrie: WordTrie<PlaceHit>;
  actorTrie: WordTrie<ActorHit>;
  /** generic term key ("police") -> country id -> actor id */
  generic: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** every file read, bundled first */
  files: readonly string[];
}

/** The bundled knowledge folder (knowledge/ at the package root, from src/ or dist/). */
export const BUNDLED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../knowledge');

const cache = new Map<string, Knowledge>();

/**
 * Loads (once per user folder) the bundled knowledge plus the user's additions.
 * userDir defaults to <dataDir>/knowledge; a missing folder means no additions.
 */
export function loadKnowledge(opts: { userDir?: string } = {}): Knowledge {
  const userDir = resolve(opts.userDir ?? join(loadConfig().dataDir, 'knowledge'));
  let k = cache.get(userDir);
  if (!k) {
    k = buildKnowledge([BUNDLED_DIR, userDir]);
    cache.set(userDir, k);
  }
  return k;
}

/** Reads, validates, resolves and compiles the knowledge of the given folders, later ones overriding. */
export function buildKnowledge(dirs: string[]): Knowledge {
  const placeFiles = dirs.flatMap((d) => listFiles(join(d, 'gazetteer')));
  const actorFiles = dirs.flatMap((d) => listFiles(join(d, 'actors')));
  const places = resolvePlaces(readEntries(placeFiles, PlaceEntrySchema));
  const actors = resolveActors(readEntries(actorFiles, ActorEntrySchema), places);
  return { places, actors, ...compile(places, actors), files: [...placeFiles, ...actorFiles] };
}

const UNLISTED = /^unlisted:(country|province|county|city|site):(.+)$/;

/** The id of a place the text names but the gazetteer lacks: "unlisted:site:Ryongbuk". */
export const unlistedId = (level: PlaceLevel, name: string): string => `unlisted:${level}:${name}`;

/** A gazetteer place (or an unlisted one) in the shape of the domain model, without mentions. */
export function placeById(k: Knowledge, id: string): Omit<Place, 'mentions'> | undefined {
  const p = k.places.get(id);
  if (!p) {
    const u = UNLISTED.exec(id);
    return u ? { id, name: u[2], level: u[1] as PlaceLevel, country: null, parent: null, ancestors: [], lat: null, lon: null, alternateNames: [] } : undefined;
  }
  return {
    id: p.id,
    name: p.name,
    level: p.level,
    country: p.country,
    parent: p.parent,
    ancestors: p.ancestors,
    lat: p.lat,
    lon: p.lon,
    alternateNames: [...new Set(p.names.map((n) => n.name))].filter((n) => n !== p.name),
  };
}

export interface CanonActor {
  id: string;
  name: string;
  kind: 'organization' | 'person' | 'outlet';
  aliases: string[];
  country: string | null;
  parent: string | null;
}

/** A canon actor with its aliases (every name it had, with no years). */
export function actorCanonById(k: Knowledge, id: string): CanonActor | undefined {
  const a = k.actors.get(id);
  if (!a) return undefined;
  const aliases = [...new Set(a.names.map((n) => n.name))].filter((n) => n !== a.name);
  return { id: a.id, name: a.name, kind: a.kind, aliases, country: a.country, parent: a.parent };
}

/** The canon entry a mention of `id` reports as: a folded unit reports as its parent. */
export function reportingActor(k: Knowledge, id: string): ActorRecord | undefined {
  let a = k.actors.get(id);
  while (a?.fold && a.parent) a = k.actors.get(a.parent);
  return a;
}

/** Names in use in a given year (renamings): the canonical name plus names whose years include it. */
export function namesInYear(a: ActorRecord, year: number): string[] {
  return [a.name, ...a.names.filter((n) => (n.from ?? -Infinity) <= year && year <= (n.to ?? Infinity)).map((n) => n.name)];
}

