// Report text shaped like the real reports Casefile reads (see ../shared/eval/real):
// web pages captured with their furniture (site header, byline, share and follow
// lines, photo captions, tags), hard line breaks, lengths from a short brief to a
// long feature, often cut mid-sentence like a page capture; places drawn from the
// gazetteer with a skewed distribution as real coverage is (a few border towns,
// the capital and Shenyang in most reports, a long tail seldom); a few outlets
// writing most reports; about 12% reposts of a recent report by aggregator sites.
// Reports come in publication order at a steady rate (an archive grows by covering
// more time, not by packing more stories into a month), and they tell stories as
// real coverage does: most stories are told once, some by a second or third
// outlet in the weeks after, a few big ones by dozens; a story's acts are of a few
// related types and happen in its month. The sentences come from the templates of
// ../extract/corpus.mjs, written for Casefile (no outlet's text), with their stock
// sentences told in varied wording (vary.mjs): unrelated stories share no passages.
// Deterministic from the seed: report i is the same on every run.
import { readFileSync } from 'node:fs';
import { createRandom, reportContext, composeReport, EVENT_TYPES, breakLines } from '../extract/corpus.mjs';
import { varied } from './vary.mjs';

const gazetteer = (name) => JSON.parse(readFileSync(new URL(`../../knowledge/gazetteer/${name}.json`, import.meta.url), 'utf8'));
const latin = (s) => /^[\x20-\x7e’]+$/.test(s);

/**
 * Weighted draws where the i-th most covered name has weight 1/(i+1)^s (Zipf), so
 * the head dominates and the tail still appears. `head` names come first in this
 * order; the rest follow in gazetteer order.
 */
function zipf(items, head, s) {
  const rank = (x) => { const i = head.indexOf(x.name); return i < 0 ? head.length : i; };
  const ordered = [...items].sort((a, b) => rank(a) - rank(b));
  const cumulative = [];
  let total = 0;
  for (let i = 0; i < ordered.length; i++) cumulative.push((total += 1 / (i + 1) ** s));
  return (r) => {
    const x = r.next() * total;
    let lo = 0, hi = cumulative.length - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (cumulative[mid] < x) lo = mid + 1; else hi = mid; }
    return ordered[lo];
  };
}

function places() {
  const nk = gazetteer('north-korea');
  const near = gazetteer('neighbours');
  const byId = new Map([...nk, ...near].map((p) => [p.id, p]));
  const spellings = (p) => [p.name, ...(p.names ?? []).filter(latin)].slice(0, 3);
  const provinceOf = (p) => {
    const parent = byId.get(p.parent);
    if (!parent || parent.level !== 'province') return ['North Korea', 'the North'];
    return [`${parent.name} Province`, ...spellings(parent)];
  };
  const towns = nk.filter((p) => p.level === 'city' || p.level === 'county')
    .map((p) => ({ names: spellings(p), provinceNames: provinceOf(p) }));
  const china = near.filter((p) => (p.level === 'city' || p.level === 'county') && p.parent.startsWith('CN'))
    .map((p) => { const prov = byId.get(p.parent); return { names: spellings(p), province: prov && prov.level === 'province' ? `${prov.name} Province` : null }; });
  return {
    town: zipf(towns.map((t) => ({ ...t, name: t.names[0] })), ['Hyesan', 'Hoeryong', 'Sinuiju', 'Pyongyang', 'Musan', 'Chongjin', 'Onsong', 'Hamhung', 'Kimjongsuk', 'Samjiyon', 'Manpo', 'Pyongsong', 'Sunchon', 'Wonsan', 'Nampo'], 1.05),
    china: zipf(china.map((t) => ({ ...t, name: t.names[0] })), ['Shenyang', 'Dandong', 'Yanji', 'Changbai', 'Tumen', 'Hunchun', 'Beijing', 'Longjing'], 1.2),
  };
}

