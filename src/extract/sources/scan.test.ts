import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDoc, textOf, WORLD } from '../testing.case.js';

const sourcesOf = (text: string, opts = {}) => {
  const doc = extractDoc(text, opts);
  const keys = [...new Set(doc.layers.sources!.map((s) => s.key))];
  return keys.map((key) => {
    const ms = doc.layers.sources!.filter((s) => s.key === key);
    return { descriptor: ms[0].descriptor, location: ms.find((m) => m.location)?.location ?? null, kind: ms[0].kind, mentions: ms.map((m) => textOf(doc, m.span)) };
  });
};

test('"another source" and "a separate source" are distinct; "the source" and "he" point back', () => {
  const found = sourcesOf(
    'A source in Ryanggang Province told Daily NK that agents arrived. "They came at night," the source said. He added that two cadres fled. ' +
      'A separate source in Ryanggang Province said the Party knew. Another source in China said the same, according to the source.',
  );
  assert.deepEqual(found.map((s) => [s.location, s.mentions.length]), [['Ryanggang', 3], ['Ryanggang', 1], ['China', 2]]);
});

test('the outlet itself is no source, another outlet it cites is one', () => {
  const found = sourcesOf('Daily NK has learned that guards were paid. The story was first reported by Radio Free Asia.', { outlet: 'Daily NK' });
  assert.deepEqual(found.map((s) => [s.kind, s.descriptor]), [['outlet', 'Radio Free Asia']]);
});

test('officials quoted by name and state media are sources; plural and in-story speakers are not', () => {
  const found = sourcesOf(
    'Kim Yong-su, a lawmaker in Seoul, said the count was wrong. Sources in the region told Daily NK the same. ' +
      'Guards told them to leave. North Korea\'s Korean Central News Agency said the plot failed.',
    { actors: [{ name: 'Kim Yong-su', kind: 'person' }] },
  );
  assert.deepEqual(found.map((s) => [s.kind, s.location]), [['official', 'Seoul'], ['state_media', 'North Korea']]);
});

test('a definite reference with a place picks the source of that place; "in the province" takes the last province named', () => {
  const found = sourcesOf(
    'Police in Hyesan, Ryanggang Province, detained a trader. A source in China said the trader was known. ' +
      'A second source in the province said he was beaten. The China source added that his family was warned.',
  );
  assert.deepEqual(found.map((s) => [s.location, s.mentions.length]), [['China', 2], ['Ryanggang', 1]]);
});

test('without a known outlet, the outlet the sources talk to is the report\'s own', () => {
  const found = sourcesOf('A source in China told Daily NK that agents arrived. Daily NK could not confirm this.', { outlet: null });
  assert.deepEqual(found.map((s) => s.kind), ['anonymous_insider']);
});

test('a person of the story met first with "the" is not a source the outlet cites', () => {
  const found = sourcesOf('A resident of Kanggye said managers sold the corn. But the factory manager insists the corn fed the workers, the resident added.');
  assert.deepEqual(found.map((s) => s.descriptor), ['A resident of Kanggye']);
});

test('a numbered plural introduces that many sources, claimed later by "one of", "the other" and finer indefinite mentions', () => {
  const found = sourcesOf(
    'Guards shot a man at the river, two residents of Hyesan told Daily NK. "It was late," one of the residents, a farmer, said. The other resident said the body was taken away. ' +
      'Agents came, two sources in Ryanggang Province told Daily NK. A source in Hyesan said they stayed a week. Another source in Yanji said they left.',
  );
  assert.deepEqual(found.map((s) => [s.location, s.mentions.length]), [['Hyesan', 2], ['Hyesan', 2], ['Hyesan', 2], ['Yanji', 2]]);
});

test('plural officials and organisations speak as one body; plural sources without a number summarise', () => {
  const found = sourcesOf('Sources in the region told Daily NK of arrests. Officials in Seoul said they were aware, and two hundred defectors say the same.');
  assert.deepEqual(found.map((s) => [s.kind, s.location]), [['official', 'Seoul']]);
});

test('a source is placed where it lives now, not where it came from, dealt with or reported on', () => {
  const found = sourcesOf(
    'A woman from Hyesan who now lives in Seoul said she fled. A trader who buys goods from North Korea said prices rose. ' +
      'A UN rapporteur on human rights in North Korea said the camps grew. A source in North Korea\'s Ryanggang Province said it rained.',
  );
  assert.deepEqual(found.map((s) => s.location), ['Seoul', null, null, 'Ryanggang']);
});

test('an apposition names the same source: "Another source, a mother in Pyongyang," and ", said Park, a researcher at"', () => {
  const found = sourcesOf(
    'Agents came, according to a researcher and a trader in Yanji. Another source, a mother in Pyongyang, said schools closed. The second source said so twice. ' +
      '"They left," said Park Min-ho, a researcher at a Seoul-based institute.',
    { actors: [{ name: 'Park Min-ho', kind: 'person' }] },
  );
  assert.deepEqual(found.map((s) => [s.location, s.mentions.length]), [['Seoul', 2], ['Yanji', 1], ['Pyongyang', 2]]);
});

test('negated speech, a country as speaker and a person of the story met with "the" cite no one', () => {
  const found = sourcesOf('The agency did not say how it knew. Neither government has confirmed it. North Korea denied it. The officer wrote that she drowned. Mr. Lee didn\'t say why.');
  assert.deepEqual(found, []);
});

test('what a cited body\'s own source told it is a source; a title\'s full stop belongs to the name', () => {
  const found = sourcesOf(
    'The Seoul-based TJWG said China sent them back. A source in Hyesan told TJWG that they were held. Rep. Lee Jin-ho said so too, and Lee added more.',
    { actors: [{ name: 'TJWG', kind: 'organization', canonId: 'tjwg' }] },
  );
  assert.deepEqual(found.map((s) => [s.location, s.mentions.length]), [['Seoul', 1], ['Hyesan', 1], [null, 2]]);
});

test('a source talking to an outlet the canon lacks is still a source: by the report\'s outlet name, or a capitalised name closing the clause', () => {
  const own = sourcesOf('Guards were bribed, a source in Hyesan told Border watch. "They took cash," the source said.', { outlet: 'Border watch (newsletter)' });
  assert.deepEqual(own.map((s) => [s.location, s.mentions.length]), [['Hyesan', 2]]);
  const named = sourcesOf('Guards were bribed, a source in Yanji told Northern Ledger on Monday.');
  assert.deepEqual(named.map((s) => s.location), ['Yanji']);
  assert.deepEqual(sourcesOf('A guard in Hyesan told Kim to keep quiet.'), [], 'a person told to do something is in the story');
});

test('a source held at a place or interviewed there is placed there; a former guard is a source', () => {
  const found = sourcesOf('A man who was held at Hyesan for a year said guards beat him. A former guard at Pyongyang said rations were cut.');
  assert.deepEqual(found.map((s) => s.location), ['Hyesan', 'Pyongyang']);
});

