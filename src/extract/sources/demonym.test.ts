import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../tokens.js';
import { demonymIn, indexDemonyms, type DemonymContext } from './demonym.js';

const index = indexDemonyms([
  { placeId: 'KR', name: 'South Korea', demonyms: ['South Korean', 'South Koreans'] },
  { placeId: 'KP', name: 'North Korea', demonyms: ['North Korean', 'North Koreans'] },
  { placeId: 'CN', name: 'China', demonyms: ['Chinese'] },
]);
const STATE = new Set(['official', 'ministry', 'government']);
const PRIVATE = new Set(['group', 'body', 'company', 'association']);
/** `org`: the words of an organisation named in the phrase */
const countryOf = (phrase: string, org?: string) => {
  const t = tokenize(phrase);
  const o = org ? tokenize(org).lower : [];
  const at = o.length ? t.lower.findIndex((_, i) => o.every((w, k) => t.lower[i + k] === w)) : -1;
  const ctx: DemonymContext = {
    state: (w) => STATE.has(w),
    privateBody: (w) => PRIVATE.has(w),
    organisationAt: (i) => (at >= 0 && i >= at && i < at + o.length ? { first: at, last: at + o.length - 1 } : null),
  };
  return demonymIn(t, { first: 0, last: t.length - 1 }, index, ctx)?.name ?? null;
};

test('a demonym in the head names the country; one in a relative clause or after "on" does not', () => {
  assert.equal(countryOf('a South Korean government official'), 'South Korea');
  assert.equal(countryOf('a spokeswoman for the Chinese foreign ministry'), 'China');
  assert.equal(countryOf('an official who deals with Chinese traders'), null);
  assert.equal(countryOf("the ministry's report on South Korean abductees"), null);
});

test('a demonym of a private body or inside a name that holds no state word names no state', () => {
  assert.equal(countryOf('an official of a North Korean trade body'), null);
  assert.equal(countryOf('a North Korean trading company official'), null);
  assert.equal(countryOf('an official of the North Korean Rights Center', 'North Korean Rights Center'), null);
  assert.equal(countryOf('an official of the Chinese Foreign Ministry', 'Chinese Foreign Ministry'), 'China');
  assert.equal(countryOf('a South Korean official at a rights group'), 'South Korea');
});
