// Pass two of loading: merge entries by id (a later file overrides an earlier one,
// the user's folder overrides the bundled one), then resolve references: place
// parents and their chain up to the country, actor parents and countries.
import { CasefileError } from '../core/errors.js';
import type { PlaceLevel } from '../core/model.js';
import type { Loaded } from './files.js';
import type { ActorEntry, NameInput, PlaceEntry } from './schema.js';
import type { CaseMode } from './trie.js';

export interface NameInfo {
  name: string;
  from?: number;
  to?: number;
  lang?: string;
  match?: CaseMode;
}

export interface PlaceRecord {
  id: string;
  name: string;
  level: PlaceLevel;
  parent: string | null;
  /** id of the containing country (its own id for a country) */
  country: string | null;
  /** containing places, nearest first */
  ancestors: string[];
  lat: number | null;
  lon: number | null;
  names: NameInfo[];
  demonyms: string[];
  capital: boolean;
  population: number | null;
  file: string;
}

export interface ActorRecord {
  id: string;
  name: string;
  kind: 'organization' | 'person' | 'outlet';
  country: string | null;
  parent: string | null;
  fold: boolean;
  unit: boolean;
  civil: boolean;
  facility: boolean;
  names: NameInfo[];
  generic: string[];
  file: string;
}

const toInfo = (n: NameInput): NameInfo => (typeof n === 'string' ? { name: n } : n);

function mergeById<T extends { id: string }>(loaded: Loaded<T>[]): Map<string, Loaded<T>> {
  const byId = new Map<string, Loaded<T>>();
  for (const l of loaded) byId.set(l.entry.id, l);
  return byId;
}

const fail = (file: string, id: string, detail: string) => new CasefileError('E_KNOWLEDGE', `entry "${id}": ${detail}`, { where: file });

export function resolvePlaces(loaded: Loaded<PlaceEntry>[]): Map<string, PlaceRecord> {
  const byId = new Map<string, Loaded<PlaceEntry>>();
  for (const l of loaded) {
    const before = byId.get(l.entry.id)?.entry;
    const entry = { ...l.entry };
    // a curated entry that renames or re-parents a GeoNames place keeps its coordinates
    if (before && entry.lat === undefined && entry.lon === undefined) Object.assign(entry, { lat: before.lat, lon: before.lon });
    if (before && entry.population === undefined) entry.population = before.population;
    byId.set(entry.id, { entry, file: l.file });
  }
  const out = new Map<string, PlaceRecord>();
  for (const [id, { entry, file }] of byId) {
    const ancestors: string[] = [];
    const seen = new Set([id]);
    for (let p = entry.parent; p !== null; ) {
      const parent = byId.get(p);
      if (!parent) throw fail(file, id, `parent "${p}" is not in the gazetteer`);
      if (seen.has(p)) throw fail(file, id, `parent chain loops through "${p}"`);
      seen.add(p);
      ancestors.push(p);
      p = parent.entry.parent;
    }
    const chain = [id, ...ancestors];
    const country = chain.find((a) => byId.get(a)?.entry.level === 'country') ?? null;
    out.set(id, {
      id,
      name: entry.name,
      level: entry.level,
      parent: entry.parent,
      country,
      ancestors,
      lat: entry.lat ?? null,
      lon: entry.lon ?? null,
      names: entry.names.map(toInfo),
      demonyms: entry.demonyms,
      capital: entry.capital,
      population: entry.population ?? null,
      file,
    });
  }
  return out;
}

export function resolveActors(loaded: Loaded<ActorEntry>[], places: ReadonlyMap<string, PlaceRecord>): Map<string, ActorRecord> {
  const byId = mergeById(loaded);
  const out = new Map<string, ActorRecord>();
  for (const [id, { entry, file }] of byId) {
    if (entry.parent !== null && !byId.has(entry.parent)) throw fail(file, id, `parent "${entry.parent}" is not in the actor canon`);
    if (entry.fold && entry.parent === null) throw fail(file, id, '"fold" needs a "parent" to fold into');
    if (entry.country !== null && places.get(entry.country)?.level !== 'country') throw fail(file, id, `country "${entry.country}" is not a country of the gazetteer`);
    if (entry.generic.length && entry.country === null) throw fail(file, id, '"generic" words need a "country" to know when they apply');
    out.set(id, { ...entry, names: entry.names.map(toInfo), file });
  }
  // a folded unit reports as the first ancestor that is not folded itself
  for (const a of out.values()) {
    const seen = new Set([a.id]);
    for (let p = a.fold ? a.parent : null; p !== null; p = out.get(p)!.fold ? out.get(p)!.parent : null) {
      if (seen.has(p)) throw fail(a.file, a.id, `parent chain loops through "${p}"`);
      seen.add(p);
    }
  }
  return out;
}
