import type { Stage } from '../doc.js';
import { quotedOf } from '../quotes.js';
import { tokenize, tokensOf } from '../tokens.js';
import { indexDemonyms, type Country } from './demonym.js';
import type { SourceLexicon } from './lexicon.js';
import { foldOutlet, indexOutlets, outletsNamedIn, scanSources } from './scan.js';

export interface OutletEntry {
  id: string;
  names: readonly string[];
  stateMedia: boolean;
}

/**
 * outlets: every outlet the knowledge base knows, so that the report's own is told from those it cites;
 * countries: their demonyms place an official source ("a South Korean official").
 */
export function createSourcesStage(lex: SourceLexicon, outlets: readonly OutletEntry[], countries: readonly Country[] = []): Stage {
  const demonyms = indexDemonyms(countries);
  const index = indexOutlets(outlets.map((o) => ({ id: o.id, stateMedia: o.stateMedia, words: o.names.map((n) => tokenize(n).lower) })));
  const byFolded = new Map<string, string>();
  for (const o of outlets) for (const n of o.names) byFolded.set(foldOutlet(n), o.id);
  return {
    name: 'sources',
    requires: ['sentences', 'places', 'actors'],
    assigns: ['sources'],
    run(doc) {
      const name = doc.outlet ? primaryName(doc.outlet) : null;
      const known = name ? byFolded.get(foldOutlet(name)) ?? byFolded.get(foldOutlet(doc.outlet!)) : undefined;
      // "Korea JoongAng Daily (Yonhap)", "NewsGram (repost of RFA)", "..., Daily NK text": the wire or
      // original the page carries wrote the text with the publisher; neither is a source of it
      const own = new Set<string>(doc.outlet ? outletsNamedIn(doc.outlet, index) : []);
      if (doc.outlet) own.add(known ?? `own:${foldOutlet(doc.outlet)}`);
      // an outlet the canon lacks is still recognised when its sources talk to it by name
      const ownWords = name && !known ? tokenize(name).lower : null;
      doc.layers.sources = scanSources(
        {
          text: doc.text,
          t: tokensOf(doc),
          quoted: quotedOf(doc),
          sentences: doc.layers.sentences!,
          places: doc.layers.places!,
          actors: doc.layers.actors!,
          ownOutlets: own,
          ownWords: ownWords?.length ? ownWords : null,
          outlets: index,
          demonyms,
        },
        lex,
      );
    },
  };
}

/** The publisher's own name in an outlet field: "ASIAPRESS (Rimjin-gang)", "NK Subnara (site), reposting Daily NK". */
function primaryName(field: string): string {
  return field.replace(/\s*[(,].*$/s, '').trim() || field;
}
