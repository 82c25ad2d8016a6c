// The built-in extractor: offline, CPU only. Knowledge and lexicons are loaded once,
// when the extractor is created; each report then runs through the stage pipeline.
import { actorCanonById, loadKnowledge, placeById, type Knowledge } from '../knowledge/load.js';
import type { Extraction } from '../core/model.js';
import { memoised } from '../core/memo.js';
import { createActorsStage } from './actors/stage.js';
import { assemble } from './assemble.js';
import { createClaimsStage } from './claims/stage.js';
import { loadClaimLexicon } from './claims/lexicon.js';
import { createCountsStage } from './counts/stage.js';
import { createDatesStage } from './dates/stage.js';
import type { Doc } from './doc.js';
import { loadLexicon } from './events/lexicon.js';
import { createEventsStage } from './events/stage.js';
import { createKoreanStages } from './ko/stages.js';
import { countryOfPlace, type PlaceInfo } from './events/where.js';
import type { ExtractInput, Extractor } from './extractor.js';
import { createFurnitureStage } from './furniture/stage.js';
import { createPipeline, type Pipeline } from './pipeline.js';
import { createPlacesStage } from './places/stage.js';
import { createSentencesStage } from './sentences/stage.js';
import { loadSourceLexicon } from './sources/lexicon.js';
import { createSourcesStage } from './sources/stage.js';

export const BUILTIN_NAME = 'casefile-builtin';

export interface BuiltinOptions {
  /** user knowledge folder (default <dataDir>/knowledge) */
  knowledgeDir?: string;
}

export interface BuiltinExtractor extends Extractor {
  readonly pipeline: Pipeline;
  /** synchronous form, for benchmarks and worker threads */
  extractSync(input: ExtractInput): Extraction;
}

export function createPipelineFor(k: Knowledge, opts: BuiltinOptions = {}): Pipeline {
  const lexDir = opts.knowledgeDir ? { userDir: `${opts.knowledgeDir}/lexicon` } : {};
  // every place fits: ids come from the knowledge base
  const lookup = memoised((id: string): PlaceInfo | undefined => {
    const p = k.places.get(id);
    return p && { level: p.level, ancestors: p.ancestors, country: p.country, capital: p.capital };
  }, k.places.size);
  const outlets = [...k.actors.values()]
    .filter((a) => a.kind === 'outlet')
    .map((a) => ({ id: a.id, names: [a.name, ...a.names.map((n) => n.name)], stateMedia: a.country === 'KP' }));
  const countries = [...k.places.values()]
    .filter((p) => p.level === 'country')
    .map((p) => ({ placeId: p.id, name: p.name, demonyms: p.demonyms }));
  const ko = createKoreanStages(lookup, lexDir);
  return createPipeline([
    createFurnitureStage(),
    createSentencesStage(),
    ko.sentences,
    createPlacesStage(k),
    createActorsStage(k),
    ko.people,
    createDatesStage(),
    ko.dates,
    createCountsStage(),
    ko.counts,
    createSourcesStage(loadSourceLexicon(lexDir), outlets, countries, (id) => countryOfPlace(id, lookup), (id) => {
      const p = k.places.get(id);
      return p ? [p.name, ...p.names.map((n) => n.name)] : [];
    }),
    ko.sources,
    createEventsStage(loadLexicon(lexDir), lookup),
    ko.events,
    createClaimsStage(loadClaimLexicon(lexDir)),
  ]);
}

export function createBuiltinExtractor(opts: BuiltinOptions = {}): BuiltinExtractor {
  const k = loadKnowledge(opts.knowledgeDir ? { userDir: opts.knowledgeDir } : {});
  const pipeline = createPipelineFor(k, opts);
  // the model's places and canon aliases are built once per id, not once per mention
  const kb = {
    place: memoised((id: string) => placeById(k, id), k.places.size),
    aliases: memoised((id: string) => actorCanonById(k, id)?.aliases ?? [], k.actors.size),
  };
  const extractSync = (input: ExtractInput): Extraction => {
    const doc: Doc = { text: input.text, title: input.title, outlet: input.outlet, published: input.published, layers: {} };
    pipeline.run(doc);
    return assemble(doc, BUILTIN_NAME, kb);
  };
  return {
    name: BUILTIN_NAME,
    pipeline,
    extractSync,
    extract: async (input) => extractSync(input),
  };
}
