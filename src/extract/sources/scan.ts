// Who the outlet says told it: each attribution outside quotation marks becomes a source
// mention. An indefinite phrase ("a source", "another source", "a separate source")
// opens a new source; a definite one ("the source", "the North Pyongan source", "the
// first resident") and a pronoun ("he added") point back to an earlier one. Officials
// and organisations quoted by name, state media and other outlets count; the report's
// own outlet does not.
import type { SourceKind } from '../../core/model.js';
import type { ActorMention, PlaceMention, SourceMention } from '../doc.js';
import type { Tokens } from '../tokens.js';
import { lowerAt, stripPossessive as bare, tokenAt, tokenize } from '../tokens.js';
import { RELATIVE, afterRelative, clauseHead, conjuncts, endsInApposition, phraseAfter, subjectBefore, type Phrase } from './attribution.js';
import { countBefore } from './count.js';
import { numberValue } from '../counts/numbers.js';
import { isHangul } from '../ko/script.js';
import { demonymIn, type Demonym, type DemonymContext } from './demonym.js';
import { MONTH_NAMES } from '../calendar-words.js';
import { headerPhrase } from './header.js';
import type { SourceLexicon } from './lexicon.js';
import { memoised } from '../../core/memo.js';
import { locate, possessor, statedName } from './locate.js';

export interface OutletName {
  id: string;
  /** the state's own media (KCNA): cited as state media, not as an outlet */
  stateMedia: boolean;
  /** names as word sequences, lower case */
  words: string[][];
}

/** Outlet names indexed by their first word, so the text is scanned once. */
export type OutletIndex = ReadonlyMap<string, readonly { id: string; words: readonly string[]; stateMedia: boolean }[]>;

export function indexOutlets(outlets: readonly OutletName[]): OutletIndex {
  const index = new Map<string, { id: string; words: string[]; stateMedia: boolean }[]>();
  for (const o of outlets) {
    // a name of words is also written run together ("DailyNK" for Daily NK)
    const joined = o.words.filter((w) => w.length > 1 && w.every((x) => /^\p{L}+$/u.test(x))).map((w) => [w.join('')]);
    for (const words of [...o.words, ...joined]) {
      const entry = { id: o.id, words, stateMedia: o.stateMedia };
      const list = index.get(words[0]);
      if (list) list.push(entry);
      else index.set(words[0], [entry]);
    }
  }
  return index;
}

/** Ids of the known outlets a text names ("Gephardt Daily (UPI repost)": UPI). */
export function outletsNamedIn(text: string, index: OutletIndex): string[] {
  const t = tokenize(text);
  const ids: string[] = [];
  for (let i = 0; i < t.length; i++) {
    const list = index.get(t.lower[i]) ?? index.get(bare(t.lower[i]));
    if (list) for (const o of list) if (seqAt(t, i, o.words, t.length - 1)) ids.push(o.id);
  }
  return ids;
}

export interface SourceInputs {
  text: string;
  t: Tokens;
  quoted: Uint8Array;
  sentences: readonly { start: number; end: number }[];
  places: readonly PlaceMention[];
  actors: readonly ActorMention[];
  /** ids of the report's own outlet and of the wire or original it carries */
  ownOutlets: ReadonlySet<string>;
  /** the own outlet's name as lower-case words, when the canon lacks it ("told Casefile demo") */
  ownWords: readonly string[] | null;
  /** the outlet field folded (foldOutlet), naming the publisher and any wire or original it carries */
  ownField: string;
  outlets: OutletIndex;
  demonyms: readonly Demonym[];
  /** the country a gazetteer place lies in (itself for a country), null when unknown */
  countryOf: (placeId: string) => string | null;
  /** the standard spellings of a Korean place (see spelling.ts), null for a place whose every spelling is kept */
  standardSpellings: (placeId: string) => ReadonlySet<string> | null;
}

