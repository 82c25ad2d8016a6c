import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blankFurniture, findFurniture } from './detect.js';

const found = (text: string, outlet: string | null = null) => findFurniture(text, outlet).map((f) => [f.kind, text.slice(f.span.start, f.span.end)]);

test('bylines, timestamps and navigation are whole-paragraph furniture', () => {
  const text = [
    'Home > News > Border',
    'Guards beat a trader in Musan',
    'By Pak Mi Rae and Jo Sung Min',
    'Posted April. 12, 2023 09:41,',
    'Guards beat a trader near the river, a source said.',
  ].join('\n\n');
  assert.deepEqual(found(text), [
    ['navigation', 'Home > News > Border'],
    ['byline', 'By Pak Mi Rae and Jo Sung Min'],
    ['dateline', 'Posted April. 12, 2023 09:41,'],
  ]);
});

test('a caption is known by its credit, and a comment section ends the report', () => {
  const text = [
    'Traders wait at a market in Hoeryong in 2019. / Image: Example News file photo',
    'Officials closed the market on Monday, residents said.',
    'Leave a Reply',
    'Your email address will not be published.',
  ].join('\n\n');
  const kinds = found(text).map(([k]) => k);
  assert.deepEqual(kinds, ['caption', 'comments']);
  assert.ok(found(text)[1][1].endsWith('published.'));
});

test('a byline running into the report takes its own words only, and a site name leaves the title', () => {
  const text = 'Guards seize phones – Example.COM\n\nBy Ann Lee Officials seized phones in Hyesan.';
  assert.deepEqual(found(text), [
    ['site-name', ' – Example.COM'],
    ['byline', 'By Ann Lee'],
  ]);
});

test('a ticker of other headlines joined by bars is a list of other articles, a sentence with bars is not', () => {
  const ticker = 'Storm floods the coastal towns overnight | Finance minister resigns over budget row | Cup final moved to a new stadium';
  const text = `Title\n\n${ticker}\n\nGuards in Hyesan arrested | as the source put it | three traders and two others.`;
  assert.deepEqual(found(text), [['related', ticker]]);
});

test('report sentences are not furniture', () => {
  const text = 'Police arrested three people in Onsong on May 3.\n\nBy order of the ministry, the border was closed.\n\nKim and Pak were taken away.';
  assert.deepEqual(found(text), []);
});

test('blanking keeps every offset and the paragraph breaks', () => {
  const text = 'By Ann Lee\n\nGuards 💥 left.\n\nPHOTO: 📷 AFP';
  const furniture = findFurniture(text, null);
  const blanked = blankFurniture(text, furniture);
  assert.equal(blanked.length, text.length);
  assert.equal(blanked.indexOf('Guards'), text.indexOf('Guards'));
  assert.equal(blanked.trim(), 'Guards 💥 left.');
});

test('the credits and the writer\'s note closing a report are bylines; a report sentence naming a reporter is not', () => {
  const text = [
    'Guards seize phones in Musan',
    'Guards seized phones in Musan on Monday, a source said.',
    'Jane Roe, a former reporter for a Seoul paper, said the guards were paid.',
    'Reported by Ann Lee for Example Radio\'s Korean Service. Translated by Min Cho. Written in English by Tom Ode.',
    'Jane Roe is a staff reporter for Example News.',
  ].join('\n\n');
  assert.deepEqual(found(text).map(([kind, words]) => [kind, words.slice(0, 12)]), [
    ['byline', 'Reported by '],
    ['byline', 'Jane Roe is '],
  ]);
});

test('a writer\'s note naming the writer one of the outlet\'s journalists is a byline', () => {
  const text = [
    'Guards seize phones in Musan',
    'Guards seized phones in Musan on Monday, a source said.',
    'Questions about this story go to the desk.',
    'Min Ho Lee is one of Example News\'s full-time reporters.',
  ].join('\n\n');
  assert.deepEqual(found(text).map(([kind, words]) => [kind, words.slice(0, 13)]), [['byline', 'Min Ho Lee is']]);
});

test("a writer's contact line, '[Outlet= Name]' and 'Name; Name | date' are bylines inside a paragraph", () => {
  const text = [
    'Guards seize boats on the coast',
    'Ri Su Nam; Pak Chol Ho | 2019-03-04 10:12 Guards seized two boats near the port, a source said.',
    '[Coast Times= Han Ye Ri] SEOUL, May 2 — Guards seized a third boat.\nHan Ye Ri (yeri.han@example.com)',
    'BY HAN YE-RI [yeri.han@example.com]\nMore boats were seized later.',
  ].join('\n\n');
  assert.deepEqual(found(text), [
    ['byline', 'Ri Su Nam; Pak Chol Ho | 2019-03-04 10:12'],
    ['byline', '[Coast Times= Han Ye Ri]'],
    ['byline', 'Han Ye Ri (yeri.han@example.com)'],
    // the upper-case byline's names, then its whole contact line
    ['byline', 'BY HAN YE-RI'],
    ['byline', 'BY HAN YE-RI [yeri.han@example.com]'],
  ]);
});
