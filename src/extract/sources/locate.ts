// The location a source descriptor states. Where the source lives now beats where it
// comes from ("a woman from Kimchaek who now lives in South Korea"); otherwise a place
// after "in"/"of"/"based in" in the head part of the phrase, else any place there, else
// "in the province" resolved to the last province named. Places in a relative clause
// describe the source's dealings ("a trader who buys goods from North Korea"), and places
// after "on", "about" or "knowledge of" its topic ("the Special Rapporteur on human rights in
// North Korea", "sources with knowledge of cross-border trade"): neither is where the source is.
import type { PlaceLevel } from '../../core/model.js';
import { numberValue } from '../counts/numbers.js';
import type { PlaceMention } from '../doc.js';
import { lowerAt, tokenAt, type Tokens } from '../tokens.js';
import type { Phrase } from './attribution.js';
import type { SourceLexicon } from './lexicon.js';
import { spellingKey } from './spelling.js';

/**
 * Words before the place a source lives or works in ("now lives in Seoul", "based in Yanji"), was
 * held in ("a woman who was held at Kaechon": the prison her testimony is about) or met the
 * interviewer in ("interviewed in Seoul").
 */
const RESIDENCE = new Set(['lives', 'live', 'living', 'resides', 'reside', 'residing', 'settled', 'based', 'stationed', 'held', 'imprisoned', 'interviewed']);
/** Words that end the head of a source's description: a relative clause or a topic ("on", "about", "with knowledge of"). */
const CLAUSE: ReadonlySet<string> = new Set(['who', 'which', 'whose', 'on', 'about', 'knowledge']);

/**
 * Whether token i ends the head of a description. "About" before a number is an approximation ("a woman of
 * about 50 from Hyesan"), not a topic; "knowledge" opens a topic only as "knowledge of".
 */
export function endsHead(t: Tokens, i: number): boolean {
  const w = t.lower[i];
  if (!CLAUSE.has(w)) return false;
  if (w === 'about') return numberValue(lowerAt(t, i + 1)) === null;
  if (w === 'knowledge') return lowerAt(t, i + 1) === 'of';
  return true;
}

/** Words between "the" and a level word that still point back to the place named before: "in the same province" */
const ANAPHORIC: ReadonlySet<string> = new Set(['same', 'aforementioned', 'above']);

/** Places a "local" source may be local to: not a country, nor a river or a site */
const LOCAL_LEVELS: ReadonlySet<PlaceLevel> = new Set<PlaceLevel>(['province', 'county', 'city']);

function residence(t: Tokens, k: number): boolean {
  if (t.lower[k].endsWith('-based')) return true;
  const before = t.lower[k - 1] === 'in' || t.lower[k - 1] === 'at' ? k - 2 : k - 1;
  return RESIDENCE.has(lowerAt(t, before));
}

/** "US-funded", "Seoul-backed", "China-born": a place that funds, runs or bore the source is not where it is ("Seoul-based" is). */
const BACKERS = /^-(?:funded|backed|run|owned|sponsored|controlled|affiliated|linked|led|made|born)\b/i;
const backer = (text: string, m: PlaceMention) => BACKERS.test(text.slice(m.span.end, m.span.end + 12));

/** "the North's ministry": a place named relative to the other Korea, as an owner, says whose a body is, not where it is ("a source in the North" is placed). */
const relative = (text: string, m: PlaceMention) => /^the\s/i.test(text.slice(m.span.start, m.span.start + 4)) && possessor(text, m);

