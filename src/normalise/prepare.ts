// A reader's ReportInput becomes a Report: repaired text, detected language, and
// an id that is the hash of the repaired text, so the same text read twice (from a
// file, a feed, a repost saved as HTML) is the same report.
import { createHash } from 'node:crypto';
import { CasefileError } from '../core/errors.js';
import { Report, type ReportInput } from '../core/model.js';
import { normaliseLine, normaliseText } from './normalise.js';
import type { OffsetMap } from './offset-map.js';

export interface PreparedReport {
  report: Report;
  /** report.text offsets -> offsets in input.text */
  offsetMap: OffsetMap;
}

export function reportId(normalisedText: string): string {
  return createHash('sha256').update(normalisedText, 'utf8').digest('hex').slice(0, 32);
}

export function prepareReport(input: ReportInput, now: Date = new Date()): PreparedReport {
  const { text, language, offsetMap } = normaliseText(input.text, { language: input.language });
  if (text.length === 0) throw new CasefileError('E_READ_EMPTY', `"${input.title.slice(0, 60)}" has no text left after removing layout and widgets`);
  const report = Report.parse({
    id: reportId(text),
    title: normaliseLine(input.title),
    outlet: input.outlet ? normaliseLine(input.outlet) : null,
    url: input.url ?? null,
    published: input.published ?? null,
    language,
    text,
    ingestedAt: now.toISOString(),
  });
  return { report, offsetMap };
}
