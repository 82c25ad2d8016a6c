import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureReports } from '../api/fixtures.case.js';
import { maskMentions, redactReport, redactSource } from './access.js';

test('analysts and admins see descriptors; viewers do not', () => {
  const source = { id: 's1', descriptor: 'a trader in Sinuiju', kind: 'anonymous_insider' };
  assert.equal(redactSource(source, 'analyst').descriptor, 'a trader in Sinuiju');
  assert.equal(redactSource(source, 'admin').descriptor, 'a trader in Sinuiju');
  assert.deepEqual(redactSource(source, 'viewer'), { id: 's1', kind: 'anonymous_insider' });
});

test('a viewer gets the report text with source mentions masked and every offset still valid', () => {
  const [{ report, extraction }] = fixtureReports();
  const redacted = redactReport(report, extraction, 'viewer');
  assert.equal(redacted.report.text.length, report.text.length);
  assert.doesNotMatch(redacted.report.text, /resident source/);
  for (const e of extraction.events) {
    assert.equal(redacted.report.text.slice(e.trigger.start, e.trigger.end), report.text.slice(e.trigger.start, e.trigger.end));
  }
  // the stored report itself is untouched
  assert.match(report.text, /resident source/);
});

test('masking keeps offsets after Hangul and other text outside the basic plane', () => {
  const text = '𝐀 국가보위성 said a source in Hyesan.';
  const source = { start: text.indexOf('a source'), end: text.length - 1 };
  const report = { id: 'r', title: 't', outlet: null, url: null, published: null, language: 'en', text, ingestedAt: '' };
  const extraction = { extractor: 'x', events: [], actors: [], places: [], claims: [],
    sources: [{ id: 's', descriptor: 'a source in Hyesan', location: null, placeId: null, kind: 'other' as const, mentions: [source] }] };
  const masked = redactReport(report, extraction, 'viewer').report.text;
  assert.equal(masked.length, text.length);
  assert.equal(masked.slice(0, source.start), text.slice(0, source.start));
  assert.equal(masked.at(-1), '.');
});

test('an excerpt masked on its own reads as the same run of the masked whole text', () => {
  const text = 'Two traders were held, a source in Hyesan said; another source agreed.';
  const mentions = [{ start: text.indexOf('a source'), end: text.indexOf(' said') }, { start: text.indexOf('another'), end: text.indexOf(' agreed') }];
  const whole = maskMentions(text, mentions);
  for (const [start, end] of [[0, text.length], [4, 30], [text.indexOf('Hyesan'), text.indexOf('another') + 3], [10, 12]]) {
    assert.equal(maskMentions(text.slice(start, end), mentions, start), whole.slice(start, end), `${start}..${end}`);
  }
});