test('an opening "Interviewee:" paragraph is the source that "the interviewee" later points back to', () => {
  const found = sourcesOf('Interviewee: male, 30s, former driver from Hyesan. Interviewed in Seoul in May.\n\nThe interviewee stated that agents came. He said they left.');
  assert.deepEqual(found.map((s) => [s.location, s.mentions.length]), [['Seoul', 3]]);
});

test('generic "state media" and the one state outlet named are one source; "the agency" is the last body cited', () => {
  const media = sourcesOf('Kim ordered more grain, state media reported. He spoke in Pyongyang, according to KCNA.');
  assert.deepEqual(media.map((s) => [s.kind, s.mentions.length]), [['state_media', 2]]);
  const body = sourcesOf('The Seoul-based TJWG said prices rose. Police arrested traders, the agency said.', {
    actors: [{ name: 'TJWG', kind: 'organization', canonId: 'tjwg' }],
  });
  assert.deepEqual(body.map((s) => [s.location, s.mentions.length]), [['Seoul', 2]]);
});

test('a clause before ", reported X" is what was said, and a relayed or negated speaker is no source', () => {
  const found = sourcesOf('Police detained nine traders last week, reported the Seoul-based Radio Free Asia. He said local officials confirmed the raid. The ministry has not publicly said anything.', { outlet: null });
  assert.deepEqual(found.map((s) => [s.descriptor, s.location]), [['the Seoul-based Radio Free Asia', 'Seoul']]);
});

test('a source the outlet cites or checks with is a source without speaking; ", said the source" points back', () => {
  const found = sourcesOf('A source in Ryanggang Province told Daily NK that guards fled. Daily NK checked the account with a separate source in Ryanggang Province. The guards ran at night, following new orders, said the source.');
  assert.deepEqual(found.map((s) => [s.location, s.mentions.length]), [['Ryanggang', 1], ['Ryanggang', 2]]);
});

test('a plural group placed where it is ("informants in Hyesan", "Yanji-based traders") is one source per place', () => {
  const found = sourcesOf(
    'Informants in Hyesan claim the market was shut. Traders in Yanji said prices rose. ' +
      'Informants in Hyesan added that guards were rotated. Residents said little. Farmers across the country worried, analysts said.',
  );
  assert.deepEqual(found.map((s) => [s.location, s.mentions.length]), [['Hyesan', 2], ['Yanji', 1]]);
});

test('a country-wide group ("sources in North Korea") sums up the sources placed more finely; alone it is a source', () => {
  const summed = sourcesOf('Sources in North Korea told Daily NK that a trader was shot. A source in Hyesan said the trader had paid bribes.', { outlet: 'Daily NK' });
  assert.deepEqual(summed.map((s) => s.location), ['Hyesan']);
  const alone = sourcesOf('Sources in China said the group was caught in Kunming.');
  assert.deepEqual(alone.map((s) => s.location), ['China']);
});

test('the wire or original named in the outlet field is the report\'s own, not a source', () => {
  const text = 'Guards at the river were paid off, a source in Hyesan told Radio Free Asia. Daily NK reported the same.';
  const carried = sourcesOf(text, { outlet: 'Border Weekly (repost of RFA)' });
  assert.deepEqual(carried.map((s) => [s.kind, s.location]), [['anonymous_insider', 'Hyesan'], ['outlet', null]]);
  const own = sourcesOf(text, { outlet: 'Border Weekly' });
  assert.deepEqual(own.map((s) => s.kind), ['anonymous_insider', 'outlet', 'outlet']);
});

test('an outlet only named in the story is no source; one cited or told is', () => {
  const found = sourcesOf(
    'Pupils were caught with a Daily NK leaflet and a drama from RFA, both of them banned. Daily NK, a website run by defectors, cited a trader in Yanji.',
    { outlet: 'Border Weekly' },
  );
  assert.deepEqual(found.map((s) => [s.kind, s.descriptor]), [['outlet', 'Daily NK'], ['other', 'a trader in Yanji']]);
});

test('the object of "citing" is a source, a plural group only when no one else but outlets is cited', () => {
  const group = sourcesOf('Twelve workers fled the site, RFA reported, citing unnamed North Korean sources.', { outlet: 'Border Weekly' });
  assert.deepEqual(group.map((s) => s.kind), ['outlet', 'anonymous_insider']);
  const single = sourcesOf('Twelve workers fled, RFA reported, citing unnamed sources. A source in Yanji said they hid in a church.', { outlet: 'Border Weekly' });
  assert.deepEqual(single.map((s) => [s.kind, s.location]), [['outlet', null], ['anonymous_insider', 'Yanji']]);
  const activist = sourcesOf('Police held the group near Shenyang, RFA said, citing a Seoul-based activist who helps them. They were sent back, the activist said.', { outlet: 'Border Weekly' });
  assert.deepEqual(activist.map((s) => [s.kind, s.mentions.length]), [['outlet', 1], ['other', 2]]);
});

test('a source talking to "the paper" or "the JoongAng Ilbo" talks to an outlet; "experts say" and "Seoul said" cite no one', () => {
  const found = sourcesOf(
    'An official in Hyesan told the Seoul-based paper that the camp was full. Local officials and traders told the paper the same. Experts say prices rose. Guards beat a man in the market, Seoul said.',
    { outlet: 'Border Weekly' },
  );
  assert.deepEqual(found.map((s) => [s.kind, s.descriptor]), [['official', 'An official in Hyesan'], ['official', 'Local officials and traders']]);
});

test('a source introduced without speaking is placed where it was introduced when it first speaks as "the ..."', () => {
  const found = sourcesOf('Guards shot a man in Hyesan. A reporting partner in the city sent this account. The reporting partner said the man was a smuggler.');
  assert.deepEqual(found.map((s) => [s.descriptor, s.location]), [['A reporting partner in the city', 'Hyesan']]);
});

test('a source reporting to an outlet cites it; reporting to the police is in the story; an informant told anyone is a source', () => {
  const found = sourcesOf(
    'Two farmers were detained in Hyesan, a contact in Ryanggang Province reported to Radio Free Asia. Their neighbour reported to the police that they had fled. ' +
      'A source told the group\'s director that the farmers were beaten. The clinic tried to treat them but said it lacked medicine.',
  );
  assert.deepEqual(found.map((s) => [s.descriptor, s.location]), [
    ['a contact in Ryanggang Province', 'Ryanggang'],
    ['Radio Free Asia', null],
    ['A source', null],
  ]);
});

test('a name with its apposition before ", said that" is the speaker; a body quoted by an outlet is a source of its own', () => {
  const found = sourcesOf(
    'Kim Yong-su, director of the relief group, said that the boat sank. Guards shot a man, said the resident of Hyesan. ' +
      'Radio Free Asia (quoting Good Friends) reported that ten people were held.',
    { actors: [{ name: 'Kim Yong-su', kind: 'person' }, { name: 'Good Friends', kind: 'organization', canonId: 'org.goodfriends' }] },
  );
  assert.deepEqual(found.map((s) => s.descriptor), ['Kim Yong-su, director of the relief group,', 'the resident of Hyesan', 'Radio Free Asia (quoting Good Friends)', 'Good Friends']);
});

