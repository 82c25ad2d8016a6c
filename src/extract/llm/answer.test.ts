import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAnswer } from './answer.js';
import { CasefileError } from '../../core/errors.js';

const event = { type: 'ARREST', modality: 'asserted', trigger: 'detained', evidence: 'Police detained a trader.' };

test('a bare JSON answer is validated and missing lists default to empty', () => {
  const a = parseAnswer(JSON.stringify({ events: [event] }));
  assert.equal(a.events[0].type, 'ARREST');
  assert.deepEqual(a.events[0].date, { value: null, precision: 'unknown' });
  assert.deepEqual(a.places, []);
});

test('an answer in a Markdown fence or after a sentence of prose is still read', () => {
  const fenced = `Here is the extraction:\n\`\`\`json\n${JSON.stringify({ events: [event] })}\n\`\`\`\n`;
  assert.equal(parseAnswer(fenced).events.length, 1);
  const prose = `Sure. ${JSON.stringify({ events: [event] })} Let me know if you need more.`;
  assert.equal(parseAnswer(prose).events.length, 1);
});

test('an answer that is not JSON is an E_READ_JSON error', () => {
  assert.throws(() => parseAnswer('{"events": [ {"type": '), (e: unknown) => e instanceof CasefileError && e.code === 'E_READ_JSON');
});

test('an answer outside the ontology is an E_VALIDATION error naming the field', () => {
  const bad = JSON.stringify({ events: [{ ...event, type: 'KIDNAPPING' }] });
  assert.throws(() => parseAnswer(bad), (e: unknown) => e instanceof CasefileError && e.code === 'E_VALIDATION' && e.message.includes('events.0.type'));
  const badDate = JSON.stringify({ events: [{ ...event, date: { value: 'March 2019', precision: 'month' } }] });
  assert.throws(() => parseAnswer(badDate), (e: unknown) => e instanceof CasefileError && e.message.includes('events.0.date.value'));
});
