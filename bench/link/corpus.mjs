// A synthetic corpus for the linking benchmark, from templates written for Casefile
// (no outlet's text): reports on invented incidents, several outlets covering the
// same incident with their own sources and wording, and reposts (abridged, with
// commentary, or with a changed sentence) mixed in. Each report comes with a
// pre-built extraction, so the benchmark measures linking, not text extraction.
// Deterministic from the seed: report i is the same on every run.
import { createHash } from 'node:crypto';
import { createRandom } from '../extract/corpus.mjs';

const EVENT_TYPES = ['DEFECTION', 'PURSUIT', 'ARREST', 'REPATRIATION', 'PUNISHMENT', 'COLLECTIVE_PUNISHMENT', 'SURVEILLANCE', 'SMUGGLING', 'CORRUPTION', 'FABRICATION', 'INVESTIGATION', 'DIRECTIVE', 'INCENTIVE', 'VIOLENCE', 'PROTEST'];

// A small gazetteer: provinces with cities, for hierarchy matching.
const GAZ = {
  kp: { Ryanggang: ['Hyesan', 'Samjiyon', 'Kimjongsuk', 'Pochon', 'Unhung'], 'North Hamgyong': ['Chongjin', 'Hoeryong', 'Musan', 'Onsong', 'Kyongsong', 'Kilju'], 'South Hamgyong': ['Hamhung', 'Tanchon', 'Sinpo', 'Hongwon'], 'North Pyongan': ['Sinuiju', 'Kusong', 'Chongju', 'Sakju'], 'South Pyongan': ['Pyongsong', 'Anju', 'Sunchon', 'Nampo'], Chagang: ['Kanggye', 'Manpo', 'Huichon'], Kangwon: ['Wonsan', 'Munchon'], 'North Hwanghae': ['Sariwon', 'Kaesong', 'Songrim'] },
  cn: { Liaoning: ['Shenyang', 'Dandong', 'Dalian'], Jilin: ['Yanji', 'Changbai', 'Tumen', 'Hunchun', 'Longjing'], Shandong: ['Qingdao', 'Weihai'] },
};
const COUNTRY = { kp: 'North Korea', cn: 'China' };
export const PLACES = [];
for (const [country, provinces] of Object.entries(GAZ)) {
  PLACES.push({ id: country, name: COUNTRY[country], level: 'country', ancestors: [] });
  for (const [prov, cities] of Object.entries(provinces)) {
    const pid = `${country}.${prov.toLowerCase().replace(/ /g, '-')}`;
    PLACES.push({ id: pid, name: prov, level: 'province', ancestors: [country] });
    for (const c of cities) PLACES.push({ id: `${pid}.${c.toLowerCase()}`, name: c, level: 'city', ancestors: [pid, country] });
  }
}
const CITIES = PLACES.filter((p) => p.level === 'city');
const byId = new Map(PLACES.map((p) => [p.id, p]));
const provinceOf = (city) => byId.get(city.ancestors[0]);

