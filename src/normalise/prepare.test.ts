import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { CasefileError } from '../core/errors.js';
import { Report } from '../core/model.js';
import { prepareReport } from './prepare.js';

const input = {
  title: '  Border  guards\ndetain two  ',
  text: 'Border guards in Hyesan detained\ntwo smugglers, a source said.\n\nShare this:\nPrint Friendly, PDF & Email',
  published: '2024-03-05',
  outlet: 'Casefile test',
};
const now = new Date('2024-03-06T10:00:00Z');

describe('prepareReport', () => {
  it('builds a valid report from repaired text, with the content hash as id', () => {
    const { report } = prepareReport(input, now);
    assert.equal(Report.safeParse(report).success, true);
    assert.equal(report.text, 'Border guards in Hyesan detained two smugglers, a source said.');
    assert.equal(report.id, createHash('sha256').update(report.text).digest('hex').slice(0, 32));
    assert.equal(report.title, 'Border guards detain two');
    assert.equal(report.language, 'en');
    assert.equal(report.published, '2024-03-05');
    assert.equal(report.url, null);
    assert.equal(report.ingestedAt, '2024-03-06T10:00:00.000Z');
  });

  it('is idempotent: the same input gives the same report', () => {
    assert.deepEqual(prepareReport(input, now), prepareReport(input, now));
  });

  it('gives the same id to the same text however it was wrapped or quoted', () => {
    const rewrapped = prepareReport({ ...input, title: 'Other title', text: 'Border guards in Hyesan\r\ndetained two\nsmugglers, a source said.' }, now);
    assert.equal(rewrapped.report.id, prepareReport(input, now).report.id);
    const edited = prepareReport({ ...input, text: 'Border guards in Hyesan detained three smugglers, a source said.' }, now);
    assert.notEqual(edited.report.id, rewrapped.report.id);
  });

  it('returns an offset map into the input text', () => {
    const { report, offsetMap } = prepareReport(input, now);
    const start = report.text.indexOf('two smugglers');
    const raw = offsetMap.spanToRaw({ start, end: start + 'two smugglers'.length });
    assert.equal(input.text.slice(raw.start, raw.end), 'two smugglers');
  });

  it('refuses a report with no text left after the widgets go', () => {
    assert.throws(() => prepareReport({ title: 'Widgets', text: 'Share this:\nPrint Friendly, PDF & Email' }, now), (e: unknown) => e instanceof CasefileError && e.code === 'E_READ_EMPTY');
  });
});
