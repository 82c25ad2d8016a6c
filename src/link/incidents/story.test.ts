import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extraction, P, report, type EventSpec } from '../fixtures.case.js';
import { splitStory } from './story.js';

const split = (specs: EventSpec[]) => {
  const s = splitStory(report('r', { published: '2019-03-20' }, extraction(specs)).events);
  return { episode: s.episode.map((e) => e.eventId), background: s.background.map((e) => e.eventId) };
};

test('acts in one town, its province and the country are one episode', () => {
  assert.deepEqual(split([
    { type: 'ARREST', date: '2019-03-05', places: [P.hyesan] },
    { type: 'REPATRIATION', date: '2019-03-12', places: [P.ryanggang] },
    { type: 'PUNISHMENT', date: null, places: [P.nk] },
    { type: 'INVESTIGATION', date: null, places: [P.samjiyon] },
  ]), { episode: ['e1', 'e2', 'e3', 'e4'], background: [] });
});

test('an act in an unrelated place is told beside the episode, not as part of it', () => {
  assert.deepEqual(split([
    { type: 'ARREST', date: '2019-03-05', places: [P.hyesan] },
    { type: 'SMUGGLING', date: null, places: [P.hoeryong] },
    { type: 'REPATRIATION', date: '2019-03-12', places: [P.hyesan] },
  ]), { episode: ['e1', 'e3'], background: ['e2'] });
});

test('the episode\'s place is where most acts happen, not the first named', () => {
  assert.deepEqual(split([
    { type: 'DEFECTION', date: '2019-03-01', places: [P.dandong] },
    { type: 'ARREST', date: '2019-03-05', places: [P.hoeryong] },
    { type: 'REPATRIATION', date: '2019-03-12', places: [P.nhamgyong] },
  ]), { episode: ['e2', 'e3'], background: ['e1'] });
});

test('acts dated far from the episode are background whatever their place; acts with no place stay', () => {
  assert.deepEqual(split([
    { type: 'ARREST', date: '2019-03-05', places: [P.hyesan] },
    { type: 'ARREST', date: '2016-07', places: [P.hyesan] },
    { type: 'PUNISHMENT', date: null, places: [] },
  ]), { episode: ['e1', 'e3'], background: ['e2'] });
});

test('a denial stays with the episode it denies, wherever it is placed', () => {
  assert.deepEqual(split([
    { type: 'ARREST', date: '2019-03-05', places: [P.hyesan] },
    { type: 'ARREST', date: null, places: [P.shenyang], modality: 'negated' },
  ]), { episode: ['e1', 'e2'], background: [] });
});

test('an act placed only in a country stays with the episode: a country names no scene', () => {
  assert.deepEqual(split([
    { type: 'REPATRIATION', date: '2019-03-05', places: [P.hyesan] },
    { type: 'DIRECTIVE', date: '2019-03', places: [P.china] },
    { type: 'ARREST', date: '2019-03-06', places: [P.hyesan] },
  ]), { episode: ['e1', 'e2', 'e3'], background: [] });
});
