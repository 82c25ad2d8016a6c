// Looks the model's names up in the knowledge base through the same word tries the
// built-in stages use, so "Hyesan" or "Bowibu" from either extractor gets the same
// gazetteer or canon id. A name must match as a whole: "Hyesan market" is not Hyesan.
import { actorCanonById, placeById, reportingActor, type Knowledge } from '../../knowledge/load.js';
import type { WordTrie } from '../../knowledge/trie.js';
import { words } from '../../knowledge/words.js';
import type { KnownActor, KnownPlace, Resolver } from './build.js';

// The model may add the level to a name the gazetteer lists bare ("Onsong County").
const LEVEL_WORD = /[\s-]+(province|county|city|district|prefecture|do|gun|si)$/i;

function wholeMatch<T>(trie: WordTrie<T>, name: string): T[] {
  for (const candidate of [name.trim(), name.trim().replace(LEVEL_WORD, '')]) {
    const w = words(candidate);
    if (w.length === 0) continue;
    const m = trie.matchAt(candidate, w, 0);
    if (m && m.to === w.length) return m.hits.map((h) => h.value);
  }
  return [];
}

export function knowledgeResolver(k: Knowledge): Resolver {
  return {
    place(name: string): KnownPlace | null {
      for (const hit of wholeMatch(k.placeTrie, name)) {
        if (hit.kind === 'place') return placeById(k, hit.id) ?? null;
      }
      return null;
    },
    actor(name: string): KnownActor | null {
      for (const hit of wholeMatch(k.actorTrie, name)) {
        if (hit.kind !== 'canon') continue;
        const reporting = reportingActor(k, hit.id);
        const canon = reporting && actorCanonById(k, reporting.id);
        if (!canon) continue;
        return { canonId: canon.id, name: canon.name, kind: canon.kind, aliases: canon.aliases };
      }
      return null;
    },
  };
}