interface Known {
  key: string;
  head: string;
  descriptor: string;
  distinct: boolean;
  orgLike: boolean;
  org: string | null;
  nameWords: string[];
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we']);
const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some']);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
const SAME = new Set(['same', 'aforementioned', 'said']);
/** "Neither government has confirmed", "no official said": nobody is cited */
/** Verbs that bring a source in without its speaking: "cited a source", "checked with another source". */
const INTRODUCING = new Set(['cross-checked', 'checked', 'confirmed', 'verified', 'spoke', 'spoken', 'speaking', 'talked', 'interviewed', 'obtained', 'learned']);
const INTRODUCING_PREPOSITIONS = new Set(['with', 'from', 'to', 'through']);
/** Verbs whose object is whoever the outlet relies on: "citing an anonymous activist", "quoted a border guard" */
const CITING = new Set(['cited', 'cites', 'citing', 'quoted', 'quotes', 'quoting']);
/** "citing unnamed North Korean sources": words before a plural head */
const MAX_CITED_MODIFIERS = 3;
/** What a word does in citing, as bits: opens "according to", opens a source without speaking, is a verb of speaking */
const ACCORDING = 1;
const OPENS = 2;
const SPEAKS = 4;
/** gives something, which makes it a speaker when what it gives is an account ("gave the following report") */
const GIVES = 8;
/** shows something, which cites the author of a work as its subject ("a survey by the institute found") */
const FINDS = 16;
interface Roles {
  roles: ReadonlyMap<string, number>;
  /** which word shapes (length, first character) any of the words has: a cheap test before the lookup */
  shapes: Uint8Array;
}
const roleMaps = new WeakMap<SourceLexicon, Roles>();
const MAX_SHAPE_LENGTH = 31;
/** A word's length and first character as one index; longer words and other first characters share the last slots. */
const shapeOf = (w: string) => Math.min(w.length, MAX_SHAPE_LENGTH) * 128 + (w.charCodeAt(0) & 127);

/** The words with a part in citing and their roles, built once per lexicon. */
function rolesOf(lex: SourceLexicon): Roles {
  const built = roleMaps.get(lex);
  if (built) return built;
  const roles = new Map<string, number>([['according', ACCORDING]]);
  const mark = (w: string, bit: number) => roles.set(w, (roles.get(w) ?? 0) | bit);
  for (const w of INTRODUCING) mark(w, OPENS);
  for (const w of CITING) mark(w, OPENS);
  for (const w of lex.speechVerbs) mark(w, SPEAKS);
  for (const w of GIVING) mark(w, GIVES);
  for (const w of lex.findingVerbs) mark(w, FINDS);
  const shapes = new Uint8Array((MAX_SHAPE_LENGTH + 1) * 128);
  for (const w of roles.keys()) shapes[shapeOf(w)] = 1;
  const r = { roles, shapes };
  roleMaps.set(lex, r);
  return r;
}
const INTRODUCING_REACH = 5;
/** "a local reporting partner": words between an indefinite article and the noun it introduces */
const INTRO_MODIFIERS = 3;
const STOP_WORDS = new Set([',', '.', ';', ':', '"', 'the']);
/** Heads that name an informant of the outlet, never a person of the story. */
const ANONYMOUS_HEADS = new Set(['source', 'informant', 'insider']);
const QUOTES = new Set(['"', '“', '”', "'", '‘', ':']);
/** Whether a quotation (or a colon before one) opens at token i, after a comma or not. */
const quotationAt = (t: Tokens, i: number) => QUOTES.has(lowerAt(t, i)) || (lowerAt(t, i) === ',' && QUOTES.has(lowerAt(t, i + 1)));
const NOBODY = new Set(['neither', 'no', 'none', 'nobody']);
const NEGATION = new Set(['not', 'never', "n't"]);
/** Words that may follow the head of a source's description: a place, a relative clause, a time */
const HEAD_FOLLOWERS = new Set(['in', 'of', 'at', 'from', 'near', 'inside', 'within', 'who', 'whose', 'which', 'on', 'with', 'based', 'living', 'familiar', 'close', 'speaking', 'for', '(', 'last', 'this', 'earlier', 'recently']);
/** Words that tie a noun to what follows it: a source noun after one is not the head of the phrase */
const HEAD_LINKS = new Set(['of', 'from', 'in', 'at', 'with', 'by', 'about', 'to', 'for']);
/** Plurals that do not end in -s */
const IRREGULAR = new Map([['people', 'person'], ['men', 'man'], ['women', 'woman'], ['children', 'child']]);
/** Ordinal words and the place they give a source among those cited */
const ORDINALS = new Map([['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5]]);
/** "two residents of Kuandian told NK News" cites two sources; a larger number is a study's sample, not the outlet's contacts */
const MAX_GROUP = 4;
const GENERIC_STATE_MEDIA = 'state-media';
/** Kinds of source that are people the outlet or its relay heard */
const PERSON_KINDS: ReadonlySet<SourceKind> = new Set(['anonymous_insider', 'family', 'other']);
/** "South Korean media reported": the press at large, no one outlet */
const GENERIC_PRESS = new Set(['media', 'press']);
const MAX_GENERIC_PRESS = 4;
/** "a new study", "the latest UN report": words of a work named without its author */
const MAX_BARE_WORK = 3;
/** Words that make a body noun the press: "the news agency", "the newspaper" */
const PRESS = new Set(['news', 'newspaper', 'paper', 'daily', 'broadcaster', 'tabloid', 'wire']);
/** Kinds of source that only pass on what others told them */
const RELAYS: ReadonlySet<SourceKind> = new Set(['outlet', 'state_media']);
/** "told Border Press's night desk from Hamhung": words of a listener between a verb and "from" */
const SPOKE_FROM_REACH = 4;
const PHONE = new Set(['phone', 'telephone']);
/** "an analysis of satellite images by the institute": how far after a work's noun its author's "by" may stand */
const AUTHOR_REACH = 6;
/** Words that end an author's name after "by": "released by the ministry on Monday", "by the institute, which" (and the lexicon's verbs of finding) */
const AUTHOR_ENDS = new Set([',', ';', ':', '.', 'on', 'last', 'this', 'earlier', 'that', 'which', 'who', 'whose']);
/** "released by the ministry in June": an "in" before a time ends the author's name, one before a place does not */
const MONTHS = new Set([...MONTH_NAMES, 'early', 'late', 'mid']);
/** Lower-case words inside a body's proper name: "Committee for Human Rights in North Korea", "Citizens' Alliance for the Rights of ..." */
const NAME_LINKS = new Set(['of', 'for', 'and', 'in', 'on', 'the', '-', '&']);
/** Words of a law's or a treaty's name: "according to the Criminal Law" cites a text the story applies, no one who told the outlet */
const LEGAL = new Set(['law', 'laws', 'act', 'code', 'constitution', 'article', 'decree', 'regulation', 'regulations', 'convention', 'rules', 'resolution', 'charter', 'treaty', 'guidelines']);
/** A body's proper name is short: longer stretches of capitals are headlines */
const MAX_NAME_WORDS = 9;
/** "sources in China's Jilin Province": how far after a plural noun its place may start */
const GROUP_PLACE_REACH = 5;

export const foldOutlet = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

const singular = (w: string) => (w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);


/** Whether the words start at token i; "RFA's" matches "rfa". */
function seqAt(t: Tokens, i: number, words: readonly string[], last: number): boolean {
  if (i + words.length - 1 > last) return false;
  for (let k = 0; k < words.length; k++) if (t.lower[i + k] !== words[k] && bare(t.lower[i + k]) !== words[k]) return false;
  return true;
}

/** How far from an outlet's name a word that cites it may stand */
const CITE_REACH = 4;
/** A page's credit line: "Sources: Yonhap, AFP", "[Source: NK News]" alone on its line */
const CREDIT_LINE = /^[ \t]*\[?Sources?[ \t]*:[ \t]*([^\n\]]{2,80})\]?[ \t]*$/gm;
/** "Daily NK, a media outlet specializing in North Korean affairs, cited": an apposition of up to this many words */
const APPOSITION = new Set(['a', 'an', 'the']);
const MAX_APPOSITION = 12;
/** How many characters around an outlet's name are looked at for Hangul */
const HANGUL_REACH = 12;
/** Words before an outlet that make it the one told or cited: "told RFA", "according to the BBC", "citing Yonhap" */
const CITED_AFTER = new Set(['told', 'tell', 'tells', 'citing', 'cited', 'quoting', 'quoted', 'via']);
/** "reported by", "quoted by" */
const REPORTED = new Set(['reported', 'quoted', 'cited', 'broadcast', 'aired', 'carried', 'confirmed', 'published']);
/** "according to", "spoke to", "reported to" */
const HEARD = new Set(['according', 'spoke', 'spoken', 'speaking', 'talked', 'talking', 'told', 'reported', 'confirmed', 'explained', 'said', 'stated', 'revealed', 'disclosed', 'admitted']);
const ADVERBS = new Set(['first', 'also', 'originally', 'previously', 'earlier', 'later', 'recently']);
/** Words after an outlet that make it report: "Yonhap reported", "Daily NK has learned", "the Yomiuri report" */
const REPORTING = new Set(['reported', 'spoke', 'interviewed', 'reports', 'report', 'reporting', 'learned', 'learnt', 'quoted', 'quoting', 'cited', 'citing', 'broadcast', 'aired']);

/** People the outlet's informants talk to: "told reporters", "told lawmakers". */
const PUBLIC = new Set(['researchers', 'interviewers', 'reporters', 'journalists', 'lawmakers', 'legislators', 'media', 'press', 'parliament', 'correspondents', 'paper', 'newspaper', 'daily', 'broadcaster', 'outlet',
  'briefing', 'conference', 'hearing', 'forum', 'audience']);
/** "told the Seoul-based paper", "told local media": words that may stand before a listener noun */
const LISTENER_MODIFIERS = 2;
/** Words that end the listener: "told them that the press", "told him to call reporters" */
const LISTENER_ENDS = new Set(['them', 'him', 'her', 'us', 'me', 'you', 'it', 'that', 'to', 'the', 'a', 'an', ',', '.', ';', ':', '"']);
const PASSIVE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be']);
/** Verbs of giving, and the things given that are accounts of what happened: "gave the following report", "provided details" */
const GIVING = ['gave', 'gives', 'provided', 'provides', 'sent', 'passed'];
const PUNCTUATION = new Set([',', '.', ';', ':', '"', '(', ')']);
const ACCOUNTS = new Set(['report', 'reports', 'account', 'accounts', 'information', 'details', 'testimony', 'description']);
/** Words that point an account at the text the outlet presents: "the following account", "such reports" */
const POINTING = new Set(['following', 'this', 'these', 'such']);
/** How far after the verb its account may be named: "gave the first of these reports" */
const ACCOUNT_REACH = 5;
/** Verbs of talking with someone, who is the outlet when named ("spoke with Border Press") */
const TALKING = new Set(['spoke', 'talked']);
/** Verbs of speaking whose "to" names a listener, who may be in the story ("explained to residents") */
const TO_LISTENER = new Set(['explained', 'announced', 'complained', 'confirmed', 'said', 'stated', 'revealed', 'disclosed', 'described', 'admitted']);
/** Verbs of telling someone: their listener may be in the story ("told them", "was told by the guard") */
const TELLING = new Set(['told', 'tell', 'tells', 'informed', 'informs']);
/** What may follow a listener who is an outlet: "told Asia Press.", "told New Focus on Monday" (not "told Kim to leave"). */
const AFTER_OUTLET = new Set(['.', ',', ';', 'on', 'in', 'last', 'this', 'earlier', 'recently', 'via', 'by']);
const OUTLET_WORDS = 4;

/** "told Asia Press on Monday": a capitalised name closing the clause after "told" is an outlet the canon lacks. */
function namedListenerAt(t: Tokens, i: number): boolean {
  let k = i;
  while (k < t.length && k < i + OUTLET_WORDS && t.upper[k]) k++;
  return k > i && AFTER_OUTLET.has(t.lower[k] ?? '.');
}

interface Noun {
  word: string;
  plural: boolean;
}
const nounMemos = new WeakMap<SourceLexicon, (w: string) => Noun | null>();
/** Distinct words remembered per lexicon before the memo starts afresh */
const NOUN_MEMO_SIZE = 50_000;

/** The source noun a word is, singular or plural ("residents'"), remembered: phrases are searched for their head word by word. */
function nounOf(lex: SourceLexicon, w: string): Noun | null {
  let memo = nounMemos.get(lex);
  if (!memo) nounMemos.set(lex, (memo = memoised((word) => readNoun(lex, word), NOUN_MEMO_SIZE)));
  return memo(w);
}

function readNoun(lex: SourceLexicon, w: string): Noun | null {
  const base = bare(w);
  if (lex.nouns.has(base)) return { word: base, plural: false };
  const one = IRREGULAR.get(base) ?? singular(base);
  if (one !== base && lex.nouns.has(one)) return { word: one, plural: true };
  // "witnesses", "coaches": a plural that adds -es to a noun ending in a hiss
  const hissed = /(?:ss|sh|ch|x)es$/.test(base) ? base.slice(0, -2) : null;
  return hissed && lex.nouns.has(hissed) ? { word: hissed, plural: true } : null;
}

/** Verbs in the present, with which people say what is so rather than tell what they saw: "defectors say" */
const GENERIC_TENSE = new Set(['say', 'says', 'tell', 'tells', 'claim', 'claims', 'allege', 'alleges', 'insist', 'insists', 'warn', 'warns', 'believe', 'believes', 'note', 'notes']);
/** A group of people cited without a place ("sources said", "defectors say"), kept until the report is read. */
interface UnplacedGroup {
  p: Phrase;
  info: Omit<Known, 'key' | 'descriptor'>;
  kind: SourceKind;
  rank: number;
}

/** A group of sources introduced together ("two residents of the city"): its members are claimed one by one by later mentions. */
interface Group {
  head: string;
  members: Known[];
  claimed: number;
}

/** The places whose names start at a token, by that token: `named`, the first not standing for its government; `all`, every one. */
function placesByToken(t: Tokens, places: readonly PlaceMention[]): { named: Map<number, PlaceMention>; all: Map<number, PlaceMention[]> } {
  const named = new Map<number, PlaceMention>();
  const all = new Map<number, PlaceMention[]>();
  for (const m of places) {
    const i = tokenAt(t, m.span.start);
    if (i >= t.length || t.start[i] !== m.span.start) continue;
    const list = all.get(i);
    if (list) list.push(m);
    else all.set(i, [m]);
    if (!m.metonymy && !named.has(i)) named.set(i, m);
  }
  return { named, all };
}

export function scanSources(inp: SourceInputs, lex: SourceLexicon): SourceMention[] {
  return new SourceScan(inp, lex).run();
}

/**
 * One report's scan and the sources met so far. Methods, not closures made afresh for
 * every report: V8 then compiles each once and its calls keep one target.
 */
class SourceScan {
  private readonly t: Tokens;
  private readonly out: SourceMention[] = [];
  private readonly known: Known[] = [];
  private readonly groups: Group[] = [];
  private fresh = 0;
  /** country-wide groups ("sources in North Korea"): a summary of the sources cited one by one when any is placed finer inside that country */
  private readonly countryGroups = new Map<string, string[]>();
  /** countries of the sources placed finer than a country; '' for a place whose country is unknown, which any country may hold */
  private readonly finerIn = new Set<string>();
  /** the first group of people cited without a place ("sources said"): a source only when no one is cited singly */
  private unplaced: UnplacedGroup | null = null;
  /** unplaced groups of people other than informants who say what is so ("defectors say"), the first of each head */
  private readonly people = new Map<string, UnplacedGroup>();
  /** the subject being resolved speaks in the present, of what is so ("defectors say"), not of what they saw ("neighbours said") */
  private generic = false;
  /** the places not standing for their government, by the token their name starts at: looked up per word of a subject and per "and" of a list */
  private readonly placesByToken: ReadonlyMap<number, PlaceMention>;
  /** every place, by the token its name starts at: a speaker that is only a place's name is found without a walk over the places */
  private readonly allPlacesByToken: ReadonlyMap<number, readonly PlaceMention[]>;
  /** where each phrase places its source (see locate.ts), by its tokens: a phrase is asked again for every source it is compared with */
  private readonly located = new Map<number, PlaceMention | null>();
  /** the first place mention of each gazetteer id, made on first use */
  private firstOfPlace: Map<string, PlaceMention> | null = null;
  /** the report's own outlets, whose citations are no sources */
  private readonly own: Set<string>;
  /** anchored() as a value, for the attribution helpers */
  private readonly isAnchored = (p: Phrase) => this.anchored(p);
  private readonly hasHead = (p: Phrase) => this.headOf(p) !== null;
  private readonly hasAuthor = (p: Phrase) => this.authorOf(p) !== null;
  /** a noun phrase, not a clause: its head ends it or is followed by what may follow a head ("another source in X"), or it is a name */
  // a place's name alone is no speaker's phrase ("Ryanggang Province (near the border), a source said")
  private readonly isClosed = (p: Phrase) => !this.placeOnly(p) && (this.headOf(p) ? this.closedByHead(p) : this.anchored(p));
  private readonly demonymContext: DemonymContext = {
    state: (w) => this.kindOf(w) === 'official',
    privateBody: (w) => this.kindOf(w) === 'other' && this.lex.orgLike.has(nounOf(this.lex, w)!.word),
    organisationAt: (i) => this.organisationAt(i),
  };

  constructor(
    private readonly inp: SourceInputs,
    private readonly lex: SourceLexicon,
  ) {
    this.t = inp.t;
    this.own = new Set(inp.ownOutlets);
    const byToken = placesByToken(inp.t, inp.places);
    this.placesByToken = byToken.named;
    this.allPlacesByToken = byToken.all;
  }

  run(): SourceMention[] {
    const { t, inp, out } = this;
    // a report that does not say whose it is belongs to the outlet its sources talk to ("told Daily NK")
    for (let v = 0; this.own.size === 0 && v < t.length - 1; v++) {
      const o = t.lower[v] === 'told' || t.lower[v] === 'tells' ? this.outletAt(v + 1, t.length - 1) : undefined;
      if (o) this.own.add(o.id);
    }
    const header = headerPhrase(inp.text, t, this.lex);
    if (header) this.resolve(header);
    for (const s of inp.sentences) this.scanSentence(s);
    this.creditLines();
    // other outlets cited anywhere ("originally published by ...", "told Daily NK") are sources too
    if (inp.outlets.size) for (let i = 0; i < t.length; i++) {
      // outlet names are written with a capital (or in digits or Hangul): lower-case words are skipped cheaply
      const c = t.lower[i].charCodeAt(0);
      if (c >= 97 && c <= 122 && !t.upper[i]) continue;
      const o = this.outletAt(i, t.length - 1);
      if (!o || this.own.has(o.id) || !this.cited(i, i + o.words.length - 1)) continue;
      const span = { start: t.start[i], end: t.end[i + o.words.length - 1] };
      // (told inside a source's relative clause, it is cited beside that source: "a source who spoke to Yonhap said";
      // not one the source only works for: "Kim, who heads Border Radio, said")
      if (out.some((m) => m.span.start <= span.start && m.span.end >= span.end && !(this.inRelativeClause(m.span.start, i) && this.cited(i, i, true)))) continue;
      out.push({ span, key: `outlet:${o.id}`, descriptor: inp.text.slice(span.start, span.end), location: null, placeId: null, kind: o.stateMedia ? 'state_media' : 'outlet' });
    }
    // "citing North Korean sources", "defectors say" (not "experts say"): an unplaced group is the report's only informant when no one is cited singly
    if (this.unplaced && out.every((m) => RELAYS.has(m.kind))) this.open(this.unplaced.p, this.unplaced.info, this.unplaced.kind, false);
    // "defectors say", "activists claim" beside a source cited singly: other people than the informant, unless one of them was cited singly
    for (const g of this.people.values()) if (!this.known.some((k) => k.head === g.info.head)) this.open(g.p, g.info, g.kind, false);
    // "residents in Russia told RFA" beside "a source in Chongjin": a group in another country summarises no one
    // ("sources in China and North Korea" beside a source in Hyesan: one group, summing up the one in Hyesan)
    const summary = (m: SourceMention) => this.countryGroups.get(m.key)?.some((c) => this.finerIn.has('') || this.finerIn.has(c)) ?? false;
    const kept = this.finerIn.size ? out.filter((m) => !summary(m)) : out;
    return kept.sort((a, b) => a.span.start - b.span.start);
  }

  /**
   * "Sources: Yonhap, AFP", "[Source: NK News]": a credit line names the outlets a page took its text from.
   * Each named, other than the report's own, is a source: a known outlet under its key, another by its name.
   */
  private creditLines(): void {
    const { t, inp } = this;
    for (const m of inp.text.matchAll(CREDIT_LINE)) {
      const from = tokenAt(t, m.index! + m[0].indexOf(m[1]));
      const to = tokenAt(t, m.index! + m[0].length);
      for (let i = from; i < to; ) {
        let j = i;
        while (j < to && t.lower[j] !== ',' && t.lower[j] !== 'and' && t.lower[j] !== ']') j++;
        const p = j > i && j - i <= OUTLET_WORDS && t.upper[i] ? { first: i, last: j - 1 } : null;
        const o = p && this.outletAt(i, p.last);
        const ownName = p && inp.ownField.includes(foldOutlet(inp.text.slice(t.start[i], t.end[p.last])));
        if (o && !this.own.has(o.id)) this.keyed(p!, `outlet:${o.id}`, o.stateMedia ? 'state_media' : 'outlet');
        else if (p && !o && !ownName) this.keyed(p, `credit:${t.lower.slice(i, j).join(' ')}`, 'outlet');
        i = j + 1;
      }
    }
  }

  /**
   * Whether an outlet named at tokens first..last is cited: it hears a source ("told RFA", "according to
   * reports from the BBC", "first reported by"), or reports ("Yonhap reported", "Daily NK has learned").
   * An outlet that is only named ("the popular SBS drama", "writes for Reuters") is no source.
   * `before`: only by the words before it ("spoke to Yonhap").
   */
  private cited(first: number, last: number, before = false): boolean {
    const { t } = this;
    // Korean cites an outlet with particles and verbs after it ("데일리NK가 ... 보도했다"): the Korean stage reads those
    if (this.nearHangul(t.start[first], t.end[last])) return true;
    for (let k = first - 1, n = 0; k >= 0 && n < CITE_REACH && !this.breakBetween(k, k + 1); k--, n++) {
      const w = t.lower[k];
      if (CITED_AFTER.has(w)) return true;
      const prior = lowerAt(t, ADVERBS.has(lowerAt(t, k - 1)) ? k - 2 : k - 1);
      if ((w === 'by' && REPORTED.has(prior)) || (w === 'to' && HEARD.has(prior)) || (w === 'from' && (prior === 'report' || prior === 'reports'))) return true;
    }
    if (before) return false;
    let depth = 0;
    for (let k = last + 1, n = 0; k < t.length && n < CITE_REACH + 1 && !this.breakBetween(k - 1, k); k++) {
      const w = t.lower[k];
      if (w === '(') depth++;
      else if (w === ')') depth--;
      else if (w === ',' && APPOSITION.has(lowerAt(t, k + 1))) {
        // "Daily NK, a media outlet specializing in ..., cited": the apposition is passed over
        const close = t.lower.indexOf(',', k + 1);
        if (close > k && close - k <= MAX_APPOSITION && !this.breakBetween(k, close)) k = close;
      } else if (depth === 0) {
        if (this.lex.speechVerbs.has(w) || REPORTING.has(w)) return true;
        n++;
      }
    }
    return false;
  }

  private nearHangul(start: number, end: number): boolean {
    const { text } = this.inp;
    for (let i = Math.max(0, start - HANGUL_REACH); i < Math.min(text.length, end + HANGUL_REACH); i++) if (isHangul(text.charCodeAt(i))) return true;
    return false;
  }

  /** A sentence end or a line break lies between two tokens. */
  private breakBetween(a: number, b: number): boolean {
    const { t } = this;
    return a < 0 || b >= t.length || /[.!?]$/.test(t.lower[a]) || /\n|[.!?]\s/.test(this.inp.text.slice(t.end[a], t.start[b]));
  }

  private scanSentence(s: { start: number; end: number }): void {
    const { t } = this;
    const sFirst = tokenAt(t, s.start);
    const sEnd = tokenAt(t, s.end);
    const { roles, shapes } = rolesOf(this.lex);
    for (let v = sFirst; v < sEnd; v++) {
      if (this.inp.quoted[v]) continue;
      const w = t.lower[v];
      // most words have no part in citing: their length and first letter tell, before any lookup
      if (!shapes[shapeOf(w)]) continue;
      const role = roles.get(w);
      if (role === undefined) continue;
      if (role & ACCORDING && t.lower[v + 1] === 'to') {
        const p = phraseAfter(t, v + 2, sEnd);
        // "according to South Korea": a state cited by its name is its government, placed there
        const state = p && this.countryNamed(p);
        if (state) this.keyed(p!, `state:${state.placeId}`, 'official');
        // (a body's proper name only where the outlet cites it: "according to the Database Center for ...")
        else if (p && this.anchored(p)) this.resolve(p);
        // the phrase is used up: "according to the source, who reasoned that" names no one new
        v = p ? p.last : v + 1;
        continue;
      }
      if (role & OPENS) this.introduced(v, sEnd);
      if (role & FINDS) {
        this.found(v, sFirst);
        continue;
      }
      // "another partner spoke with Border Press": talking to an outlet by name is telling it;
      // "a partner in Hyesan gave the following account": giving an account is telling one
      const talks = !(role & SPEAKS) && (this.talksToOutlet(v) || (role & GIVES && this.givesAccount(v, sEnd)));
      if (!(role & SPEAKS) && !talks) continue;
      if (this.quotedPassive(v, sFirst) || this.passiveBy(v, sEnd)) continue;
      if (this.inStory(v)) continue;
      // "quoted the agency as saying": the one who quotes is the source
      const subject = subjectBefore(t, v, sFirst, this.isAnchored, this.isClosed);
      // "..., said the source", "..., said a trader in Yanji": after a comma a source noun following the verb is the speaker,
      // unless the comma closes the subject's apposition ("A second source, a trader, said an inspection group came")
      // (after "told" comes the listener: "..., told the Yonhap news agency" has its speaker before the verb)
      const listener = TELLING.has(w);
      // "Said a trader in Hyesan: ...": a sentence that opens with the verb names its speaker after it,
      // the words said following as a quotation ("Added a trader, rice prices doubled" is no attribution)
      if (v === sFirst && !listener) {
        const after = phraseAfter(t, v + 1, sEnd, true);
        if (after && (this.closedByHead(after) || this.isName(after)) && !clauseHead(t, after) && quotationAt(t, after.last + 1)) this.resolve(after);
        continue;
      }
      if (v > sFirst && t.lower[v - 1] === ',' && !listener && !(subject && endsInApposition(t, subject))) {
        const after = phraseAfter(t, v + 1, sEnd, true);
        if (after && this.closedByHead(after) && this.leadingHead(after) && (DEFINITE.has(t.lower[after.first]) || INDEFINITE.has(t.lower[after.first])) && !clauseHead(t, after)) {
          this.resolve(after);
          continue;
        }
      }
      // "the trader told Daily NK": whoever tells an outlet by name is its source, even one the story met first
      if (subject) {
        const n = this.out.length;
        this.generic = GENERIC_TENSE.has(w) && !this.otherAttribution(v, sFirst, sEnd);
        this.resolve(subject, talks || ((w === 'told' || w === 'tells') && this.outletListener(v + 1)));
        this.generic = false;
        if (this.out.length > n) this.spokeFrom(v, sFirst, sEnd);
      } else if (v > sFirst && !listener && (t.lower[v - 1] === '"' || (t.lower[v - 1] === ',' && !afterRelative(t, v - 1, sFirst)))) {
        const after = phraseAfter(t, v + 1, sEnd, true);
        // (not a phrase that opens with a preposition: "..., he said in a statement" names how, not who)
        if (after && !HEAD_LINKS.has(t.lower[after.first]) && this.anchored(after)) this.resolve(after);
      }
    }
  }

  /**
   * "cross-checked the news with an independent source in X", "spoke to a source": an indefinite
   * informant noun opens a source even where no verb of speaking follows it. After "citing" or
   * "quoted" any source noun does ("citing an anonymous activist"), a plural too ("citing North Korean sources").
   */
  private introduced(v: number, sEnd: number): void {
    const { t } = this;
    // the caller hands over only the words that open a source (OPENS)
    if (this.inp.quoted[v]) return;
    const citing = CITING.has(t.lower[v]);
    // "cited a source", "checked (the account) with another source", "spoke to a source"
    // (not "citing accounts he gathered from contacts": the object of "citing" is what is cited)
    let from = v + 1;
    for (let j = v + 1; !citing && j < sEnd && j <= v + INTRODUCING_REACH && !INDEFINITE.has(t.lower[from]); j++) if (INTRODUCING_PREPOSITIONS.has(t.lower[j])) from = j + 1;
    const det = lowerAt(t, from);
    if (!citing && !INDEFINITE.has(det)) return;
    const p = this.closed(phraseAfter(t, from, sEnd));
    if (p && citing) return this.citedEach(p);
    const head = p && this.headOf(p);
    if (!p || !head || clauseHead(t, p)) return;
    if (!head.plural && INDEFINITE.has(det) && ANONYMOUS_HEADS.has(head.word)) this.resolve(p);
  }

  /** "citing police", "citing the NIS and prosecutors", "citing an anonymous activist": each one the outlet cites is a source. */
  private citedEach(p: Phrase): void {
    const { t } = this;
    let first = p.first;
    for (let i = p.first; i <= p.last + 1; i++) {
      // "citing sources in China and North Korea": a place after "and" is the group's second place, not one more cited
      if (i <= p.last && (t.lower[i] !== 'and' || this.placeAt(i + 1))) continue;
      if (i > first) this.citedOne({ first, last: i - 1 });
      first = i + 1;
    }
  }

  /**
   * One thing cited: a body or person by name, or a noun phrase with a source head. A plural is a body
   * ("citing prosecutors") or a group of unnamed informants ("citing North Korean sources"), not those
   * met before ("citing the residents"), and not what was gathered from them ("citing accounts he gathered from contacts").
   */
  private citedOne(q: Phrase): void {
    const { t, lex } = this;
    const head = this.headOf(q);
    if (!head || this.insideName(head.index)) return this.citedByName(q);
    if (clauseHead(t, q)) return;
    const det = t.lower[q.first];
    const body = lex.orgLike.has(head.word) || lex.nouns.get(head.word) === 'official';
    const modifiers = head.index - q.first - (DEFINITE.has(det) ? 1 : 0);
    if (head.plural && (modifiers > MAX_CITED_MODIFIERS || (DEFINITE.has(det) && !body))) return;
    this.resolve(q, true);
  }

  /** The phrase up to a closing bracket it runs into: "(quoting Human Rights Watch) reported ..." cites the watchdog only. */
  private closed(p: Phrase | null): Phrase | null {
    if (!p) return p;
    for (let i = p.first; i <= p.last; i++) if (this.t.lower[i] === ')') return i > p.first ? { first: p.first, last: i - 1 } : null;
    return p;
  }

  /** "quoting Human Rights Watch", "citing the Unification Ministry", "quoted Kim Yong-su as saying": the body or person named first is cited. */
  private citedByName(p: Phrase): void {
    const { t } = this;
    const first = t.lower[p.first] === 'the' ? p.first + 1 : p.first;
    const named = this.actorIn(p, 'organization') ?? this.actorIn(p, 'person');
    // "quoting Human Rights Watch" where the canon lacks the body: the name the outlet cites is the source
    if (!named) return this.isName(p) ? this.resolve(p) : undefined;
    if (named.span.start !== t.start[first]) return;
    this.resolve({ first: p.first, last: tokenAt(t, named.span.end) - 1 });
  }

  private spanOf(p: Phrase) {
    return { start: this.t.start[p.first], end: this.t.end[p.last] };
  }

  /** The phrase up to a relative clause: "two lawmakers (who were briefed by the NIS)". */
  private headPart(p: Phrase): Phrase {
    const { t } = this;
    for (let i = p.first + 1; i <= p.last; i++) if (RELATIVE.has(t.lower[i])) return { first: p.first, last: t.lower[i - 1] === ',' ? i - 2 : i - 1 };
    return p;
  }

  /** The organisation named at token i, as tokens. */
  private organisationAt(i: number): Phrase | null {
    const { t } = this;
    for (const a of this.inp.actors) if (a.kind === 'organization' && a.span.start <= t.start[i] && a.span.end >= t.end[i]) return { first: tokenAt(t, a.span.start), last: tokenAt(t, a.span.end) - 1 };
    return null;
  }

  /** The country the phrase is the name of, if it is only that. */
  private countryNamed(p: Phrase): PlaceMention | undefined {
    const { t } = this;
    for (const m of this.inp.places) if (m.level === 'country' && m.span.start === t.start[p.first] && m.span.end === t.end[p.last]) return m;
    return undefined;
  }

  /**
   * Token i is a word of an organisation's proper name, not the head of a description: "Refugees" in "... Refugees
   * Association", "Friends" in "Good Friends"; not "officers" in "border guard officers".
   */
  private insideName(i: number): boolean {
    const org = this.organisationAt(i);
    return org !== null && (org.last > i || this.t.upper[i] === 1);
  }

  /** The first person, or the first organisation the canon knows, named inside the phrase. */
  private actorIn(p: Phrase, kind: 'person' | 'organization'): ActorMention | undefined {
    const { t } = this;
    const from = t.start[p.first];
    const to = t.end[p.last];
    for (const a of this.inp.actors) if (a.kind === kind && (kind === 'person' || a.canonId) && a.span.start >= from && a.span.end <= to) return a;
    return undefined;
  }

  // plain loops, not find/some with closures: these run per token, and a closure over
  // their arguments would cost an allocation on every call
  private outletAt(i: number, last: number) {
    const { t, inp } = this;
    const w = lowerAt(t, i); // a page cut off after "told" has no word after it
    const list = inp.outlets.get(w) ?? (w.endsWith("'s") ? inp.outlets.get(bare(w)) : undefined);
    if (list) for (const o of list) if (seqAt(t, i, o.words, last)) return o;
    // "told the Guardian": a name that holds its article ("The Guardian"), the article written before it
    const withArticle = i > 0 && t.lower[i - 1] === 'the' ? inp.outlets.get('the') : undefined;
    if (withArticle) for (const o of withArticle) if (seqAt(t, i - 1, o.words, last)) return { ...o, words: o.words.slice(1) };
    return undefined;
  }

  /** "a source is quoted by Korea Times as saying": the one quoted is a source (the outlet is found with the outlets). */
  private quotedPassive(v: number, sFirst: number): boolean {
    const { t } = this;
    if (t.lower[v] !== 'quoted' || !PASSIVE.has(lowerAt(t, v - 1))) return false;
    const next = lowerAt(t, v + 1);
    if (next !== 'by' && next !== 'as') return false;
    const subject = subjectBefore(t, v - 1, sFirst, this.isAnchored);
    if (subject) this.resolve(subject);
    return true;
  }

  /**
   * "The news was relayed by a source in Sinuiju", "revealed by an official at the ministry": the agent of a
   * passive verb of speaking is the source, when it is one newly introduced or named (not "was told by the guard").
   */
  private passiveBy(v: number, sEnd: number): boolean {
    const { t } = this;
    const before = lowerAt(t, v - 1).endsWith('ly') || ADVERBS.has(lowerAt(t, v - 1)) ? v - 2 : v - 1;
    if (!PASSIVE.has(lowerAt(t, before)) || lowerAt(t, v + 1) !== 'by' || TELLING.has(t.lower[v])) return false;
    const p = phraseAfter(t, v + 2, sEnd, true);
    if (!p) return true;
    if (INDEFINITE.has(t.lower[p.first])) {
      if (this.headOf(p)) this.resolve(p);
      return true;
    }
    // "who were briefed by South Korea's spy agency said": the agent's name ends it
    const named = this.actorIn(p, 'organization') ?? this.actorIn(p, 'person');
    if (named) this.resolve({ first: p.first, last: tokenAt(t, named.span.end) - 1 });
    else if (this.outletIn(p)) this.resolve(p);
    return true;
  }

  /** A verb of speaking inside the story ("was told to keep quiet", "told them", "reported to the authorities"), not to the outlet. */
  private inStory(v: number): boolean {
    const { t, inp } = this;
    // "was told", "has not said", also across an adverb ("has not publicly said")
    const before = lowerAt(t, v - 1).endsWith('ly') ? v - 2 : v - 1;
    // ("didn't say", "doesn't say": the tokens keep the contraction whole)
    if (PASSIVE.has(lowerAt(t, before)) || NEGATION.has(lowerAt(t, before)) || lowerAt(t, before).endsWith("n't")) return true;
    const next = lowerAt(t, v + 1);
    // "reported to the police", "explained to residents" are in the story; "reported to Daily NK", "explained to reporters" tell the outlet
    // (not "pointed to", "responded to": what they point or answer to is no listener)
    // (a listener named in capitals after a verb of telling is the outlet or one like it: "confirmed to Border Press that";
    // after "reported" it is whom an informer reports to: "reported to the Ministry of State Security")
    if (next === 'to' && (t.lower[v] === 'reported' || TO_LISTENER.has(t.lower[v]))) {
      return !this.outletListener(v + 2) && !this.publicListener(v + 2) && (t.lower[v] === 'reported' || !t.upper[lowerAt(t, v + 2) === 'the' ? v + 3 : v + 2]);
    }
    if (!TELLING.has(t.lower[v])) return false;
    // "a source told the activist's representative": an informant tells whoever it tells for the outlet
    if (ANONYMOUS_HEADS.has(this.nounAt(before)?.word ?? '')) return false;
    if (this.outletListener(v + 1)) return false;
    // "told the JoongAng Ilbo", "told the Japanese paper", "told reporters", "told a regular briefing", "told local media"
    if (this.publicListener(v + 1)) return false;
    const l = next === 'the' || next === 'a' || next === 'an' ? v + 2 : v + 1;
    // "told TJWG": a body already cited passes on what its own sources told it
    if (t.upper[v + 1] && this.known.some((k) => k.descriptor.split(/[^\p{L}]+/u).includes(bare(next)))) return false;
    return !namedListenerAt(t, l);
  }

  /** A listener of the public at token i: "reporters", "the Japanese paper", "a regular briefing", "local media". */
  private publicListener(i: number): boolean {
    const { t } = this;
    const l = ['the', 'a', 'an'].includes(lowerAt(t, i)) ? i + 1 : i;
    for (let k = l; k <= l + LISTENER_MODIFIERS && k < t.length && !LISTENER_ENDS.has(t.lower[k]); k++) if (PUBLIC.has(t.lower[k])) return true;
    return false;
  }

  /**
   * "gave the following account", "gave the first of these reports", "provided details to Border Press": a verb of
   * giving whose object, a few words on, is the account the outlet presents (pointed at, or given to the outlet).
   * An account given to someone in the story ("passed information to the police") or about it ("gave details of
   * his partners" under questioning) is an event of the story, not a source talking.
   */
  private givesAccount(v: number, sEnd: number): boolean {
    const { t } = this;
    let pointed = false;
    for (let k = v + 1; k < sEnd && k <= v + ACCOUNT_REACH && !PUNCTUATION.has(t.lower[k]); k++) {
      if (POINTING.has(t.lower[k])) pointed = true;
      if (!ACCOUNTS.has(t.lower[k])) continue;
      const next = lowerAt(t, k + 1);
      if (next === 'to') return this.outletListener(k + 2);
      return pointed;
    }
    return false;
  }

  /** "spoke with Border Press", "talked to RFA": a verb of talking with an outlet as its listener. */
  private talksToOutlet(v: number): boolean {
    const next = lowerAt(this.t, v + 1);
    return TALKING.has(this.t.lower[v]) && (next === 'to' || next === 'with') && this.outletListener(v + 2);
  }

  /** An outlet's name at token i, after an optional "the" ("to the JoongAng Ilbo"), the report's own by name too. */
  private outletListener(i: number): boolean {
    const { t, inp } = this;
    const l = lowerAt(t, i) === 'the' ? i + 1 : i;
    if (inp.ownWords !== null && seqAt(t, l, inp.ownWords, t.length - 1)) return true;
    // "told the South Korean Yonhap news agency", "told the Seoul-based Daily NK": a few capitalised words may describe the outlet first
    for (let k = l; k < t.length && k <= l + LISTENER_MODIFIERS; k++) {
      if (this.outletAt(k, t.length - 1) !== undefined) return true;
      if (!t.upper[k] && t.lower[k] !== '-' && t.lower[k] !== 'based') return false;
    }
    return false;
  }

  private outletIn(p: Phrase) {
    for (let i = p.first; i <= p.last; i++) {
      const o = this.outletAt(i, p.last);
      if (o) return o;
    }
    return null;
  }

  private stateMediaIn(p: Phrase): boolean {
    const { t, lex } = this;
    for (let i = p.first; i <= p.last; i++) {
      const names = lex.stateMedia.get(t.lower[i]);
      if (names) for (const w of names) if (seqAt(t, i, w, p.last)) return true;
    }
    return false;
  }

  /** The kind of source a word names, singular or plural ("authorities"), if it is a source noun. */
  private kindOf(w: string): SourceKind | undefined {
    const noun = nounOf(this.lex, w);
    return noun ? this.lex.nouns.get(noun.word) : undefined;
  }

  private nounAt(i: number): Noun | null {
    return nounOf(this.lex, this.t.lower[i]);
  }

  private headOf(p: Phrase): { index: number; word: string; plural: boolean } | null {
    const { t } = this;
    let depth = 0;
    for (let i = p.first; i <= p.last; i++) {
      const w = t.lower[i];
      if (w === '(') depth++;
      else if (w === ')') depth--;
      if (depth > 0 || w === 'who' || w === 'which') { if (w === 'who' || w === 'which') break; continue; }
      const noun = this.nounAt(i);
      if (!noun) continue;
      // "a government official", "a police officer": the last noun of the group is the head
      let k = i;
      while (k < p.last && this.nounAt(k + 1)) k++;
      return { index: k, ...this.nounAt(k)! };
    }
    return null;
  }

  /**
   * A noun phrase after an inverted verb ends with its head or what may follow a head ("said the source
   * in Hyesan", "said the official, who"); a word of another kind after the head makes it the subject
   * of what was said ("said the soldiers crossed the river").
   */
  private closedByHead(p: Phrase): boolean {
    const head = this.headOf(p);
    return head !== null && (head.index === p.last || HEAD_FOLLOWERS.has(this.t.lower[head.index + 1]));
  }

  /**
   * The phrase's head comes before any preposition: "the source in Hyesan" is headed by its source noun,
   * "the following news from a police officer" (what a subject before the verb relayed) is not.
   */
  private leadingHead(p: Phrase): boolean {
    const head = this.headOf(p);
    if (!head) return false;
    for (let i = p.first; i < head.index; i++) if (HEAD_LINKS.has(this.t.lower[i])) return false;
    return true;
  }

  /** "the Database Center for North Korean Human Rights", "Open Doors": capitalised words, perhaps joined by "of", "for", "in", not a place's name. */
  private properName(p: Phrase): boolean {
    const { t } = this;
    const first = t.lower[p.first] === 'the' ? p.first + 1 : p.first;
    if (p.last <= first || p.last - first >= MAX_NAME_WORDS || !t.upper[first] || !t.upper[p.last]) return false;
    for (let i = first; i <= p.last; i++) if ((!t.upper[i] && !NAME_LINKS.has(t.lower[i])) || LEGAL.has(t.lower[i])) return false;
    // (the report's own outlet by a name the canon lacks cites no one)
    if (this.inp.ownField.includes(foldOutlet(this.inp.text.slice(t.start[first], t.end[p.last])))) return false;
    for (const m of this.inp.places) if (m.span.start <= t.start[first] && m.span.end >= t.end[p.last]) return false;
    return true;
  }

  /** Whether the phrase's words all lie inside one place's name. */
  private placeOnly(p: Phrase): boolean {
    const { t } = this;
    for (const m of this.inp.places) if (m.span.start <= t.start[p.first] && m.span.end >= t.end[p.last]) return true;
    return false;
  }

  private isName(p: Phrase): boolean {
    const { t, lex } = this;
    // "North Korea denied": a country named as speaker is the state of the story, not a person
    if (p.last - p.first > 4) return false;
    // "Rep. Yoo Jae-won": a title's full stop is part of the name
    for (let i = p.first; i <= p.last; i++) if ((!t.upper[i] && !(t.lower[i] === '.' && i > p.first)) || lex.nouns.has(singular(t.lower[i])) || DEFINITE.has(t.lower[i])) return false;
    return !this.placeOnly(p);
  }

  private anchored(p: Phrase): boolean {
    return (p.first === p.last && PRONOUNS.has(this.t.lower[p.first])) || this.headOf(p) !== null || this.namedActorIn(p) ||
      this.outletIn(p) !== null || this.stateMediaIn(p) || this.isName(p) || this.memberRef(p) || this.silent(p) || this.authorOf(p) !== null || this.bareWork(p);
  }

  /**
   * "<what happened>, report says", "a new study says": a work without its author is the subject of the verb, so
   * the clause before its comma is not searched for a speaker (the work cites no one).
   */
  private bareWork(p: Phrase): boolean {
    const { t } = this;
    if (!this.lex.works.has(t.lower[p.last]) || p.last - p.first > MAX_BARE_WORK) return false;
    for (let i = p.first; i < p.last; i++) if (PUNCTUATION.has(t.lower[i])) return false;
    return true;
  }

  /** Whether a named organisation or person (not a role) stands inside the phrase. */
  private namedActorIn(p: Phrase): boolean {
    const { t } = this;
    const from = t.start[p.first];
    const to = t.end[p.last];
    for (const a of this.inp.actors) if (a.kind !== 'role' && a.span.start >= from && a.span.end <= to) return true;
    return false;
  }

  /**
   * A speaker that is no source but ends the subject: a state named for its government ("Seoul said"),
   * the press at large ("South Korean media reported"). The clause before it is not searched for one.
   */
  private silent(p: Phrase): boolean {
    const { t } = this;
    // (not an outlet whose name ends in the word: "Asia Press")
    if (GENERIC_PRESS.has(t.lower[p.last]) && p.last - p.first < MAX_GENERIC_PRESS) return !this.stateMediaIn(p) && this.outletIn(p) === null;
    // (a place written from a lower-case word, "the North", is no speaker's name)
    const starting = t.upper[p.first] ? this.allPlacesByToken.get(p.first) : undefined;
    if (starting) for (const m of starting) if (m.span.end === t.end[p.last]) return true;
    return false;
  }

  private add(p: Phrase, key: string, kind: SourceKind, located: boolean): void {
    const { t, inp } = this;
    const loc = located ? this.placeOf(p, kind) : null;
    const m: SourceMention = { span: this.spanOf(p), key, descriptor: inp.text.slice(t.start[p.first], t.end[p.last]), location: null, placeId: null, kind };
    this.out.push(m);
    if (loc) this.place([m], loc);
  }

  /**
   * Places mentions of a source. One placed finer than a country makes a country-wide group there a summary
   * (see run): every way of placing a source goes through here, so none is missed.
   */
  private place(ms: readonly SourceMention[], loc: PlaceMention | Demonym): void {
    if ('level' in loc && loc.level !== 'country') this.finerIn.add(this.inp.countryOf(loc.placeId) ?? '');
    const location = this.nameOf(loc);
    for (const m of ms) Object.assign(m, { location, placeId: loc.placeId });
  }

  private open(p: Phrase, info: Omit<Known, 'key' | 'descriptor'>, kind: SourceKind, located = true): void {
    const key = info.org ? `org:${info.org}` : `s${++this.fresh}`;
    this.known.push({ key, descriptor: this.inp.text.slice(this.t.start[p.first], this.t.end[p.last]).toLowerCase(), ...info });
    this.add(p, key, kind, located);
  }

  private refer(p: Phrase, k: Known, kind: SourceKind): void {
    this.add(p, k.key, kind, false);
  }

  /** A source met under a fixed key (an outlet, the state media): one source however often it is cited. */
  private keyed(p: Phrase, key: string, kind: SourceKind): void {
    const prior = this.known.find((k) => k.key === key) ?? (kind === 'state_media' ? this.sameStateMedia(key) : undefined);
    if (prior) return this.refer(p, prior, kind);
    this.known.push({ key, head: key, descriptor: key, distinct: false, orgLike: false, org: null, nameWords: [] });
    this.add(p, key, kind, true);
  }

  /**
   * "state media reported ... according to the official KCNA": the generic name and the one state
   * outlet the report names are one source. The generic entry takes the first outlet's key as its head.
   */
  private sameStateMedia(key: string): Known | undefined {
    const { known, out } = this;
    if (key !== GENERIC_STATE_MEDIA) {
      const generic = known.find((k) => k.key === GENERIC_STATE_MEDIA && k.head === GENERIC_STATE_MEDIA);
      if (generic) generic.head = key;
      return generic;
    }
    return known.find((k) => out.some((m) => m.key === k.key && m.kind === 'state_media'));
  }

  /**
   * Where a phrase places a source: a place it states, else for an official body the state its demonym names.
   * An official person's state ("a South Korean lawmaker", "China's foreign ministry spokesman") is whom he
   * speaks for, not a place he is stated to be in; a body's is ("South Korea's spy agency", "Chinese authorities"),
   * and so is that of one who speaks as the state itself ("South Korean President X", "the Chinese police").
   */
  private placeOf(p: Phrase, kind: SourceKind): PlaceMention | Demonym | null {
    const { t, inp } = this;
    const head = kind === 'official' ? this.headOf(p) : null;
    const person = head !== null && !this.lex.orgLike.has(head.word) && !this.lex.stateVoices.has(head.word);
    const stated = this.locate(p);
    if (stated) return person && stated.level === 'country' && possessor(inp.text, stated) ? null : stated;
    return (kind === 'official' && !person) || this.stateInsider(p) ? demonymIn(t, p, inp.demonyms, this.demonymContext) : null;
  }

  /** A place as the report spells it (the stated location), a country a demonym names by its name. */
  private nameOf(loc: PlaceMention | Demonym): string {
    return 'level' in loc ? statedName(this.inp.text, loc, this.lex, this.inp.standardSpellings(loc.placeId)) : loc.name;
  }

  /** "a South Korean government source": an informant described by a state body speaks from inside that state. */
  private stateInsider(p: Phrase): boolean {
    const head = this.headOf(p);
    if (!head || this.lex.nouns.get(head.word) !== 'anonymous_insider') return false;
    for (let i = p.first; i < head.index; i++) if (this.kindOf(this.t.lower[i]) === 'official') return true;
    return false;
  }

  private relocate(k: Known, p: Phrase, onlyUnplaced: boolean): void {
    const ms = this.out.filter((m) => m.key === k.key);
    if (!ms.length || (onlyUnplaced && ms.some((m) => m.location))) return;
    const loc = this.placeOf(p, ms[0].kind);
    if (loc) this.place(ms, loc);
  }

  private openGroup(): Group | undefined {
    const { groups } = this;
    for (let i = groups.length - 1; i >= 0; i--) if (groups[i].claimed < groups[i].members.length) return groups[i];
    return undefined;
  }

  /** "one of the residents", "one of them", "the other": a member of the last group not yet accounted for */
  private memberRef(p: Phrase): boolean {
    const { t } = this;
    const a = t.lower[p.first];
    const b = lowerAt(t, p.first + 1);
    return ((a === 'one' && b === 'of') || (a === 'the' && b === 'other')) && this.openGroup() !== undefined;
  }

  private claim(g: Group, p: Phrase, relocated: boolean): void {
    const { known } = this;
    const k = g.members[g.claimed++];
    // the member is the one met last now: "the source said" after it points to it
    known.splice(known.indexOf(k), 1);
    known.push(k);
    this.refer(p, k, this.out.find((m) => m.key === k.key)!.kind);
    if (relocated) this.relocate(k, p, false);
  }

  /**
   * "two residents of Kuandian told": one source per member; "South Korean officials said", "civil society organizations":
   * the body speaking; "sources in the region", "border guard officers claimed": a summary of those cited one by one, or
   * people of the story.
   */
  private plural(p: Phrase, head: { index: number; word: string }, kind: SourceKind, heard: boolean): void {
    const { t, known } = this;
    const det = t.lower[p.first];
    // "citing the authorities": a body the outlet names as its source, met before or not;
    // "the sources told Daily NK" before any informant is met: the outlet's informants, named as known to its readers
    const firstInformants = ANONYMOUS_HEADS.has(head.word) && this.lastInformant() === undefined;
    if ((DEFINITE.has(det) && !(heard && kind === 'official') && !firstInformants) || det === 'both') return;
    const info = { head: head.word, distinct: false, orgLike: this.lex.orgLike.has(head.word), org: null, nameWords: [] as string[] };
    const n = countBefore(t, p.first, head.index);
    if (n === null) {
      // "citing prosecutors": officials the outlet names as its source speak as their body
      if (head.word === 'official' || info.orgLike || (heard && kind === 'official')) return this.open(p, info, kind);
      // "sources in Jilin said", "activists in Seoul said": a group placed where it is speaks as one
      // source, one per place; an unplaced "sources said" only sums up those cited one by one
      const loc = this.locate(p);
      // "South Korean government sources said": informants of a state body speak from inside that state, one source however often cited
      const state = !loc && this.stateInsider(p) ? demonymIn(t, p, this.inp.demonyms, this.demonymContext) : null;
      if (state) {
        const prior = known.find((k) => k.head === head.word && this.out.some((m) => m.key === k.key && m.placeId === state.placeId));
        return prior ? this.refer(p, prior, kind) : this.open(p, info, kind);
      }
      const at = loc ? tokenAt(t, loc.span.start) : -1;
      // the place belongs to the group: right after its noun ("sources in Jilin") or "Seoul-based"
      if (!loc || !(t.lower[at].endsWith('-based') || (at > head.index && at - head.index <= GROUP_PLACE_REACH))) {
        // informants ("sources") before other people ("defectors"), each the first met
        const rank = kind === 'anonymous_insider' ? 2 : 1;
        if (!PERSON_KINDS.has(kind) || this.lex.commentators.has(head.word)) return;
        if (rank > (this.unplaced?.rank ?? 0)) this.unplaced = { p, info, kind, rank };
        // (people of another kind than informants, not a counted sample: "two hundred defectors say")
        if (this.generic && kind !== 'anonymous_insider' && !this.numbered(p.first, head.index) && !this.people.has(head.word)) this.people.set(head.word, { p, info, kind, rank });
        return;
      }
      const prior = known.find((k) => k.head === head.word && this.out.some((m) => m.key === k.key && m.placeId === loc.placeId && m.location === loc.name));
      if (prior) return this.refer(p, prior, kind);
      this.open(p, info, kind);
      if (loc.level === 'country') this.countryGroups.set(known[known.length - 1].key, this.countriesIn(p));
      return;
    }
    if (n < 2 || n > MAX_GROUP) return;
    const members: Known[] = [];
    for (let i = 0; i < n; i++) {
      this.open(p, info, kind);
      members.push(known[known.length - 1]);
    }
    this.groups.push({ head: head.word, members, claimed: 0 });
  }

  /**
   * The source a phrase names. `heard`: the outlet cites it directly ("citing police", "the trader told
   * Daily NK"), so even a person of the story or a body met first with "the" is a source.
   */
  private resolve(p: Phrase, heard = false): void {
    const { t, lex } = this;
    if (p.first === p.last && PRONOUNS.has(t.lower[p.first])) return this.resolvePronoun(p);
    // "according to a report by the institute", "the ministry's figures said": the work's author is cited
    const author = this.authorOf(p);
    if (author) return this.resolve(author, true);
    if (NOBODY.has(t.lower[p.first]) || this.silent(p)) return;
    const parts = conjuncts(t, p, this.hasHead);
    if (parts) {
      for (const q of parts) this.resolve(q);
      return;
    }
    const group = this.openGroup();
    if (group && this.memberRef(p)) return this.claim(group, p, false);
    const head = this.headOf(p);
    // "China's foreign ministry said ... Spokesperson Wang told a briefing": a body's spokesperson is that body speaking
    // (of the body the phrase names, if it names one: "China's foreign ministry spokesman" is not South Korea's ministry)
    const body = head && lex.spokespeople.has(head.word) ? this.bodyOf(p) : undefined;
    if (body) return this.refer(p, body, 'official');
    const stateMedia = this.stateMediaIn(p);
    // "the North Korean Refugees Human Rights Association said": a plural inside a body's name is no group of speakers
    if (head?.plural && !this.insideName(head.index)) return this.plural(p, head, stateMedia ? 'state_media' : lex.nouns.get(head.word)!, heard);
    // "South Korean news agency Yonhap": a body noun describes the outlet; "JoongAng Ilbo's source", "a copy obtained by ..." do not,
    // nor does a person named with it ("Kim Min-su, editor of Daily NK": the editor speaks, even for the report's own outlet)
    // a body or person named in a relative clause is what the speaker dealt with ("lawmakers who were briefed by the NIS")
    const own = this.headPart(p);
    const person = this.actorIn(own, 'person');
    const outlet = person || (head && !lex.orgLike.has(head.word)) ? null : this.outletIn(p);
    if (outlet) return this.resolveOutlet(p, outlet);
    // "the military source": an insider described by affiliation is not the organisation speaking
    const insider = head && lex.nouns.get(head.word) === 'anonymous_insider';
    const org = insider ? undefined : this.actorIn(own, 'organization');
    // a named person is the source even when an organisation is named beside him ("Kang, a researcher at KINU")
    // a body's proper name is one too where the outlet cites it as a work's author ("a report by the Northern Light Forum")
    if (person || (!head && !org && (this.isName(p) || (heard && this.properName(p))))) return this.resolveNamed(p, head, person, stateMedia);
    if (org?.canonId) return this.resolveBody(p, head, org.canonId, stateMedia);
    if (!head) return stateMedia ? this.keyed(p, GENERIC_STATE_MEDIA, 'state_media') : undefined;
    this.resolveHeaded(p, head, stateMedia ? 'state_media' : lex.nouns.get(head.word)!, group, heard);
  }

  /**
   * "a survey by the institute found", "the ministry's figures show": a work showing something cites its author.
   * A work without one ("satellite images show", "the investigation found") cites no one.
   */
  private found(v: number, sFirst: number): void {
    if (this.inp.quoted[v] || this.inStory(v)) return;
    const subject = subjectBefore(this.t, v, sFirst, this.hasAuthor);
    if (subject && this.authorOf(subject)) this.resolve(subject);
  }

  /**
   * The author of a work the phrase is headed by, as a phrase: "a report by the forum", "an analysis of satellite
   * images by the institute", "data from KINU", "the ministry's figures"; else null.
   */
  private authorOf(p: Phrase): Phrase | null {
    const { t, lex } = this;
    for (let i = p.first; i <= p.last; i++) {
      const w = t.lower[i];
      // the work heads the phrase: "a source with access to the report" is no work
      if (HEAD_LINKS.has(w) || PUNCTUATION.has(w) || RELATIVE.has(w)) return null;
      if (!lex.works.has(w)) continue;
      if (i > p.first && /['’]s$/.test(t.lower[i - 1])) return { first: p.first, last: i - 1 };
      // (up to another link: "a report based on testimony from defectors" names what it drew on, "a report to the assembly by" its audience)
      for (let k = i + 1; k < p.last && k <= i + AUTHOR_REACH && !PUNCTUATION.has(t.lower[k]); k++) {
        if (t.lower[k] !== 'by' && t.lower[k] !== 'from') {
          if ((HEAD_LINKS.has(t.lower[k]) && t.lower[k] !== 'of') || t.lower[k] === 'on') return null;
          continue;
        }
        let e = k + 1;
        while (e <= p.last && !AUTHOR_ENDS.has(t.lower[e]) && !lex.findingVerbs.has(t.lower[e]) && !(t.lower[e] === 'in' && (MONTHS.has(lowerAt(t, e + 1)) || /^\d/.test(lowerAt(t, e + 1))))) e++;
        return e > k + 1 ? { first: k + 1, last: e - 1 } : null;
      }
      return null;
    }
    return null;
  }

  /** "he added": the source met last; before any, "it said" may stand for the body named last. */
  private resolvePronoun(p: Phrase): void {
    const { t, inp, out } = this;
    const last = out[out.length - 1];
    if (last) out.push({ span: this.spanOf(p), key: last.key, descriptor: inp.text.slice(t.start[p.first], t.end[p.last]), location: null, placeId: null, kind: last.kind });
    else this.antecedent(p);
  }

  /** An outlet named in the phrase: cited under its key, unless it is the report's own. */
  private resolveOutlet(p: Phrase, outlet: { id: string; stateMedia: boolean }): void {
    // "according to Harbour Radio and Tokyo-based Border Press": each outlet named is cited
    const and = this.outletAfterAnd(p);
    if (and !== null) {
      this.resolve({ first: p.first, last: and - 1 });
      return this.resolve({ first: and + 1, last: p.last });
    }
    if (this.own.has(outlet.id)) return;
    this.keyed(p, `outlet:${outlet.id}`, outlet.stateMedia ? 'state_media' : 'outlet');
  }

  /** A person named, or a name the report does not know otherwise: one source per name, however often it is cited. */
  private resolveNamed(p: Phrase, head: { word: string } | null, person: ActorMention | undefined, stateMedia: boolean): void {
    const { t, lex, known } = this;
    const words = person ? person.name.toLowerCase().split(/[\s-]+/) : t.lower.slice(p.first, p.last + 1);
    // "Park said" after "Park Mi-ok, 52, a former teacher, said": a name the description of a source held is that source
    const prior = known.find((k) => k.nameWords.length && words.every((w) => k.nameWords.includes(w))) ??
      known.find((k) => words.every((w) => k.descriptor.split(/[^\p{L}]+/u).includes(w)));
    if (prior) return this.refer(p, prior, 'other');
    if (!person && p.first === p.last) return;
    const kind: SourceKind = stateMedia ? 'state_media' : head ? lex.nouns.get(head.word)! : 'other';
    // "a South Korean researcher said ... said Kang, a researcher at": the name is given to the unnamed source
    const unnamed = head && [...known].reverse().find((k) => k.head === head.word && !k.nameWords.length && !k.org && lex.nouns.get(k.head) !== 'anonymous_insider');
    if (unnamed) {
      unnamed.nameWords = words;
      this.refer(p, unnamed, kind);
      return this.relocate(unnamed, p, true);
    }
    this.open(p, { head: head?.word ?? 'person', distinct: false, orgLike: false, org: null, nameWords: words }, kind);
  }

  /** An organisation the canon knows: one source, met again under its name or under the body noun it was cited by. */
  private resolveBody(p: Phrase, head: { word: string } | null, canonId: string, stateMedia: boolean): void {
    const kind: SourceKind = stateMedia ? 'state_media' : 'official';
    const prior = this.known.find((k) => k.org === canonId) ?? this.known.find((k) => k.orgLike && !k.org && head?.word === k.head);
    if (prior) {
      prior.org ??= canonId;
      this.refer(p, prior, kind);
      // ("S. Korea agency says" in a headline, then "South Korea's spy agency told": placed where first placed)
      return this.relocate(prior, p, true);
    }
    this.open(p, { head: head?.word ?? 'organization', distinct: false, orgLike: true, org: canonId, nameWords: [] }, kind);
  }

  /** A phrase headed by a source noun: a new source when indefinite, else one met before it points back to. */
  private resolveHeaded(p: Phrase, head: { index: number; word: string }, kind: SourceKind, group: Group | undefined, heard: boolean): void {
    const { t, lex } = this;
    const det = t.lower[p.first];
    const mods = t.lower.slice(p.first + 1, head.index).filter((w) => !INDEFINITE.has(w) && !DEFINITE.has(w));
    const distinct = [det, ...mods].some((w) => lex.distinct.has(w));
    const info = { head: head.word, distinct, orgLike: lex.orgLike.has(head.word), org: null, nameWords: [] as string[] };
    // "a source in Sinuiju" after "two sources in the province told": one of the two, placed more finely
    // ("sources" are any kind of source: "two sources told" may be a resident and an official)
    // ("a third person" after "two people told": one more, not one of the two)
    const beyond = mods.some((w) => (ORDINALS.get(w) ?? 0) > (group?.members.length ?? 0));
    if (group && !beyond && (group.head === head.word || group.head === 'source') && (!DEFINITE.has(det) || distinct)) return this.claim(group, p, !DEFINITE.has(det));
    // "Border Press's source said" after "a source in Kanggye told Border Press": the source met before under that noun (placed alike), else a new one
    if (!distinct && this.outletPossessor(p.first, head.index)) {
      const same = [...this.known].reverse().filter((k) => k.head === head.word);
      const prior = this.placedAsStated(p, same) ?? same.find((k) => !this.placedElsewhere(p, k));
      if (prior) return this.referPlacing(p, prior, kind, info.orgLike);
    }
    if (!DEFINITE.has(det)) {
      const again = distinct ? undefined : this.reintroduced(p, head.word);
      return again ? this.refer(p, again, kind) : this.open(p, info, kind, kind !== 'outlet');
    }
    const prior = this.pointedAt(p, head.word, mods, distinct, kind, info.orgLike);
    if (prior) return this.referPlacing(p, prior, kind, info.orgLike);
    this.firstDefinite(p, head.word, kind, info, heard);
  }

  /** The source met before that a definite phrase ("the source", "the second source", "the source in Chagang") points back to. */
  private pointedAt(p: Phrase, word: string, mods: readonly string[], distinct: boolean, kind: SourceKind, orgLike: boolean): Known | undefined {
    const { lex, known, out } = this;
    const sameHead = known.filter((k) => k.head === word);
    if (mods.some((w) => lex.first.has(w))) return sameHead[0] ?? known[0];
    if (distinct) return [...sameHead].reverse().find((k) => k.distinct) ?? sameHead[1] ?? [...known].reverse().find((k) => k.distinct) ?? this.nthInformant(word, mods);
    // "the news agency said", "the paper added": the outlet cited last
    // (only a bare press word: "the party newspaper" is not the outlet that reported on it)
    if (orgLike && (PRESS.has(word) || mods.some((w) => PRESS.has(w))) && mods.every((w) => PRESS.has(w))) {
      const outlet = [...known].reverse().find((k) => out.some((m) => m.key === k.key && RELAYS.has(m.kind)));
      if (outlet) return outlet;
    }
    let prior: Known | undefined;
    const specific = mods.filter((w) => !SAME.has(w) && !lex.distinct.has(w));
    // (a source of the same kind: "the South Korean government" is not "a South Korean government source")
    if (specific.length) prior = [...known].reverse().find((k) => specific.every((w) => k.descriptor.includes(w)) && out.some((m) => m.key === k.key && m.kind === kind));
    // "the statement said": a document speaks for whoever issued it
    // (an outlet only relays: "Daily NK reported ... the source in X told Daily NK" is the outlet's source, not the outlet)
    // "the source in Chagang": the one placed there, though another was met since
    prior ??= this.placedAsStated(p, sameHead) ?? sameHead[sameHead.length - 1] ?? (kind === 'document' ? known[known.length - 1] : word === 'source' ? this.lastInformant() : undefined);
    // "A source in Chongjin told ... the resident added": an informant's other name is the informant met last
    // (unless it was introduced under that noun: "a resident of Kimchaek ... the resident said")
    if (!prior && !specific.length && kind === 'anonymous_insider' && !this.introduction(p.first, word)) prior = [...known].reverse().find((k) => out.some((m) => m.key === k.key && m.kind === kind));
    // "South Korea's National Intelligence Service ... the agency said": a bare body noun is the last body cited
    if (!specific.length && orgLike) prior ??= [...known].reverse().find((k) => (kind === 'outlet' ? k.key.startsWith('outlet:') : k.orgLike));
    // "a source in Ryanggang ... the source in North Hamgyong said": a place of the same rank elsewhere is another source
    if (prior && this.placedElsewhere(p, prior)) prior = [...sameHead].reverse().find((k) => !this.placedElsewhere(p, k));
    return prior;
  }

  /** A definite phrase that points back to no one met: a body the outlet cites, or a person of the story. */
  private firstDefinite(p: Phrase, word: string, kind: SourceKind, info: Omit<Known, 'key' | 'descriptor'>, heard: boolean): void {
    // "the factory manager insists", "the officer wrote": a person of the story, met first with "the", is no one
    // the outlet cites; a body met first with "the" ("the ministry said") is
    if (!heard && !info.orgLike && (kind === 'other' || kind === 'official')) {
      // "Ri Yong-ho, a defector who ... the defector said": the person named with that word is the source
      const person = this.namedAs(p.first, word);
      if (person) return this.citeAs(p, person);
      // "The former guard said he was beaten": a speaker the story never met before is one the outlet
      // introduces as known to its readers, not a person of the story
      if (this.metBefore(p.first, word)) return;
      // "the expert said" after "the Special Rapporteur said": a bare noun names again the last one heard,
      // or, before anyone, a person the story knows ("The officer wrote"); a described one is new
      // (not an anonymous source's: "A source said ... The defector said" is someone else)
      if (p.last === p.first + 1) {
        const prior = this.lastInformant();
        if (!prior) return;
        if (prior.head === word || !ANONYMOUS_HEADS.has(prior.head)) return this.refer(p, prior, kind);
      }
    }
    // "The Unification Ministry of South Korea released ... The ministry stated": the body named before, placed as it was named
    const named = kind === 'outlet' ? undefined : this.namedBody(p.first, word);
    if (named) {
      const cited = this.known.find((k) => k.org === named.org.canonId);
      if (cited) return this.refer(p, cited, kind);
      this.open(p, { ...info, org: named.org.canonId }, kind, false);
      return this.relocate(this.known[this.known.length - 1], named.phrase, true);
    }
    // "the Seoul-based newspaper said": where an outlet is based is not where its news comes from (nor in the branch above)
    this.open(p, info, kind, kind !== 'outlet');
    // "A reporting partner in the city gave this account. ... The reporting partner said": placed where it was introduced
    const intro = this.introduction(p.first, word);
    if (intro) this.relocate(this.known[this.known.length - 1], intro, true);
  }

  /**
   * Another mention of a source met before. "a source said ... The source, who lives in Onsong, added": a place stated
   * later places one met unplaced (not an outlet's: where it is based is not where its news comes from; nor a body's,
   * named by a kind it shares with others).
   */
  private referPlacing(p: Phrase, prior: Known, kind: SourceKind, orgLike: boolean): void {
    this.refer(p, prior, kind);
    if (!RELAYS.has(kind) && !orgLike) this.relocate(prior, p, true);
  }

  /** The "and" of a phrase that an outlet's name follows and another precedes: "Harbour Radio and Tokyo-based Border Press"; else null. */
  private outletAfterAnd(p: Phrase): number | null {
    const { t } = this;
    for (let j = p.first + 1; j < p.last; j++) {
      if (t.lower[j] !== 'and') continue;
      if (this.outletIn({ first: p.first, last: j - 1 }) && this.outletIn({ first: j + 1, last: p.last })) return j;
    }
    return null;
  }

  /** The one of the sources placed where the phrase states. */
  private placedAsStated(p: Phrase, candidates: readonly Known[]): Known | undefined {
    const loc = this.locate(p);
    return loc ? candidates.find((k) => this.out.some((m) => m.key === k.key && m.placeId === loc.placeId)) : undefined;
  }

  /** "RFA's source", "the Daily NK's source": an outlet's name in the possessive before the head. */
  private outletPossessor(first: number, head: number): boolean {
    const { t } = this;
    const w = lowerAt(t, head - 1);
    return head > first && (w.endsWith("'s") || w.endsWith('’s')) && this.outletIn({ first, last: head - 1 }) !== null;
  }

  /** "the second source" where no source was met under that noun as a distinct one: the second informant met, of any noun. */
  private nthInformant(word: string, mods: readonly string[]): Known | undefined {
    if (word !== 'source') return undefined;
    const n = mods.reduce((max, w) => Math.max(max, ORDINALS.get(w) ?? 0), 0);
    if (!n) return undefined;
    const informants = this.known.filter((k) => !this.out.some((m) => m.key === k.key && RELAYS.has(m.kind)));
    return informants[n - 1];
  }

  /**
   * "citing a source in Hyesan ... a source in Hyesan told RFA": an indefinite phrase without a mark of
   * a new source ("another", "a second") that describes the one source met so far with its head, placed
   * alike, introduces it again (a writer retelling another outlet's report names it afresh).
   */
  private reintroduced(p: Phrase, word: string): Known | undefined {
    const same = this.known.filter((k) => k.head === word);
    if (same.length !== 1 || same[0].distinct || same[0].nameWords.length || same[0].org) return undefined;
    const loc = this.locate(p);
    const at = this.out.find((m) => m.key === same[0].key);
    return at && (at.placeId ?? null) === (loc?.placeId ?? null) ? same[0] : undefined;
  }

  /** The phrase states a place of the same rank as where the known source was placed, but another one. */
  private placedElsewhere(p: Phrase, k: Known): boolean {
    const at = this.out.find((m) => m.key === k.key && m.placeId)?.placeId;
    if (!at) return false;
    const loc = this.locate(p);
    if (!loc || loc.placeId === at) return false;
    if (!this.firstOfPlace) {
      this.firstOfPlace = new Map();
      for (const m of this.inp.places) if (!this.firstOfPlace.has(m.placeId)) this.firstOfPlace.set(m.placeId, m);
    }
    return this.firstOfPlace.get(at)?.level === loc.level;
  }

  /** Where the phrase places its source (locate.ts), worked out once per phrase. */
  private locate(p: Phrase): PlaceMention | null {
    const key = p.first * (this.t.length + 1) + p.last;
    let loc = this.located.get(key);
    if (loc === undefined) this.located.set(key, (loc = locate(this.inp.text, this.t, p, this.inp.places, this.lex)));
    return loc;
  }

  /** The official body cited before that a spokesperson's phrase names, or, naming none, the last one cited ("the ministry"). */
  private bodyOf(p: Phrase): Known | undefined {
    const { known, out } = this;
    const named = this.actorIn(this.headPart(p), 'organization');
    if (named) return known.find((k) => k.org === named.canonId);
    for (let i = known.length - 1; i >= 0; i--) if (known[i].orgLike && out.some((m) => m.key === known[i].key && m.kind === 'official')) return known[i];
    return undefined;
  }

  /** Whether a place's name starts at token i. */
  private placeAt(i: number): boolean {
    return this.placeStarting(i) !== undefined;
  }

  /** The place whose name starts at token i, not one standing for its government. */
  private placeStarting(i: number): PlaceMention | undefined {
    return this.placesByToken.get(i);
  }

  /**
   * "a miner told Border Press by phone from Hamhung", "Speaking from Hamhung, a miner said": where the speaker of the
   * verb at v spoke from places the source just cited, when nothing placed it yet (an outlet speaks from its seat, not its news).
   */
  private spokeFrom(v: number, sFirst: number, sEnd: number): void {
    const { t, out } = this;
    // after the verb and its listener ("told Border Press's night desk"), or opening the sentence
    let k = v + 1;
    while (k < sEnd && k <= v + SPOKE_FROM_REACH && t.upper[k] && !this.placeAt(k)) k++;
    // (k may have reached sEnd: the next sentence's first word is not this one's)
    if (k < sEnd && t.lower[k] === 'by' && PHONE.has(lowerAt(t, k + 1))) k += 2;
    let place = k < sEnd && t.lower[k] === 'from' ? this.placeStarting(k + 1) : undefined;
    if (!place && t.lower[sFirst] === 'speaking') {
      k = t.lower[sFirst + 1] === 'by' && PHONE.has(lowerAt(t, sFirst + 2)) ? sFirst + 3 : sFirst + 1;
      if (t.lower[k] === 'from') place = this.placeStarting(k + 1);
    }
    const cited = out[out.length - 1];
    if (!place || RELAYS.has(cited.kind) || out.some((m) => m.key === cited.key && m.location)) return;
    this.place(out.filter((m) => m.key === cited.key), place);
  }

  /** The countries a phrase names: "sources in China and North Korea". */
  private countriesIn(p: Phrase): string[] {
    const from = this.t.start[p.first];
    const to = this.t.end[p.last];
    return this.inp.places.filter((m) => m.level === 'country' && m.span.start >= from && m.span.end <= to).map((m) => m.placeId);
  }

  /** The last source met that is not an outlet relaying others. */
  private lastInformant(): Known | undefined {
    const { known, out } = this;
    for (let i = known.length - 1; i >= 0; i--) if (!out.some((m) => m.key === known[i].key && RELAYS.has(m.kind))) return known[i];
    return undefined;
  }

  /** "it said" before anyone is cited: the pronoun stands for the body the report named last, which is then the source. */
  private antecedent(p: Phrase): void {
    const { t, inp } = this;
    const w = t.lower[p.first];
    // "he said" is as often a leader quoted by state media as anyone the outlet heard: only a body is taken
    if (t.lower[p.first] !== 'it') return;
    let named: ActorMention | undefined;
    for (const a of inp.actors) if (a.kind === 'organization' && a.canonId && a.span.end <= t.start[p.first] && (!named || a.span.start > named.span.start)) named = a;
    if (!named) return;
    this.citeAs(p, { first: tokenAt(t, named.span.start), last: tokenAt(t, named.span.end) - 1 });
  }

  /** Cites the one a name stands for, and the words `p` that stand for it as a mention of the same source. */
  private citeAs(p: Phrase, name: Phrase): void {
    const { out } = this;
    const n = out.length;
    this.resolve(name);
    if (out.length === n) return;
    const cited = out[out.length - 1];
    this.refer(p, this.known.find((k) => k.key === cited.key)!, cited.kind);
  }

  /**
   * The last person named before token `before` and described with the word, right before the name
   * ("defector Ri Yong-ho") or in an apposition after it ("Ri Yong-ho, a defector"), as a phrase; else null.
   */
  private namedAs(before: number, word: string): Phrase | null {
    const { t, inp } = this;
    let person: ActorMention | undefined;
    for (const a of inp.actors) if (a.kind === 'person' && a.span.end <= t.start[before] && (!person || a.span.start > person.span.start)) person = a;
    if (!person) return null;
    const first = tokenAt(t, person.span.start);
    const last = tokenAt(t, person.span.end) - 1;
    const titled = first > 0 && this.nounAt(first - 1)?.word === word;
    let described = false;
    if (t.lower[last + 1] === ',' && INDEFINITE.has(lowerAt(t, last + 2))) {
      for (let k = last + 3; k < before && k <= last + 2 + INTRO_MODIFIERS && !STOP_WORDS.has(t.lower[k]); k++) if (this.nounAt(k)?.word === word) described = true;
    }
    return titled || described ? { first, last } : null;
  }

  /** The last canon organisation named before token `before` whose name holds the head word ("ministry"), with the phrase naming it. */
  private namedBody(before: number, word: string): { org: ActorMention; phrase: Phrase } | undefined {
    const { t, inp } = this;
    let org: ActorMention | undefined;
    for (const a of inp.actors) {
      if (a.kind !== 'organization' || !a.canonId || a.span.end > t.start[before] || (org && a.span.start < org.span.start)) continue;
      const first = tokenAt(t, a.span.start);
      const last = tokenAt(t, a.span.end) - 1;
      if (t.lower.slice(first, last + 1).includes(word)) org = a;
    }
    if (!org) return undefined;
    const s = this.inp.sentences.find((x) => x.start <= org!.span.start && x.end >= org!.span.end);
    const phrase = s ? phraseAfter(t, tokenAt(t, org.span.start), tokenAt(t, s.end)) : null;
    return phrase ? { org, phrase } : undefined;
  }

  /**
   * Another attribution in the sentence of the verb at v ("According to the resident, ..., but neighbours say";
   * "..., but workers say ..., sources told RFA"): what the verb's subject says is retold by that speaker.
   */
  private otherAttribution(v: number, sFirst: number, sEnd: number): boolean {
    const { t, inp } = this;
    const { roles } = rolesOf(this.lex);
    for (let k = sFirst; k < sEnd; k++) {
      if (k === v || inp.quoted[k]) continue;
      const role = roles.get(t.lower[k]);
      if (role !== undefined && (role & SPEAKS || (role & ACCORDING && lowerAt(t, k + 1) === 'to'))) return true;
    }
    return false;
  }

  /** Whether a number word stands between two tokens. */
  private numbered(first: number, last: number): boolean {
    for (let i = first; i < last; i++) if (numberValue(this.t.lower[i]) !== null) return true;
    return false;
  }

  /** Whether a relative word stands between the character offset `from` and token i. */
  private inRelativeClause(from: number, i: number): boolean {
    const { t } = this;
    for (let k = i - 1; k >= 0 && t.start[k] >= from; k--) if (RELATIVE.has(t.lower[k])) return true;
    return false;
  }

  /** Whether a noun with the head word (or its plural) stands before token `before`, outside quotations too. */
  private metBefore(before: number, word: string): boolean {
    for (let i = 0; i < before; i++) if (this.nounAt(i)?.word === word) return true;
    return false;
  }

  /** The last indefinite phrase before token `before` whose head is `word` ("a reporting partner in the city"). */
  private introduction(before: number, word: string): Phrase | null {
    const { t } = this;
    for (let i = before - 1; i > 0; i--) {
      if (this.inp.quoted[i] || this.nounAt(i)?.word !== word || this.nounAt(i)!.plural) continue;
      let d = i - 1;
      while (d >= 0 && i - d <= INTRO_MODIFIERS && !INDEFINITE.has(t.lower[d]) && !STOP_WORDS.has(t.lower[d])) d--;
      if (d < 0 || !INDEFINITE.has(t.lower[d])) continue;
      const s = this.inp.sentences.find((x) => x.start <= t.start[i] && x.end >= t.end[i]);
      return s ? phraseAfter(t, d, tokenAt(t, s.end)) : null;
    }
    return null;
  }
}
