// Compiles every name of the knowledge base into the two word tries the extraction
// stages scan with: places (with the names of organisations that hide the places
// inside them) and actors (canon names, generic words, country adjectives).
import { CasefileError } from '../core/errors.js';
import type { ActorRecord, PlaceRecord } from './resolve.js';
import { WordTrie } from './trie.js';
import { words } from './words.js';
import { romanisationVariants } from './romanise.js';

// One object shape for every hit of a trie: the scans read hits of all kinds at the
// same sites, and mixed shapes there make V8 recompile the hottest functions.
/** What a place-trie match stands for: a place, or a non-place name that hides the places inside it. */
export interface PlaceHit {
  kind: 'place' | 'blocked';
  id: string;
}
/** What an actor-trie match stands for: a canon entry, a generic word (id: its folded key), a country's adjective (id: the country). */
export interface ActorHit {
  kind: 'canon' | 'generic' | 'demonym';
  id: string;
}

export function compile(places: ReadonlyMap<string, PlaceRecord>, actors: ReadonlyMap<string, ActorRecord>) {
  const placeTrie = new WordTrie<PlaceHit>();
  const actorTrie = new WordTrie<ActorHit>();
  const generic = new Map<string, Map<string, string>>();
  const genericHits = new Map<string, ActorHit>();
  for (const p of places.values()) {
    const hit: PlaceHit = { kind: 'place', id: p.id };
    placeTrie.add(p.name, hit);
    for (const n of p.names) placeTrie.add(n.name, hit, n.match);
    // North Korean names come in McCune-Reischauer; reports also write them the southern way
    if (p.country === 'KP' && p.level !== 'country') {
      for (const n of [p.name, ...p.names.map((x) => x.name)]) for (const v of romanisationVariants(n)) placeTrie.add(v, hit);
    }
    const demonym: ActorHit = { kind: 'demonym', id: p.id };
    for (const d of p.demonyms) actorTrie.add(d, demonym);
  }
  for (const a of actors.values()) {
    const hit: ActorHit = { kind: 'canon', id: a.id };
    const blocked: PlaceHit = { kind: 'blocked', id: a.id };
    for (const n of [{ name: a.name }, ...a.names]) {
      actorTrie.add(n.name, hit, 'match' in n ? n.match : undefined);
      // an organisation's name hides the places inside it ("Workers' Party of Korea")
      placeTrie.add(n.name, blocked);
    }
    for (const g of a.generic) {
      const key = words(g).key.join(' ');
      let byCountry = generic.get(key);
      if (!byCountry) generic.set(key, (byCountry = new Map()));
      const other = byCountry.get(a.country!);
      if (other && other !== a.id) {
        throw new CasefileError('E_KNOWLEDGE', `generic "${g}" for ${a.country} is claimed by both "${other}" and "${a.id}"`, { where: a.file });
      }
      byCountry.set(a.country!, a.id);
      actorTrie.add(g, genericHits.get(key) ?? genericHits.set(key, { kind: 'generic', id: key }).get(key)!, 'any');
    }
  }
  return { placeTrie, actorTrie, generic };
}