test('a relative clause with "that" belongs to the subject before it', () => {
  const found = sourcesOf('"The boat left at night," a worker at a church in Seoul that shelters defectors told Daily NK.');
  assert.deepEqual(found.map((s) => [s.location, s.kind]), [['Seoul', 'other']]);
});

test('a source quoted by an outlet "as saying" is a source, the outlet too', () => {
  const found = sourcesOf('"The guards were paid," a source in Hyesan was quoted by Radio Free Asia as saying.');
  assert.deepEqual(found.map((s) => [s.kind, s.location]), [['anonymous_insider', 'Hyesan'], ['outlet', null]]);
});

test('a source introduced again without "another" is the same source; "an independent source" is a new one', () => {
  const found = sourcesOf(
    'Radio Free Asia reported on Friday, citing a source in Hyesan, that two guards deserted. "They took their rifles," a source in Hyesan told RFA. ' +
      'Daily NK checked the story with an independent source in Hyesan.',
  );
  assert.deepEqual(found.map((s) => [s.kind, s.location, s.mentions.length]), [['outlet', null, 2], ['anonymous_insider', 'Hyesan', 2], ['anonymous_insider', 'Hyesan', 1]]);
});

test('an informant met under another noun ("the resident") is the informant cited last', () => {
  const found = sourcesOf('A source in Hyesan said the market shut on Monday. "Nobody could sell rice," the resident added.');
  assert.deepEqual(found.map((s) => [s.location, s.mentions.length]), [['Hyesan', 2]]);
});

test('"it said" before anyone is cited: the body named last is the source', () => {
  const found = sourcesOf('The Ministry of Unification published its yearly survey on Monday. It said fewer people left the North.', {
    actors: [{ name: 'Ministry of Unification', kind: 'organization', canonId: 'kr.mou' }],
  });
  assert.deepEqual(found.map((s) => [s.kind, s.mentions]), [['official', ['Ministry of Unification', 'It']]]);
});

test('a clause before an inverted speaker is what was said, not an apposition of the speaker', () => {
  const found = sourcesOf(
    'The men crossed the river at night, a diplomatic source in Beijing said. The guards fired twice, said a trader in Yanji. ' +
      'A broker, a woman in Shenyang, said the soldiers crossed the river.',
  );
  assert.deepEqual(found.map((s) => s.location), ['Beijing', 'Yanji', 'Shenyang']);
});

test('"sources within" a country place the group; "a local source" is at the place the report tells of', () => {
  assert.deepEqual(sourcesOf('Sources within North Korea say the order came in March.').map((s) => s.location), ['North Korea']);
  assert.deepEqual(sourcesOf('Guards in Hyesan were replaced, a local source said.').map((s) => s.location), ['Hyesan']);
});

test('an unnamed newspaper is an outlet cited, not placed by its base; "the newspaper" points back to the outlet cited last', () => {
  const found = sourcesOf('A Seoul-based newspaper reported that the guards were replaced. The newspaper added that two officers were fired.');
  assert.deepEqual(found.map((s) => [s.kind, s.location, s.mentions.length]), [['outlet', null, 2]]);
  const named = sourcesOf('Radio Free Asia said the guards were replaced. The broadcaster added that two officers were fired.');
  assert.deepEqual(named.map((s) => [s.kind, s.mentions.length]), [['outlet', 2]]);
});

test('verbs beyond "said" cite a source; "informed" someone in the story does not', () => {
  const found = sourcesOf(
    'A source in Hyesan informed Daily NK that the market shut. Another source in Hyesan pointed out that prices rose. A resident of Yanji admitted that the trade stopped. ' +
      'The security agents informed the family that he had died.',
  );
  assert.deepEqual(found.map((s) => s.location), ['Hyesan', 'Hyesan', 'Yanji']);
});

test('a credit line names the outlets a page took its text from, the page\'s own outlet and wire aside', () => {
  const found = sourcesOf('Guards were replaced in Hyesan last month.\n\nSources: Radio Free Asia, Korea Herald Weekly\n', { outlet: 'Casefile demo' });
  assert.deepEqual(found.map((s) => [s.kind, s.descriptor]), [['outlet', 'Radio Free Asia'], ['outlet', 'Korea Herald Weekly']]);
  const own = sourcesOf('Guards were replaced in Hyesan last month.\n[Source: Border Post]\n', { outlet: 'Casefile demo (Border Post)' });
  assert.deepEqual(own, []);
});

test('"the ministry said" after the ministry was named is that body, placed as it was named', () => {
  const found = sourcesOf('The Unification Ministry of South Korea published a survey of 500 defectors. The ministry stated that executions continue.', {
    actors: [{ name: 'Unification Ministry', kind: 'organization', canonId: 'kr.mou' }],
  });
  assert.deepEqual(found.map((s) => [s.kind, s.location, s.mentions]), [['official', 'South Korea', ['The ministry']]]);
});

test('"the defector said" is the person named before as a defector', () => {
  const found = sourcesOf('Ri Yong-ho, a defector who fled Hyesan in 2019, runs a shop in Seoul. "The guards took bribes," the defector said.', {
    actors: [{ name: 'Ri Yong-ho', kind: 'person' }],
  });
  assert.deepEqual(found.map((s) => s.mentions), [['Ri Yong-ho', 'the defector']]);
  assert.deepEqual(sourcesOf('Guards beat a defector in Hyesan. "It hurt," the defector said.'), [], 'no one named: a person of the story');
});

test('a name with its relative clause before an inverted verb is the speaker', () => {
  const found = sourcesOf('Pak Mi-ran, who heads a Seoul-based group that helps defectors, said the women were caught. "They paid a broker," Pak said.', {
    actors: [{ name: 'Pak Mi-ran', kind: 'person' }, { name: 'Pak', kind: 'person' }],
  });
  assert.deepEqual(found.map((s) => [s.location, s.mentions.length]), [['Seoul', 2]]);
});

test('a name with an apposition describing a person is the speaker whatever follows the verb', () => {
  const found = sourcesOf(
    'Guards beat a trader. Han Do-yun, deputy director of a Seoul-based rights institute, said the beating was filmed. ' +
      'Kim Mi-ok, the founder of a relief network, believes the film is real.',
    { actors: [{ name: 'Han Do-yun', kind: 'person' }, { name: 'Kim Mi-ok', kind: 'person' }] },
  );
  assert.deepEqual(found.map((s) => [s.kind, s.location]), [['other', 'Seoul'], ['other', null]]);
});

test('groups, institutes and other non-state bodies speak as sources; "the group" points back to the one cited', () => {
  const found = sourcesOf('A rights group in Seoul said ten people were held. The group said in a statement that two were freed. An aid foundation said food was sent.');
  assert.deepEqual(found.map((s) => [s.descriptor, s.location, s.mentions.length]), [['A rights group in Seoul', 'Seoul', 2], ['An aid foundation', null, 1]]);
});

