// Wording variety for the real-shaped corpus. The templates of ../extract/corpus.mjs
// repeat a few dozen stock sentences (quotes, background) word for word, so two
// unrelated generated stories shared whole passages, which real reports from
// different outlets rarely do unless one copies the other. Each time a stock
// sentence is drawn, it is told in one of several structures with words varied
// ([a|b] alternatives, filled by the corpus's own template filling), so unrelated
// stories share only short common phrases; reposts still copy a page's text as it is.
// The rewrites are written for Casefile (no outlet's text).
import { ATTRIBUTIONS, MODALITY_FRAMES, QUOTE_FRAMES } from '../extract/corpus.mjs';

/** Stock sentence (as written in ../extract/corpus.mjs) -> ways to tell it. */
const REWRITES = {
  // quotes
  'They are feverishly doing everything they can to find him before word gets out': [
    'They are [desperate|in a hurry|racing] to [find|catch|locate] him before [the news spreads|anyone hears of it|word reaches {capital}]',
    '[Every|Each] [agent|officer] in {town} has been told to [look for|track down] him [quietly|without fuss]',
    'The [bosses|higher-ups|people in charge] want him [found|back] before [the story gets around|it becomes a scandal]',
  ],
  'Nobody dares to talk about it openly, but everyone in the market knows': [
    '[Everyone|All the vendors|Half the town] [knows|has heard], [though|but] [no one|nobody] [says it out loud|speaks of it in public]',
    'People [whisper|talk quietly] about it [at the stalls|over dinner|in the alleys], [never|not] openly',
    'It is the [talk|gossip] of the [market|neighbourhood], yet [nobody|no one] [will|would] [discuss|mention] it [openly|with strangers]',
  ],
  'The agents came at night and took the whole family away': [
    '[Officers|Agents|Men from the bureau] [arrived|showed up|turned up] [after midnight|before dawn|late at night] and [removed|took away|led off] [everyone in the house|the entire household|all of them]',
    'The [whole|entire] family [vanished|was gone] [overnight|by morning]; [neighbours|people nearby] saw [a truck|a car|agents] at the door',
  ],
  'He had no choice after the inspection found the money missing': [
    'Once the [inspectors|audit|inspection team] [discovered|noticed|reported] the [shortfall|missing funds|gap in the accounts], he [had nowhere to turn|was out of options|could do nothing]',
    '[The audit|An inspection] [showed|turned up] [money missing|a shortfall], and [after that|from then on] he [had no way out|was trapped]',
  ],
  'People are scared because the punishments are harsher than before': [
    '[Sentences|Penalties|Punishments] are [much|far|a lot] [tougher|stiffer|heavier] [now|these days|than last year], so [people|residents|folks] are [afraid|frightened|nervous]',
    '[Fear|Anxiety] has [spread|grown] [since|because] the [sentences|penalties] got [harsher|heavier]',
    '[Nobody|No one] [wants|dares] to [risk it|take chances] [now|anymore], [not|never] with [penalties|punishments] like these',
  ],
  'The border is practically sealed, and even smugglers are lying low': [
    '[Nothing|Hardly anything|Almost nothing] [crosses|moves across] the [river|border] [now|these days]; [even|all] the [smugglers|brokers|runners] [have stopped|are waiting|are keeping quiet]',
    'With the [border|river] [all but closed|shut tight|locked down], [brokers|smugglers] [are staying home|have gone quiet|sit and wait]',
    '[Smugglers|Brokers] [are lying low|have gone to ground] [because|since] the [frontier|border] is [effectively|nearly|as good as] [sealed|closed]',
  ],
  'The authorities say he was a traitor, but his neighbours say he was framed': [
    '[Officially|According to the authorities|The official line is that] he [betrayed the country|was a traitor], [yet|but] [people who know him|his neighbours|those around him] [believe|insist|say] he was [set up|framed|made a scapegoat]',
    '[His neighbours|People on his street] [do not believe|reject] the [charge|accusation] of treason; they [think|say] [someone|his superiors] [framed|set up] him',
  ],
  'If you are caught with a Chinese phone now, you are finished': [
    '[Get caught|Anyone caught|Being caught] with a [Chinese|foreign|smuggled] [phone|handset|mobile] [now|these days] [means ruin|ends everything|is the end]',
    'A [Chinese|smuggled] [phone|handset] can [cost you|get you] [everything|years in a camp|your life] [nowadays|these days|now]',
  ],
  'They want to make an example of him so that others will not try': [
    '[The idea|The point|Their aim] is to [use|turn] him [into a warning|as an example] [for|to] [others|anyone tempted|everyone else]',
    '[He is being|They are making him] [punished|an example] [publicly|in front of everyone] [to scare|to deter|to frighten] [others|would-be imitators|the rest]',
  ],
  'Even the guards are afraid of being reported by their own colleagues': [
    '[The guards|Soldiers on the river|Even border troops] [fear|worry about|dread] [being informed on|denunciation] by [their comrades|fellow guards|their own unit]',
    '[No guard|Not a single guard] [trusts|dares trust] [his colleagues|the man beside him] [anymore|now]',
  ],
  'She paid everything she had and still could not get him released': [
    '[She|His mother|The family] [spent|handed over|gave up] [every last won|all her savings|everything] [but|and still] [he stayed locked up|he was not freed|they kept him]',
    '[All|Every bit of] [the money|her savings] went to [officials|the guards|the interrogators], [yet|but] he [remains|is still] [in custody|behind bars|detained]',
  ],
  'The order came directly from the centre, so nobody can question it': [
    '[The instruction|This order|The directive] [came|was sent] [straight|directly] from {capital}, [and|so] [no one|nobody] [argues|can object|dares object]',
    '[Since|Because] it [is|was] a [central|top-level] [order|instruction], [local cadres|officials here|nobody] [can|could] [change|question|refuse] it',
  ],
  'Prices have doubled since the crackdown started': [
    '[Rice|Corn|Everything in the market] [costs|is] [twice|double|nearly twice] what it [did|was] [before the crackdown|last season|a few months ago]',
    '[Since|Ever since] the [crackdown|campaign|inspections] [began|started], [prices|market prices] have [soared|shot up|doubled]',
  ],
  'The family is being watched day and night': [
    '[Someone|An agent|A watcher] [stands|keeps watch] [outside|near] the [family’s|their] [house|home] [around the clock|all day and all night]',
    '[Agents|Informants|Neighbourhood watchers] [follow|track|keep an eye on] [the family|his relatives] [at all hours|constantly|day and night]',
  ],
  // background
  'Border security has been tightened considerably since the pandemic, and crossings have become rare.': [
    '[Crossings|Illegal crossings|River crossings] [are now rare|have almost stopped|have dwindled] [since|after] [the pandemic|COVID-19|the 2020 border closure] [led to|brought] [tighter|stricter|far stricter] [controls|security|patrols].',
    'The [border|frontier] has been [much|far] [harder|more difficult] to cross [since|after] [the pandemic|the border closure of 2020|COVID-19].',
    '[Since|After] [the pandemic|2020], [new fences|more guard posts|extra patrols] [have made|made] [crossing|escape] [rare|very rare|almost impossible].',
  ],
  'Such cases are usually handled quietly to avoid alarming {group}.': [
    '[Officials|The authorities|Cadres] [tend to|usually|generally] [keep|handle] [cases like this|such incidents|these matters] [quiet|out of sight|under wraps] [to avoid alarming|so as not to alarm|to avoid upsetting] {group}.',
    '[Cases like this|Such affairs] [rarely|seldom] [become|are made] public, [for fear of|lest they cause] [unrest|alarm|panic] among {group}.',
  ],
  'It is not known how many people have been affected.': [
    '[The number|How many people] [affected|caught up in it|involved] [remains|is] [unclear|unknown|not known].',
    '[No one|Nobody] [knows|could say] [how many|exactly how many] [people|residents|families] were [affected|caught up|involved].',
  ],
  '{outlet} was unable to independently verify the report.': [
    '{outlet} [could not|was not able to] [confirm|verify] [the account|these claims|this] [independently|on its own|with a second source].',
    '[The account|This report|The claim] [could not be|has not been] [independently|separately] [verified|confirmed] by {outlet}.',
  ],
  'The incident has reportedly caused a stir among {group} in {province}.': [
    '[Word of|News of|Talk about] the [incident|case|affair] [has spread|is spreading|has unsettled people] among {group} in {province}.',
    '{group} in {province} [are said to be|are reportedly] [shaken|talking about it|uneasy] [after|since] the [incident|case].',
  ],
  'Residents of border towns have long relied on trade with China for their livelihoods.': [
    '[For decades|For years|Long], [people|families|households] [along the border|in border towns|near the river] have [lived off|depended on|relied on] [trade|business|dealings] with China.',
    '[Trade|Cross-border trade|Business] with China [has long been|is] [the lifeline|the main income|how people survive] [for|in] [border towns|the border area|border communities].',
  ],
  'Observers say the measures reflect {capital}’s growing concern over information flowing in from outside.': [
    '[Analysts|Experts|Observers] [see|read] the [measures|moves|new rules] as [a sign of|evidence of] {capital}’s [fear|worry|unease] about [outside information|foreign media|news from abroad].',
    '[Such steps|The measures|These rules] [show|suggest|point to] [how worried|how anxious] {capital} [is|has become] about [information|media|news] [from outside|from abroad|crossing the border].',
  ],
  '{south} declined to comment on the case.': [
    '{south} [did not|would not] [comment|respond to questions|give a comment] [on the case|about the case|on the report].',
    '[Asked about|Approached about|Contacted about] the [case|report], {south} [declined to comment|had no comment|gave no answer].',
  ],
  'The number of defectors reaching South Korea fell sharply over the past few years.': [
    '[Fewer|Far fewer|Only a handful of] [defectors|escapees|North Koreans] [have reached|have arrived in|made it to] South Korea [in recent years|since 2020|lately].',
    '[Arrivals|Defector arrivals] in the South [dropped|fell|plunged] [sharply|steeply|dramatically] [in recent years|after 2019|over the past few years].',
  ],
  '{intl} has repeatedly raised concerns about forced repatriations.': [
    '{intl} has [often|repeatedly|more than once] [criticised|condemned|objected to] [forced returns|forced repatriations|the return of escapees] [by China|from China].',
    '[Forced returns|Repatriations] from China have [drawn|prompted] [criticism|protests|concern] from {intl} [again and again|many times|in the past].',
  ],
  'Local markets were closed for several days {date}.': [
    '[Markets|The local markets|Stalls] [stayed|were kept|remained] [shut|closed] for [a few|several|some] days {date}.',
    '{date}, [the authorities|officials] [shut|closed] [the markets|local markets] for [several days|a few days|nearly a week].',
  ],
  'Traders in {chinaTown} say business with North Korean partners has slowed.': [
    '[Merchants|Traders|Dealers] in {chinaTown} [report|say|complain] that [orders|deals|business] from [across the river|North Korean partners|the North] have [slowed|dried up|fallen off].',
    '[Business|Trade] [between|across] {chinaTown} and the North has [slowed|cooled|fallen], [traders|merchants] there [say|report].',
  ],
  'The exchange rate in {town} reached {price} to the dollar last month.': [
    '[A dollar|One US dollar] [fetched|bought|was worth] {price} in {town} [last month|a few weeks ago|at the last count].',
    '[In|At] {town}’s [market|money changers], the dollar [rose|climbed|reached] to {price} [last month|recently].',
  ],
  'Families with relatives abroad are said to be under particular pressure.': [
    '[Households|Families] [with|that have] [relatives|kin|family members] [abroad|in the South|outside the country] [face|are under] [extra|special|heavy] [scrutiny|pressure].',
    '[Those|People] [whose relatives|with family who] [left|fled|live abroad] [are watched|feel the pressure|are targeted] [most|more than others].',
  ],
  'Similar crackdowns have been reported in {otherTown} and {otherTown}.': [
    '[Reports of|Word of] [similar|comparable|the same kind of] [crackdowns|campaigns|inspections] [have come|came] from {otherTown} and {otherTown}.',
    '{otherTown} and {otherTown} [have seen|saw|are also under] [similar|the same] [measures|crackdowns|campaigns], [sources|residents] [say|report].',
  ],
  'The case is said to be one of several in {province} this year.': [
    '[At least|Perhaps|Reportedly] [several|a few|a handful of] [similar|other] cases [have occurred|were recorded|came up] in {province} this year.',
    '[This|The case] [is not|was not] [the first|an isolated case] in {province} this year, [sources|people there] [say|believe].',
  ],
  '{leader} has called for stronger discipline among cadres in recent speeches.': [
    '[In recent speeches|In several speeches|Lately], {leader} has [demanded|urged|called for] [tighter|stricter|stronger] [discipline|control|order] among [cadres|officials|Party members].',
    '{leader} [has been stressing|keeps stressing|has stressed] [discipline|loyalty|order] [in the ranks|among officials|among cadres] [in recent months|this year].',
  ],
  'The price of rice in the markets of {town} rose to {price} per kilogram {date}.': [
    '[A kilogram of rice|Rice] [cost|sold for|went for] {price} [a kilogram|per kilo|] in {town}’s [markets|main market] {date}.',
    '{date}, [rice|a kilo of rice] [climbed|rose|jumped] to {price} [in|at] the [markets|market] of {town}.',
  ],
  // source descriptors a story repeats in every report
  'a source close to North Korean affairs currently residing in China': [
    'a source [in China|living in China|based in China] [with contacts|who keeps in touch] [in the North|across the border]',
    'a [China-based|Chinese-based] source [familiar with|who follows] [North Korean|the North’s] affairs',
  ],
  'a source in China familiar with North Korean affairs': [
    'a source in China [who follows|who knows|who watches] [the North|North Korea] [closely|well]',
    'a [China-based|Chinese] [contact|informant|source] [with knowledge of|familiar with] [the case|the North]',
  ],
};