const OUTLETS = ['Daily NK', 'RFA', 'Asia Press', 'NK News', 'Yonhap', 'Border Watch Weekly', 'Korea Field Notes', 'Tumen Monitor'];
const ORGS = [['org.mss', 'Ministry of State Security', 'the MSS'], ['org.moss', 'Ministry of Social Security', 'the police'], ['org.wpk', "Workers' Party of Korea", 'the Party'], ['org.kpa', "Korean People's Army", 'the army'], ['org.prosecutors', "Prosecutor's office", 'prosecutors'], ['org.cn-police', 'Chinese public security', 'Chinese police']];
const ROLES = ['traders', 'cadres', 'smugglers', 'factory workers', 'students', 'soldiers', 'farmers', 'vendors', 'drivers', 'brokers', 'miners', 'fishermen'];
const GOODS = ['copper wire', 'pine nuts', 'medicine', 'mobile phones', 'dried squid', 'rice', 'cigarettes', 'diesel', 'ginseng', 'clothing', 'USB sticks', 'herbs', 'timber', 'scrap iron', 'seafood'];
const VERBS = { DEFECTION: ['fled across the river', 'defected', 'escaped over the border'], PURSUIT: ['sent agents to track down', 'began hunting for', 'dispatched a team after'], ARREST: ['arrested', 'detained', 'took into custody'], REPATRIATION: ['sent back', 'handed over', 'forcibly returned'], PUNISHMENT: ['sentenced', 'sent to a labour camp', 'expelled from the Party'], COLLECTIVE_PUNISHMENT: ['banished the families of', 'sent relatives of', 'evicted the households of'], SURVEILLANCE: ['placed informants among', 'stepped up checks on', 'began monitoring'], SMUGGLING: ['smuggled', 'moved contraband for', 'ran a smuggling ring with'], CORRUPTION: ['took bribes from', 'embezzled funds meant for', 'extorted money from'], FABRICATION: ['forged documents against', 'fabricated charges against', 'falsely accused'], INVESTIGATION: ['opened an inquiry into', 'sent an inspection group to question', 'launched a probe of'], DIRECTIVE: ['issued an order on', 'sent down instructions about', 'decreed new rules for'], INCENTIVE: ['offered rewards for reporting', 'promised bounties for', 'announced prizes for informing on'], VIOLENCE: ['beat', 'assaulted', 'fired on'], PROTEST: ['drew protests from', 'faced complaints from', 'was petitioned by'] };
const DESCRIPTORS = ['a source in {province}', 'a resident of {city}', 'a trader in {city}', 'a source close to the security services in {province}', 'an official in {province}', 'a reporting partner in {city}', 'a Korean-Chinese businessman in {cncity}', 'a relative of one of the {role}'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a dozen', 'some 20', 'about 30'];
const NUMBER_VALUES = [2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 20, 30];

// Background sentences are put together from four parts, each from its own pool
// with slots, so that any two reports share only a little stock wording, as real
// reports do.
const SUBJECTS = ['Residents of {city}', 'Traders at the {landmark}', 'Officials from {org2}', 'Families in the {district} district', 'A {role2} from {city}', 'Local cadres', 'Several {role}', 'Women who sell {good}', 'Guards posted at the {landmark}', 'Young people in {city}', 'Farmers near {city}', 'Workers at the {city} {works}', 'Brokers along the river', 'Inspectors sent from {city}', 'The neighbourhood unit chief', 'Pensioners in {city}', 'Drivers on the {city} route', 'Students at the {city} college', 'Soldiers from a nearby unit', 'Wives of {role}'];
const VERB_PHRASES = ['have started to complain about', 'were told to stop talking about', 'now pay {amount} yuan a month for', 'spend most evenings worrying about', 'were ordered to report on', 'quietly trade rumours about', 'have been fined over', 'are queueing every {weekday} for', 'gave up on', 'lost money this {season} because of', 'were questioned for {days} days about', 'keep their distance from anyone linked to', 'wrote petitions about', 'joke bitterly about', 'were made to sign pledges against'];
const OBJECTS = ['the price of {good}', 'the new rules on {topic}', '{topic}', 'a shipment of {good}', 'the closure of the {landmark}', 'ration cards', 'travel permits to {city}', 'a quota of {amount} kilograms of {good}', 'night inspections', 'foreign currency', 'the missing {good}', 'electricity for the {works}', 'their debts to the {works}', 'the {meeting} sessions'];
const TAILS = ['since {month}.', 'according to {speaker}.', 'this {season}.', 'and nobody expects that to change soon.', 'while officials look the other way.', 'for the first time in {days} days.', 'in the {district} district.', 'as prices rose by {pct} percent.', 'even after the {meeting} session.', 'before the {season}.', 'despite warnings from {org2}.', 'a {role2} in {city} said.'];
const FILLER = '{subject} {verb} {object} {tail}';
const SLOTS = {
  landmark: ['railway station', 'bus terminal', 'river bank', 'customs post', 'cooperative farm', 'market gate', 'bridge', 'youth league office', 'housing block', 'hospital', 'border post', 'grain store'],
  works: ['mine', 'textile mill', 'power station', 'fish plant', 'steel works', 'brick kiln', 'shoe factory'],
  meeting: ['study', 'criticism', 'lecture', 'neighbourhood watch', 'Party cell', 'self-criticism'],
  topic: ['the border closure', 'food rations', 'the new market rules', 'foreign broadcasts', 'the harvest', 'electricity cuts', 'mobilisation drives', 'school fees', 'the housing shortage', 'the currency exchange rate'],
  season: ['spring planting', 'summer rains', 'autumn harvest', 'winter', 'lunar new year', 'mobilisation period'],
  district: ['eastern', 'riverside', 'station', 'old town', 'northern', 'market', 'western', 'hillside'],
  role2: ['teacher', 'driver', 'nurse', 'mechanic', 'cook', 'clerk', 'guard', 'miner', 'doctor', 'tailor'],
};
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const START_DAY = Math.floor(Date.UTC(2010, 0, 1) / 86400000);
const SPAN_DAYS = 15 * 365;
const iso = (day) => new Date(day * 86400000).toISOString().slice(0, 10);

function fill(rnd, template, ctx) {
  return template.replace(/\{(\w+)\}/g, (_, k) => {
    switch (k) {
      case 'city': return rnd.pick(CITIES).name;
      case 'cncity': return rnd.pick(CITIES.filter((c) => c.id.startsWith('cn'))).name;
      case 'province': return ctx.province;
      case 'good': return rnd.pick(GOODS);
      case 'pct': return String(rnd.int(5, 90));
      case 'month': return rnd.pick(MONTHS);
      case 'weekday': return rnd.pick(WEEKDAYS);
      case 'amount': return String(rnd.int(2, 400) * 50);
      case 'days': return String(rnd.int(2, 40));
      case 'role': return rnd.pick(ROLES);
      case 'org2': return rnd.pick(ORGS)[2];
      case 'subject': return fill(rnd, rnd.pick(SUBJECTS), ctx);
      case 'verb': return fill(rnd, rnd.pick(VERB_PHRASES), ctx);
      case 'object': return fill(rnd, rnd.pick(OBJECTS), ctx);
      case 'tail': return fill(rnd, rnd.pick(TAILS), ctx);
      case 'speaker': return rnd.pick(['the source', 'the resident', 'one trader', 'a local official', 'the partner']);
      case 'speaker2': return rnd.pick(['The source', 'Another resident', 'A second trader', 'One cadre', 'A local driver']);
      default: return rnd.pick(SLOTS[k] ?? [k]);
    }
  });
}

const capital = (s) => s[0].toUpperCase() + s.slice(1);

/** A new incident: what happened, where, when, to how many, by whom. */
function newIncident(rnd) {
  const city = rnd.pick(CITIES);
  const type = rnd.pick(EVENT_TYPES);
  const n = rnd.int(0, NUMBER_WORDS.length - 1);
  return { type, city, day: START_DAY + rnd.int(0, SPAN_DAYS), countWord: NUMBER_WORDS[n], count: NUMBER_VALUES[n], org: rnd.pick(ORGS), role: rnd.pick(ROLES), good: rnd.pick(GOODS) };
}

/** One outlet's report on an incident, in its own words, with its own source. */
function writeReport(rnd, inc, outlet, seq) {
  const province = provinceOf(inc.city);
  const published = inc.day + rnd.int(2, 30);
  const precision = rnd.pick(['day', 'day', 'month', 'unknown']);
  const dateText = precision === 'day' ? `on ${MONTHS[new Date(inc.day * 86400000).getUTCMonth()]} ${new Date(inc.day * 86400000).getUTCDate()}` : precision === 'month' ? `in ${MONTHS[new Date(inc.day * 86400000).getUTCMonth()]}` : 'recently';
  const descriptor = fill(rnd, rnd.pick(DESCRIPTORS), { province: province.name }).replace('{role}', inc.role);
  const lead = `${capital(inc.org[2])} ${rnd.pick(VERBS[inc.type])} ${inc.countWord} ${inc.role} in ${inc.city.name}, ${province.name}, ${dateText}, ${descriptor} told ${outlet} on ${rnd.pick(WEEKDAYS)}.`;
  const detail = fill(rnd, `The ${inc.role} had been dealing in ${inc.good} near the {landmark}, and {speaker} said ${rnd.int(2, 9)} others were questioned over {days} days.`, { province: province.name });
  const sentences = [lead, detail];
  const extra = rnd.int(5, 9);
  for (let i = 0; i < extra; i++) sentences.push(fill(rnd, FILLER, { province: province.name }));
  const paragraphs = [];
  for (let i = 0; i < sentences.length; i += 2) paragraphs.push(sentences.slice(i, i + 2).join(' '));
  const text = paragraphs.join('\n\n');

  const date = precision === 'day' ? { value: iso(inc.day), precision: 'day' } : precision === 'month' ? { value: iso(inc.day).slice(0, 7), precision: 'month' } : { value: null, precision: 'unknown' };
  const events = [{ type: inc.type, date, city: inc.city, count: inc.count }];
  // Side events of this report only: other things the outlet mentions.
  for (let i = rnd.int(1, 4); i > 0; i--) {
    const c = rnd.chance(0.6) ? inc.city : rnd.pick(CITIES);
    events.push({ type: rnd.pick(EVENT_TYPES), date: rnd.chance(0.5) ? { value: iso(inc.day - rnd.int(0, 200)).slice(0, 7), precision: 'month' } : { value: null, precision: 'unknown' }, city: c, count: null });
  }
  const title = `${capital(inc.type.toLowerCase().replace('_', ' '))} in ${inc.city.name}: ${inc.countWord} ${inc.role} (${seq})`;
  return { title, outlet, published: iso(published), text, descriptor, org: inc.org, role: inc.role, events };
}

/** A repost of a report: abridged, with commentary, or with a changed sentence. */
function repost(rnd, orig) {
  const paragraphs = orig.text.split('\n\n');
  const kind = rnd.pick(['abridged', 'commentary', 'changed']);
  let text;
  if (kind === 'abridged') text = paragraphs.slice(0, Math.max(2, Math.ceil(paragraphs.length / 2))).join('\n\n');
  else if (kind === 'commentary') text = `${orig.text}\n\n${fill(rnd, 'Our view: reports like this from {city} show how little has changed, and readers should ask why {org2} is never held to account for {topic}.', {})}`;
  else { paragraphs[paragraphs.length - 1] = fill(rnd, FILLER, {}); text = paragraphs.join('\n\n'); }
  const published = iso(Math.floor(Date.parse(orig.published) / 86400000) + rnd.int(0, 5));
  return { ...orig, title: `${orig.title} [repost]`, outlet: rnd.pick(['Korea Aggregator', 'NK Daily Digest', 'Peninsula Wire']), published, text, events: kind === 'abridged' ? orig.events.slice(0, 2) : orig.events, repostOf: orig.id, repostKind: kind };
}

/** The report and its extraction in the domain model's shape. */
function toStored(r) {
  const id = createHash('sha256').update(r.text).digest('hex').slice(0, 32);
  const places = new Map();
  const events = r.events.map((e, i) => {
    const city = e.city;
    places.set(city.id, city);
    places.set(city.ancestors[0], byId.get(city.ancestors[0]));
    return {
      id: `e${i + 1}`, type: e.type, modality: 'asserted', date: e.date, places: [{ id: city.id, name: city.name }],
      participants: i === 0 ? [{ actorId: 'a1', role: 'agent' }, { actorId: 'a2', role: 'target' }] : [],
      count: e.count, sources: ['s1'], trigger: { start: 0, end: 1 }, evidence: { start: 0, end: Math.min(80, r.text.length) },
    };
  });
  const extraction = {
    extractor: 'bench-synthetic',
    events,
    actors: [
      { id: 'a1', name: r.org[1], kind: 'organization', aliases: [], canonId: r.org[0], placeId: null, mentions: [] },
      { id: 'a2', name: r.role, kind: 'role', aliases: [], canonId: null, placeId: null, mentions: [] },
    ],
    places: [...places.values()].map((p) => ({ id: p.id, name: p.name, level: p.level, country: p.ancestors.at(-1) ?? p.id, parent: p.ancestors[0] ?? null, ancestors: p.ancestors, lat: null, lon: null, alternateNames: [], mentions: [] })),
    sources: [{ id: 's1', descriptor: r.descriptor, location: null, placeId: null, kind: 'anonymous_insider', mentions: [] }],
    claims: [],
  };
  const report = { id, title: r.title, outlet: r.outlet, url: null, published: r.published, language: 'en', text: r.text, ingestedAt: '2026-11-23T00:00:00.000Z' };
  return { report, raw: new TextEncoder().encode(r.text), extraction, truth: { repostOf: r.repostOf ?? null } };
}

/**
 * Yields reports in order; about 10% are reposts of a recent report and about 25%
 * cover an incident another outlet already reported.
 */
export function* corpus({ seed = 7, count }) {
  const rnd = createRandom(seed);
  const recent = [];
  for (let i = 0; i < count; i++) {
    let r;
    const roll = rnd.next();
    if (recent.length > 0 && roll < 0.1) {
      const orig = rnd.pick(recent);
      r = repost(rnd, orig);
    } else if (recent.length > 0 && roll < 0.35) {
      const other = rnd.pick(recent);
      r = writeReport(rnd, other.incident, rnd.pick(OUTLETS.filter((o) => o !== other.outlet)), i);
      r.incident = other.incident;
    } else {
      const inc = newIncident(rnd);
      r = writeReport(rnd, inc, rnd.pick(OUTLETS), i);
      r.incident = inc;
    }
    const stored = toStored(r);
    r.id = stored.report.id;
    if (!r.repostOf) {
      recent.push(r);
      if (recent.length > 2000) recent.shift();
    }
    yield stored;
  }
}
