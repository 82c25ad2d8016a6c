import assert from 'node:assert/strict';
import { test } from 'node:test';
import { storyWords, StoryWordsAmong, STORY_WORDS } from './story-words.js';

/** shared words of two reports met alone: no word is common among two */
const sharedStoryWords = (a: readonly string[], b: readonly string[]) => new StoryWordsAmong([a, b]).sharedWith(a)(b);
import { STORY_SHARED, STORY_STRONG } from './incidents/agree.js';

const FIRST = 'Teenagers sent to labour camp over smuggled dramas. Two teenagers caught watching and passing on smuggled South Korean dramas on memory sticks were sent to a labour camp in North Korea, a source told reporters. The teenagers were paraded before students of their school.';
const RETOLD = 'North Korean teen boys sentenced to labour for dramas. Two teen boys were sentenced to years of labour after they were caught with smuggled dramas on memory sticks, authorities said, and students of their school were made to watch the trial.';
const OTHER = 'Smugglers arrested at the river in North Korea. Three smugglers carrying copper wire across the river were arrested by border guards at night, a source told reporters. The guards seized the wire and the boat.';

test('story words are the words a report uses most (one per stem), headline words counting double, without words every report on the country uses', () => {
  const words = storyWords('Teenagers sent to labour camp', FIRST);
  assert.equal(words[0], 'teenagers');
  assert.ok(words.includes('dramas') && words.includes('smuggled') && words.includes('labour'));
  for (const common of ['north', 'korean', 'south', 'source', 'told', 'the', 'were']) assert.ok(!words.includes(common), common);
  assert.ok(storyWords('', FIRST.repeat(20)).length <= STORY_WORDS);
});

test('two tellings of one episode share enough story words ("watch" meets "watching") to stand in for a date; another story of the kind shares few', () => {
  const first = storyWords('', FIRST), retold = storyWords('', RETOLD), other = storyWords('', OTHER);
  const shared = sharedStoryWords(first, retold);
  assert.ok(shared.length >= STORY_STRONG && shared.includes('watching'), shared.join());
  assert.ok(sharedStoryWords(first, other).length < STORY_SHARED, sharedStoryWords(first, other).join());
});

test('a word most of the reports an act meets use tells their stories apart no better than a common word', () => {
  const first = storyWords('', FIRST), retold = storyWords('', RETOLD);
  const alone = new StoryWordsAmong([first, retold]).sharedWith(first)(retold);
  assert.ok(alone.includes('dramas'), alone.join());
  // ten more stories of smuggled dramas from the same place: the word no longer says which one
  const crowd = Array.from({ length: 10 }, (_, n) => storyWords('', `Smuggled dramas seized in raid number ${n}. Inspectors found dramas on discs in house ${n} and fined the owner.`));
  const among = new StoryWordsAmong([first, retold, ...crowd]).sharedWith(first)(retold);
  assert.ok(!among.includes('dramas'), among.join());
  assert.ok(among.includes('labour') && among.includes('memory'), among.join());
});
