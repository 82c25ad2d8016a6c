import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../tokens.js';
import { demonymIn, indexDemonyms } from './demonym.js';

const index = indexDemonyms([
  { placeId: 'KR', name: 'South Korea', demonyms: ['South Korean', 'South Koreans'] },
  { placeId: 'CN', name: 'China', demonyms: ['Chinese'] },
]);
const countryOf = (phrase: string) => {
  const t = tokenize(phrase);
  return demonymIn(t, { first: 0, last: t.length - 1 }, index)?.name ?? null;
};

test('a demonym in the head names the country; one in a relative clause or after "on" does not', () => {
  assert.equal(countryOf('a South Korean government official'), 'South Korea');
  assert.equal(countryOf('a spokeswoman for the Chinese foreign ministry'), 'China');
  assert.equal(countryOf('an official who deals with Chinese traders'), null);
  assert.equal(countryOf("the ministry's report on South Korean abductees"), null);
});
