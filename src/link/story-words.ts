// A report's story words: the words it uses most that neither English at large nor
// reporting on North Korea at large uses everywhere ("Kunming", "teenagers",
// "cellphone", "leak"). Two reports that tell one episode share several of them even
// when one gives no date or names only the country, as pages often do; two stories of
// the same kind from the same place share one or two. Topic detection in news
// (TDT) ties stories the same way. Words are compared by their Porter stems
// ("watching" meets "watch"), and a word most of the reports an act is compared with
// use does not count (StoryWordsAmong): a document frequency over just those stories.
import { stemmer } from 'stemmer';
import { ENGLISH_FUNCTION_WORDS } from '../knowledge/function-words.js';
import { commonAmong } from './common-among.js';

/** Words of every report on the country and its reporting, whatever happened. */
const DOMAIN_WORDS = [
  'north', 'korea', 'korean', 'koreans', 'south', 'border', 'source', 'sources', 'china', 'chinese',
  'authorities', 'authority', 'daily', 'security', 'province', 'provincial', 'official', 'officials',
  'country', 'countries', 'people', 'person', 'told', 'tells', 'report', 'reports', 'reported', 'reporting',
  'news', 'media', 'government', 'regime', 'state', 'city', 'county', 'ministry', 'agency', 'public',
  'kim', 'jong', 'pyongyang', 'seoul', 'recently', 'local', 'resident', 'residents', 'according',
  'reportedly', 'allegedly', 'alleged', 'believed', 'believes', 'claimed', 'claims', 'revealed', 'informed', 'added', 'noted', 'region',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'year', 'years', 'month', 'months', 'week', 'weeks',
];
const COMMON: ReadonlySet<string> = new Set([...ENGLISH_FUNCTION_WORDS, ...DOMAIN_WORDS]);

/** Story words kept per report. */
export const STORY_WORDS = 16;
/** The part of the text read: the headline and lead carry the story; later paragraphs drift into background. */
const LEAD_CHARS = 2000;
/** A headline word counts as this many uses in the text. */
const TITLE_WEIGHT = 2;
const MIN_LENGTH = 4;

/** A report's story words, in the form it first uses each (the stem decides what counts as one word). */
export function storyWords(title: string, text: string): string[] {
  const uses = new Map<string, { word: string; n: number }>();
  const count = (s: string, weight: number) => {
    for (const m of s.normalize('NFKC').toLowerCase().matchAll(/\p{L}[\p{L}\p{N}'’-]*\p{L}/gu)) {
      const w = m[0].replace(/['’]s$/, '');
      if (w.length < MIN_LENGTH || COMMON.has(w)) continue;
      const stem = stemmer(w);
      const u = uses.get(stem);
      if (u) u.n += weight;
      else uses.set(stem, { word: w, n: weight });
    }
  };
  count(title, TITLE_WEIGHT);
  count(text.slice(0, LEAD_CHARS), 1);
  return [...uses].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1)).slice(0, STORY_WORDS).map(([, u]) => u.word);
}

/** Stems as small numbers: compared hundreds of times per act, equal strings made apart would be compared letter by letter. */
const stemIds = new Map<string, number>();
const stemId = (stem: string) => {
  let id = stemIds.get(stem);
  if (id === undefined) stemIds.set(stem, (id = stemIds.size));
  return id;
};

/** Stems of a report's story words, in order and as a set, worked out once per list: linking compares one report with hundreds. */
const stemsOf = new WeakMap<readonly string[], { list: number[]; set: ReadonlySet<number> }>();
function stems(words: readonly string[]) {
  let s = stemsOf.get(words);
  if (!s) {
    const list = words.map((w) => stemId(stemmer(w)));
    stemsOf.set(words, (s = { list, set: new Set(list) }));
  }
  return s;
}

/** Reports met read for the share, at most. */
export const STORY_SAMPLE = 64;

/** Story words as the reports an act is compared with use them: a word most of them use is no evidence (common-among.ts). */
export class StoryWordsAmong {
  private readonly common: ReadonlySet<number>;

  constructor(lists: Iterable<readonly string[]>) {
    this.common = commonAmong([...lists].map((words) => stems(words).set));
  }

  /** The story words of `a` whose stem is among a later `b`'s and not common among these reports, in `a`'s words: `a`'s uncommon stems are found once, for the hundreds of reports it meets. */
  sharedWith(a: readonly string[]): (b: readonly string[]) => string[] {
    const own = stems(a).list;
    const rare: number[] = [];
    for (let i = 0; i < a.length; i++) if (!this.common.has(own[i])) rare.push(i);
    return (b) => {
      if (rare.length === 0 || b.length === 0) return [];
      const inB = stems(b).set;
      const out: string[] = [];
      for (const i of rare) if (inB.has(own[i])) out.push(a[i]);
      return out;
    };
  }
}
