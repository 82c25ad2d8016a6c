import type { Stage } from '../doc.js';
import { memoised } from '../../core/memo.js';
import { quotedOf } from '../quotes.js';
import { tokenize, tokensOf } from '../tokens.js';
import { indexDemonyms, type Country } from './demonym.js';
import type { SourceLexicon } from './lexicon.js';
import { foldOutlet, indexOutlets, outletsNamedIn, scanSources, type OutletIndex } from './scan.js';
import { standardSpellings } from './spelling.js';

export interface OutletEntry {
  id: string;
  names: readonly string[];
  stateMedia: boolean;
}

/**
 * outlets: every outlet the knowledge base knows, so that the report's own is told from those it cites;
 * countries: their demonyms place an official source ("a South Korean official");
 * countryOf: the country a place lies in, so that a group of sources in one country is not taken for a summary of those in another;
 * namesOf: the gazetteer's name and other names of a place, so that a location in an odd spelling ("Yangkang") takes the gazetteer's.
 */
/** places whose spellings are kept: more than a report names, fewer than the gazetteer holds */
const SPELLINGS_MEMO_SIZE = 4096;

export function createSourcesStage(
  lex: SourceLexicon,
  outlets: readonly OutletEntry[],
  countries: readonly Country[] = [],
  countryOf: (placeId: string) => string | null,
  namesOf: (placeId: string) => readonly string[] = () => [],
): Stage {
  const demonyms = indexDemonyms(countries);
  // a place's standard spellings are worked out once, on its first use as a source's location
  const standard = memoised((placeId: string) => {
    const [name = '', ...names] = namesOf(placeId);
    return standardSpellings(name, names);
  }, SPELLINGS_MEMO_SIZE);
  const index = indexOutlets(outlets.map((o) => ({ id: o.id, stateMedia: o.stateMedia, words: o.names.map((n) => tokenize(n).lower) })));
  const byFolded = new Map<string, string>();
  for (const o of outlets) for (const n of o.names) byFolded.set(foldOutlet(n), o.id);
  // a corpus comes from a few outlets: what an outlet field says is worked out once per field
  const ownerOf = memoised((field: string | null | undefined) => ownerFrom(field, index, byFolded), OWNER_MEMO_SIZE);
  return {
    name: 'sources',
    requires: ['sentences', 'places', 'actors'],
    assigns: ['sources'],
    run(doc) {
      const owner = ownerOf(doc.outlet);
      doc.layers.sources = scanSources(
        {
          text: doc.text,
          t: tokensOf(doc),
          quoted: quotedOf(doc),
          sentences: doc.layers.sentences!,
          places: doc.layers.places!,
          actors: doc.layers.actors!,
          ownOutlets: owner.own,
          ownWords: owner.ownWords,
          ownField: owner.field,
          outlets: index,
          demonyms,
          countryOf,
          standardSpellings: standard,
        },
        lex,
      );
    },
  };
}

/** The report's own outlets and, for an outlet the canon lacks, its name as words. */
interface Owner {
  own: ReadonlySet<string>;
  ownWords: readonly string[] | null;
  field: string;
}
/** Distinct outlet fields remembered before the memo starts afresh */
const OWNER_MEMO_SIZE = 1000;

function ownerFrom(field: string | null | undefined, index: OutletIndex, byFolded: ReadonlyMap<string, string>): Owner {
  const name = field ? primaryName(field) : null;
  const known = name ? byFolded.get(foldOutlet(name)) ?? byFolded.get(foldOutlet(field!)) : undefined;
  // "Korea JoongAng Daily (Yonhap)", "NewsGram (repost of RFA)", "..., Daily NK text": the wire or
  // original the page carries wrote the text with the publisher; neither is a source of it
  const own = new Set<string>(field ? outletsNamedIn(field, index) : []);
  if (field) own.add(known ?? `own:${foldOutlet(field)}`);
  // an outlet the canon lacks is still recognised when its sources talk to it by name
  const ownWords = name && !known ? tokenize(name).lower : null;
  return { own, ownWords: ownWords?.length ? ownWords : null, field: field ? foldOutlet(field) : '' };
}

/** The publisher's own name in an outlet field: "ASIAPRESS (Rimjin-gang)", "NK Subnara (site), reposting Daily NK". */
function primaryName(field: string): string {
  return field.replace(/\s*[(,].*$/s, '').trim() || field;
}