test('a person named with an outlet speaks for himself, the report\'s own outlet too', () => {
  const found = sourcesOf('Guards beat a trader. Ahn Sung-jin, editor of Daily NK, said the video was checked. "It is genuine," said Ro Jae-ha, a reporter for Radio Free Asia.', {
    outlet: 'Daily NK',
    actors: [{ name: 'Ahn Sung-jin', kind: 'person' }, { name: 'Ro Jae-ha', kind: 'person' }],
  });
  assert.deepEqual(found.map((s) => [s.kind, s.descriptor]), [['other', 'Ahn Sung-jin, editor of Daily NK,'], ['other', 'Ro Jae-ha, a reporter for Radio Free Asia']]);
});

test('after a subject with its apposition, what follows ", said" is what was said, not a speaker', () => {
  const found = sourcesOf('A source in Jilin told Daily NK of it. A second source, a trader in Hyesan, said an inspection group from Pyongyang arrived last week.');
  assert.deepEqual(found.map((s) => [s.descriptor, s.location]), [['A source in Jilin', 'Jilin'], ['A second source, a trader in Hyesan,', 'Hyesan']]);
});

test('"citing" names each body or person it cites: bare and definite bodies, plural officials, names joined by "and"', () => {
  const found = sourcesOf('Ten traders were held in Hyesan, the weekly said, citing police. Two guards fled, citing the Ministry of State Security and prosecutors.', {
    actors: [{ name: 'Ministry of State Security', kind: 'organization', canonId: 'kp.mss' }],
  });
  assert.deepEqual(found.map((s) => [s.kind, s.descriptor]), [['official', 'police'], ['official', 'the Ministry of State Security'], ['official', 'prosecutors']]);
  assert.deepEqual(sourcesOf('The weekly said so, citing accounts it gathered from contacts. It also cited the residents.'), [], 'what was gathered, and people met before, are no new sources');
});

test('a person of the story who tells an outlet by name is its source', () => {
  const found = sourcesOf('Guards beat a trader in Hyesan last week. The trader told Daily NK that he paid a bribe. The guard told the trader to leave.', { outlet: 'NK Weekly' });
  assert.deepEqual(found.map((s) => [s.descriptor, s.location]), [['The trader', 'Hyesan'], ['Daily NK', null]]);
});

test('a plural inside a body\'s name is no group of speakers: the body speaks', () => {
  const found = sourcesOf('Guards beat a woman in Hyesan. The Defectors Mutual Aid Association of Seoul said it had testimony.', {
    actors: [{ name: 'Defectors Mutual Aid Association of Seoul', kind: 'organization', canonId: 'org.dmaa' }],
  });
  assert.deepEqual(found.map((s) => [s.kind, s.descriptor]), [['official', 'The Defectors Mutual Aid Association of Seoul']]);
});

test('a state cited by its name alone ("according to South Korea") is its government, placed there, one source however often cited', () => {
  const found = sourcesOf('Defections tripled, according to South Korea. Later, according to South Korea, two more fled. Guards moved, according to a source in Hyesan.');
  assert.deepEqual(found.map((s) => [s.kind, s.location, s.mentions.length]), [['official', 'South Korea', 2], ['anonymous_insider', 'Hyesan', 1]]);
});

test('a president speaks for his state: placed by its demonym', () => {
  const found = sourcesOf('South Korean President Moon Ho-jin said the report was accurate. A South Korean aid group said food ran short.', {
    actors: [{ name: 'Moon Ho-jin', kind: 'person' }],
    countries: [{ placeId: 'kr', name: 'South Korea', demonyms: ['South Korean'] }],
  });
  assert.deepEqual(found.map((s) => [s.kind, s.location]), [['official', 'South Korea'], ['other', null]]);
});

test('"the ministry said" after the body was named with its demonym is placed in that state', () => {
  const found = sourcesOf('A report by the South Korean Unification Ministry came out on Friday. The ministry said guards beat detainees.', {
    actors: [{ name: 'South Korean Unification Ministry', kind: 'organization', canonId: 'kr.mou' }],
    countries: [{ placeId: 'kr', name: 'South Korea', demonyms: ['South Korean'] }],
  });
  assert.deepEqual(found.map((s) => [s.kind, s.location, s.mentions]), [['official', 'South Korea', ['The ministry']]]);
});

test('a full stop after an initial does not end a source\'s description ("a source in N. Hamgyong")', () => {
  const found = sourcesOf('Guards were paid. A source in N. Ryanggang said so too.', { places: [{ name: 'N. Ryanggang', id: 'kp.ryanggang', level: 'province' }] });
  assert.deepEqual(found.map((s) => [s.descriptor, s.location]), [['A source in N. Ryanggang', 'N. Ryanggang']]);
});

test('a title with the name apposed after it is one speaker, whatever the verb ("The spokesman for X, Ro Min-gu, told reporters")', () => {
  const found = sourcesOf('Guards beat a trader in Hyesan. The spokesman for the Unification Ministry, Ro Min-gu, told reporters that Seoul objected.', {
    actors: [{ name: 'Ro Min-gu', kind: 'person' }, { name: 'Unification Ministry', kind: 'organization', canonId: 'kr.mou' }],
  });
  assert.deepEqual(found.map((s) => [s.kind, s.descriptor]), [['official', 'The spokesman for the Unification Ministry, Ro Min-gu,']]);
});

test('the agent of a passive verb of speaking is a source when introduced or named; not one told something in the story', () => {
  const found = sourcesOf('Guards beat a trader. The news was relayed by a source in Hyesan. It was also confirmed by the Ministry of Unification. He was told by the guard to leave.', {
    actors: [{ name: 'Ministry of Unification', kind: 'organization', canonId: 'kr.mou' }],
  });
  assert.deepEqual(found.map((s) => [s.kind, s.descriptor]), [['anonymous_insider', 'a source in Hyesan'], ['official', 'the Ministry of Unification']]);
});

test('a body or person named in the speaker\'s relative clause is what the speaker dealt with, a source of its own', () => {
  const found = sourcesOf('Guards fled. Two lawmakers who were briefed by the Ministry of Unification said ten died.', {
    actors: [{ name: 'Ministry of Unification', kind: 'organization', canonId: 'kr.mou' }],
  });
  assert.deepEqual(found.map((s) => s.descriptor), ['Two lawmakers who were briefed by the Ministry of Unification', 'Two lawmakers who were briefed by the Ministry of Unification', 'the Ministry of Unification']);
});

test('an outlet as agent of a passive verb of speaking is cited; a place that funds or bore a source is not where it is', () => {
  const found = sourcesOf('The shooting was first revealed by Radio Free Asia. A China-born trader in Yanji said so. A Seoul-funded activist said the same.');
  assert.deepEqual(found.map((s) => [s.kind, s.location]), [['outlet', null], ['other', 'Yanji'], ['other', null]]);
});

