// The Korean stages, each placed after the English stage that writes the same layer:
// English stages leave Korean sentences alone, and these read only Korean sentences,
// so a report that mixes the two languages is handled sentence by sentence.
import type { Stage } from '../doc.js';
import type { PlaceLookup } from '../events/where.js';
import { createKoreanCountsStage } from './counts.js';
import { createKoreanDatesStage } from './dates.js';
import { createKoreanEventsStage } from './events.js';
import { loadKoLexicon } from './lexicon.js';
import { createAnalyser } from './morph.js';
import { createKoreanPeopleStage } from './people.js';
import { createKoreanSentencesStage } from './sentences.js';
import { createKoreanSourcesStage } from './sources.js';

export interface KoreanStages {
  sentences: Stage;
  dates: Stage;
  counts: Stage;
  people: Stage;
  sources: Stage;
  events: Stage;
}

export function createKoreanStages(lookup: PlaceLookup, opts: { userDir?: string } = {}): KoreanStages {
  const lex = loadKoLexicon(opts);
  const an = createAnalyser(lex.morph);
  return {
    sentences: createKoreanSentencesStage(),
    dates: createKoreanDatesStage(lex.time),
    counts: createKoreanCountsStage(lex.time),
    people: createKoreanPeopleStage(lex.people),
    sources: createKoreanSourcesStage(lex.sources, an),
    events: createKoreanEventsStage(lex.events, lex.morph, an, { lookup }),
  };
}
