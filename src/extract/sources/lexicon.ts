// Words that mark who told the outlet what: verbs of speaking, source nouns and their
// kinds, markers of a distinct source. Data in knowledge/lexicon/sources.json; the
// user's <dataDir>/knowledge/lexicon/sources.json adds to it.
import { join } from 'node:path';
import { z } from 'zod';
import { SourceKind, type PlaceLevel } from '../../core/model.js';
import { cachedLexicon, readLexiconFile } from '../lexicon-file.js';

const SourcesFileSchema = z
  .object({
    speechVerbs: z.array(z.string()).default([]),
    nouns: z.record(z.string(), SourceKind).default({}),
    orgLike: z.array(z.string()).default([]),
    stateVoices: z.array(z.string()).default([]),
    spokespeople: z.array(z.string()).default([]),
    distinct: z.array(z.string()).default([]),
    first: z.array(z.string()).default([]),
    commentators: z.array(z.string()).default([]),
    works: z.array(z.string()).default([]),
    findingVerbs: z.array(z.string()).default([]),
    stateMedia: z.array(z.string()).default([]),
    locatives: z.array(z.string()).default([]),
    levelWords: z.record(z.string(), z.enum(['country', 'province', 'county', 'city'])).default({}),
  })
  .strict();

export interface SourceLexicon {
  speechVerbs: Set<string>;
  nouns: Map<string, SourceKind>;
  orgLike: Set<string>;
  /** official heads that speak as the state itself ("president", "police"), placed by its demonym like a body */
  stateVoices: Set<string>;
  /** heads of one who speaks for a body ("spokesperson"): once the body is cited, the body speaking */
  spokespeople: Set<string>;
  distinct: Set<string>;
  first: Set<string>;
  /** heads of people who comment rather than inform ("experts say"): a group of them is no one's source */
  commentators: Set<string>;
  /** what a body publishes ("report", "data", "survey"): its author is the source ("a report by the institute") */
  works: Set<string>;
  /** verbs whose subject is a work that shows something ("the survey found"): the work's author is cited */
  findingVerbs: Set<string>;
  /** state media names as word sequences, indexed by their first word */
  stateMedia: Map<string, string[][]>;
  locatives: Set<string>;
  levelWords: Map<string, PlaceLevel>;
}

/** Merges sources.json of each folder in order. */
export function buildSourceLexicon(dirs: readonly string[]): SourceLexicon {
  const lex: SourceLexicon = {
    speechVerbs: new Set(), nouns: new Map(), orgLike: new Set(), stateVoices: new Set(), spokespeople: new Set(), distinct: new Set(), first: new Set(), commentators: new Set(), works: new Set(), findingVerbs: new Set(),
    stateMedia: new Map(), locatives: new Set(), levelWords: new Map(),
  };
  for (const dir of dirs) {
    const d = readLexiconFile(join(dir, 'sources.json'), SourcesFileSchema);
    if (!d) continue;
    for (const w of d.speechVerbs) lex.speechVerbs.add(w);
    for (const [w, kind] of Object.entries(d.nouns)) lex.nouns.set(w, kind);
    for (const w of d.orgLike) lex.orgLike.add(w);
    for (const w of d.stateVoices) lex.stateVoices.add(w);
    for (const w of d.spokespeople) lex.spokespeople.add(w);
    for (const w of d.distinct) lex.distinct.add(w);
    for (const w of d.first) lex.first.add(w);
    for (const w of d.commentators) lex.commentators.add(w);
    for (const w of d.works) lex.works.add(w);
    for (const w of d.findingVerbs) lex.findingVerbs.add(w);
    for (const w of d.locatives) lex.locatives.add(w);
    for (const name of d.stateMedia) {
      const words = name.toLowerCase().split(/\s+/);
      const list = lex.stateMedia.get(words[0]);
      if (list) list.push(words);
      else lex.stateMedia.set(words[0], [words]);
    }
    for (const [w, level] of Object.entries(d.levelWords)) lex.levelWords.set(w, level);
  }
  return lex;
}

export const loadSourceLexicon = cachedLexicon(buildSourceLexicon);