/**
 * Stock frames around a clause or a quote -> ways to frame it. The words that carry
 * a frame's sense (rumoured, denied, according to, said) stay, so extraction reads
 * the same modality and sources.
 */
const FRAME_REWRITES = new Map([
  [MODALITY_FRAMES[0], [
    (s) => `it is [widely|] rumoured [in {town}|locally|] that ${s}`,
    (s) => `rumour has it [in {town}|among traders|] that ${s}`,
  ]],
  [MODALITY_FRAMES[1], [
    (s) => `rumours [have spread|are going around|are spreading] in {town} that ${s}`,
    (s) => `[in {town}, |]rumours [say|suggest] that ${s}`,
  ]],
  [MODALITY_FRAMES[2], [
    (s) => `there are [unconfirmed reports|reports, not yet confirmed,|claims] that ${s}`,
    (s) => `${s}, according to [unconfirmed reports|reports that could not be verified]`,
    (s) => `[some reports say|reports suggest] that ${s}, [but this could not be verified|though {outlet} could not confirm it|which remains unconfirmed]`,
  ]],
  [MODALITY_FRAMES[3], [
    (s) => `{org} [has denied|flatly denied|denies] that ${s}`,
    (s) => `{org} [rejected|dismissed] claims that ${s}`,
  ]],
  [MODALITY_FRAMES[4], [
    (s) => `{outlet} [has learned|was told|has been told] that ${s}`,
    (s) => `[sources tell|sources have told] {outlet} that ${s}`,
  ]],
  [ATTRIBUTIONS[0], [(s) => `${s}, {source} [said|told {outlet}|explained] {speechDay}.`, (s) => `{Source} told {outlet} {speechDay} that ${s}.`]],
  [ATTRIBUTIONS[1], [(s) => `${s}, [{source} said|said {source}|according to {source}].`]],
  [ATTRIBUTIONS[2], [(s) => `[According to|In the words of] {source}, ${s}.`, (s) => `[In the account of|As related by|As described by] {source}, ${s}.`]],
  [ATTRIBUTIONS[3], [(s) => `{Source} [said|reported|explained|noted] that ${s}.`]],
  [ATTRIBUTIONS[4], [(s) => `${s}, [the source|the informant|this person|our contact] [said|explained|noted|went on].`]],
  [ATTRIBUTIONS[5], [(s) => `${s}, [he|she|the source] [added|went on|continued].`]],
  [ATTRIBUTIONS[6], [(s) => `${s}, {outlet} [has learned|was told|understands].`]],
  [QUOTE_FRAMES[0], [(q) => `“${q},” {source} [said|told {outlet}|explained|recalled].`]],
  [QUOTE_FRAMES[1], [(q) => `“${q},” [the source|the informant|the contact|this person] [said|added|explained].`]],
  [QUOTE_FRAMES[3], [(q) => `“${q}. [Things have been this way|It has gone on like this|Nothing has changed] since {month},” [she|he|the source] [added|went on|said].`]],
  [QUOTE_FRAMES[4], [(q) => `{Source} [said|put it this way|told {outlet}]: “${q}.”`]],
]);