test('more kinds of people and officials speak as sources: an eyewitness, a friend, a judge, a founder', () => {
  const found = sourcesOf('Guards beat a man in Hyesan. An eyewitness in Hyesan said he fell. A friend of the man said he died. A judge in Seoul said the case was closed. A founder of a rights network in Seoul said so too.');
  assert.deepEqual(found.map((s) => [s.kind, s.location]), [['other', 'Hyesan'], ['family', null], ['official', 'Seoul'], ['other', 'Seoul']]);
});

test('"the source" met first after an outlet is that outlet\'s informant, not the outlet', () => {
  const found = sourcesOf('Radio Free Asia reported that guards were arrested. "They were taken at night," the source in Hyesan told Radio Free Asia.', { outlet: 'NK Weekly' });
  assert.deepEqual(found.map((s) => [s.kind, s.location]), [['outlet', null], ['anonymous_insider', 'Hyesan']]);
});

test('"the source in <place>" with a place of the same rank as the source met before is another source', () => {
  const found = sourcesOf('A source in Ryanggang Province told Daily NK that guards fled. "They ran," the source in Jilin Province said. The source in Ryanggang Province added more.');
  assert.deepEqual(found.map((s) => [s.location, s.mentions.length]), [['Ryanggang', 2], ['Jilin', 1]]);
});

test('a source the outlet confirmed the news "through" is a source', () => {
  const found = sourcesOf('Guards fled. Daily NK confirmed the news through a source in Hyesan.', { outlet: 'Daily NK' });
  assert.deepEqual(found.map((s) => [s.kind, s.location]), [['anonymous_insider', 'Hyesan']]);
});

test('a plural state noun in a body\'s name is a state word: "Chinese authorities" are placed in China', () => {
  const found = sourcesOf('Soldiers fled. Chinese authorities said two were caught.', {
    actors: [{ name: 'Chinese authorities', kind: 'organization', canonId: null }],
    countries: [{ placeId: 'cn', name: 'China', demonyms: ['Chinese'] }],
  });
  assert.deepEqual(found.map((s) => [s.kind, s.location]), [['official', 'China']]);
});

test('an informant described by a state body is placed by its demonym; a plain informant\'s nationality is not a place', () => {
  const found = sourcesOf('Soldiers fled. A South Korean government source said two were caught. A North Korean source said so too.', {
    countries: [{ placeId: 'kr', name: 'South Korea', demonyms: ['South Korean'] }, { placeId: 'kp', name: 'North Korea', demonyms: ['North Korean'] }],
  });
  assert.deepEqual(found.map((s) => s.location), ['South Korea', null]);
});

test('an official person\'s nationality is no location; a body\'s state and a stated place are', () => {
  const found = sourcesOf(
    'Guards fled. A South Korean lawmaker said two were caught. China\'s foreign ministry spokesman Li Ming said he knew nothing. ' +
      'South Korea\'s spy agency said they were soldiers. A Chinese diplomat in Seoul said so too.',
    {
      actors: [{ name: 'Li Ming', kind: 'person' }],
      countries: [{ placeId: 'kr', name: 'South Korea', demonyms: ['South Korean'] }, { placeId: 'cn', name: 'China', demonyms: ['Chinese'] }],
    },
  );
  assert.deepEqual(found.map((s) => s.location), [null, null, 'South Korea', 'Seoul']);
});

test('a clause before the comma is no apposition of the speaker: "Guards shot two men, a resident of Yanji told Daily NK"', () => {
  const found = sourcesOf('Guards shot two men, a resident of Yanji told Daily NK.');
  assert.deepEqual(found.map((s) => [s.kind, s.location]), [['anonymous_insider', 'Yanji']]);
});

test('a body is not the informant described with its name: "the South Korean government" after "a South Korean government source"', () => {
  const found = sourcesOf('Soldiers fled, a South Korean government source said. The South Korean government said it would take them in.', {
    countries: [{ placeId: 'kr', name: 'South Korea', demonyms: ['South Korean'] }],
  });
  assert.deepEqual(found.map((s) => [s.kind, s.location]), [['anonymous_insider', 'South Korea'], ['official', 'South Korea']]);
});

test('a clause before the comma is no apposition of an outlet that reports it: "A guard fled to China, Radio Free Asia reported"', () => {
  const found = sourcesOf('A guard fled to China, Radio Free Asia reported on Monday.');
  assert.deepEqual(found.map((s) => [s.kind, s.descriptor]), [['outlet', 'Radio Free Asia']]);
});

test('an official who tells a briefing or a hearing speaks to the public, not in the story', () => {
  const found = sourcesOf('Guards fled. A ministry official told a regular briefing that two were caught. A police officer in Seoul told a hearing the same.');
  assert.deepEqual(found.map((s) => [s.kind, s.location]), [['official', null], ['official', 'Seoul']]);
});

test('informants of a state body are placed in that state, one by one or as a group; intelligence and the military are state bodies', () => {
  const found = sourcesOf('Guards fled, a South Korean intelligence source said. Chinese government sources said two were caught. Chinese government sources added that one was shot.', {
    countries: [{ placeId: 'kr', name: 'South Korea', demonyms: ['South Korean'] }, { placeId: 'cn', name: 'China', demonyms: ['Chinese'] }],
  });
  assert.deepEqual(found.map((s) => [s.kind, s.location, s.mentions.length]), [['anonymous_insider', 'South Korea', 1], ['anonymous_insider', 'China', 2]]);
});

test('a speaker who told local media speaks to the public; one who told them to leave is in the story', () => {
  const found = sourcesOf('Guards fled. Police in Yanji told local media that two were caught. Officers told them to stay inside.');
  assert.deepEqual(found.map((s) => [s.kind, s.location]), [['official', 'Yanji']]);
});

test('"that" after a verb of speaking opens what was said, not a relative clause of the speaker', () => {
  const found = sourcesOf('A source in Hyesan said cadres were purged. Another source added that the purge continued.');
  assert.deepEqual(found.map((s) => s.descriptor), ['A source in Hyesan', 'Another source']);
});

test('a quoted person with an age set off by commas is one source, and later his bare name points back to it', () => {
  const found = sourcesOf('Park Mi-ok, 52, a former teacher from Hyesan, said she was beaten. "They took everything," Park said.');
  assert.deepEqual(found.map((s) => [s.location, s.mentions.length]), [['Hyesan', 2]]);
});

test('"a third source" after "two sources told" is one more source, not one of the two', () => {
  const found = sourcesOf('Guards fled, two sources in Hyesan told Daily NK. A third source in Yanji said they were caught.');
  assert.deepEqual(found.map((s) => s.location), ['Hyesan', 'Hyesan', 'Yanji']);
});

