// Generates the benchmark corpus: report text in the manner of outlets covering North
// Korea, from templates written for Casefile (no outlet's text). It is generated at
// run time from a seed, so the baseline and Casefile read the same words without a
// corpus being committed or held twice in memory.

/** mulberry32: a small, fast, seedable PRNG; Math.random cannot be seeded. */
export function createRandom(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

// ---- knowledge the templates draw on (names as reports spell them) -------------

const NK_PROVINCES = {
  ryanggang: ['Ryanggang Province', 'Yanggang Province', 'Ryanggang-do', 'Ryanggang', 'Yanggang-do'],
  northHamgyong: ['North Hamgyong Province', 'North Hamgyong', 'Hamgyong-bukto', 'Hamgyongbuk-do'],
  southHamgyong: ['South Hamgyong Province', 'South Hamgyong', 'Hamgyong-namdo'],
  northPyongan: ['North Pyongan Province', 'North Phyongan', 'Pyonganbuk-do'],
  southPyongan: ['South Pyongan Province', 'South Pyongan'],
  chagang: ['Chagang Province', 'Jagang Province', 'Chagang-do'],
  kangwon: ['Kangwon Province', 'Kangwon-do'],
  northHwanghae: ['North Hwanghae Province', 'North Hwanghae'],
  southHwanghae: ['South Hwanghae Province', 'South Hwanghae'],
};

const NK_TOWNS = [
  { names: ['Hyesan', 'Hyesan City', '혜산'], province: 'ryanggang', border: true },
  { names: ['Samjiyon', 'Samjiyŏn'], province: 'ryanggang', border: true },
  { names: ['Pochon', 'Pochŏn County'], province: 'ryanggang', border: true },
  { names: ['Kimjongsuk County'], province: 'ryanggang', border: true },
  { names: ['Musan', 'Musan County', '무산'], province: 'northHamgyong', border: true },
  { names: ['Hoeryong', 'Hoeryŏng', '회령'], province: 'northHamgyong', border: true },
  { names: ['Onsong', 'Onsŏng County'], province: 'northHamgyong', border: true },
  { names: ['Chongjin', 'Chŏngjin', '청진'], province: 'northHamgyong', border: false },
  { names: ['Kimchaek', 'Kimchaek City'], province: 'northHamgyong', border: false },
  { names: ['Hamhung', 'Hamhŭng'], province: 'southHamgyong', border: false },
  { names: ['Tanchon', 'Tanch’ŏn'], province: 'southHamgyong', border: false },
  { names: ['Sinuiju', 'Sinŭiju', '신의주'], province: 'northPyongan', border: true },
  { names: ['Manpo', 'Manp’o'], province: 'chagang', border: true },
  { names: ['Kanggye'], province: 'chagang', border: false },
  { names: ['Pyongsong', 'P’yŏngsŏng'], province: 'southPyongan', border: false },
  { names: ['Sunchon', 'Sunch’ŏn'], province: 'southPyongan', border: false },
  { names: ['Wonsan', 'Wŏnsan'], province: 'kangwon', border: false },
  { names: ['Sariwon'], province: 'northHwanghae', border: false },
  { names: ['Haeju'], province: 'southHwanghae', border: false },
];

const NK_CITIES_NO_PROVINCE = ['Pyongyang', 'Nampo', 'Kaesong', 'Rason'];

const CHINA_TOWNS = [
  { names: ['Dandong'], province: 'Liaoning Province' },
  { names: ['Shenyang'], province: 'Liaoning Province' },
  { names: ['Yanji'], province: 'Jilin Province' },
  { names: ['Tumen'], province: 'Jilin Province' },
  { names: ['Hunchun'], province: 'Jilin Province' },
  { names: ['Changbai', 'Changbai County'], province: 'Jilin Province' },
  { names: ['Longjing'], province: 'Jilin Province' },
  { names: ['Helong'], province: 'Jilin Province' },
  { names: ['Qingdao'], province: 'Shandong Province' },
  { names: ['Beijing'], province: null },
  { names: ['Kunming'], province: 'Yunnan Province' },
];

const ABROAD = ['Vladivostok', 'Khabarovsk', 'Vientiane', 'Laos', 'Bangkok', 'Thailand', 'Hanoi', 'Vietnam', 'Ulaanbaatar', 'Mongolia', 'Phnom Penh', 'Kuala Lumpur'];

const RIVERS = ['the Tumen River', 'the Yalu River', 'the Amnok River', 'the Tumen', 'the Yalu'];

const STATE_SECURITY = ['the Ministry of State Security', 'the MSS', 'the State Security Department', 'the SSD', 'the Bowibu', 'state security agents', 'the State Security Agency', 'the provincial state security bureau', 'the 국가보위성', 'the city 보위부'];
const POLICE = ['the Ministry of Social Security', 'the Ministry of People’s Security', 'the MPS', 'the police', 'local police officers', 'the People’s Safety Agency', 'the county social security office', 'the 사회안전성'];
const PARTY = ['the Party', 'the Workers’ Party of Korea', 'the WPK', 'the provincial Party committee', 'the city Party committee', 'the Organization and Guidance Department', 'the Central Committee', 'the county Party committee'];
const MILITARY = ['the Korean People’s Army', 'the KPA', 'the Military Security Command', 'border guards', 'the border guard unit', 'the Defense Security Command', 'the 27th Border Guard Brigade'];
const RGB = ['the Reconnaissance General Bureau', 'the RGB', 'the General Reconnaissance Bureau', 'the General Bureau of Reconnaissance'];
const PROSECUTORS = ['the Central Public Prosecutors Office', 'the provincial prosecutor’s office', 'prosecutors', 'the city prosecutor’s office', 'a central inspection group'];
const CHINESE = ['Chinese public security officers', 'the Chinese police', 'China’s Ministry of Public Security', 'Chinese border guards', 'the Public Security Bureau', 'the border defence corps'];
const SOUTH = ['the National Intelligence Service', 'the NIS', 'the Ministry of Unification', 'South Korea’s unification ministry', 'the South Korean police'];
const INTERNATIONAL = ['the UN Special Rapporteur on North Korean human rights', 'the UN Human Rights Council', 'the Office of the UN High Commissioner for Human Rights', 'Human Rights Watch', 'Amnesty International', 'the UN Security Council'];
const LEADERS = ['Kim Jong Un', 'Kim Yo Jong', 'Choe Ryong Hae', 'Jo Yong Won', 'Kim Tok Hun', 'Ri Pyong Chol'];
const ORGAN_AGENTS = [STATE_SECURITY, STATE_SECURITY, POLICE, MILITARY, RGB, PROSECUTORS];

const PEOPLE = ['a woman in her forties', 'a man in his thirties', 'a trader', 'two traders', 'a low-level cadre', 'three Party cadres', 'a farm worker', 'a university student', 'a mother of two', 'a retired soldier', 'a smuggler', 'a middleman', 'a truck driver', 'a railway worker', 'a miner', 'a teacher', 'a restaurant worker dispatched to China', 'a logging worker in Russia', 'a trading company manager', 'a young couple', 'a teenage boy', 'an elderly woman', 'the head of a neighbourhood watch unit', 'a market vendor', 'a fisherman', 'a soldier on leave', 'a border guard', 'a mid-level official', 'a hospital doctor', 'a diplomat posted abroad'];
const FAMILY = ['his family members', 'her parents', 'his wife and children', 'their relatives', 'the family of the defector', 'his elderly mother', 'her siblings', 'three of his relatives'];
const GROUPS = ['residents', 'traders', 'smugglers', 'families of defectors', 'border residents', 'cadres', 'university students', 'workers'];

const OUTLETS = ['Daily NK', 'NK News', 'Radio Free Asia', 'Asia Press', 'Yonhap', 'NK Pro', 'this outlet'];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_SHORT = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty'];
const GOODS = ['copper', 'medicinal herbs', 'mobile phones', 'rice', 'methamphetamine', 'South Korean films on USB sticks', 'cigarettes', 'seafood', 'coal', 'used clothes', 'gold', 'Chinese yuan'];

// ---- slots: each returns a phrase; ctx keeps one report's choices consistent ------

/** a town's province as reports spell it: a town from elsewhere (bench/corpus) brings its own spellings */
const provinceNames = (town) => town.provinceNames ?? NK_PROVINCES[town.province];

const ord = (n) => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

const SLOTS = {
  town: (r, c) => c.town.names[0],
  townAlt: (r, c) => r.pick(c.town.names),
  province: (r, c) => r.pick(provinceNames(c.town)),
  place: (r, c) => (r.chance(0.6) ? `${r.pick(c.town.names)}, ${r.pick(provinceNames(c.town))}` : r.chance(0.5) ? r.pick(c.town.names) : r.pick(provinceNames(c.town))),
  otherTown: (r) => {
    const t = r.pick(NK_TOWNS);
    return r.chance(0.5) ? `${t.names[0]} in ${NK_PROVINCES[t.province][0]}` : r.pick(t.names);
  },
  capital: (r) => r.pick(NK_CITIES_NO_PROVINCE),
  china: (r, c) => (c.china.province && r.chance(0.5) ? `${r.pick(c.china.names)}, ${c.china.province}` : r.pick(c.china.names)),
  chinaTown: (r, c) => c.china.names[0],
  abroad: (r) => r.pick(ABROAD),
  river: (r) => r.pick(RIVERS),
  org: (r, c) => r.pick(c.agents),
  secret: (r) => r.pick(STATE_SECURITY),
  police: (r) => r.pick(POLICE),
  party: (r) => r.pick(PARTY),
  military: (r) => r.pick(MILITARY),
  rgb: (r) => r.pick(RGB),
  prosecutors: (r) => r.pick(PROSECUTORS),
  chinese: (r) => r.pick(CHINESE),
  south: (r) => r.pick(SOUTH),
  intl: (r) => r.pick(INTERNATIONAL),
  leader: (r) => r.pick(LEADERS),
  person: (r, c) => c.person,
  people: (r) => r.pick(PEOPLE),
  family: (r) => r.pick(FAMILY),
  group: (r) => r.pick(GROUPS),
  goods: (r) => r.pick(GOODS),
  num: (r) => r.pick(NUMBER_WORDS),
  count: (r) => r.pick([`${r.pick(NUMBER_WORDS)}`, `some ${r.int(2, 30) * 10}`, `approximately ${r.int(2, 60)}`, `at least ${r.int(3, 40)}`, 'a dozen', `about ${r.int(2, 20) * 5}`, `more than ${r.int(1, 9) * 10}`, `${r.int(11, 300)}`]),
  team: (r) => `${r.pick(['three', 'four', 'five', 'six', 'ten'])}-man`,
  money: (r) => r.pick([`${r.int(1, 90) * 1000} yuan`, `${r.int(2, 60)} million won`, `US$${r.int(1, 50) * 100}`, `${r.int(5, 500)} dollars`]),
  price: (r) => `${r.int(40, 90) * 100} won`,
  date: (r, c) => {
    // a story's acts happen in its month (c.storyMonth, set by bench/corpus); otherwise any month of the year before
    const m = c.storyMonth ?? r.int(0, 11);
    const y = c.year - (m > c.month ? 1 : 0);
    return r.pick([
      `on ${MONTHS[m]} ${r.int(1, 28)}`,
      `on ${MONTHS_SHORT[m]} ${r.int(1, 28)}`,
      `on ${r.int(1, 28)} ${MONTHS[m]}`,
      `in early ${MONTHS[m]}`,
      `in late ${MONTHS[m]}`,
      `in mid-${MONTHS[m]}`,
      `at the end of ${MONTHS[m]}`,
      `in ${MONTHS[m]} ${y}`,
      `on the ${ord(r.int(1, 28))}`,
      'last week',
      'late last month',
      'earlier this month',
      'early this month',
      'in the spring',
      'last autumn',
      `in ${y - r.int(0, 3)}`,
      'two weeks ago',
      `on ${r.pick(WEEKDAYS)}`,
      'recently',
      'over the weekend',
    ]);
  },
  speechDay: (r) => r.pick([`on ${r.pick(WEEKDAYS)}`, 'recently', 'this week', 'yesterday', '']),
  year: (r, c) => `${c.year - r.int(1, 8)}`,
  outlet: (r, c) => c.outlet,
  // the first mention gives the descriptor, later ones mostly point back to it
  source: (r, c) => {
    if (c.sourceUsed && r.chance(0.6)) return 'the source';
    c.sourceUsed = true;
    return c.source;
  },
  anotherSource: (r) => r.pick(['an additional source in China', 'a separate source in {province}', 'another source in {province}', 'a second source familiar with the case', 'a different source in {chinaTown}', 'a defector who keeps in touch with family in {town}']),
  officialSource: (r) => r.pick(['Choi Eun-young, who heads a Seoul-based group that helps defectors', 'Han Dong-su of the Citizens’ Alliance for North Korean Refugees', 'a government official in Seoul', 'an official at the Ministry of Unification', 'a South Korean intelligence official', 'a diplomatic source in Beijing', 'a spokesperson for the unification ministry']),
  stateMedia: (r) => r.pick(['the Rodong Sinmun', 'the Korean Central News Agency (KCNA)', 'KCNA', 'Korean Central Television', 'the state-run Minju Joson']),
};

const SOURCE_DESCRIPTORS = [
  'a source in {province}',
  'a source in {town}',
  'a source close to North Korean affairs currently residing in China',
  'a source in China familiar with North Korean affairs',
  'a source in {chinaTown} with ties to traders in {town}',
  'a resident of {town}',
  'a Korean-Chinese trader who often travels to {town}',
  'an official in {province} who asked not to be named',
  'a defector who left {town} in {year}',
  'a source inside the {province} Party committee',
  'a reporting partner in {province}',
  'an informant in {province}',
  'a relative of one of the detainees',
  'a source who works at a state trading company in {chinaTown}',
];

// ---- templates ------------------------------------------------------------------
// [a|b] picks one alternative, {slot} fills a slot. Each event type has several
// phrasings, including attempted, ordered, rumoured and negated ones.

const EVENT_SENTENCES = {
  DEFECTION: [
    '{people} from {place} [fled|escaped|defected|ran away] to {china} {date}',
    '{people} [crossed the river|crossed {river}|waded across {river}] into China near {town} {date}',
    '{people} working in {chinaTown} [abandoned his post|went missing|failed to return to the dormitory] {date}',
    '{count} North Koreans tried to [flee|escape|cross the border] near {town} {date} but were [caught|stopped] by {military}',
    '{people} reached {abroad} {date} after a journey of [several weeks|more than a month|nearly a year] through China',
    'a diplomat posted to {abroad} [defected|went missing with his family] {date}',
  ],
  PURSUIT: [
    '{org} [dispatched|sent] a {team} team to {china} to [track down|hunt for|capture] {people}',
    '{capital} has sent [agents|a task force|a special team] to {china} to [locate|find|bring back] escapees',
    'agents from {secret} have been [combing|searching] {china} and {abroad} for {people}',
    '{count} agents from {rgb} are [tracking down|in pursuit of|hunting] defectors in {china}',
    'a task force of {count} [officers|agents] was formed {date} to search for {people} who fled {town}',
  ],
  ARREST: [
    '{org} [arrested|detained|apprehended|took into custody] {people} in {place} {date}',
    '{people} was [arrested|caught|detained] by {police} {date} while [selling {goods}|carrying {goods}|making a phone call to South Korea]',
    '{chinese} [arrested|detained|rounded up] {count} North Koreans in {china} {date}',
    '{count} people were [arrested|detained|taken away] in a raid on a house in {townAlt} {date}',
    '{people} was [intercepted|stopped|caught] at a checkpoint outside {town} {date}',
  ],
  REPATRIATION: [
    '{chinese} [repatriated|sent back|forcibly returned|handed over] {count} North Koreans to {capital} {date}',
    '{people} [was repatriated|was sent back|was handed over to {secret}] from {china} {date}',
    '{capital} [demanded the return of|has asked Beijing to send back] {people} who fled to {china}',
    'the defectors were held in {chinaTown} before being [repatriated|forcibly returned] {date}',
  ],
  PUNISHMENT: [
    '{people} was [sentenced to {int} years in a labour camp|sent to a prison camp|publicly executed|dismissed from his post|expelled from the Party] {date}',
    '{org} [sent|packed off] {people} to a re-education camp in {otherTown} {date}',
    '{people} had [his house taken away|her property confiscated|his post stripped] after [the inspection|the trial|the investigation]',
    'a public trial was held in {townAlt} {date}, and {people} was [sentenced to death|given a life sentence|sentenced to hard labour]',
  ],
  COLLECTIVE_PUNISHMENT: [
    '{family} [were arrested|were banished to {otherTown}|were sent to a political prison camp|were taken away by {secret}] {date}',
    'after the escape, {org} [arrested|questioned|placed under watch] {family}',
    '{family} [lost their jobs|were expelled from {capital}|were relocated to a remote village] because of {people}’s defection',
  ],
  SURVEILLANCE: [
    '{org} has [stepped up surveillance of|intensified a crackdown on|placed informants among] {group} in {place}',
    '{secret} ordered managers to [monitor|report back on|keep watch over] their workers in {chinaTown}',
    'an inspection [team|group] from {party} has been [checking|inspecting] households in {townAlt} {date}',
    '{police} are [checking the whereabouts of|conducting night-time checks on] {group} near the border',
    'informants have been planted in the markets of {town} to [monitor|report on] {group}',
  ],
  SMUGGLING: [
    '{people} had been [smuggling|moving] {goods} across {river} for [years|several months]',
    'a [smuggling ring|smuggling operation] that moved {goods} from {town} to {chinaTown} was [broken up|exposed] {date}',
    'a broker in {chinaTown} charged {money} to [guide|move] {people} across the border',
    'contraband {goods} worth {money} were [seized|confiscated] at the customs office in {town}',
  ],
  CORRUPTION: [
    '{people} paid [a bribe of|bribes worth] {money} to [border guards|an official|the police] in {town}',
    '{people} [embezzled|siphoned off] {money} from [state funds|the company accounts|the cooperative farm]',
    'officials of {police} in {town} have been [extorting|demanding kickbacks from] {group}',
    'the head of the [customs office|trading company] was accused of [bribery|embezzlement|taking kickbacks] {date}',
  ],
  FABRICATION: [
    '{party} [fabricated|forged] [the accounts|documents|travel permits] to [blame|frame] {people}',
    '{people} was [falsely accused|made a scapegoat] by {org} [to cover up the loss|after the inspection|for the failures of his superiors]',
    'the [travel permits|identity papers|border passes] had been [forged|fabricated] by a broker in {chinaTown}',
    'officials made it appear that {people} had [stolen the money|fled with the funds|collaborated with South Korea]',
  ],
  INVESTIGATION: [
    '{prosecutors} [launched an investigation into|opened a probe into|began an inquiry into] {people} {date}',
    'an inspection group was sent to {place} {date} to [investigate|look into] [the incident|the escape|the missing funds]',
    '{secret} is [investigating|questioning] {group} in {townAlt} over [the leak|the escape|the smuggling case]',
    'a [joint|central] investigation team from {party} arrived in {town} {date}',
  ],
  DIRECTIVE: [
    '{leader} [ordered|instructed|directed] {org} to [repatriate escapees without question|seal the border|tighten control over {group}]',
    '{party} issued [a directive|an order|instructions|a decree] {date} [banning|forbidding] {group} from [using Chinese mobile phones|travelling to the border area|trading in {goods}]',
    'a [special order|new directive] from {capital} told border units to [shoot anyone crossing|report every crossing|step up patrols] along {river}',
    '{org} [was ordered|was instructed] to [complete the search|finish the inspection] by the end of {month}',
  ],
  INCENTIVE: [
    '{org} [offered a reward|promised a bounty|announced prize money] of {money} for [information on|reporting|capturing] {people}',
    'residents who report [smugglers|defectors|illegal phone users] are promised [a reward|a bonus|{money}]',
    'the authorities [are offering|have offered] [Party membership|a better job|{money}] to informants in {townAlt}',
  ],
  VIOLENCE: [
    '{people} was [beaten|tortured|severely beaten] [during interrogation|in custody|by guards] in {townAlt}',
    '{military} [shot|killed|opened fire on] {people} trying to cross {river} {date}',
    '{org} [threatened|warned of retaliation against] {family} if {people} did not return',
    'a detainee [died|was killed] in a holding centre run by {police} in {town} {date}',
  ],
  PROTEST: [
    '{group} in {townAlt} [protested|complained|petitioned the authorities] over [the crackdown|the confiscations|unpaid wages]',
    '{family} [protested|insist] that {people} was [framed|innocent|forced to flee by other cadres]',
    'a group of [market vendors|women traders|farm workers] [confronted|argued with|refused to obey] {police} in {town} {date}',
  ],
};

// most event sentences are plain; these frames make the rest rumoured, hedged or denied
const MODALITY_FRAMES = [
  (s) => `it is rumoured that ${s}`,
  (s) => `rumours are circulating in {town} that ${s}`,
  (s) => `there are reports that ${s}, though this could not be confirmed`,
  (s) => `{org} denied that ${s}`,
  (s) => `{outlet} understands that ${s}`,
];

const ATTRIBUTIONS = [
  (s) => `${s}, {source} told {outlet} {speechDay}.`,
  (s) => `${s}, according to {source}.`,
  (s) => `According to {source}, ${s}.`,
  (s) => `{Source} said that ${s}.`,
  (s) => `${s}, the source said.`,
  (s) => `${s}, he added.`,
  (s) => `${s}, {outlet} has learned.`,
  (s) => `${s}.`,
  (s) => `${s}.`,
  (s) => `${s}, {anotherSource} said.`,
  (s) => `${s}, {officialSource} told reporters.`,
  (s) => `${s}, {stateMedia} reported.`,
];

const QUOTES = [
  'They are feverishly doing everything they can to find him before word gets out',
  'Nobody dares to talk about it openly, but everyone in the market knows',
  'The agents came at night and took the whole family away',
  'He had no choice after the inspection found the money missing',
  'People are scared because the punishments are harsher than before',
  'The border is practically sealed, and even smugglers are lying low',
  'The authorities say he was a traitor, but his neighbours say he was framed',
  'If you are caught with a Chinese phone now, you are finished',
  'They want to make an example of him so that others will not try',
  'Even the guards are afraid of being reported by their own colleagues',
  'She paid everything she had and still could not get him released',
  'The order came directly from the centre, so nobody can question it',
  'Prices have doubled since the crackdown started',
  'The family is being watched day and night',
];

const QUOTE_FRAMES = [
  (q) => `“${q},” {source} said.`,
  (q) => `“${q},” the source said.`,
  (q) => `"${q}," he said.`,
  (q) => `“${q}. It has been like this since {month},” she added.`,
  (q) => `{Source} said: “${q}.”`,
  (q) => `“${q},” said {anotherSource}.`,
];

const BACKGROUND = [
  'The price of rice in the markets of {town} rose to {price} per kilogram {date}.',
  'Border security has been tightened considerably since the pandemic, and crossings have become rare.',
  'Such cases are usually handled quietly to avoid alarming {group}.',
  'It is not known how many people have been affected.',
  '{outlet} was unable to independently verify the report.',
  'The incident has reportedly caused a stir among {group} in {province}.',
  'Residents of border towns have long relied on trade with China for their livelihoods.',
  'Observers say the measures reflect {capital}’s growing concern over information flowing in from outside.',
  '{south} declined to comment on the case.',
  'The number of defectors reaching South Korea fell sharply over the past few years.',
  '{intl} has repeatedly raised concerns about forced repatriations.',
  'Local markets were closed for several days {date}.',
  'Traders in {chinaTown} say business with North Korean partners has slowed.',
  'The exchange rate in {town} reached {price} to the dollar last month.',
  'Families with relatives abroad are said to be under particular pressure.',
  'Similar crackdowns have been reported in {otherTown} and {otherTown}.',
  'The case is said to be one of several in {province} this year.',
  '{leader} has called for stronger discipline among cadres in recent speeches.',
];

const HEADLINES = {
  DEFECTION: ['{Num} flee {town} as controls tighten', 'Defection from {town} sets off alarm', 'Worker goes missing in {chinaTown}'],
  PURSUIT: ['{Secret} team sent to China in pursuit of escapees', 'Agents comb {chinaTown} for runaway cadres'],
  ARREST: ['Arrests in {town} after phone crackdown', '{Num} detained in {town} raid'],
  REPATRIATION: ['China sends back {num} North Koreans', 'Defectors repatriated via {chinaTown}'],
  PUNISHMENT: ['Public trial held in {town}', 'Cadre expelled from Party after inspection'],
  COLLECTIVE_PUNISHMENT: ['Families punished after {town} escape', 'Relatives banished over defection'],
  SURVEILLANCE: ['Surveillance stepped up in {province}', 'Informants planted in {town} markets'],
  SMUGGLING: ['Smuggling ring broken up near {town}', 'Brokers raise fees for crossings'],
  CORRUPTION: ['Bribery case shakes {town} customs office', 'Officials accused of extortion in {town}'],
  FABRICATION: ['Cadre framed to cover up losses, sources say', 'Forged permits found in {town}'],
  INVESTIGATION: ['Probe opened into missing funds in {town}', 'Inspection group arrives in {province}'],
  DIRECTIVE: ['New order bans phones near the border', '{Leader} orders border sealed'],
  INCENTIVE: ['Rewards offered for reporting defectors', 'Bounty set for runaway official'],
  VIOLENCE: ['Detainee beaten in {town} holding centre', 'Guards open fire on river crossing'],
  PROTEST: ['Vendors push back against crackdown in {town}', 'Family protests official account'],
};

// ---- assembly -----------------------------------------------------------------

const ALT = /\[([^\[\]]*)\]/g;
const SLOT = /\{([A-Za-z]+)\}/g;

function fill(template, r, c) {
  let s = template.replace(ALT, (_, alts) => r.pick(alts.split('|')));
  // a slot may expand to text with slots of its own (a source descriptor naming a town)
  for (let depth = 0; depth < 3 && s.includes('{'); depth++) {
    s = s.replace(SLOT, (_, name) => {
      if (name === 'int') return String(r.int(2, 15));
      if (name === 'month') return r.pick(MONTHS);
      const key = name[0].toLowerCase() + name.slice(1);
      const slot = SLOTS[key];
      if (!slot) throw new Error(`corpus template names an unknown slot {${name}}`);
      const v = slot(r, c);
      return name === key ? v : capitalise(v);
    });
  }
  return s.replace(/ {2,}/g, ' ').replace(/ ([,.])/g, '$1');
}

const capitalise = (s) => (s ? s[0].toUpperCase() + s.slice(1) : s);

function eventSentence(type, r, c) {
  const core = fill(r.pick(EVENT_SENTENCES[type]), r, c);
  if (r.chance(0.65)) return capitalise(fill(r.pick(ATTRIBUTIONS)(core), r, c));
  // a framed clause ("it is rumoured that ...") rarely carries a second attribution
  const framed = fill(r.pick(MODALITY_FRAMES)(core), r, c);
  return capitalise(r.chance(0.3) ? fill(r.pick(ATTRIBUTIONS)(framed), r, c) : `${framed}.`);
}

function quoteSentence(r, c) {
  return fill(r.pick(QUOTE_FRAMES)(r.pick(QUOTES)), r, c);
}

const EVENT_TYPES = Object.keys(EVENT_SENTENCES);

/** Hard line breaks and hyphenation as in text pasted from a PDF or a web page. */
function breakLines(text, r) {
  const width = r.int(50, 80);
  let out = '';
  let line = 0;
  for (const word of text.split(' ')) {
    if (line + word.length > width && line > 0) {
      if (word.length > 7 && r.chance(0.25)) {
        const cut = r.int(3, word.length - 3);
        out += `${word.slice(0, cut)}-\n${word.slice(cut)} `;
        line = word.length - cut + 1;
        continue;
      }
      out = `${out.trimEnd()}\n`;
      line = 0;
    }
    out += `${word} `;
    line += word.length + 1;
  }
  return out.trimEnd();
}

/**
 * One report's consistent choices. `choose` may fix any of them (bench/corpus draws
 * towns and outlets from skewed distributions); the rest are drawn uniformly, in
 * the same order as ever, so a seed gives the same reports as before.
 */
export function reportContext(r, choose = {}) {
  const year = choose.year ?? r.int(2012, 2025);
  const month = choose.month ?? r.int(0, 11);
  const day = choose.day ?? r.int(1, 28);
  const c = {
    year,
    month,
    day,
    town: choose.town ?? r.pick(NK_TOWNS),
    china: choose.china ?? r.pick(CHINA_TOWNS),
    agents: choose.agents ?? r.pick(ORGAN_AGENTS),
    person: choose.person ?? r.pick(PEOPLE),
    outlet: choose.outlet ?? r.pick(OUTLETS),
    source: '',
    sourceUsed: false,
  };
  c.source = fill(r.pick(SOURCE_DESCRIPTORS), r, c);
  return c;
}

/** Title and paragraphs of a report about `main` told in context c. */
export function composeReport(r, c, main, paragraphCount) {
  const paragraphs = [];
  for (let p = 0; p < paragraphCount; p++) {
    const sentences = [];
    const n = r.int(2, 5);
    for (let i = 0; i < n; i++) {
      const roll = r.next();
      if (p === 0 && i === 0) sentences.push(eventSentence(main, r, c));
      else if (roll < 0.5) sentences.push(eventSentence(r.chance(0.4) ? main : r.pick(EVENT_TYPES), r, c));
      else if (roll < 0.72) sentences.push(quoteSentence(r, c));
      else sentences.push(capitalise(fill(r.pick(BACKGROUND), r, c)));
    }
    let para = sentences.join(' ');
    if (r.chance(0.25)) para = breakLines(para, r);
    if (r.chance(0.1)) para = para.replace(/“/g, '"').replace(/”/g, '"');
    paragraphs.push(para);
  }
  return { title: fill(r.pick(HEADLINES[main]), r, c), paragraphs };
}

export { EVENT_TYPES, MODALITY_FRAMES, ATTRIBUTIONS, QUOTE_FRAMES, breakLines, capitalise };

function report(r, seq) {
  const c = reportContext(r);
  const main = r.pick(EVENT_TYPES);
  const { title, paragraphs } = composeReport(r, c, main, r.int(6, 11));
  return {
    title,
    outlet: c.outlet === 'this outlet' ? null : c.outlet,
    published: `${c.year}-${String(c.month + 1).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`,
    language: 'en',
    text: paragraphs.join(r.chance(0.2) ? '\n\n\n' : '\n\n'),
    name: `bench-${seq}`,
  };
}

export const countWords = (text) => {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const ws = text.charCodeAt(i) <= 32;
    if (!ws && !inWord) n++;
    inWord = !ws;
  }
  return n;
};

/**
 * Yields reports until at least `words` words (whitespace-separated, title and text)
 * have been produced. The same seed gives the same reports in every process.
 */
export function* generateReports({ seed = 20240611, words = 2_000_000 } = {}) {
  const r = createRandom(seed);
  let total = 0;
  for (let seq = 0; total < words; seq++) {
    const rep = report(r, seq);
    rep.words = countWords(rep.title) + countWords(rep.text);
    total += rep.words;
    yield rep;
  }
}

/** Items in batches of about `batchWords` words (each item counts its own `words`). */
export function* batchesOf(items, batchWords = 50_000) {
  let batch = [];
  let n = 0;
  for (const r of items) {
    batch.push(r);
    n += r.words;
    if (n >= batchWords) {
      yield batch;
      batch = [];
      n = 0;
    }
  }
  if (batch.length) yield batch;
}

/** The same reports in batches of about `batchWords` words, so a run can time a batch at once. */
export function reportBatches(opts, batchWords = 50_000) {
  return batchesOf(generateReports(opts), batchWords);
}
