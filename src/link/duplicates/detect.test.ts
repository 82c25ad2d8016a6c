import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ABRIDGED_TEXT, EDITED_TEXT, ORIGINAL_TEXT, STORY, UNRELATED_TEXT } from '../fixtures.case.js';
import { LinkWorkspace } from '../workspace.js';
import { compareFingerprints } from './compare.js';
import { findOriginal, indexFingerprint } from './detect.js';
import { fingerprint, packFingerprint, unpackFingerprint } from './fingerprint.js';

const original = fingerprint(ORIGINAL_TEXT);

test('a copy with a changed sentence and added commentary is a duplicate by resemblance', () => {
  const sim = compareFingerprints(fingerprint(EDITED_TEXT), original);
  assert.ok(sim.duplicate, sim.reason);
  assert.ok(sim.jaccard >= 0.5 && sim.jaccard < 1, `jaccard ${sim.jaccard}`);
});

test('an abridged copy (first paragraphs only) is a duplicate by containment though its Jaccard is low', () => {
  const sim = compareFingerprints(fingerprint(ABRIDGED_TEXT), original);
  assert.ok(sim.jaccard < 0.5, `jaccard ${sim.jaccard}`);
  assert.ok(sim.containment >= 0.75, `containment ${sim.containment}`);
  assert.ok(sim.duplicate);
});

test('case, quotes and line breaks do not change the fingerprint; a new title is not part of it', () => {
  const reflowed = ORIGINAL_TEXT.toUpperCase().replace(/\n\n/g, '\n').replace(/,/g, ' ,');
  assert.equal(compareFingerprints(fingerprint(reflowed), original).jaccard, 1);
});

test('a different story on a similar subject is not a duplicate', () => {
  const sim = compareFingerprints(fingerprint(UNRELATED_TEXT), original);
  assert.equal(sim.duplicate, false);
  assert.ok(sim.jaccard < 0.1 && sim.containment < 0.3, sim.reason);
});

test('two stories framed by the same site furniture are no copy: the dense shared run is a small part of each', () => {
  // an aggregator's viewer text, the same on every page it serves
  const furniture = 'Text size settings. Move the blue circle to the left or to the right and the size of the letters changes; this is the size the letters will have. Example text. The fastest news, every kind of information and two-way talk live here: meet the news service. The news service brings the main issues at home and abroad, breaking news as it happens, culture and life and the news of many fields in three dimensions.';
  const other = 'Rice prices in the markets of Sinuiju rose again this month after the trading companies stopped their deliveries from Dandong. Sellers of corn said buyers came early each morning and left with less than they wanted, because the flour mills in the north of the city had run out of fuel. Families that sell vegetables from their garden plots now trade them for corn instead of cash, and the daily price of a kilogram of pork doubled within three weeks. Officials of the city people\'s committee told the market managers to keep the stalls open until dusk, but many traders closed at noon for lack of goods. Teachers said children brought smaller lunches to school, and the workers of the textile mill received half their rations in potatoes. A sudden rain in the middle of the month flooded the lower fields near the river, and the farm managers expect the harvest to come late.';
  const a = `${STORY.join('\n\n')}\n\n${furniture}`;
  const b = `${other}\n\n${furniture}`;
  const sim = compareFingerprints(fingerprint(a), fingerprint(b));
  assert.ok(sim.shared >= 20, `the furniture alone shares ${sim.shared} anchors`);
  assert.equal(sim.duplicate, false, sim.reason);
  // the same story under that furniture is still a copy
  assert.ok(compareFingerprints(fingerprint(a), fingerprint(`${furniture}\n\n${STORY.join('\n\n')}`)).duplicate);
});

