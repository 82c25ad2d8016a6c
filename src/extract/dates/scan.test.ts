import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../tokens.js';
import { scanDates } from './scan.js';

const dates = (text: string, published: string | null = '2021-06-16') =>
  scanDates(tokenize(text), published).map((d) => ({ text: text.slice(d.span.start, d.span.end), value: d.date.value, precision: d.date.precision, use: d.use }));

test('the day a source spoke to the outlet is a speech date, not an event date', () => {
  // 2021-06-16 is a Wednesday
  const found = dates('A source told Daily NK on Monday that guards crossed the river on June 3.');
  assert.deepEqual(found.map((d) => [d.text, d.value, d.use]), [['Monday', '2021-06-14', 'speech'], ['June 3', '2021-06-03', 'event']]);
});

test('vague dates keep the precision they have', () => {
  const found = dates('Early this month agents arrived; late last month a cadre fled; in the spring the order came; last year a market closed.');
  assert.deepEqual(found.map((d) => [d.text, d.value, d.precision]), [
    ['this month', '2021-06', 'month'],
    ['last month', '2021-05', 'month'],
    ['the spring', '2021', 'year'],
    ['last year', '2020', 'year'],
  ]);
});

test('a month with a year, a day first, and a bare month after "in"', () => {
  const found = dates('It began in March 2019, ended on 2 April 2020, and resumed in November.');
  assert.deepEqual(found.map((d) => [d.value, d.precision]), [['2019-03', 'month'], ['2020-04-02', 'day'], ['2020-11', 'month']]);
});

test('"the next day" counts from the last date and "N days after" from the first', () => {
  const found = dates('He crossed on May 3. The next day police came. On May 9 they left. Three days after the escape his parents were taken.');
  assert.deepEqual(found.map((d) => d.value), ['2021-05-03', '2021-05-04', '2021-05-09', '2021-05-06']);
});

test('a weekday is the latest such day on or before publication', () => {
  assert.deepEqual(dates('The rally was held last Tuesday.').map((d) => d.value), ['2021-06-15']);
  assert.deepEqual(dates('Vendors protested on Saturday.').map((d) => d.value), ['2021-06-12']);
});

test('a dateline is not an event date, and "May" the verb is no month', () => {
  const found = dates('SEOUL, June 16 (Yonhap) -- Officials may say more.');
  assert.deepEqual(found.map((d) => [d.text, d.use]), [['June 16', 'speech']]);
});

test('without a publication date relative expressions are left unresolved', () => {
  assert.deepEqual(dates('Agents came last month and left on March 2, 2019.', null).map((d) => d.value), ['2019-03-02']);
});

test('the day a report was released is not an event date; a range of years fixes none', () => {
  const found = dates('A report released on Monday says inmates were held between 2014 and 2020.');
  assert.deepEqual(found.map((d) => [d.text, d.use]), [['Monday', 'speech']]);
});

test('a season after "since the" or "during the" is a year', () => {
  assert.deepEqual(dates('Eight people have been arrested since the spring, more during the summer.').map((d) => [d.text, d.value]), [['the spring', '2021'], ['the summer', '2021']]);
});

test('"on the 4th of last month" and "on the 2nd of March" name their month', () => {
  assert.deepEqual(dates('Guards opened fire on the 4th of last month; traders left on the 2nd of March.').map((d) => [d.text, d.value]), [
    ['on the 4th of last month', '2021-05-04'],
    ['on the 2nd of March', '2021-03-02'],
  ]);
});

test('"N years ago" counts back from publication at the precision of its unit', () => {
  const found = dates('He was demoted two years ago, fined three months ago, warned a week ago and questioned four days ago.');
  assert.deepEqual(found.map((d) => [d.value, d.precision]), [['2019', 'year'], ['2021-03', 'month'], ['2021-06', 'month'], ['2021-06-12', 'day']]);
});

test('"that autumn" and "the following year" count from the date told last', () => {
  const found = dates('She was freed in early 2017. That autumn she crossed the river, and she reached Seoul the following year. In May 2019 she spoke out; the next month she moved.');
  assert.deepEqual(found.map((d) => [d.text, d.value]), [
    ['2017', '2017'], ['That autumn', '2017'], ['the following year', '2018'], ['May 2019', '2019-05'], ['the next month', '2019-06'],
  ]);
});