test('an outlet whose name holds its article is heard when written after a lower-case "the": "told the Guardian"', () => {
  const own = sourcesOf('One defector told the Guardian that her sister was held.', { outlet: 'The Guardian' });
  assert.deepEqual(own.map((s) => [s.kind, s.descriptor]), [['other', 'One defector']]);
  const other = sourcesOf('One defector told the Guardian that her sister was held.', { outlet: 'Daily NK' });
  assert.deepEqual(other.map((s) => [s.kind, s.descriptor]), [['other', 'One defector'], ['outlet', 'Guardian']]);
});

test('a spokesperson of a body already cited is that body; one of another body is not', () => {
  const found = sourcesOf(
    'The Unification Ministry said it knew of the case. Spokesperson Lee Min-ji told a briefing that the men were safe. ' +
      'A spokesman for the Foreign Ministry said talks went on.',
    { actors: [{ name: 'Unification Ministry', kind: 'organization', canonId: 'kr.mou' }, { name: 'Foreign Ministry', kind: 'organization', canonId: 'kr.mofa' }, { name: 'Lee Min-ji', kind: 'person' }] },
  );
  assert.deepEqual(found.map((s) => [s.descriptor, s.mentions.length]), [['The Unification Ministry', 2], ['A spokesman for the Foreign Ministry', 1]]);
});

test('"the sources" met before any informant stand for the outlet\'s informants when no one is cited singly', () => {
  const found = sourcesOf('Guards at the depot were replaced last month, the sources told the paper.');
  assert.deepEqual(found.map((s) => [s.descriptor, s.location]), [['the sources', null]]);
  // once a source is cited singly, "the sources" point back to it and add no one
  const later = sourcesOf('A source in Hyesan said the depot closed. Guards were replaced, the sources added.');
  assert.deepEqual(later.map((s) => s.descriptor), ['A source in Hyesan']);
});

test('"in the same province" places a source in the province named before it', () => {
  const found = sourcesOf('Flour prices doubled, a source in Jilin said. Another source in the same province said mills stood idle.');
  assert.deepEqual(found.map((s) => s.location), ['Jilin', 'Jilin']);
});

test('a place stated when an unplaced source is met again places it', () => {
  const found = sourcesOf('Two guards deserted, a source said. The source, who lives in Yanji, said they took rifles.');
  assert.deepEqual(found.map((s) => [s.location, s.mentions.length]), [['Yanji', 2]]);
  // one already placed keeps its place; a place the source deals with is not where it is
  const placed = sourcesOf('Two guards deserted, a source in Hyesan said. The source, who often travels to Yanji, said they took rifles.');
  assert.deepEqual(placed.map((s) => s.location), ['Hyesan']);
});

test('a named speaker\'s title apposition places him: ", said Name, director of a Seoul-based group"', () => {
  const found = sourcesOf('The boats were turned back at sea, said Pak Chol-min, director of a Seoul-based aid group.', { actors: [{ name: 'Pak Chol-min', kind: 'person' }] });
  assert.deepEqual(found.map((s) => [s.kind, s.location]), [['other', 'Seoul']]);
});

test('a body the outlet quotes by a name the canon lacks is a source of its own', () => {
  const found = sourcesOf('Radio Free Asia (quoting Open Border Watch) reported that nine guards were dismissed.', { outlet: 'Daily NK' });
  assert.deepEqual(found.map((s) => [s.kind, s.descriptor]), [['outlet', 'Radio Free Asia (quoting Open Border Watch)'], ['other', 'Open Border Watch']]);
});

test('a group of sources in one country sums up only those placed finer inside that country', () => {
  // "sources in China" and a source in Hyesan (North Korea): two sources
  const apart = sourcesOf('Sources in China told Daily NK that the bridge was shut. A source in Hyesan said the trucks were sent back.');
  assert.deepEqual(apart.map((s) => s.location), ['China', 'Hyesan']);
  // "sources in North Korea" and the one in Hyesan: the group only sums up
  const summary = sourcesOf('Sources in North Korea told Daily NK that the bridge was shut. A source in Hyesan said the trucks were sent back.');
  assert.deepEqual(summary.map((s) => s.location), ['Hyesan']);
});

test('a group of sources in two countries sums up those placed finer in either', () => {
  const found = sourcesOf('Sources in China and North Korea told Daily NK that the bridge was shut. A source in Hyesan said the trucks were sent back.');
  assert.deepEqual(found.map((s) => s.location), ['Hyesan']);
});

test('"citing sources in China and North Korea" cites one group, which sums up a source placed finer in North Korea', () => {
  const found = sourcesOf('The women were sent back, the paper said, citing sources in China and North Korea. A source in Hyesan said they were questioned.');
  assert.deepEqual(found.map((s) => s.location), ['Hyesan']);
});

test('where a source spoke from places it: "told Daily NK by phone from Yanji", "Speaking from Yanji, a trader said"', () => {
  const told = sourcesOf('Five workers were sent home, a trader told Daily NK by phone from Yanji.');
  assert.deepEqual(told.map((s) => s.location), ['Yanji']);
  const opening = sourcesOf('Speaking from Yanji, a trader said five workers were sent home.');
  assert.deepEqual(opening.map((s) => s.location), ['Yanji']);
  // a place in what was said is not where the speaker is; a place stated in the phrase wins
  const said = sourcesOf('A trader said goods from Yanji were seized. A source in Hyesan told Daily NK from Yanji that the guards left.');
  assert.deepEqual(said.map((s) => s.location), [null, 'Hyesan']);
});

test('a watcher or scholar quoted alone is a source; a group of them comments and is none', () => {
  const one = sourcesOf('The purge reached the army, said a North Korea watcher in Seoul.');
  assert.deepEqual(one.map((s) => [s.kind, s.location]), [['other', 'Seoul']]);
  assert.deepEqual(sourcesOf('The purge reached the army, observers say.'), []);
});

test('an apposition after an inverted verb places the source it describes: ", said one resident, a woman from Hyesan"', () => {
  const found = sourcesOf('The market was closed for a week, said one resident, a woman from Hyesan.');
  assert.deepEqual(found.map((s) => [s.kind, s.location]), [['anonymous_insider', 'Hyesan']]);
});

test('"RFA\'s source" points back to the source met before under that noun; a new one when none was met', () => {
  const found = sourcesOf('Trucks were turned back, a source in Hyesan told Radio Free Asia. "No one crossed," Radio Free Asia\'s source said.', { outlet: 'UPI' });
  assert.deepEqual(found.filter((s) => s.kind !== 'outlet').map((s) => [s.location, s.mentions.length]), [['Hyesan', 2]]);
  const fresh = sourcesOf('Trucks were turned back, an official told Radio Free Asia. "No one crossed," Radio Free Asia\'s source said.', { outlet: 'UPI' });
  assert.equal(fresh.filter((s) => s.kind !== 'outlet').length, 2);
});

test('"the second source" is the second informant met, whatever noun introduced it', () => {
  const found = sourcesOf('A resident of Hyesan told Daily NK that guards shot a man. An official in Yanji said the same. "It was ordered," the second source said.');
  assert.deepEqual(found.map((s) => [s.location, s.mentions.length]), [['Hyesan', 1], ['Yanji', 2]]);
});

