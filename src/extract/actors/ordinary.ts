// Capitalised words that are no names: words the report also writes in lower case
// ("Then", "Police"), and the function words, months and days that open sentences and
// headlines. Names read without a title or a Korean surname to vouch for them
// ("Phil Robertson said", "Joseph Kim") must not contain one.
import type { Words } from '../../knowledge/words.js';

const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'to',
  'with', 'without', 'after', 'before', 'while', 'when', 'where', 'why', 'how', 'what', 'who', 'whom', 'whose', 'which', 'then',
  'than', 'also', 'only', 'since', 'until', 'once', 'now', 'here', 'there', 'meanwhile', 'however', 'although', 'though',
  'because', 'this', 'that', 'these', 'those', 'some', 'many', 'all', 'both', 'each', 'every', 'his', 'her', 'their', 'its',
  'our', 'my', 'your', 'he', 'she', 'they', 'we', 'it', 'i', 'you', 'one', 'no', 'not', 'even', 'still', 'just', 'last', 'next',
  'according', 'said', 'says', 'told', 'report', 'reports', 'photo', 'image', 'source', 'sources', 'read', 'more', 'related',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'later', 'earlier', 'today', 'yesterday', 'tomorrow', 'recently', 'finally', 'instead', 'again', 'soon', 'often', 'sometimes',
  'indeed', 'moreover', 'furthermore', 'besides', 'nevertheless', 'currently', 'previously', 'initially', 'eventually',
  'ultimately', 'apparently', 'reportedly', 'allegedly', 'unlike', 'like', 'despite', 'during', 'among', 'within', 'under',
  'over', 'about', 'around', 'against', 'between', 'through', 'toward', 'upon', 'via', 'per', 'whether', 'either', 'neither',
  'first', 'second', 'third', 'did', 'does', 'do', 'is', 'was', 'were', 'are', 'be', 'has', 'have', 'had', 'will', 'would',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'new', 'news', 'north', 'south', 'east', 'west',
]);

/** Words that name bodies, not people ("Human Rights Watch", "Unification Ministry"). */
const BODY_WORDS = new Set([
  'ministry', 'agency', 'office', 'department', 'committee', 'commission', 'council', 'service', 'court', 'party', 'army',
  'police', 'group', 'center', 'centre', 'institute', 'association', 'union', 'bureau', 'command', 'university', 'times',
  'post', 'daily', 'ilbo', 'herald', 'journal', 'media', 'radio', 'tv', 'television', 'government', 'network', 'foundation',
  'alliance', 'coalition', 'church', 'company', 'corporation', 'bank', 'school', 'forces', 'force', 'guard', 'guards', 'watch',
  'international', 'press', 'sinmun', 'shimbun', 'league', 'federation', 'organization', 'organisation', 'fund', 'program',
  'programme', 'project', 'initiative', 'society', 'team', 'unit', 'authorities', 'administration', 'assembly', 'parliament',
  'congress', 'senate', 'house', 'state', 'republic', 'kingdom', 'province', 'county', 'city', 'river', 'street', 'road',
  'market', 'hotel', 'restaurant', 'hospital', 'prison', 'camp', 'station', 'airport', 'port', 'bridge', 'mountain', 'island',
]);

/** Is a key a function word, month or day ("In", "May"), which opens sentences and never a name? */
export const isFunctionWord = (key: string): boolean => FUNCTION_WORDS.has(key);

/** Does a key name bodies, not people ("Office", "Committee")? */
export const isBodyWord = (key: string): boolean => BODY_WORDS.has(key);

/** A predicate: is word j an ordinary word of this text, no part of a name? The lower-case words are gathered on first use. */
export function ordinaryWords(w: Words): (j: number) => boolean {
  let lower: Set<string> | null = null;
  return (j) => {
    const key = w.key[j];
    if (FUNCTION_WORDS.has(key) || BODY_WORDS.has(key)) return true;
    if (lower === null) {
      lower = new Set();
      for (let k = 0; k < w.length; k++) if (!w.cap[k]) lower.add(w.key[k]);
    }
    return lower.has(key);
  };
}

/**
 * A predicate: is word j's key also written alone and capitalised inside another sentence
 * position ("told Sora", "with Sora's help"), as a name is and a capitalised common word
 * ("Critics said") is not? Word j itself is no evidence.
 */
export function properWords(w: Words): (j: number) => boolean {
  let proper: Map<string, number> | null = null;
  const alone = (k: number) => w.cap[k] === 1 && w.brk[k] !== 2 && !(w.brk[k] === 0 && w.cap[k - 1]) && !(k + 1 < w.length && w.brk[k + 1] === 0 && w.cap[k + 1]);
  return (j) => {
    if (proper === null) {
      proper = new Map();
      for (let k = 1; k < w.length; k++) if (alone(k)) proper.set(w.key[k], (proper.get(w.key[k]) ?? 0) + 1);
    }
    return (proper.get(w.key[j]) ?? 0) > (j > 0 && alone(j) ? 1 : 0);
  };
}