test('the detector finds the original through LSH and anchor keys, and a copy of a copy points at the first', () => {
  const ws = new LinkWorkspace();
  ws.reports.set('orig', { id: 'orig', title: '', outlet: null, outletKey: null, published: null, citedOutlets: [], contested: [], storyWords: [], duplicateOf: null });
  indexFingerprint(ws, 'orig', original);
  indexFingerprint(ws, 'other', fingerprint(UNRELATED_TEXT));
  assert.equal(findOriginal(ws, 'abridged', fingerprint(ABRIDGED_TEXT))?.original, 'orig');
  assert.equal(findOriginal(ws, 'new', fingerprint(`${STORY[3].split('. ')[0]}. Farmers in the county say the spring planting has started late because the cooperative has no diesel for its two tractors, and that the seed potatoes handed out in April were half rotten when they arrived from the provincial store.`)), null);

  ws.reports.set('edited', { id: 'edited', title: '', outlet: null, outletKey: null, published: null, citedOutlets: [], contested: [], storyWords: [], duplicateOf: 'orig' });
  indexFingerprint(ws, 'edited', fingerprint(EDITED_TEXT));
  const copyOfCopy = EDITED_TEXT.replace(STORY[0], '');
  assert.equal(findOriginal(ws, 'third', fingerprint(copyOfCopy))?.original, 'orig');
});

test('fingerprints survive packing into bytes for the store', () => {
  const back = unpackFingerprint(packFingerprint(original));
  assert.deepEqual(back, original);
});

test('a repost under page furniture, with hard line breaks, no headline and a cut-off end is still a copy', () => {
  const body = STORY.join('\n\n');
  const cut = body.slice(0, Math.floor(body.length * 0.6));
  const scraped = `Home | News | World\nShare this article\n\n${cut.replace(/ /g, (m, i: number) => (i % 70 < 1 ? '\n' : m))}`;
  const sim = compareFingerprints(fingerprint(scraped), fingerprint(`${STORY[0].split('. ')[0]}\n\n${body}`));
  assert.ok(sim.duplicate, sim.reason);
});

test('a rewrite that keeps the quotes but tells them in its own words is no copy, though it shares passages', () => {
  const quotes = STORY.map((p) => p.split('. ')[0]).join('. ');
  const rewrite = `${quotes}. Observers abroad say the campaign fits a wider pattern seen along the border for years, and residents describe rising fear of informants, fines and forced labour, with markets closing early and prices of rice and corn climbing week after week while the authorities promise more inspections.`;
  const sim = compareFingerprints(fingerprint(rewrite), original);
  assert.equal(sim.duplicate, false, sim.reason);
});

test('an edited copy with a word changed in sentence after sentence is a copy; the plain run density alone would miss it', () => {
  let n = 0;
  // every fifth longer word changed: the shared anchors thin out, the gaps between them stay a word or two long
  const edited = ORIGINAL_TEXT.replace(/\b[a-z]{5,}\b/g, (w) => (++n % 5 === 0 ? `${w}x` : w));
  const sim = compareFingerprints(fingerprint(edited), original);
  assert.ok(sim.duplicate, sim.reason);
  assert.match(sim.reason, /edited copy/);
});

test('a re-spun copy, a phrase reworded in place in clause after clause, is an edited copy', () => {
  // six words in a row reworded in each longer clause: each leaves a gap of about the same length in both texts
  const spun = ORIGINAL_TEXT.split(/(?<=[.,] )/).map((clause) => {
    const w = clause.split(' ');
    return w.length < 8 ? clause : w.map((x, i) => (i >= 4 && i < 10 ? `${x}e` : x)).join(' ');
  }).join('');
  const sim = compareFingerprints(fingerprint(`Regional news\n\n${spun}`), original);
  assert.ok(sim.duplicate, sim.reason);
  assert.match(sim.reason, /edited copy/);
});

test('a retelling that keeps the order of the story but adds and drops whole sentences is no copy', () => {
  // each paragraph's first sentence kept, the rest replaced by the retelling outlet's own sentence: gaps on one side, or of unequal length
  const own = 'According to people familiar with the matter who asked not to be named for their safety, the measures have been noticed in other markets of the province too, and prices have moved since.';
  const retold = STORY.map((p) => `${p.split('. ')[0]}. ${own}`).join('\n\n');
  const sim = compareFingerprints(fingerprint(retold), original);
  assert.equal(sim.duplicate, false, sim.reason);
});