test('"the source in Hyesan" is the one placed there, though an unplaced one was met since', () => {
  const found = sourcesOf('Guards were moved, a source in Hyesan told Daily NK. Another source said the same. "They left at night," the source in Hyesan added.');
  assert.deepEqual(found.map((s) => [s.location, s.mentions.length]), [['Hyesan', 2], [null, 1]]);
});

test('two outlets joined by "and" are each cited', () => {
  const found = sourcesOf('Food bonuses were cut, according to Radio Free Asia and the Seoul-based Daily NK.', { outlet: 'UPI' });
  assert.deepEqual(found.map((s) => [s.kind, s.descriptor]), [['outlet', 'Radio Free Asia'], ['outlet', 'the Seoul-based Daily NK']]);
});

test('an outlet whose name ends in "press" is cited; the press at large is not', () => {
  const found = sourcesOf('Food bonuses were cut, according to Radio Free Asia and the Seoul-based Border Press.', { outlet: 'UPI' });
  assert.deepEqual(found.map((s) => s.descriptor), ['Radio Free Asia', 'the Seoul-based Border Press']);
  assert.deepEqual(sourcesOf('Food bonuses were cut, South Korean press reported.', { outlet: 'UPI' }), []);
});

test('a source placed by where it spoke from counts as placed finer: the country-wide group before it is a summary', () => {
  const text = 'Sources in North Korea told Border Press that the market was shut. A trader told Border Press by phone from Hyesan that guards searched carts.';
  const found = sourcesOf(text, { outlet: 'Border Press' });
  assert.deepEqual(found.map((s) => [s.descriptor, s.location]), [['A trader', 'Hyesan']]);
  // the same with the place stated in the phrase: one source either way
  const stated = sourcesOf(text.replace('A trader told Border Press by phone from Hyesan', 'A trader in Hyesan told Border Press'), { outlet: 'Border Press' });
  assert.deepEqual(stated.map((s) => s.location), ['Hyesan']);
});

test('a relative clause that says what the source is places it; a later mention by that place is the same source', () => {
  const found = sourcesOf('Guards came at dawn, the source, who is a resident of Hyesan near the river, told Border Press. Border Press\'s Hyesan source said more.', { outlet: 'Border Press' });
  assert.deepEqual(found.map((s) => [s.location, s.mentions.length]), [['Hyesan', 2]]);
});

test('talking with the outlet by name and giving it an account are telling it', () => {
  const found = sourcesOf(
    'A reporting partner living by the river in Ryanggang Province, gave the first of these reports. Days later, another reporting partner in the province spoke with Border Press.',
    { outlet: 'Border Press' },
  );
  assert.deepEqual(found.map((s) => s.location), ['Ryanggang', 'Ryanggang']);
});

test('an object after ", relayed" whose source noun follows a preposition is what the subject relayed, not the speaker', () => {
  const found = sourcesOf('A trader, Pak, who lives in Hyesan, relayed the following news from a police officer: "Two men were shot."');
  assert.deepEqual(found.map((s) => [s.descriptor, s.location]), [['A trader, Pak, who lives in Hyesan,', 'Hyesan']]);
});

test('an outlet named with its words run together is still that outlet; a dateline\'s dash does not part it from its apposition', () => {
  const found = sourcesOf('SEOUL - DailyNK, a newspaper based in Seoul that covers the North, has reported that guards fled.', { outlet: 'Border Press' });
  assert.deepEqual(found.map((s) => [s.kind, s.mentions.length]), [['outlet', 1]]);
});

test('after "told" comes the listener, not the speaker; a place the source knows about is its topic, not where it is', () => {
  const found = sourcesOf('Guards came at night, a watcher, Pak Chol-su, told the Border Press news agency. Border Press quoted a source with knowledge of China trade in Hyesan as saying so.', {
    actors: [{ name: 'Pak Chol-su', kind: 'person' }],
  });
  assert.deepEqual(found.map((s) => [s.kind, s.location]), [['other', null], ['outlet', null], ['anonymous_insider', null]]);
});

test('an account given to someone in the story, or about it, is no source talking', () => {
  assert.deepEqual(sourcesOf('A resident in Hyesan passed information on the smugglers to the police.'), []);
  assert.deepEqual(sourcesOf('Guards arrested a smuggler in Hyesan. Under questioning the smuggler gave details of his partners.'), []);
  const told = sourcesOf('A partner in Hyesan provided details to Border Press.', { outlet: 'Border Press' });
  assert.deepEqual(told.map((s) => s.location), ['Hyesan']);
});

test('"about" before a number is an age, not a topic: the place after it still places the source', () => {
  assert.deepEqual(sourcesOf('A woman of about 50 from Hyesan said the market was closed.').map((s) => s.location), ['Hyesan']);
});

test('a work cites its author: "a report by", "an analysis of ... by", "data from", a possessive, with a verb of finding or "according to"', () => {
  const cases: [string, string][] = [
    ['A report by the Northern Light Forum found that guards beat detainees at a camp near Chongjin.', 'the Northern Light Forum'],
    ['An analysis of satellite images by the Harbourline Institute shows new guard towers near Hoeryong.', 'the Harbourline Institute'],
    ['Prison labour has grown in the northern camps, according to an analysis by the Harbourline Institute.', 'the Harbourline Institute'],
    ['The report released by the labour ministry on Monday shows that wages fell.', 'the labour ministry'],
  ];
  for (const [text, author] of cases) assert.deepEqual(sourcesOf(text).map((s) => s.descriptor), [author], text);
  assert.deepEqual(sourcesOf("The Harbourline Institute's data show that arrests rose in Hoeryong last year.").map((s) => s.kind), ['other']);
});

test('a work without an author, or one drawn from others, cites no one new', () => {
  assert.deepEqual(sourcesOf('Satellite images show new guard towers near Hoeryong. The investigation found that the guards were paid.'), []);
  // what a report drew on is not its author: the report's issuer is cited, not the defectors
  const found = sourcesOf('Executions rose, according to a government report released Thursday based on testimony from 60 defectors.');
  assert.deepEqual(found.map((s) => s.kind), ['official']);
});

test('a name with a lower-case note on it is one speaker with its apposition, and its surname points back to it', () => {
  for (const text of [
    'Park Chol (not his real name), a trader in Sinuiju, said prices rose. Park said rice was scarce.',
    'In a phone call with the outlet, Lee Min-ho (alias), a driver in Hoeryong, said the checkpoints were new. Lee added that traffic had stopped.',
  ]) {
    const found = sourcesOf(text);
    assert.equal(found.length, 1, text);
    assert.equal(found[0].mentions.length, 2, text);
  }
  // a gloss in capitals after a place is no note on a name: the source is not placed by it
  const glossed = sourcesOf('Guards were moved to Musan (North Hamgyong Province), a source said.');
  assert.deepEqual(glossed.map((s) => s.descriptor), ['a source']);
  // nor is a lower-case note after a place's name: the place does not become the source's name
  const noted = sourcesOf('Guards were moved to Hyesan, Ryanggang Province (near the border), a source said.', {
    places: [{ name: 'Hyesan', id: 'kp.hyesan', level: 'city' }, { name: 'Ryanggang Province', id: 'kp.ryanggang', level: 'province' }],
  });
  assert.deepEqual(noted.map((s) => s.descriptor), ['a source']);
});