test('a season "of" a year is that year', () => {
  assert.deepEqual(dates('In the winter of 2018 the camp ran out of food.').map((d) => d.value), ['2018']);
});

test('a date in a clause of its own after a verb of speaking is an event date', () => {
  const found = dates('A trader said villagers had been ordered on Monday to hand in radios; the prisoner was released in early 2020.');
  assert.deepEqual(found.map((d) => [d.text, d.use]), [['Monday', 'event'], ['2020', 'event']]);
  assert.deepEqual(dates('The ministry released its report on Monday.').map((d) => d.use), ['speech']);
});

test('"November 24 of this year" is one date, and an interview day is a speech date', () => {
  assert.deepEqual(dates('She was interviewed in Seoul on March 3 of this year.').map((d) => [d.text, d.value, d.use]), [['March 3 of this year', '2021-03-03', 'speech']]);
});

test('a date closing an "according to" phrase is when the sources spoke; after a comma it dates the act', () => {
  assert.deepEqual(dates('Police detained a cadre in Hyesan, according to residents of the city on the 14th.').map((d) => [d.text, d.use]), [['on the 14th', 'speech']]);
  assert.deepEqual(dates('According to him, agents came on the 14th.').map((d) => [d.text, d.use]), [['on the 14th', 'event']]);
});

test('"mid-October" is a month, with or without its year', () => {
  assert.deepEqual(dates('Agents sealed the post in mid-October and left in mid-May 2020.', '2021-11-04').map((d) => [d.text, d.value, d.precision]), [
    ['mid-October', '2021-10', 'month'],
    ['mid-May 2020', '2020-05', 'month'],
  ]);
});

test('spelt ordinals and "this past March" resolve at their own precision', () => {
  assert.deepEqual(dates('Guards opened fire on the fourth of last month and the second of March; he was caught this past March.').map((d) => [d.text, d.value, d.precision]), [
    ['on the fourth of last month', '2021-05-04', 'day'],
    ['the second of March', '2021-03-02', 'day'],
    ['March', '2021-03', 'month'],
  ]);
  assert.deepEqual(dates('Guards opened fire on the fourth of last month.', null), []);
});

test('a date alone on its line is the page stamp, not an event date', () => {
  const text = 'Home > News\nDate : October 30, 2018\nBroker arrested in Onsong\nA broker was arrested on\nOctober 2, officials said.';
  const found = scanDates(tokenize(text), '2018-10-30', text).map((d) => [text.slice(d.span.start, d.span.end), d.use]);
  assert.deepEqual(found, [['October 30, 2018', 'page'], ['October 2', 'event']]);
});

test('a page stamp run into the title by line repair is still the stamp', () => {
  const text = 'Date : October 30, 2018 Broker arrested in Onsong\n\nOn October 2, 2018, police arrested him.';
  const found = scanDates(tokenize(text), '2018-10-30', text).map((d) => [text.slice(d.span.start, d.span.end), d.use]);
  assert.deepEqual(found, [['October 30, 2018', 'page'], ['October 2, 2018', 'event']]);
});

test('a clock time before a full date marks the page stamp after a joined title', () => {
  const text = 'Workers Riot 21:00 JST, February 17, 2024 About 2,000 workers rioted on Jan. 11.';
  const found = scanDates(tokenize(text), '2024-02-17', text).map((d) => [text.slice(d.span.start, d.span.end), d.use]);
  assert.deepEqual(found, [['February 17, 2024', 'page'], ['Jan. 11', 'event']]);
});

test('a range of months is dated at the year its ends share', () => {
  assert.deepEqual(dates('They defected between November and December last year.', '2023-01-25').map((d) => [d.text, d.value, d.precision]), [
    ['between November and December', '2022', 'year'],
    ['last year', '2022', 'year'],
  ]);
});

test('"on the tenth day" counts days, it names no date', () => {
  assert.deepEqual(dates('On the tenth day, officers came to the house.'), []);
});