/**
 * Words of the act templates that no act depends on, each told in one of several
 * ways wherever a template is drawn, so two stories of one kind share their act's
 * words ("arrested", "fled") but not whole clauses around them.
 */
const SWAPS = [
  ['a raid on a house', 'a raid on a house|a search of a home|a night raid on a flat'],
  ['arrived in', 'arrived in|reached|turned up in'],
  ['was sent to', 'was sent to|was dispatched to|went to'],
  ['to look into', 'to look into|to examine|to get to the bottom of'],
  ['the incident', 'the incident|the affair|what happened'],
  ['has been', 'has been|was'],
  ['for years', 'for years|for a long time|since at least {year}'],
  ['after a journey of', 'after a journey of|after travelling for|following'],
  ['near the border', 'near the border|in the border area|along the frontier'],
  ['checkpoint outside', 'checkpoint outside|road checkpoint near|security post on the edge of'],
  ['the customs office', 'the customs office|the customs house|customs'],
  ['trying to cross', 'trying to cross|attempting to cross|as they tried to cross'],
  ['because of', 'because of|over|as punishment for'],
  ['in a labour camp', 'in a labour camp|of hard labour|in a reform camp'],
  ['after the escape', 'after the escape|once the escape came to light|following the escape'],
  ['who fled', 'who fled|who escaped|who got away'],
  ['to search for', 'to search for|to find|to trace'],
  ['in a holding centre run by', 'in a holding centre run by|in a detention facility of|while held by'],
  ['were promised', 'were promised|are told they will get|can expect'],
  ['the authorities', 'the authorities|officials|local cadres'],
  ['team', 'team|group|unit'],
  ['residents who report', 'residents who report|anyone who reports|people who inform on'],
  ['the end of', 'the end of|the close of|late'],
].map(([from, to]) => [new RegExp(`\\b${from}\\b`, 'g'), `[${to}]`]);

/** A template's fixed words varied; its slots and alternatives left as they are. */
function swapWords(template) {
  return template.split(/(\{[^}]*\}|\[[^\]]*\])/).map((part, i) => (i % 2 ? part : SWAPS.reduce((t, [from, to]) => t.replace(from, to), part))).join('');
}

/** `r` with stock sentences drawn in varied wording; everything else drawn as `r` draws it. */
export function varied(r) {
  return {
    ...r,
    pick: (list) => {
      const v = r.pick(list);
      const ways = typeof v === 'string' ? REWRITES[v] : FRAME_REWRITES.get(v);
      if (ways) return r.chance(0.85) ? r.pick(ways) : v;
      return typeof v === 'string' && v.includes('{') ? swapWords(v) : v;
    },
  };
}