test('a place a body\'s name holds after "of" is whose body it is; where the body sits places it', () => {
  const found = sourcesOf('A report by the Permanent Mission of China in Geneva found that the women had entered illegally.', {
    places: [{ name: 'China', id: 'cn', level: 'country' }, { name: 'Geneva', id: 'ch.geneva', level: 'city' }],
  });
  assert.deepEqual(found.map((s) => s.location), ['Geneva']);
});

test('a verb of speaking "to" someone of the story is an event of it; "to" the outlet or reporters is telling the outlet', () => {
  assert.deepEqual(sourcesOf('Authorities explained to residents that the market would stay shut.'), []);
  const told = sourcesOf('A trader in Musan explained to reporters that the market would stay shut.', { places: [{ name: 'Musan', id: 'kp.musan', level: 'county' }] });
  assert.deepEqual(told.map((s) => s.location), ['Musan']);
});

test('a plural in -es is a group of its noun: "witnesses said"', () => {
  const found = sourcesOf('Witnesses said the guards fired at a boat on the river.');
  assert.deepEqual(found.map((s) => s.descriptor), ['Witnesses']);
});

test('a sentence that opens with the verb names its speaker after it', () => {
  const found = sourcesOf('Prices rose again. Said a trader in Hyesan: "Nobody can buy rice now." Said the new arrivals, nothing more.');
  assert.deepEqual(found.map((s) => [s.descriptor, s.location]), [['a trader in Hyesan', 'Hyesan']]);
});

test('a speaker met first with "the" whom the story never met is a source; a bare noun names the last one heard again', () => {
  const found = sourcesOf('Prisoners were beaten daily. The former guard, now living in Seoul, said he had seen it. The researcher said such camps grew.');
  assert.deepEqual(found.map((s) => [s.descriptor, s.location, s.mentions.length]), [['The former guard, now living in Seoul,', 'Seoul', 2]]);
});

test('an outlet told through a relative clause or after descriptive words is cited beside the speaker; a capitalised listener hears for the outlet; "the newspaper" is the outlet', () => {
  const found = sourcesOf(
    'Border Press reported that guards fired. A source in Hyesan who spoke to Radio Free Asia said so. An official in Seoul confirmed to Harbour Weekly that it happened. ' +
      'A lawyer in Yanji told the Tokyo-based Border Press the same. The newspaper said more would follow.',
    { outlet: 'Casefile demo' },
  );
  assert.deepEqual(found.map((s) => [s.descriptor, s.location, s.mentions.length]), [
    ['Border Press', null, 3], ['A source in Hyesan', 'Hyesan', 2], ['Radio Free Asia', null, 1], ['An official in Seoul', 'Seoul', 1], ['A lawyer in Yanji', 'Yanji', 1],
  ]);
});

test('a work without its author is the subject ("..., report says"); "said in a statement" names no one; an outlet one only works for is not cited', () => {
  const found = sourcesOf(
    'Workers fled a factory in Yanji, report says. "We will not stop," Kang Min-ho said in a statement. ' +
      'Lee Jin-ho, who heads Border Press, said the women were safe.',
    { outlet: 'Casefile demo', actors: [{ name: 'Kang Min-ho', kind: 'person' }, { name: 'Lee Jin-ho', kind: 'person' }] },
  );
  assert.deepEqual(found.map((s) => s.descriptor), ['Kang Min-ho', 'Lee Jin-ho, who heads Border Press,']);
});

test('people other than informants saying what is so ("defectors say") are a source beside one cited singly, unless another speaker retells them', () => {
  const found = sourcesOf('A source in Hyesan said the market closed. Defectors say such closures are common. Neighbours said they heard shots.');
  assert.deepEqual(found.map((s) => [s.descriptor, s.location]), [['A source in Hyesan', 'Hyesan'], ['Defectors', null]]);
  const retold = sourcesOf('Guards blamed the trader, but traders say he paid them, a source in Hyesan said. Two hundred defectors say so too.');
  assert.deepEqual(retold.map((s) => s.descriptor), ['a source in Hyesan']);
});

test('a body met first without a place is placed by a later mention that places it', () => {
  const found = sourcesOf('Spy agency says trader shot. The National Intelligence Service of South Korea told lawmakers that a trader was shot.', {
    actors: [{ name: 'Spy agency', kind: 'organization', canonId: 'org.nis' }, { name: 'National Intelligence Service', kind: 'organization', canonId: 'org.nis' }],
  });
  assert.deepEqual(found.map((s) => [s.location, s.mentions.length]), [['South Korea', 2]]);
});

test('a body named relative to the other Korea ("the North\'s ministry") is not placed by that reference', () => {
  const found = sourcesOf('The North\'s ministry said the four were sentenced. North Korea\'s police said they fled.', {
    places: [{ name: 'The North', id: 'kp', level: 'country' }, { name: 'North Korea', id: 'kp', level: 'country' }],
  });
  assert.deepEqual(found.map((s) => [s.descriptor, s.location]), [['The North\'s ministry', null], ['North Korea\'s police', 'North Korea']]);
});

test('present and past forms of more verbs of saying cite their subject; "continue to" does not', () => {
  const found = sourcesOf('Police in Hyesan continue to search homes. A trader in Yanji confided that prices rose. A resident of Hyesan acknowledges that guards were paid.');
  assert.deepEqual(found.map((s) => s.location), ['Yanji', 'Hyesan']);
});

test('review: a place owned is no location, a place lived in is; an informer reporting to a body, a bare plural press word, an ordinary verb cite no one', () => {
  const places = [...WORLD, { name: 'the North', id: 'kp', level: 'country' as const }, { name: 'the South', id: 'kr', level: 'country' as const }];
  assert.deepEqual(sourcesOf('A source in the North said prices rose. A defector now living in the South said she was beaten.', { places }).map((s) => s.location), ['the North', 'the South']);
  assert.deepEqual(sourcesOf('A resident reported to the Ministry of State Security that her neighbour watched foreign films.'), []);
  assert.deepEqual(sourcesOf('A source in Hyesan said prices rose. The defector said guards were paid.').map((s) => s.mentions.length), [1, 1]);
  assert.ok(sourcesOf('Yonhap reported the arrests. The party newspaper said the traders were criminals.').every((s) => s.mentions.length === 1));
  assert.deepEqual(sourcesOf('A trader in Hyesan continues his business despite the crackdown.'), []);
  assert.deepEqual(sourcesOf('Added a trader in Hyesan, rice prices doubled.'), []);
  assert.equal(sourcesOf('Said a trader in Hyesan: "Prices doubled."').length, 1);
});