// Outlets: a few write most reports; each page layout below is the project's own.
const OUTLETS = [
  { name: 'Daily NK', weight: 30, site: 'DAILY NK', section: ['News', 'Politics', 'Economy', 'Society'] },
  { name: 'Radio Free Asia', weight: 20, site: 'RFA Korean', section: ['Korea', 'North Korea', 'Human Rights'] },
  { name: 'NK News', weight: 12, site: 'NK NEWS', section: ['Human Rights', 'Security', 'Economy'] },
  { name: 'Asia Press', weight: 10, site: 'ASIAPRESS', section: ['North Korea Reports', 'Rimjin-gang'] },
  { name: 'Yonhap', weight: 8, site: 'Yonhap News Agency', section: ['N. Korea', 'National'] },
  { name: 'Korea JoongAng Daily', weight: 4, site: 'Korea JoongAng Daily', section: ['North Korea'] },
  { name: 'The Diplomat', weight: 3, site: 'The Diplomat', section: ['Society', 'Security'] },
  { name: null, weight: 3, site: 'NK Briefs', section: ['Briefs'] },
];
const REPOSTERS = ['Peninsula Wire', 'korea-news-today.net', 'Asia Digest (repost)', 'worldnewsera.com', 'crimeandmore.blog', 'Global Korea Watch'];
const BYLINES = ['Kim Min-ji', 'Lee Jae-won', 'Park Ha-na', 'Choi Dong-hyun', 'Jung Seo-yeon', 'Kang Tae-ho', 'Moon Ji-woo', 'Seo Yu-na', 'Han Sung-min', 'Oh Ye-jin'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function weighted(list) {
  const total = list.reduce((s, x) => s + x.weight, 0);
  return (r) => { let x = r.next() * total; for (const item of list) if ((x -= item.weight) < 0) return item; return list.at(-1); };
}
const outletDraw = weighted(OUTLETS);
/** Reports published a day, across all outlets: 100k reports are about 18 years of coverage from 2008. */
const PER_DAY = 15;
const FIRST_DAY = Date.UTC(2008, 0, 1);
/** Share of new reports that retell a story another outlet already told, and for how many days a story draws them. */
const RETOLD = 0.25;
const STORY_DAYS = 30;
/** A story's pull on retellings is Pareto-distributed: most draw none, a few draw dozens. */
const PULL_SHAPE = 1.1;

/** Page furniture above the story, in one of several layouts. */
function header(r, o, title, published) {
  const [y, m, d] = published ? published.split('-').map(Number) : [null, null, null];
  const dateLine = published ? r.pick([`${MONTHS[m - 1]} ${d}, ${y}`, `${y}.${String(m).padStart(2, '0')}.${String(d).padStart(2, '0')}`, `${d} ${MONTHS[m - 1]} ${y}`]) : 'Updated recently';
  const lines = [];
  if (r.chance(0.4)) lines.push(`${o.site}\nHome > ${r.pick(o.section)}`);
  if (title && r.chance(0.75)) lines.push(title);
  if (r.chance(0.5)) lines.push(`By ${r.pick(BYLINES)} | ${dateLine}${r.chance(0.5) ? `, ${r.int(1, 12)}:${String(r.int(0, 59)).padStart(2, '0')} ${r.pick(['AM', 'PM'])}` : ''}`);
  else if (r.chance(0.4)) lines.push(`${r.pick(BYLINES)} - ${dateLine}`);
  if (r.chance(0.3)) lines.push(r.pick(['Share on Facebook  Share on X  Email  Print', 'Follow us on Telegram for the latest updates:', 'Listen to this article', 'Read this article in Korean', '0\n//']));
  return lines;
}

function caption(r, c) {
  return r.pick([
    `A view of ${c.town.names[0]} seen from across the river in ${c.year - r.int(1, 6)}. (Photo: file)`,
    `File photo of a market in ${c.town.names[0]}. Image for illustration only.`,
    `Border fence along the river near ${c.china.names[0]}. (Photo: reader submission)`,
  ]);
}

function footer(r, c, o) {
  return r.pick([
    `Tags: ${c.town.names[0]}, North Korea, ${r.pick(['defectors', 'border', 'crackdown', 'markets'])}`,
    'Please direct any comments or questions about this article to the editors.',
    `Related articles\n${c.town.names[0]} residents face new checks\nPrices climb again in border markets`,
    `© ${c.year} ${o.site}. All rights reserved.`,
  ]);
}

/** Cuts a page as a capture of its first n characters does, or at the end of a paragraph. */
function cut(text, n, r) {
  if (text.length <= n) return text;
  if (r.chance(0.5)) return text.slice(0, n);
  const end = text.lastIndexOf('\n\n', n);
  return end > n / 2 ? text.slice(0, end) : text.slice(0, n);
}

/** Lengths: captures from 600 characters to long features, most about 2 KB. */
function targetLength(r) {
  const z = r.next() + r.next() + r.next() - 1.5; // roughly normal, sd 0.5
  return Math.round(Math.min(6000, Math.max(600, 2000 * Math.exp(z * 0.9))));
}

const isoDate = (ms) => new Date(ms).toISOString().slice(0, 10);

/** The days the first `count` reports are published across (YYYY-MM-DD): queries by date drawn from it match events. */
export const publishedSpan = (count) => ({ first: isoDate(FIRST_DAY), last: isoDate(FIRST_DAY + Math.floor(Math.max(0, count - 1) / PER_DAY) * 86400000) });

/**
 * Draws with `r`, except that acts are drawn from the story's own types: a real
 * episode is a flight and the arrests and punishments that follow, not every kind of act.
 */
function storyRandom(r, types) {
  return { ...r, pick: (list) => (list === EVENT_TYPES ? types[Math.floor(r.next() * types.length)] : r.pick(list)) };
}

/** A story's page on day `day`: its furniture around its paragraphs. */
function page(r, c, story, o, seq, day) {
  const target = targetLength(r);
  const { title, paragraphs } = composeReport(storyRandom(varied(r), story.types), c, story.main, Math.max(2, Math.ceil(target / 450)));
  const published = r.chance(0.8) ? isoDate(FIRST_DAY + day * 86400000) : null;
  const blocks = header(r, o, title, published);
  if (r.chance(0.25)) blocks.push(caption(r, c));
  blocks.push(...paragraphs);
  if (r.chance(0.3)) blocks.push(footer(r, c, o));
  return {
    title: r.chance(0.85) ? title : null,
    outlet: o.name,
    url: r.chance(0.7) ? `https://example.org/${o.site.toLowerCase().replace(/\W+/g, '-')}/${seq}` : null,
    published,
    text: cut(blocks.join('\n\n'), target, r),
    story: paragraphs,
  };
}

/** An aggregator's copy: its own furniture, often single line breaks or rewrapped, sometimes shorter. */
function repost(r, orig, seq) {
  let body = orig.story.slice(0, r.chance(0.3) ? Math.max(1, Math.ceil(orig.story.length / 2)) : orig.story.length);
  if (r.chance(0.3)) body = body.map((p) => breakLines(p.replace(/\n/g, ' '), r));
  const joined = body.join(r.chance(0.4) ? '\n' : '\n\n');
  const credit = orig.outlet ? r.pick([`Originally published by ${orig.outlet}.`, `Source: ${orig.outlet}`, `This article first appeared on ${orig.outlet}.`]) : 'Source: agencies';
  const lines = [];
  if (orig.title && r.chance(0.8)) lines.push(orig.title);
  lines.push(joined);
  if (r.chance(0.7)) lines.push(credit);
  return {
    title: orig.title,
    outlet: `${r.pick(REPOSTERS)}${orig.outlet && r.chance(0.5) ? ` (repost of ${orig.outlet})` : ''}`,
    url: `https://example.net/repost/${seq}`,
    published: orig.published,
    text: cut(lines.join('\n\n'), targetLength(r) + 400, r),
    story: body,
  };
}

/** A new story: its acts happen up to three weeks before the day it is first reported. */
function newStory(r, draw, day) {
  const when = new Date(FIRST_DAY + (day - r.int(0, 20)) * 86400000);
  const main = r.pick(EVENT_TYPES);
  const types = [main, main, ...Array.from({ length: r.int(1, 2) }, () => r.pick(EVENT_TYPES))];
  const choices = { year: when.getUTCFullYear(), month: when.getUTCMonth(), day: when.getUTCDate(), town: draw.town(r), china: draw.china(r) };
  return { main, types, choices, day, pull: 1 / (1 - r.next()) ** (1 / PULL_SHAPE), outlets: new Set() };
}

/** A story told in the last STORY_DAYS, chosen by its pull. */
function retold(r, open) {
  const total = open.reduce((s, x) => s + x.pull, 0);
  let x = r.next() * total;
  for (const story of open) if ((x -= story.pull) < 0) return story;
  return open.at(-1);
}

/**
 * Yields `count` reports { title, outlet, url, published, language, text, repostOf }
 * (repostOf: the index of the report copied, or null).
 */
export function* realShapedReports({ seed = 14, count }) {
  const r = createRandom(seed);
  const draw = places();
  const recent = [];
  let open = [];
  for (let i = 0; i < count; i++) {
    const day = Math.floor(i / PER_DAY);
    const roll = r.next();
    let rep;
    let repostOf = null;
    if (recent.length > 0 && roll < 0.12) {
      // reposts follow the original closely in time: the newest are copied most
      const orig = recent[recent.length - 1 - Math.min(recent.length - 1, Math.floor(r.next() ** 3 * recent.length))];
      rep = repost(r, orig, i);
      repostOf = orig.index;
    } else {
      open = open.filter((s) => s.day > day - STORY_DAYS);
      const story = open.length > 0 && r.chance(RETOLD) ? retold(r, open) : newStory(r, draw, day);
      if (story.outlets.size === 0) open.push(story);
      // a story is retold by another outlet, or followed up by its own
      let o = outletDraw(r);
      for (let tries = 0; tries < 3 && story.outlets.has(o.name); tries++) o = outletDraw(r);
      story.outlets.add(o.name);
      const c = reportContext(varied(r), { ...story.choices, outlet: o.name ?? 'this outlet' });
      // later tellers keep the first one's agents and people: the same episode
      story.choices.agents ??= c.agents;
      story.choices.person ??= c.person;
      c.storyMonth = story.choices.month;
      rep = page(r, c, story, o, i, day);
      rep.index = i;
      recent.push(rep);
      if (recent.length > 500) recent.shift();
    }
    yield { title: rep.title, outlet: rep.outlet, url: rep.url, published: rep.published, language: 'en', text: rep.text, repostOf };
  }
}