/** "South Korea's ministry": the place is written as the possessor of what follows. */
export const possessor = (text: string, m: PlaceMention) => /^['’]s\s/.test(text.slice(m.span.end, m.span.end + 3));

const framing = (text: string, m: PlaceMention, next: PlaceMention | undefined) =>
  next !== undefined && /^['’]s\s+$/.test(text.slice(m.span.end, next.span.start));

const COPULA: ReadonlySet<string> = new Set(['is', 'was']);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/** "the source, who is a resident of Sinuiju": a relative clause at i that says what the source is describes it as the head does. */
const restating = (t: Tokens, i: number) => t.lower[i] === 'who' && COPULA.has(lowerAt(t, i + 1)) && ARTICLES.has(lowerAt(t, i + 2));

export function locate(text: string, t: Tokens, p: Phrase, places: readonly PlaceMention[], lex: SourceLexicon): PlaceMention | null {
  const from = t.start[p.first];
  const to = t.end[p.last];
  let headEnd = to;
  for (let i = p.first + 1; i <= p.last; i++) if (endsHead(t, i) && !restating(t, i)) { headEnd = t.start[i]; break; }
  const inside = places.filter((m) => m.span.start >= from && m.span.end <= to && !m.metonymy && !backer(text, m) && !relative(text, m));
  // "settled in South Korea in 2016 and now lives in Incheon": the last home named
  const lives = inside.filter((m) => residence(t, tokenAt(t, m.span.start))).pop();
  if (lives) return lives;
  // "North Korea's Ryanggang Province": the possessor only frames the place that follows
  const head = inside.filter((m, i) => m.span.start < headEnd && !framing(text, m, inside[i + 1]));
  const locative = head.find((m) => {
    const k = tokenAt(t, m.span.start);
    // "the Permanent Mission of China in Geneva": a place a body's name holds after "of" is whose it is, not where
    if (lowerAt(t, k - 1) === 'of' && t.upper[k - 2]) return false;
    return lex.locatives.has(lowerAt(t, k - 1)) || (t.lower[k - 1] === 'the' && lex.locatives.has(lowerAt(t, k - 2)));
  });
  if (locative ?? head[0]) return locative ?? head[0];
  for (let i = p.first + 1; i <= p.last; i++) {
    const level = lex.levelWords.get(t.lower[i]);
    // "in the province", "from the same city"
    const article = ANAPHORIC.has(t.lower[i - 1]) ? i - 2 : i - 1;
    if (!level || lowerAt(t, article) !== 'the' || !lex.locatives.has(lowerAt(t, article - 1))) continue;
    const accept = (l: PlaceLevel) => l === level || (level === 'city' && l === 'county') || (level === 'county' && l === 'city');
    const before = places.filter((m) => m.span.end <= from && !m.metonymy && accept(m.level));
    if (before.length) return before[before.length - 1];
  }
  // "a local source", "a local resident": local to the place the report is telling of, the last one below a country named before it
  for (let i = p.first; i < p.last && !endsHead(t, i); i++) {
    if (t.lower[i] !== 'local') continue;
    for (let k = places.length - 1; k >= 0; k--) if (places[k].span.end <= from && !places[k].metonymy && LOCAL_LEVELS.has(places[k].level)) return places[k];
    break;
  }
  return null;
}

/** A proper name in Latin letters, not an article's phrase ("the North"), an abbreviation ("N. Korea") nor capitals ("DPRK") */
const PROPER_NAME = /^(?!The\b)\p{Lu}[\p{Script=Latin}'’ -]*$/u;

/**
 * The place as the report spells it, without a closing level word ("Gangwon" for "Gangwon Province", where
 * the gazetteer's name is Kangwon): a source's location is the one it states, its place id the gazetteer's.
 * A name written otherwise, or in a spelling that is no standard romanisation of the place (`standard`:
 * "Yangkang" for Ryanggang), keeps the gazetteer's name.
 */
export function statedName(text: string, m: PlaceMention, lex: SourceLexicon, standard: ReadonlySet<string> | null = null): string {
  const s = text.slice(m.span.start, m.span.end);
  if (!PROPER_NAME.test(s) || s === s.toUpperCase()) return m.name;
  const space = s.lastIndexOf(' ');
  const name = space > 0 && lex.levelWords.has(s.slice(space + 1).toLowerCase()) ? s.slice(0, space) : s;
  // (a country's other names are no romanisations: "Britain" stays)
  return name === m.name || !standard || m.level === 'country' || standard.has(spellingKey(name)) ? name : m.name;
}
